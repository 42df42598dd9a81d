#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
class QTextDocument;
QT_END_NAMESPACE

namespace ac {

enum class SyntaxLanguage { Json, Yaml, Search };

// One interface over two implementations: KF6SyntaxHighlighting where CMake found it (JSON,
// YAML), the built-in QSyntaxHighlighter rules otherwise; the search language is always the
// built-in one. The highlighter is owned by `document`.
QSyntaxHighlighter* attachHighlighter(QTextDocument* document, SyntaxLanguage language);
QString highlightingEngineName();

} // namespace ac
