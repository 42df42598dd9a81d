#pragma once

#include "Pages.h"
#include "alerts/Rule.h"

#include <QPointer>

#include <functional>
#include <string>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
class QColor;
class QComboBox;
class QLabel;
class QLineEdit;
class QPalette;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

class TstFindingsView;

namespace ac {

class AlertsController;
class FindingsModel;
class RuleEditor;
struct Finding;

// The colour a severity is shown in, readable on the palette's base (light or dark).
QColor severityColor(Severity severity, const QPalette& palette);
// Paints a FindingsModel's severity column in its colours (with a dot) in `view`.
void showSeverityColours(QAbstractItemView* view, int column);

// What the alert rules found: run them, follow live, filter, read one finding whole and go to
// its events. The findings come from the AlertsController; this page never runs rules itself.
class FindingsPage final : public Page {
    Q_OBJECT
public:
    explicit FindingsPage(AlertsController* alerts, QWidget* parent = nullptr);
    void showSnapshot(const Snapshot&) override {} // the rules run over the whole source, not the filter
    QString title() const override { return tr("Findings"); }
    QList<ChartPanel*> charts() const override { return {}; }
    QList<ReportTable*> tables() const override;
    FindingsModel* model() const { return m_model; }
    ReportTable* table() const { return m_table; }
    // The finding the detail pane shows, or null.
    const Finding* currentFinding() const;

    // The findings listed (the filters applied, in the order shown), as findingsToCsv/Json write them.
    bool exportCsv(const QString& path) const;
    bool exportJson(const QString& path) const;
    void exportViaDialog(bool json);
    RuleEditor* showRuleEditor();
    void showNotificationSettings();
    // The events behind the current finding, or the one event of a per-event finding.
    void showEvents();
    void openCurrentEvent();

Q_SIGNALS:
    // Show the events of `filter` between the two times (toUs <= fromUs: all time): the filter
    // bar is replaced, since the rules ran over all the data whatever it said.
    void drillDownFinding(const ac::ExprPtr& filter, qint64 fromUs, qint64 toUs);

private:
    friend class ::TstFindingsView;
    QWidget* createToolbar();
    void onFindingsChanged();
    void keepSelection(const std::function<void()>& change);
    void rebuildRuleChoices();
    void updateSummary(const QString& text);
    void updateEmptyState();
    void showDetail(const Finding* f);

    AlertsController* m_alerts;
    FindingsModel* m_model;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_live;
    QComboBox* m_severity;
    QComboBox* m_rule;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QLabel* m_summary;
    QToolButton* m_notesButton;
    QLabel* m_notes;
    QLabel* m_notice;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    ReportTable* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_showEvents;
    QPushButton* m_openEvent;
    QPointer<RuleEditor> m_editor;
};

} // namespace ac
