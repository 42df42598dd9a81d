#include "MainWindow.h"

#include "AlertsController.h"
#include "ChartPanel.h"
#include "ClickHouseConnectDialog.h"
#include "FilterBar.h"
#include "FindingsPage.h"
#include "Pages.h"
#include "PolicyWorkbench.h"
#include "ReviewController.h"
#include "SearchBox.h"
#include "SettingsDialog.h"
#include "SlsConnectDialog.h"
#include "TextHighlighting.h"
#include "Widgets.h"
#include "audit/GeoIp.h"
#include "i18n/TimeDisplay.h"
#include "query/SearchParser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsOpacityEffect>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ac {

namespace {
constexpr int kMaxRecent = 10;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_filterBar(new FilterBar(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(this))
    , m_resources(new ResourcesPage(this))
    , m_detail(new DetailPage(this))
    , m_events(new EventsPage(this))
    , m_alerts(new AlertsController(m_session, this))
    , m_findings(new FindingsPage(m_alerts, this))
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_issues(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_banner(new QLabel(this))
    , m_review(new ReviewController(this)) {
    setWindowTitle(tr("Audit Console"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    for (Page* p : std::initializer_list<Page*>{m_overview, m_resources, m_detail, m_events, m_findings}) {
        m_tabs->addTab(p, p->title());
        connect(p, &Page::drillDown, this, &MainWindow::drillDown);
        connect(p, &Page::drillDownRange, this, [this](qint64 from, qint64 to) {
            FilterState s = m_session->filter();
            s.time = TimeSelection();
            s.time.preset = TimePreset::Absolute;
            s.time.absolute = {from, to};
            showPageQuietly(m_events);
            applyFilter(s, m_searchText);
        });
        connect(p, &Page::openEvent, this, &MainWindow::openEventRef);
    }
    // A finding's events: its own filter over its window, not the filter bar's (the rules ran over
    // all the data whatever the bar said).
    connect(m_findings, &FindingsPage::drillDownFinding, this, [this](const ExprPtr& filter, qint64 from, qint64 to) {
        FilterState s;
        s.search = filter && filter->op != Expr::Op::All ? filter : nullptr;
        s.time.preset = to > from ? TimePreset::Absolute : TimePreset::All;
        s.time.absolute = {from, to};
        showPageQuietly(m_events);
        applyFilter(s, s.search ? QString::fromStdString(s.search->toString()) : QString(), true, false);
    });
    connect(m_alerts, &AlertsController::findingsChanged, this, [this] {
        const int n = m_alerts->findingCount();
        m_tabs->setTabText(m_tabs->indexOf(m_findings),
                           m_alerts->findings() ? tr("Findings (%1)").arg(QLocale().toString(n)) : m_findings->title());
        m_overview->setFindingMarkers(m_alerts->markers());
    });
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    // Where a failed or partly unsupported query says so, right above the figures it concerns.
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // a server's words are shown, never rendered
    m_banner->setVisible(false);
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setVisible(false);
    m_issues->setAutoRaise(true);
    m_issues->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_issues);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_status->setText(tr("Open an audit log: File ▸ Open, or drop files here."));

    connect(m_cancel, &QToolButton::clicked, m_session, &Session::cancelLoad);
    connect(m_issues, &QToolButton::clicked, this, &MainWindow::showIssues);
    // A time range is remembered when the user picks one other than the source's start (a forced
    // "all time" for old logs, or Clear going back to it, is not a preference).
    connect(m_filterBar, &FilterBar::edited, this, [this](const FilterState& s, const QString& text) {
        applyFilter(s, text, true, !(s.time == m_filterBar->defaultTime()));
    });
    connect(m_filterBar, &FilterBar::allOperatorsToggled, m_session, &Session::setAllOperatorsInFacet);
    connect(m_detail, &DetailPage::resourceChosen, this, [this](const QString& r) {
        m_session->setDetailResource(r);
        recordHistory();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { recordHistory(); });
    connect(m_session, &Session::loadStarted, this, [this](const QStringList& paths) {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        if (m_session->source().kind != Source::Kind::Files)
            m_status->setText(tr("Connecting to %1…").arg(m_session->source().label()));
        else
            m_status->setText(tr("Loading %1…")
                                  .arg(paths.size() == 1 ? QFileInfo(paths.front()).fileName()
                                                         : tr("%n files", nullptr, static_cast<int>(paths.size()))));
    });
    connect(m_session, &Session::loadProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    });
    connect(m_session, &Session::loadFinished, this, [this](bool ok, const QString& message) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        const OpenedSource& load = m_session->lastOpen();
        const qint64 problems = load.skipped + load.fileErrors;
        m_issues->setText(tr("%n problem(s)", nullptr, static_cast<int>(problems)));
        m_issues->setToolTip(tr("Lines and files that could not be loaded, with file, line and reason"));
        m_issues->setVisible(problems > 0);
        if (!ok) {
            m_status->setText(message);
            if (!load.issues.empty() && !m_session->backend()) showIssues();
            return;
        }
        const SourceInfo info = m_session->backend()->info();
        const bool remote = m_session->source().kind != Source::Kind::Files;
        if (remote)
            m_counts->setText(info.activity);
        else
            m_counts->setText(tr("%1 records · %2 requests · %n file(s)", nullptr, static_cast<int>(info.files.size()))
                                  .arg(QLocale().toString(static_cast<qlonglong>(info.records)),
                                       QLocale().toString(static_cast<qlonglong>(info.requests))));
        const TimeRange range = m_session->dataRange();
        const QString anchor = m_session->backend()->anchor() == TimeAnchor::NewestEvent
                                   ? tr("time presets count back from the newest event, %1")
                                         .arg(formatTimeWithZone(range.to - 1, TimeDetail::Minutes))
                                   : tr("time presets count back from now");
        m_status->setText(remote ? tr("Connected in %1 s; %2").arg(QLocale().toString(load.seconds, 'f', 2), anchor)
                                 : tr("Loaded in %1 s; %2").arg(QLocale().toString(load.seconds, 'f', 2), anchor));
        m_filterBar->setDataRange(range);
        // Another source starts afresh; the same one reloaded (F5, new private ranges) keeps the
        // filters, the search and the history.
        const Source& source = m_session->source();
        const QStringList shown = source.kind == Source::Kind::LogService ? QStringList{slsRecentEntry(source.sls)}
                                  : source.kind == Source::Kind::ClickHouse
                                      ? QStringList{clickHouseRecentEntry(source.clickhouse)}
                                      : m_session->paths();
        if (shown != m_shownPaths) startAfresh(range);
        m_shownPaths = shown;
        const QStringList paths = m_session->paths();
        setWindowTitle(tr("%1 — Audit Console")
                           .arg(remote              ? m_session->source().label()
                                : paths.size() == 1 ? QFileInfo(paths.front()).fileName()
                                                    : tr("%n files", nullptr, static_cast<int>(paths.size()))));
        addRecent(shown);
    });
    connect(m_session, &Session::busyChanged, this, [](bool busy) {
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
    });
    connect(m_session, &Session::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_session, &Session::snapshotFailed, this, &MainWindow::onSnapshotFailed);

    createMenus();
    loadGeoIp();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen(); // the first start; later ones come back as the user left them
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    FilterState initial;
    initial.time = rememberedTime();
    m_filterBar->setDefaultTime(initial.time);
    m_filterBar->setState(initial, QString());
    m_session->setFilter(initial);
    const int lastPage = m_tabs->count() - 1;
    m_tabs->setCurrentIndex(std::clamp(settings.value(QStringLiteral("window/page"), 0).toInt(), 0, lastPage));
    recordHistory();
}

MainWindow::~MainWindow() = default;

PolicyWorkbench* MainWindow::policyWorkbench() {
    if (!m_workbench) {
        m_workbench = new PolicyWorkbench(this);
        connect(m_session, &Session::loadFinished, m_workbench,
                [this] { m_workbench->setBackend(m_session->backend()); });
    }
    m_workbench->setBackend(m_session->backend());
    return m_workbench;
}

void MainWindow::fitToScreen() {
    // 1440×900 where the screen has room, never taller or wider than what it has free (the
    // frame and title bar included).
    QSize size(1440, 900);
    if (const QScreen* s = screen()) {
        const QRect free = s->availableGeometry();
        const QSize frame(frameGeometry().size() - geometry().size());
        const QSize chrome = frame.isValid() && !frame.isEmpty() ? frame : QSize(8, 38);
        size = size.boundedTo(free.size() - chrome);
    }
    resize(size);
}

Page* MainWindow::page(int index) const {
    return qobject_cast<Page*>(m_tabs->widget(index));
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open Audit Logs"), QSettings().value(QStringLiteral("dialogs/dir")).toString(),
            tr("Audit logs (*.log *.json *.jsonl *.gz *.audit *.log.*);;All files (*)"));
        if (!files.isEmpty()) {
            QSettings().setValue(QStringLiteral("dialogs/dir"), QFileInfo(files.front()).absolutePath());
            openPaths(files);
        }
    });
    open->setShortcut(QKeySequence::Open);
    QAction* openDir = file->addAction(tr("Open &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open a Folder of Audit Logs"), QSettings().value(QStringLiteral("dialogs/dir")).toString());
        if (!dir.isEmpty()) {
            QSettings().setValue(QStringLiteral("dialogs/dir"), dir);
            openPaths({dir});
        }
    });
    openDir->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QAction* connectSls = file->addAction(tr("Connect to &Log Service…"), this, [this] { connectToLogService({}); });
    connectSls->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    QAction* connectCh = file->addAction(tr("Connect to &ClickHouse…"), this, [this] { connectToClickHouse({}); });
    connectCh->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction* reload = file->addAction(tr("Re&load"), this, [this] {
        if (m_session->source().kind != Source::Kind::Files)
            m_session->open(m_session->source()); // a fresh backend: nothing answered from the cache
        else if (!m_session->paths().isEmpty())
            openPaths(m_session->paths());
    });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    file->addAction(tr("&Export Table as CSV…"), this, &MainWindow::exportCurrentTable)
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    file->addAction(tr("Export &Charts as PNG…"), this, &MainWindow::exportCharts)
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    file->addSeparator();
    m_review->addFileActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* a = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }
    view->addSeparator();
    m_back = view->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = view->addAction(tr("&Forward"), this, &MainWindow::goForward);
    m_forward->setShortcut(QKeySequence::Forward);
    view->addSeparator();
    view->addAction(tr("&Search"), this,
                    [this] {
                        m_filterBar->searchBox()->setFocus();
                        m_filterBar->searchBox()->selectAll();
                    })
        ->setShortcut(QKeySequence::Find);
    updateNavActions();

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Audit &Policy Workbench…"), this, [this] { policyWorkbench()->show(); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));

    QMenu* alertsMenu = menuBar()->addMenu(tr("&Alerts"));
    alertsMenu->addAction(tr("&Run Rules"), this, [this] { m_alerts->run(); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QAction* live = alertsMenu->addAction(tr("&Follow Live"));
    live->setCheckable(true);
    live->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    connect(live, &QAction::toggled, m_alerts, &AlertsController::setLive);
    connect(m_alerts, &AlertsController::liveChanged, live, &QAction::setChecked);
    alertsMenu->addSeparator();
    alertsMenu->addAction(tr("R&ules…"), this, [this] { m_findings->showRuleEditor(); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    alertsMenu->addAction(tr("&Notifications…"), m_findings, &FindingsPage::showNotificationSettings);
    alertsMenu->addSeparator();
    alertsMenu->addAction(tr("Export Findings as &CSV…"), this, [this] { m_findings->exportViaDialog(false); });
    alertsMenu->addAction(tr("Export Findings as &JSON…"), this, [this] { m_findings->exportViaDialog(true); });

    m_review->addCaseMenu(menuBar());

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences)
        ->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(
            tr("Search &Syntax"), this,
            [this] {
                QMessageBox::information(
                    this, tr("Search Syntax"),
                    tr("<p>The Log Service search statement, as in the ACK console:</p>"
                       "<ul><li><code>verb: create</code> — a token of the field's value</li>"
                       "<li><code>objectRef.name: nginx-*</code> — wildcards <code>*</code> and <code>?</code></li>"
                       "<li><code>responseStatus.code &gt;= 400</code>, <code>latencyMs &gt; 1000</code>, "
                       "<code>responseStatus.code: 4xx</code></li>"
                       "<li><code>and</code>, <code>or</code>, <code>not</code>, parentheses; terms side by side mean "
                       "<code>and</code></li>"
                       "<li>a bare word or a quoted phrase searches the whole event</li>"
                       "<li>derived fields: <code>operator</code>, <code>accountType</code>, <code>sourceScope</code>, "
                       "<code>category</code>, <code>operation</code></li></ul>"
                       "<p>Up and Down recall earlier searches; Escape clears.</p>"));
            })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("ACK's Default &Audit Policy"), this, [this] {
        PolicyWorkbench* w = policyWorkbench();
        w->openFile(QStringLiteral(":/policies/ack-default-audit-policy.yaml"));
        w->show();
        w->raise();
    });
    help->addAction(tr("&About Audit Console"), this, [this] {
        QMessageBox::about(this, tr("About Audit Console"),
                           tr("<h3>Audit Console %1</h3><p>Kubernetes API-server audit logs with the reports of ACK "
                              "cluster auditing.</p><p>Qt %2 · syntax highlighting: %3 · GeoIP: %4</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    highlightingEngineName(),
                                    GeoIp::isAvailable() ? tr("libmaxminddb") : tr("not built in")));
    });
}

void MainWindow::connectToLogService(const std::optional<SlsLocation>& location) {
    const auto dialog =
        location ? std::make_unique<SlsConnectDialog>(*location, this) : std::make_unique<SlsConnectDialog>(this);
    if (dialog->exec() == QDialog::Accepted) m_session->open(dialog->source());
}

void MainWindow::connectToClickHouse(const std::optional<ClickHouseLocation>& location) {
    const auto dialog = location ? std::make_unique<ClickHouseConnectDialog>(*location, this)
                                 : std::make_unique<ClickHouseConnectDialog>(this);
    if (dialog->exec() == QDialog::Accepted) m_session->open(dialog->source());
}

void MainWindow::openPaths(const QStringList& paths) {
    QStringList absolute;
    for (const QString& p : paths)
        absolute << QFileInfo(p).absoluteFilePath();
    m_session->open(absolute, loadOptions());
}

LoadOptions MainWindow::loadOptions() const {
    LoadOptions options;
    for (const QString& range : QSettings()
                                    .value(QStringLiteral("network/privateRanges"))
                                    .toString()
                                    .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        if (const auto cidr = Cidr::parse(range.toStdString())) options.privateRanges.push_back(*cidr);
    return options;
}

void MainWindow::loadGeoIp() {
    const QString path = QSettings().value(QStringLiteral("geoip/database")).toString();
    m_geo.reset();
    if (!path.isEmpty()) {
        QString error;
        const QString lang =
            QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh-CN") : QStringLiteral("en");
        m_geo = GeoIp::open(path, &error, lang);
        if (!m_geo) m_status->setText(tr("GeoIP database %1: %2").arg(path, error));
    }
    m_overview->setGeoIp(m_geo);
    m_alerts->setGeoIp(m_geo);
}

void MainWindow::applyFilter(const FilterState& state, const QString& searchText, bool record, bool remember) {
    m_searchText = searchText;
    m_filterBar->setState(state, searchText);
    m_session->setFilter(state);
    // A preset the user picks is remembered; an absolute range (a drill-down, a custom range) is
    // not, nor the whole span a new source starts on.
    if (remember && state.time.preset != TimePreset::Absolute)
        QSettings().setValue(QStringLiteral("filter/time"), QString::fromStdString(state.time.label()));
    if (record) recordHistory();
}

TimeSelection MainWindow::rememberedTime() {
    TimeSelection time;
    if (const auto t = TimeSelection::parse(
            QSettings().value(QStringLiteral("filter/time"), QStringLiteral("7d")).toString().toStdString()))
        time = *t;
    return time;
}

void MainWindow::startAfresh(const TimeRange& span) {
    // A new source starts with no filter, no search and no history of the previous one; on the
    // remembered time range unless the data reach further back, then on the whole span (never
    // silently on a slice).
    TimeSelection start = rememberedTime();
    // (A remote source keeps the preset: its store may reach back months.)
    const bool files = m_session->source().kind == Source::Kind::Files;
    if (files && start.preset != TimePreset::All && span.to > span.from && span.from < start.resolve(span.to).from) {
        const int64_t days = std::max<int64_t>(1, (span.to - span.from + 86399999999LL) / 86400000000LL);
        m_status->setText(
            m_status->text() + QStringLiteral("; ") +
            tr("the files span %n day(s), more than the %1: showing all of them", nullptr, static_cast<int>(days))
                .arg(FilterBar::presetName(start)));
        start = TimeSelection();
        start.preset = TimePreset::All;
    }
    m_filterBar->setDefaultTime(start);
    m_history.clear();
    m_historyPos = -1;
    FilterState fresh;
    fresh.time = start;
    applyFilter(fresh, QString(), true, false);
}

void MainWindow::drillDown(const ExprPtr& condition) {
    // The new search is the applied one and the condition, as one expression printed back to
    // search text (an SLS `| …` part is not carried into a drill-down).
    FilterState s = m_session->filter();
    QString text = m_searchText.trimmed();
    if (condition && condition->op != Expr::Op::All) {
        s.search = s.search ? Expr::and_({s.search, condition}) : condition;
        s.sql.clear();
        text = QString::fromStdString(s.search->toString());
    }
    showPageQuietly(m_events);
    applyFilter(s, text);
}

void MainWindow::showPageQuietly(QWidget* page) {
    // The filter change that follows records the history entry; the switch alone must not.
    m_restoring = true;
    m_tabs->setCurrentWidget(page);
    m_restoring = false;
}

void MainWindow::recordHistory() {
    if (m_restoring) return;
    NavState nav{m_tabs->currentIndex(), m_session->filter(), m_searchText, m_session->detailResource()};
    if (m_historyPos >= 0) {
        const NavState& cur = m_history[static_cast<size_t>(m_historyPos)];
        if (cur.page == nav.page && cur.filter == nav.filter && cur.searchText == nav.searchText &&
            cur.resource == nav.resource)
            return;
    }
    m_history.resize(static_cast<size_t>(m_historyPos + 1));
    m_history.push_back(nav);
    if (m_history.size() > 100) m_history.erase(m_history.begin());
    m_historyPos = static_cast<int>(m_history.size()) - 1;
    updateNavActions();
}

void MainWindow::openEventRef(const QString& ref) {
    showPageQuietly(m_events);
    m_events->showEventByRef(ref);
    recordHistory();
}

void MainWindow::showView(int page, const FilterState& state, const QString& searchText, const QString& resource) {
    if (QWidget* w = m_tabs->widget(page)) showPageQuietly(w);
    if (!resource.isEmpty()) m_session->setDetailResource(resource);
    applyFilter(state, searchText);
}

void MainWindow::restore(const NavState& nav) {
    m_restoring = true;
    m_session->setDetailResource(nav.resource);
    applyFilter(nav.filter, nav.searchText, false);
    m_tabs->setCurrentIndex(nav.page);
    m_restoring = false;
    updateNavActions();
}

void MainWindow::goBack() {
    if (m_historyPos <= 0) return;
    --m_historyPos;
    restore(m_history[static_cast<size_t>(m_historyPos)]);
}

void MainWindow::goForward() {
    if (m_historyPos + 1 >= static_cast<int>(m_history.size())) return;
    ++m_historyPos;
    restore(m_history[static_cast<size_t>(m_historyPos)]);
}

void MainWindow::updateNavActions() {
    if (m_back) m_back->setEnabled(m_historyPos > 0);
    if (m_forward) m_forward->setEnabled(m_historyPos + 1 < static_cast<int>(m_history.size()));
}

void MainWindow::showBanner(const QString& text, bool error) {
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("background: #fdecea; color: #8a1c12; border-bottom: 1px solid #f5c2bd")
              : QStringLiteral("background: #fff8e1; color: #5d4300; border-bottom: 1px solid #ffe082"));
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::onSnapshotFailed(const QString& message) {
    // The last good figures stay, marked stale; the error sits where new ones would have come.
    const bool stale = m_session->snapshot() != nullptr;
    showBanner(stale ? tr("The figures could not be updated: %1 The figures below are from before this change and "
                          "are stale.")
                           .arg(message)
                     : tr("The figures could not be computed: %1").arg(message),
               true);
    m_tabs->setProperty("stale", stale);
    if (stale) {
        auto* dim = new QGraphicsOpacityEffect(m_tabs);
        dim->setOpacity(0.55);
        m_tabs->setGraphicsEffect(dim);
    }
}

void MainWindow::onSnapshot(const std::shared_ptr<const Snapshot>& snapshot) {
    m_filterBar->setRangeInfo(snapshot->range, snapshot->allTime - snapshot->overview.total);
    m_tabs->setGraphicsEffect(nullptr);
    m_tabs->setProperty("stale", false);
    showBanner(snapshot->notice, false);
    // A remote source: the requests made and the time taken so far, after each page of figures.
    if (m_session->source().kind != Source::Kind::Files && snapshot->backend)
        m_counts->setText(snapshot->backend->info().activity);
    m_detail->setKnownResources(m_session->knownResources());
    static const bool trace = qEnvironmentVariableIsSet("AC_TRACE_UI");
    for (int i = 0; i < m_tabs->count(); ++i) {
        QElapsedTimer t;
        t.start();
        page(i)->showSnapshot(*snapshot);
        if (trace) qInfo("%s: %.1f ms", qPrintable(page(i)->title()), static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    m_filterBar->setChoices(snapshot->facetNamespaces, snapshot->facetAccounts, snapshot->facetCodes);
}

void MainWindow::addRecent(const QStringList& paths) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent/paths")).toStringList();
    const QString entry = paths.join(QLatin1Char('\n'));
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent/paths"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent/paths")).toStringList();
    for (const QString& entry : recent) {
        if (const auto location = slsFromRecentEntry(entry)) {
            m_recentMenu->addAction(tr("Log Service: %1").arg(location->label()), this,
                                    [this, l = *location] { connectToLogService(l); });
            continue;
        }
        if (const auto location = clickHouseFromRecentEntry(entry)) {
            m_recentMenu->addAction(tr("ClickHouse: %1").arg(location->label()), this,
                                    [this, l = *location] { connectToClickHouse(l); });
            continue;
        }
        const QStringList paths = entry.split(QLatin1Char('\n'));
        QString label = QDir::toNativeSeparators(paths.front());
        if (paths.size() > 1) label = tr("%1 and %n more", nullptr, static_cast<int>(paths.size()) - 1).arg(label);
        m_recentMenu->addAction(label, this, [this, paths] { openPaths(paths); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent"), this, [this] {
            QSettings().remove(QStringLiteral("recent/paths"));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::showIssues() {
    // Not modal: the list stays open beside the window while the user looks at the data.
    const OpenedSource& load = m_session->lastOpen();
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Load Problems"));
    auto* table = new QTableWidget(static_cast<int>(load.issues.size()), 3, dialog);
    table->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < table->rowCount(); ++i) {
        const LoadIssue& is = load.issues[static_cast<size_t>(i)];
        table->setItem(i, 0, new QTableWidgetItem(QDir::toNativeSeparators(is.file)));
        table->setItem(i, 1, new QTableWidgetItem(is.line ? QString::number(is.line) : QString()));
        table->setItem(i, 2, new QTableWidgetItem(is.reason));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* note =
        new QLabel(tr("%n line(s) or item(s) skipped; everything else loaded. At most 200 are listed per file.",
                      nullptr, static_cast<int>(load.skipped)),
                   dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(900, 400);
    dialog->show();
}

void MainWindow::showPreferences() {
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    loadGeoIp();
    if (dialog.networkChanged() && !m_session->paths().isEmpty())
        openPaths(m_session->paths()); // private ranges apply at load
    if (dialog.timesChanged()) {
        setDisplayUtc(SettingsDialog::utcTimes());
        // Tables format times when painted: their titles (the zone) and cells follow at once.
        for (auto* table : findChildren<QTableView*>()) {
            if (auto* m = table->model(); m && m->columnCount() > 0)
                Q_EMIT m->headerDataChanged(Qt::Horizontal, 0, m->columnCount() - 1);
            table->viewport()->update();
        }
        m_filterBar->setState(m_session->filter(), m_searchText);
    }
    if (m_session->snapshot()) onSnapshot(m_session->snapshot());
    if (!m_session->lastError().isEmpty()) onSnapshotFailed(m_session->lastError()); // still stale
}

void MainWindow::exportCurrentTable() {
    Page* p = page(m_tabs->currentIndex());
    QList<ReportTable*> tables = p->tables();
    ReportTable* table = nullptr;
    for (ReportTable* t : tables)
        if (t->isVisible()) table = t;
    if (!table && !tables.isEmpty()) table = tables.front();
    if (!table) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), QDir(ReportTable::exportFolder()).filePath(p->title() + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    ReportTable::rememberExportFolder(path);
    bool cancelled = false;
    if (!table->exportCsv(path, &cancelled) && !cancelled)
        QMessageBox::warning(this, tr("Export Table"), tr("Cannot write %1").arg(path));
}

void MainWindow::exportCharts() {
    Page* p = page(m_tabs->currentIndex());
    if (p->charts().isEmpty()) return;
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export Charts to Folder"), ReportTable::exportFolder());
    if (dir.isEmpty()) return;
    QSettings().setValue(QStringLiteral("dialogs/exportDir"), dir);
    // Each image says what it shows: the filter and the time range under the title.
    QString caption = FilterBar::describe(m_session->filter(), m_searchText);
    if (const auto snap = m_session->snapshot(); snap && snap->range.to > snap->range.from)
        caption += QStringLiteral(" · ") + formatRange(snap->range.from, snap->range.to - 1);
    int n = 0;
    for (ChartPanel* c : p->charts()) {
        c->setCaption(caption);
        QString name = c->title();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
        n += c->exportPng(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    m_status->setText(tr("Exported %n chart(s) to %1", nullptr, n).arg(dir));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_review->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_tabs->currentIndex());
    m_session->cancelLoad();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        openPaths(paths);
        event->acceptProposedAction();
    }
}

} // namespace ac
