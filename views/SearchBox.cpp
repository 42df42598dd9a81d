#include "SearchBox.h"

#include "TextHighlighting.h"
#include "query/SearchParser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSettings>
#include <QStringListModel>
#include <QTimer>

namespace ac {

namespace {
constexpr int kHistorySize = 50;
const QString kHistoryKey = QStringLiteral("search/history");
} // namespace

SearchBox::SearchBox(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_debounce(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this)) {
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setPlaceholderText(tr("Search, e.g. verb: delete and objectRef.namespace: prod-*   (Ctrl+F)"));
    document()->setDocumentMargin(4);
    attachHighlighter(document(), SyntaxLanguage::Search);
    setAccessibleName(tr("Search"));

    QStringList fields;
    for (auto name : searchFieldNames())
        fields << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    fields << QStringLiteral("and") << QStringLiteral("or") << QStringLiteral("not");
    m_completions->setStringList(fields);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchBox::insertCompletion);

    m_history = QSettings().value(kHistoryKey).toStringList();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &SearchBox::apply);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_silent) return;
        m_historyPos = -1;
        m_debounce->start();
        complete();
    });
}

void SearchBox::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    // The placeholder is painted wrapped: a narrow box gets the short one, on one line.
    const QString full = tr("Search, e.g. verb: delete and objectRef.namespace: prod-*   (Ctrl+F)");
    const int room = viewport()->width() - 2 * static_cast<int>(document()->documentMargin()) - 4;
    setPlaceholderText(fontMetrics().horizontalAdvance(full) <= room ? full : tr("Search (Ctrl+F)"));
}

QSize SearchBox::sizeHint() const {
    const int h = fontMetrics().height() + 2 * static_cast<int>(document()->documentMargin()) + 2 * frameWidth() + 2;
    return {420, h};
}

QSize SearchBox::minimumSizeHint() const {
    return {160, sizeHint().height()};
}

QString SearchBox::text() const {
    return toPlainText();
}

void SearchBox::setText(const QString& text) {
    m_silent = true;
    setPlainText(text);
    moveCursor(QTextCursor::End);
    m_silent = false;
    m_applied = text;
    Q_EMIT errorChanged(QString());
}

void SearchBox::apply() {
    m_debounce->stop();
    const QString t = text().trimmed();
    const auto result = parseSearch(t.toStdString());
    if (!result.ok()) {
        Q_EMIT errorChanged(
            tr("Column %1: %2").arg(result.error.column).arg(QString::fromStdString(result.error.message)));
        return; // the last good statement stays applied
    }
    Q_EMIT errorChanged(QString());
    if (t == m_applied) return;
    m_applied = t;
    Q_EMIT searchChanged(result.statement->filter->op == Expr::Op::All ? nullptr : result.statement->filter,
                         result.statement->sql, t);
}

void SearchBox::remember(const QString& text) {
    if (text.isEmpty()) return;
    m_history.removeAll(text);
    m_history.prepend(text);
    while (m_history.size() > kHistorySize)
        m_history.removeLast();
    QSettings().setValue(kHistoryKey, m_history);
}

void SearchBox::complete() {
    // Complete the word under the cursor when it looks like the start of a field name.
    QTextCursor c = textCursor();
    const QString line = toPlainText().left(c.position());
    qsizetype start = line.size();
    while (start > 0 && (line[start - 1].isLetterOrNumber() || line[start - 1] == QLatin1Char('.') ||
                         line[start - 1] == QLatin1Char('/')))
        --start;
    const QString prefix = line.mid(start);
    const bool inValue = start > 0 && line.left(start).trimmed().endsWith(QLatin1Char(':'));
    if (prefix.size() < 2 || inValue) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 &&
         m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) +
               m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(r);
}

void SearchBox::insertCompletion(const QString& completion) {
    QTextCursor c = textCursor();
    c.movePosition(QTextCursor::StartOfWord, QTextCursor::MoveAnchor);
    // Field names contain dots: replace back to the start of the dotted word.
    const QString before = toPlainText().left(textCursor().position());
    qsizetype start = before.size();
    while (start > 0 && (before[start - 1].isLetterOrNumber() || before[start - 1] == QLatin1Char('.') ||
                         before[start - 1] == QLatin1Char('/')))
        --start;
    c.setPosition(static_cast<int>(start));
    c.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    const bool keyword =
        completion == QLatin1String("and") || completion == QLatin1String("or") || completion == QLatin1String("not");
    c.insertText(keyword ? QString(completion + QLatin1Char(' ')) : QString(completion + QStringLiteral(": ")));
    setTextCursor(c);
}

void SearchBox::keyPressEvent(QKeyEvent* event) {
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return; // the completer handles these
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        apply();
        remember(text().trimmed());
        return;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            setPlainText(QString());
            apply();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_history.isEmpty()) return;
        m_historyPos = std::clamp<int>(m_historyPos + (event->key() == Qt::Key_Up ? 1 : -1), -1,
                                       static_cast<int>(m_history.size()) - 1);
        m_silent = true;
        setPlainText(m_historyPos < 0 ? QString() : m_history[m_historyPos]);
        moveCursor(QTextCursor::End);
        m_silent = false;
        m_debounce->start();
        return;
    }
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
    // One line only: a paste with line breaks becomes spaces.
    if (document()->blockCount() > 1) {
        m_silent = true;
        QString t = toPlainText();
        t.replace(QLatin1Char('\n'), QLatin1Char(' '));
        setPlainText(t);
        moveCursor(QTextCursor::End);
        m_silent = false;
        m_debounce->start();
    }
}

void SearchBox::focusOutEvent(QFocusEvent* event) {
    if (m_debounce->isActive()) apply();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace ac
