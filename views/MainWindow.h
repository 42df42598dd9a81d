#pragma once

#include "Session.h"

#include <QMainWindow>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
QT_END_NAMESPACE

namespace ac {

class AlertsController;
class DetailPage;
class EventsPage;
class FilterBar;
class FindingsPage;
class GeoIp;
class OverviewPage;
class Page;
class PolicyWorkbench;
class ResourcesPage;
class ReviewController;

// Wires the session, the filter bar and the pages together; owns nothing else.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList& paths);
    // File > Connect to Log Service, prefilled from the recent list.
    void connectToLogService(const std::optional<SlsLocation>& location);
    // File > Connect to ClickHouse… (prefilled from the recent list).
    void connectToClickHouse(const std::optional<ClickHouseLocation>& location);
    Session* session() const { return m_session; }
    FilterBar* filterBar() const { return m_filterBar; }
    QTabWidget* pages() const { return m_tabs; }
    Page* page(int index) const;
    OverviewPage* overviewPage() const { return m_overview; }
    ResourcesPage* resourcesPage() const { return m_resources; }
    DetailPage* detailPage() const { return m_detail; }
    EventsPage* eventsPage() const { return m_events; }
    FindingsPage* findingsPage() const { return m_findings; }
    AlertsController* alerts() const { return m_alerts; }
    QLabel* banner() const { return m_banner; }
    // The audit policy workbench, over this window's source (made on first use).
    PolicyWorkbench* policyWorkbench();
    void drillDown(const ExprPtr& condition);
    // Shows one event whole on the Events page (Backend::detail's reference).
    void openEventRef(const QString& ref);
    // A page under a filter state, as Back and Forward do, recorded in their history.
    void showView(int page, const FilterState& state, const QString& searchText, const QString& resource);
    ReviewController* review() const { return m_review; }
    // The search text the session's filter was made from (the box may hold an edit not applied).
    QString appliedSearchText() const { return m_searchText; }
    void goBack();
    void goForward();
    bool canGoBack() const { return m_historyPos > 0; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct NavState {
        int page = 0;
        FilterState filter;
        QString searchText;
        QString resource;
    };
    void createMenus();
    void fitToScreen();
    void applyFilter(const FilterState& state, const QString& searchText, bool record = true, bool remember = true);
    void startAfresh(const TimeRange& span);
    static TimeSelection rememberedTime();
    void showPageQuietly(QWidget* page);
    void recordHistory();
    void restore(const NavState& nav);
    void onSnapshot(const std::shared_ptr<const Snapshot>& snapshot);
    void onSnapshotFailed(const QString& message);
    void showBanner(const QString& text, bool error);
    void addRecent(const QStringList& paths);
    void rebuildRecentMenu();
    void showIssues();
    void showPreferences();
    void exportCurrentTable();
    void exportCharts();
    void loadGeoIp();
    void updateNavActions();
    LoadOptions loadOptions() const;

    Session* m_session;
    FilterBar* m_filterBar;
    QTabWidget* m_tabs;
    OverviewPage* m_overview;
    ResourcesPage* m_resources;
    DetailPage* m_detail;
    EventsPage* m_events;
    AlertsController* m_alerts;
    FindingsPage* m_findings;
    QLabel* m_status;
    QLabel* m_counts;
    QToolButton* m_issues;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_banner; // a failed query or what the source cannot do, above the pages
    PolicyWorkbench* m_workbench = nullptr;
    ReviewController* m_review;
    QStringList m_shownPaths; // the source the filters and history belong to
    QMenu* m_recentMenu = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QString m_searchText;
    std::vector<NavState> m_history;
    int m_historyPos = -1;
    bool m_restoring = false;
    std::shared_ptr<const GeoIp> m_geo;
};

} // namespace ac
