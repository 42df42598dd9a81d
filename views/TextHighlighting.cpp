#include "TextHighlighting.h"

#include "ac-config.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#if AC_HAVE_KF6_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace ac {

namespace {
bool dark() {
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QTextCharFormat format(const QColor& light, const QColor& darkColor, bool bold = false) {
    QTextCharFormat f;
    f.setForeground(dark() ? darkColor : light);
    if (bold) f.setFontWeight(QFont::Bold);
    return f;
}

// Rules applied in order; a later rule overrides an earlier one where they overlap.
class RuleHighlighter : public QSyntaxHighlighter {
public:
    struct Rule {
        QRegularExpression pattern;
        int group;
        QTextCharFormat format;
    };
    RuleHighlighter(QTextDocument* doc, std::vector<Rule> rules)
        : QSyntaxHighlighter(doc)
        , m_rules(std::move(rules)) {}

protected:
    void highlightBlock(const QString& text) override {
        for (const Rule& rule : m_rules) {
            auto it = rule.pattern.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                setFormat(static_cast<int>(m.capturedStart(rule.group)), static_cast<int>(m.capturedLength(rule.group)),
                          rule.format);
            }
        }
    }

private:
    std::vector<Rule> m_rules;
};

QSyntaxHighlighter* builtin(QTextDocument* doc, SyntaxLanguage language) {
    using RE = QRegularExpression;
    const auto key = format(QColor(0x8e, 0x24, 0xaa), QColor(0xce, 0x93, 0xd8));
    const auto string = format(QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7));
    const auto number = format(QColor(0x15, 0x65, 0xc0), QColor(0x90, 0xca, 0xf9));
    const auto keyword = format(QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x9a, 0x9a), true);
    const auto dim = format(QColor(0x75, 0x75, 0x75), QColor(0x9e, 0x9e, 0x9e));
    switch (language) {
    case SyntaxLanguage::Json:
        return new RuleHighlighter(doc, {{RE(QStringLiteral(R"((-?\b\d+(\.\d+)?([eE][+-]?\d+)?\b))")), 1, number},
                                         {RE(QStringLiteral(R"(\b(true|false|null)\b)")), 1, keyword},
                                         {RE(QStringLiteral(R"(("(?:[^"\\]|\\.)*"))")), 1, string},
                                         {RE(QStringLiteral(R"(("(?:[^"\\]|\\.)*")\s*:)")), 1, key}});
    case SyntaxLanguage::Yaml:
        return new RuleHighlighter(doc, {{RE(QStringLiteral(R"(:\s+(-?\d+(\.\d+)?)\s*$)")), 1, number},
                                         {RE(QStringLiteral(R"(:\s+(true|false|null)\s*$)")), 1, keyword},
                                         {RE(QStringLiteral(R"(('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"))")), 1, string},
                                         {RE(QStringLiteral(R"(^\s*(?:-\s+)?([^\s:'"][^:]*):(?:\s|$))")), 1, key},
                                         {RE(QStringLiteral(R"((#.*)$)")), 1, dim}});
    case SyntaxLanguage::Search:
        return new RuleHighlighter(doc, {{RE(QStringLiteral(R"(([\w./-]+|"[^"]*")\s*(:|>=|<=|!=|=|<|>))")), 1, key},
                                         {RE(QStringLiteral(R"((:|>=|<=|!=|=|<|>))")), 1, dim},
                                         {RE(QStringLiteral(R"((?:^|[\s(])((?i:and|or|not))(?=[\s(]|$))")), 1, keyword},
                                         {RE(QStringLiteral(R"(("(?:[^"\\]|\\.)*"?))")), 1, string},
                                         {RE(QStringLiteral(R"(([*?]))")), 1, number},
                                         {RE(QStringLiteral(R"((\|.*)$)")), 1, dim}});
    }
    return nullptr;
}
} // namespace

QSyntaxHighlighter* attachHighlighter(QTextDocument* document, SyntaxLanguage language) {
#if AC_HAVE_KF6_SYNTAX_HIGHLIGHTING
    if (language != SyntaxLanguage::Search) {
        static KSyntaxHighlighting::Repository repository;
        auto* h = new KSyntaxHighlighting::SyntaxHighlighter(document);
        h->setTheme(repository.defaultTheme(dark() ? KSyntaxHighlighting::Repository::DarkTheme
                                                   : KSyntaxHighlighting::Repository::LightTheme));
        h->setDefinition(repository.definitionForName(language == SyntaxLanguage::Json ? QStringLiteral("JSON")
                                                                                       : QStringLiteral("YAML")));
        return h;
    }
#endif
    return builtin(document, language);
}

QString highlightingEngineName() {
    return AC_HAVE_KF6_SYNTAX_HIGHLIGHTING ? QStringLiteral("KF6SyntaxHighlighting") : QStringLiteral("built-in");
}

} // namespace ac
