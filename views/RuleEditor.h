#pragma once

#include "alerts/Rule.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

class TstFindingsView;

namespace ac {

class AlertsController;
class DryRunPane;
class FindingsModel;

// The rules as YAML: every rule listed (built-in ones read-only, the user's from their folder),
// each switched on or off; one rule's text in a highlighted editor, parsed as it is typed with
// the first error's line and column (click it to go there); a dry run of the rule over the
// session's source in the background; new rules from a template, copies of built-in ones, save
// and delete in the user's folder. Not modal: it stays open beside the window.
class RuleEditor : public QDialog {
    Q_OBJECT
public:
    explicit RuleEditor(AlertsController* alerts, QWidget* parent = nullptr);
    ~RuleEditor() override;

    // Shows a listed rule (false when there is none with that id there).
    bool openRule(const QString& id, bool builtin);
    void newRule();
    // The rule at the cursor as a new user rule: id `<id>-copy`, no `override`.
    void duplicate();
    // Writes `<id>.yaml` into the user folder; refuses text with errors and built-in rules.
    bool save();
    void deleteRule();
    // Runs the rule at the cursor over the session's source; again while running cancels it.
    void dryRun();
    void reparse();

    QPlainTextEdit* editor() const { return m_editor; }
    QTreeWidget* ruleList() const { return m_list; }
    QString statusText() const { return m_statusPlain; }
    QString dryRunText() const;
    FindingsModel* dryRunModel() const;
    bool isBuiltinShown() const { return m_builtin; }
    QString shownFile() const { return m_file; }
    // The list's item for a rule, or null.
    QTreeWidgetItem* itemFor(const QString& id, bool builtin) const;

Q_SIGNALS:
    void saved(const QString& path);
    void dryRunFinished();

private:
    friend class ::TstFindingsView;
    void rebuildList();
    void openItem(QTreeWidgetItem* item);
    void showText(const QString& text, const QString& file, bool builtin, int line);
    bool confirmDiscard();
    int ruleAtCursor() const; // index into m_parsed.rules, -1 when none
    void setStatus(const QString& plain, const QString& html = {});
    void jumpTo(int line, int column);
    void chooseFolder();
    void setDryRunning(bool running);

    AlertsController* m_alerts;
    QTreeWidget* m_list;
    QLabel* m_source;
    QPlainTextEdit* m_editor;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_dryRun;
    DryRunPane* m_dry;
    QTimer* m_parseTimer;

    RuleSet m_parsed;
    QString m_statusPlain;
    QString m_file; // the file shown: a user file, a built-in resource, or empty for a new rule
    bool m_builtin = false;
    bool m_toggling = false; // a checkbox changed the rule set: the list is up to date
    int m_errorLine = 0, m_errorColumn = 0;
};

} // namespace ac
