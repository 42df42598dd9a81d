#pragma once

#include "query/Filter.h"

#include <QPlainTextEdit>

QT_BEGIN_NAMESPACE
class QCompleter;
class QStringListModel;
class QTimer;
QT_END_NAMESPACE

namespace ac {

// One line of Log Service search syntax: highlighted, field-name completion, history on
// Up/Down (remembered across sessions), applied 300 ms after typing stops or on Enter. A
// syntax error is shown and the last good statement stays applied.
class SearchBox : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    QString text() const;
    // The statement in effect: the last text that parsed (what is typed may not parse yet).
    QString appliedText() const { return m_applied; }
    void setText(const QString& text); // without emitting searchChanged
    QStringList history() const { return m_history; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The search part and the analytic part after `|` (empty when there is none).
    void searchChanged(const ac::ExprPtr& filter, const std::string& sql, const QString& text);
    void errorChanged(const QString& error); // empty when the text parses

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void apply();
    void complete();
    void insertCompletion(const QString& completion);
    void remember(const QString& text);

    QTimer* m_debounce;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QStringList m_history;
    int m_historyPos = -1;
    QString m_applied;
    bool m_silent = false;
};

} // namespace ac
