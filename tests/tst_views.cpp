// The window offscreen: pages on real and generated data, filters changing the figures,
// drill-downs opening the right events, back/forward, the search box, the event view, GeoIP.
#include "ChartPanel.h"
#include "EventDetailView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "Pages.h"
#include "PolicyWorkbench.h"
#include "SearchBox.h"
#include "SettingsDialog.h"
#include "Widgets.h"
#include "audit/GeoIp.h"
#include "backends/MemoryBackend.h"
#include "i18n/TimeDisplay.h"
#include "itemmodels/EventTableModel.h"
#include "itemmodels/PolicyEventsModel.h"
#include "itemmodels/ResourceOpsModel.h"
#include "itemmodels/SqlRowsModel.h"
#include "slsserver.h"
#include "testutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <stdexcept>

using namespace ac;

namespace {
int64_t figure(MainWindow& w, int index) {
    return QLocale().toLongLong(w.overviewPage()->figures()[index]->value());
}

// Every row the Events page lists, fetched page by page as a scrolling view would.
std::vector<EventRow> allRows(MainWindow& w) {
    EventTableModel* m = w.eventsPage()->model();
    auto settle = [m] {
        while (m->isFetching())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    settle();
    while (m->canFetchMore({})) {
        m->fetchMore({});
        settle();
    }
    std::vector<EventRow> out;
    for (int r = 0; r < m->rowCount(); ++r) {
        const EventRow* row = m->rowAt(r);
        if (!row) { // evicted from the page cache: fetched again
            settle();
            row = m->rowAt(r);
        }
        if (row) out.push_back(*row);
    }
    return out;
}

std::set<std::string> columnValues(MainWindow& w, DictColumn c) {
    std::set<std::string> out;
    for (const EventRow& r : allRows(w))
        out.insert(c == DictColumn::Namespace     ? r.ns
                   : c == DictColumn::Username    ? r.user
                   : c == DictColumn::Verb        ? r.verb
                   : c == DictColumn::Operator    ? r.operatorName
                   : c == DictColumn::Resource    ? r.resource
                   : c == DictColumn::Subresource ? r.subresource
                                                  : std::string("?"));
    return out;
}

// A backend that answers like the memory one until it is told to fail: by throwing, by failing
// a batch with a server's words, or by hanging until its call is cancelled.
class FaultyBackend final : public Backend {
public:
    enum class Fault { None, Throw, FailBatch, Hang };
    explicit FaultyBackend(std::shared_ptr<const MemoryBackend> inner)
        : m_inner(std::move(inner)) {}
    std::atomic<Fault> fault{Fault::None};
    std::atomic<Fault> eventsFault{Fault::None};

    QString name() const override { return QStringLiteral("faulty"); }
    SourceInfo info() const override { return m_inner->info(); }
    bool hasCapability(Capability c) const override { return m_inner->hasCapability(c); }
    TimeAnchor anchor() const override { return TimeAnchor::NewestEvent; }

protected:
    Result<TimeRange> doDataRange(const CancelToken& cancel) const override { return m_inner->dataRange(cancel); }
    Result<std::vector<ResultTable>> doRun(const std::vector<Query>& queries,
                                           const CancelToken& cancel) const override {
        if (auto failure = fail(fault, cancel)) return *failure;
        return m_inner->run(queries, cancel);
    }
    Result<EventRowsPage> doEvents(const EventsRequest& request, const CancelToken& cancel) const override {
        if (auto failure = fail(eventsFault, cancel)) return *failure;
        return m_inner->events(request, cancel);
    }
    Result<EventDetail> doDetail(const std::string& ref, const CancelToken& cancel) const override {
        return m_inner->detail(ref, cancel);
    }

private:
    static std::optional<BackendError> fail(const std::atomic<Fault>& f, const CancelToken& cancel) {
        switch (f.load()) {
        case Fault::None:
            return std::nullopt;
        case Fault::Throw:
            throw std::runtime_error("disk on fire");
        case Fault::FailBatch:
            return BackendError{QStringLiteral("server said: too many queries in one batch")};
        case Fault::Hang:
            while (!cancel.isCancelled())
                QThread::msleep(2);
            return BackendError::cancelledError();
        }
        return std::nullopt;
    }
    std::shared_ptr<const MemoryBackend> m_inner;
};
} // namespace

class TstViews : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_generated;
    QString m_longSpan;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        m_generated = m_dir.filePath(QStringLiteral("gen.log"));
        QProcess gen;
        gen.start(QStringLiteral(AC_GEN),
                  {QStringLiteral("--events"), QStringLiteral("8000"), QStringLiteral("--out"), m_generated});
        QVERIFY(gen.waitForFinished(60000));
        // Logs over more than a year, to the end of 2026-01: older than any "last N days".
        m_longSpan = m_dir.filePath(QStringLiteral("long.log"));
        gen.start(QStringLiteral(AC_GEN),
                  {QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--days"), QStringLiteral("400"),
                   QStringLiteral("--end"), QStringLiteral("2026-01-31T00:00:00Z"), QStringLiteral("--out"),
                   m_longSpan});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
    }

    // Each test starts as a first start: no remembered time range, page or history.
    void init() { QSettings().clear(); }

    void pagesOnGeneratedData() {
        MainWindow w;
        w.show();
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        const auto snap = w.session()->snapshot();
        QVERIFY(snap);
        // Figures on screen are the report's, for the default 7-day window.
        const auto& o = snap->overview;
        QCOMPARE(figure(w, 0), o.total);
        QCOMPARE(figure(w, 4), o.deleted);
        QCOMPARE(figure(w, 5), o.exec);
        QVERIFY(o.total > 0 && o.exec > 0);
        for (ChartPanel* c : w.overviewPage()->charts())
            QVERIFY2(!c->isEmpty(), qPrintable(c->title()));
        for (ChartPanel* c : w.resourcesPage()->charts())
            QVERIFY2(!c->isEmpty(), qPrintable(c->title()));
        QCOMPARE(w.resourcesPage()->tables().front()->model()->rowCount(), 11);
        QCOMPARE(int64_t(allRows(w).size()), o.total);
        // The exec list shows its first page, more as it scrolls.
        auto* execModel = qobject_cast<EventTableModel*>(w.overviewPage()->tables().front()->model());
        QTRY_COMPARE(execModel->rowCount(), int(std::min<int64_t>(o.exec, EventTableModel::kPageSize)));
        // A list on a tab nobody has opened fetched nothing.
        auto* deletions = qobject_cast<EventTableModel*>(w.overviewPage()->tables()[3]->model());
        QCOMPARE(deletions->rowCount(), 0);
        QVERIFY(deletions->canFetchMore({}));
    }

    void filtersChangeFigures() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        const int64_t all = figure(w, 0);
        FilterState s = w.session()->filter();
        s.namespaces = {"kube-system"};
        w.filterBar()->setState(s, QString());
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        const int64_t ks = figure(w, 0);
        QVERIFY(ks > 0 && ks < all);
        QCOMPARE(columnValues(w, DictColumn::Namespace), std::set<std::string>{"kube-system"});
        // The namespace facet still offers the other namespaces, with their counts.
        QVERIFY(w.session()->snapshot()->facetNamespaces.size() > 1);
        s.hideSystem = true;
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        QVERIFY(figure(w, 0) < ks);
        for (const auto& user : columnValues(w, DictColumn::Username))
            QVERIFY2(user.find("system:node") == std::string::npos && user.find("serviceaccount") == std::string::npos,
                     user.c_str());
        // Time: the last hour holds fewer requests than the last 7 days.
        s = FilterState();
        s.time.preset = TimePreset::LastHour;
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        QVERIFY(figure(w, 0) < all);
    }

    void drillDownFromFigureAndChart() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        const int64_t deleted = figure(w, 4);
        Q_EMIT w.overviewPage()->figures()[4]->activated();
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.pages()->currentWidget(), static_cast<QWidget*>(w.eventsPage()));
        QCOMPARE(int64_t(allRows(w).size()), deleted);
        for (const auto& verb : columnValues(w, DictColumn::Verb))
            QVERIFY(verb == "delete" || verb == "deletecollection");
        QVERIFY(w.filterBar()->searchText().contains(QStringLiteral("verb")));
        // A chart bar: the operator chart narrows to that operator, within the deletions.
        QVERIFY(w.canGoBack());
        w.goBack();
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(figure(w, 4), deleted);
        QVERIFY(w.filterBar()->searchText().isEmpty());
        const KeyCount top = w.session()->snapshot()->overview.byOperator.front();
        const std::string op = top.key;
        // A bar's "succeeded" segment: that operator's requests with a code below 400.
        Q_EMIT w.overviewPage()->charts()[2]->keyOutcomeActivated(QString::fromStdString(op), false);
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(columnValues(w, DictColumn::Operator), std::set<std::string>{op});
        const auto rows = allRows(w);
        QCOMPARE(int64_t(rows.size()), w.session()->snapshot()->overview.total);
        QCOMPARE(int64_t(rows.size()), top.count - top.failed);
        for (const EventRow& r : rows)
            QVERIFY(r.code > 0 && r.code < 400);
        w.goBack();
        w.goForward();
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(columnValues(w, DictColumn::Operator), std::set<std::string>{op});
        // A trend point narrows the time range to its bucket.
        const auto trend = w.session()->snapshot()->overview.trend;
        Q_EMIT w.overviewPage()->charts()[0]->rangeActivated(trend.back().time, trend.back().time + 3600LL * 1000000);
        QVERIFY(w.session()->waitIdle());
        for (const EventRow& r : allRows(w))
            QVERIFY(r.time >= trend.back().time);
    }

    void drillDownKeepsTheAppliedSearchAndGoesBackInOneStep() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        SearchBox* box = w.filterBar()->searchBox();
        QTest::keyClicks(box, QStringLiteral("objectRef.namespace: kube-system | select count(1)"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(w.session()->waitIdle());
        const int64_t inKubeSystem = figure(w, 0);
        // An invalid edit is not what the filter bar passes on.
        QTest::keyClicks(box, QStringLiteral(" and ("));
        FilterState s = w.session()->filter();
        s.hideSystem = true;
        Q_EMIT w.filterBar()->edited(s, w.filterBar()->searchText());
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.filterBar()->searchText(), QStringLiteral("objectRef.namespace: kube-system | select count(1)"));
        s.hideSystem = false;
        Q_EMIT w.filterBar()->edited(s, w.filterBar()->searchText());
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(figure(w, 0), inKubeSystem);
        // The drill-down composes the applied search with the card's condition.
        const int64_t deleted = figure(w, 4);
        Q_EMIT w.overviewPage()->figures()[4]->activated();
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(int64_t(allRows(w).size()), deleted);
        QCOMPARE(columnValues(w, DictColumn::Namespace),
                 deleted ? std::set<std::string>{"kube-system"} : std::set<std::string>{});
        QVERIFY(!w.filterBar()->searchText().contains(QLatin1Char('|')));
        // One Back returns to the overview and its filter.
        w.goBack();
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.pages()->currentWidget(), static_cast<QWidget*>(w.overviewPage()));
        QCOMPARE(figure(w, 0), inKubeSystem);
    }

    void rememberedTimeRange() {
        {
            MainWindow w;
            w.openPaths({m_generated});
            QVERIFY(w.session()->waitIdle());
            FilterState s;
            s.time.preset = TimePreset::All;
            Q_EMIT w.filterBar()->edited(s, QString());
            QVERIFY(w.session()->waitIdle());
            // A trend drill-down's absolute range is not remembered over the preset.
            const auto trend = w.session()->snapshot()->overview.trend;
            Q_EMIT w.overviewPage()->charts()[0]->rangeActivated(trend.front().time,
                                                                 trend.front().time + 3600LL * 1000000);
            QVERIFY(w.session()->waitIdle());
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.session()->filter().time.preset, TimePreset::All);
    }

    void resourcePagesDrillDown() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        // Resource operations: Pod × Delete.
        const auto first = w.session()->snapshot();
        const auto& rows = first->resources.rows;
        const int64_t podDeletes = rows[5].del;
        Q_EMIT w.resourcesPage()->charts()[0]->cellActivated(5, 2);
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(int64_t(allRows(w).size()), podDeletes);
        QCOMPARE(columnValues(w, DictColumn::Resource), std::set<std::string>{"pods"});
        // Details: choose pods/exec, without the drill-down's filter.
        w.goBack();
        w.session()->setDetailResource(QStringLiteral("pods/exec"));
        QVERIFY(w.session()->waitIdle());
        const auto held = w.session()->snapshot(); // a drill-down below replaces the session's snapshot
        const auto& d = held->detail;
        QCOMPARE(d.resource, std::string("pods/exec"));
        QVERIFY(d.total > 0);
        // The namespace table lists every namespace; a row drills down to that namespace's execs.
        ReportTable* namespaces = w.detailPage()->tables().front();
        QCOMPARE(size_t(namespaces->model()->rowCount()), d.byNamespace.size());
        Q_EMIT namespaces->rowActivated(namespaces->model()->index(0, 0));
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(int64_t(allRows(w).size()), d.byNamespace.front().count);
        QCOMPARE(columnValues(w, DictColumn::Namespace), std::set<std::string>{d.byNamespace.front().key});
        QCOMPARE(columnValues(w, DictColumn::Subresource), std::set<std::string>{"exec"});
        QVERIFY(w.session()->knownResources().contains(QStringLiteral("pods/exec")));
        QVERIFY(w.session()->knownResources().contains(QStringLiteral("aliyunlogconfigs")));
    }

    void searchBox() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        SearchBox* box = w.filterBar()->searchBox();
        QSignalSpy errors(box, &SearchBox::errorChanged);
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("verb: get and (usr.username: x"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("usr.username")));
        QVERIFY(!w.session()->filter().search); // the last good statement (none) stays
        box->setText(QString());
        QTest::keyClicks(box, QStringLiteral("verb: get"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(columnValues(w, DictColumn::Verb), std::set<std::string>{"get"});
        QVERIFY(box->history().contains(QStringLiteral("verb: get")));
    }

    void eventDetail() {
        const std::string raw =
            R"({"kind":"Event","auditID":"a","verb":"get","user":{"username":"u","groups":[]},"b":[1,2],"c":{}})";
        const QString pretty = EventDetailView::prettyJson(raw);
        QVERIFY(pretty.indexOf(QStringLiteral("\"kind\"")) <
                pretty.indexOf(QStringLiteral("\"auditID\""))); // order kept
        QVERIFY(pretty.contains(QStringLiteral("\"groups\": []")));
        QVERIFY(pretty.contains(QStringLiteral("\n  \"user\": {\n    \"username\": \"u\"")));
        QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()), QJsonDocument::fromJson(QByteArray::fromStdString(raw)));
        const QString yaml = EventDetailView::toYaml(raw);
        QVERIFY(yaml.contains(QStringLiteral("verb: get")));
        QVERIFY(yaml.contains(QStringLiteral("  username: u")));

        MainWindow w;
        w.show();
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        w.pages()->setCurrentWidget(w.eventsPage());
        EventsPage* page = w.eventsPage();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        const EventRow first = *page->model()->rowAt(0);
        QSignalSpy rendered(page->detail(), &EventDetailView::rendered);
        page->tables().front()->setCurrentIndex(page->model()->index(0, 0));
        QVERIFY(rendered.wait());
        QCOMPARE(page->detail()->ref(), QString::fromStdString(first.ref));
        QVERIFY(page->detail()->text().contains(QString::fromStdString(first.auditId)));
    }

    // A failing backend never takes the window down: the error shows where the figures would
    // have been, and the last good figures stay, marked stale, until a query succeeds again.
    void backendFaultsKeepTheWindowUp_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("words");
        QTest::newRow("throws") << int(FaultyBackend::Fault::Throw) << QStringLiteral("disk on fire");
        QTest::newRow("fails a batch") << int(FaultyBackend::Fault::FailBatch) << QStringLiteral("too many queries");
    }
    void backendFaultsKeepTheWindowUp() {
        QFETCH(int, fault);
        QFETCH(QString, words);
        const auto loaded = openSource(Source::files({m_generated}));
        QVERIFY(loaded.backend);
        auto faulty = std::make_shared<FaultyBackend>(std::static_pointer_cast<const MemoryBackend>(loaded.backend));
        MainWindow w;
        w.show();
        w.session()->setBackend(faulty);
        QVERIFY(w.session()->waitIdle());
        const int64_t before = figure(w, 0);
        QVERIFY(before > 0);
        QVERIFY(w.banner()->isHidden());
        faulty->fault = static_cast<FaultyBackend::Fault>(fault);
        QSignalSpy failed(w.session(), &Session::snapshotFailed);
        FilterState s = w.session()->filter();
        s.namespaces = {"kube-system"};
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(words), qPrintable(failed.first().first().toString()));
        QVERIFY(!w.banner()->isHidden());
        QVERIFY(w.banner()->text().contains(words));
        QVERIFY(w.banner()->text().contains(QStringLiteral("stale")));
        QVERIFY(w.pages()->property("stale").toBool());
        QCOMPARE(figure(w, 0), before); // the last good figures stay
        // The source answers again: the banner goes, the figures follow the filter.
        faulty->fault = FaultyBackend::Fault::None;
        s.namespaces = {"default"};
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        QVERIFY(w.banner()->isHidden());
        QVERIFY(!w.pages()->property("stale").toBool());
        QVERIFY(figure(w, 0) < before);
        // A failing events page says so on the Events page.
        faulty->eventsFault = static_cast<FaultyBackend::Fault>(fault);
        s.namespaces = {"kube-system"};
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        w.pages()->setCurrentWidget(w.eventsPage()); // its table asks for rows when shown
        QTRY_VERIFY(w.eventsPage()->model()->lastError().contains(words));
        QVERIFY(w.eventsPage()->findChild<QLabel*>()->text().contains(words));
    }

    // A query still running when the filter changes is cancelled, its result dropped.
    void aRunningQueryIsCancelledByTheNextFilter() {
        const auto loaded = openSource(Source::files({m_generated}));
        auto faulty = std::make_shared<FaultyBackend>(std::static_pointer_cast<const MemoryBackend>(loaded.backend));
        MainWindow w;
        w.session()->setBackend(faulty);
        QVERIFY(w.session()->waitIdle());
        faulty->fault = FaultyBackend::Fault::Hang;
        QSignalSpy failed(w.session(), &Session::snapshotFailed);
        FilterState hung = w.session()->filter();
        hung.namespaces = {"kube-system"};
        Q_EMIT w.filterBar()->edited(hung, QString());
        QTest::qWait(50);
        QVERIFY(w.session()->snapshot()->state.namespaces.empty()); // still the first snapshot
        faulty->fault = FaultyBackend::Fault::None;
        FilterState next = hung;
        next.namespaces = {"default"};
        Q_EMIT w.filterBar()->edited(next, QString());
        QVERIFY(w.session()->waitIdle(10000)); // the hung job ended: its call was cancelled
        QCOMPARE(w.session()->snapshot()->state.namespaces, std::vector<std::string>{"default"});
        QCOMPARE(failed.size(), 0); // a cancellation is not an error to show
        QVERIFY(w.banner()->isHidden());
    }

    // A source that cannot run a part of the search says so instead of failing.
    void unsupportedPartsAreSaid() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        SearchBox* box = w.filterBar()->searchBox();
        QTest::keyClicks(box, QStringLiteral("verb: get | select count(1) as n"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.session()->filter().sql, std::string("select count(1) as n")); // kept in the state
        QVERIFY(!w.banner()->isHidden());
        QVERIFY(w.banner()->text().contains(QStringLiteral("not supported by this source")));
        QCOMPARE(columnValues(w, DictColumn::Verb), std::set<std::string>{"get"}); // the search part applies
    }

    // A source that runs SQL shows the SQL part's rows on the Events page, in the SQL's columns;
    // a mistake in the SQL is said there and the reports stay.
    void sqlPartRowsAreShown() {
        testutil::SlsTestServer server;
        const QString error = server.start(m_generated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow w;
        w.show();
        w.session()->open(server.source());
        QVERIFY(w.session()->waitIdle(120000));
        QVERIFY2(w.session()->lastError().isEmpty(), qPrintable(w.session()->lastError()));
        EventsPage* page = w.eventsPage();
        QVERIFY(!page->showingSqlRows());
        SearchBox* box = w.filterBar()->searchBox();
        QTest::keyClicks(box, QStringLiteral("verb: get | SELECT verb, count(*) AS c GROUP BY verb"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(w.session()->waitIdle(120000));
        QVERIFY(w.banner()->isHidden());
        QVERIFY(w.session()->snapshot()->sqlRows.has_value());
        QVERIFY(page->showingSqlRows());
        const SqlRowsModel* rows = page->sqlModel();
        QCOMPARE(rows->columnCount(), 2);
        QCOMPARE(rows->headerData(0, Qt::Horizontal).toString(), QStringLiteral("verb"));
        QCOMPARE(rows->headerData(1, Qt::Horizontal).toString(), QStringLiteral("c"));
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("get"));
        QVERIFY(rows->index(0, 1).data(TableModelBase::SortRole).toDouble() > 0);
        // A mistake in the SQL: said on the page, the reports computed all the same.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("verb: get | SELECT nosuchfunction(verb) AS x"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(w.session()->waitIdle(120000));
        QVERIFY(w.session()->lastError().isEmpty());
        QVERIFY(!w.session()->snapshot()->sqlError.isEmpty());
        QCOMPARE(rows->rowCount(), 0);
        QVERIFY(page->showingSqlRows());
        bool said = false;
        for (const QLabel* l : page->findChildren<QLabel*>())
            said = said || l->text().contains(w.session()->snapshot()->sqlError);
        QVERIFY(said);
        QVERIFY(figure(w, 0) > 0);
        // No SQL part: the matching requests only.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("verb: get"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(w.session()->waitIdle(120000));
        QVERIFY(!page->showingSqlRows());
    }

    // A very large event is shown shortened, off the GUI thread, and Copy copies all of it.
    void largeEventIsShortened() {
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        const QByteArray pad = QByteArray(3 << 20, 'x'); // 3 MiB in one annotation
        testutil::writeFile(m_dir, QStringLiteral("big.log"),
                            testutil::eventLine("00000000-0000-4000-8000-000000000001", "get", "pods",
                                                "2026-11-28T10:00:00Z", 200, "ResponseComplete", "alice", "10.0.0.1",
                                                "\"annotations\":{\"big\":\"" + pad + "\"}") +
                                '\n');
        MainWindow w;
        w.show();
        w.openPaths({path});
        QVERIFY(w.session()->waitIdle());
        w.pages()->setCurrentWidget(w.eventsPage());
        EventsPage* page = w.eventsPage();
        QTRY_VERIFY(page->model()->rowCount() == 1);
        QSignalSpy rendered(page->detail(), &EventDetailView::rendered);
        QElapsedTimer t;
        t.start();
        page->tables().front()->setCurrentIndex(page->model()->index(0, 0));
        const qint64 selectMs = t.elapsed(); // the GUI thread only starts the work
        QVERIFY(rendered.wait(20000));
        QVERIFY(page->detail()->isShortened());
        QVERIFY(page->detail()->text().size() <= EventDetailView::kShownChars);
        qInfo("selecting a 3 MiB event took %lld ms on the GUI thread", selectMs);
        for (auto* b : page->detail()->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Copy")) b->click();
        QVERIFY(QApplication::clipboard()->text().size() > (3 << 20));
    }

    // Issue 8: what a newcomer met. Logs older than the remembered range open on their whole span,
    // the bar says which range the figures cover (year and zone) and what lies outside it.
    void olderLogsOpenOnTheirWholeSpan() {
        MainWindow w;
        w.openPaths({m_longSpan});
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.session()->filter().time.preset, TimePreset::All);
        QCOMPARE(figure(w, 0), w.session()->snapshot()->allTime);
        const QString summary = w.filterBar()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("2024-")) && summary.contains(QStringLiteral("2026-")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("UTC")), qPrintable(summary));
        QVERIFY(w.statusBar()->findChild<QLabel*>()->text().contains(QStringLiteral("showing all of them")));
        // The remembered preference is not overwritten by this automatic choice.
        QCOMPARE(QSettings().value(QStringLiteral("filter/time"), QStringLiteral("7d")).toString(),
                 QStringLiteral("7d"));
        // A narrower range says how many requests it leaves out, and one click shows them all.
        FilterState lastDay;
        lastDay.time.preset = TimePreset::LastDay;
        Q_EMIT w.filterBar()->edited(lastDay, QString());
        QVERIFY(w.session()->waitIdle());
        const int64_t outside = w.session()->snapshot()->allTime - figure(w, 0);
        QVERIFY(outside > 0);
        QVERIFY2(w.filterBar()->summaryText().contains(QLocale().toString(static_cast<qlonglong>(outside))),
                 qPrintable(w.filterBar()->summaryText()));
        QLabel* summaryLabel = nullptr;
        for (auto* l : w.filterBar()->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("href=\"all\""))) summaryLabel = l;
        QVERIFY(summaryLabel);
        Q_EMIT summaryLabel->linkActivated(QStringLiteral("all"));
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.session()->filter().time.preset, TimePreset::All);
        QCOMPARE(figure(w, 0), w.session()->snapshot()->allTime);
    }

    // Opening another source starts afresh; "Clear filters" resets the time range too.
    void newSourceResetsFiltersAndClearResetsTime() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        Q_EMIT w.overviewPage()->figures()[4]->activated(); // deletions
        QVERIFY(w.session()->waitIdle());
        const auto trend = w.session()->snapshot()->overview.trend;
        Q_EMIT w.overviewPage()->charts()[0]->rangeActivated(trend.back().time, trend.back().time + 3600LL * 1000000);
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.session()->filter().time.preset, TimePreset::Absolute);
        QToolButton* clear = nullptr;
        for (auto* b : w.filterBar()->findChildren<QToolButton*>())
            if (b->text() == QStringLiteral("Clear filters")) clear = b;
        QVERIFY(clear && clear->isEnabled());
        clear->click();
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.session()->filter().time.preset, TimePreset::Last7Days);
        QVERIFY(!w.session()->filter().search);
        QVERIFY(!clear->isEnabled());
        // A drill-down on this log, then another log: no filter, search or range carries over.
        Q_EMIT w.overviewPage()->figures()[5]->activated(); // exec
        QVERIFY(w.session()->waitIdle());
        QVERIFY(w.session()->filter().search);
        w.openPaths({m_longSpan});
        QVERIFY(w.session()->waitIdle());
        QVERIFY(!w.session()->filter().search);
        QVERIFY(w.filterBar()->searchText().isEmpty());
        QVERIFY(figure(w, 0) > 0);
        QVERIFY(!w.canGoBack()); // the other log's history is gone
    }

    // Figures count success beside failure, and each part drills down to its own requests.
    void successBesideFailure() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        const auto& o = w.session()->snapshot()->overview;
        QVERIFY(o.failed.deleted > 0 && o.succeeded.deleted > 0);
        FigureCard* deleted = w.overviewPage()->figures()[4];
        QCOMPARE(deleted->outcomeText(), QStringLiteral("%1 succeeded · %2 failed")
                                             .arg(QLocale().toString(static_cast<qlonglong>(o.succeeded.deleted)),
                                                  QLocale().toString(static_cast<qlonglong>(o.failed.deleted))));
        const int64_t failedDeletes = o.failed.deleted, succeededDeletes = o.succeeded.deleted;
        Q_EMIT deleted->outcomeActivated(true);
        QVERIFY(w.session()->waitIdle());
        const auto failedRows = allRows(w);
        QCOMPARE(int64_t(failedRows.size()), failedDeletes);
        for (const EventRow& r : failedRows)
            QVERIFY(r.code >= 400 && (r.verb == "delete" || r.verb == "deletecollection"));
        w.goBack();
        QVERIFY(w.session()->waitIdle());
        Q_EMIT w.overviewPage()->figures()[4]->outcomeActivated(false);
        QVERIFY(w.session()->waitIdle());
        const auto okRows = allRows(w);
        QCOMPARE(int64_t(okRows.size()), succeededDeletes);
        for (const EventRow& r : okRows)
            QVERIFY(r.code > 0 && r.code < 400);
        // The detail page says how its success rate is defined, and splits its total.
        QVERIFY(w.detailPage()->findChild<QLabel*>(QStringLiteral("rateDefinition")));
        // A Resource Operations cell drills down to its own figure, not to the whole resource.
        w.goBack();
        QVERIFY(w.session()->waitIdle());
        const auto rows = w.session()->snapshot()->resources.rows;
        ReportTable* ops = w.resourcesPage()->tables().front();
        Q_EMIT ops->rowActivated(ops->model()->index(5, ResourceOpsModel::DeleteColumn)); // Pod × Delete
        QVERIFY(w.session()->waitIdle());
        const auto podDeletes = allRows(w);
        QCOMPARE(int64_t(podDeletes.size()), rows[5].del);
        for (const EventRow& r : podDeletes)
            QVERIFY(r.resource == "pods" && (r.verb == "delete" || r.verb == "deletecollection"));
        if (rows[5].delFailed)
            QVERIFY(ops->model()
                        ->index(5, ResourceOpsModel::DeleteColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("failed")));
    }

    // One time format with its zone; a Preferences switch to UTC; UTC in exports.
    void timesCarryTheirZone() {
        MainWindow w;
        w.show();
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        w.pages()->setCurrentWidget(w.eventsPage());
        EventTableModel* m = w.eventsPage()->model();
        QTRY_VERIFY(m->rowCount() > 0);
        const int timeColumn = 0;
        QVERIFY2(m->headerData(timeColumn, Qt::Horizontal).toString().contains(QStringLiteral("UTC")),
                 qPrintable(m->headerData(timeColumn, Qt::Horizontal).toString()));
        setDisplayUtc(true);
        const EventRow first = *m->rowAt(0);
        QCOMPARE(
            m->index(0, timeColumn).data().toString(),
            QDateTime::fromMSecsSinceEpoch(first.time / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(m->headerData(timeColumn, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
        setDisplayUtc(false);
        // The export writes every matching request, times as RFC 3339 UTC.
        const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(w.eventsPage()->tables().front()->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(int64_t(lines.size() - 1), w.session()->snapshot()->overview.total);
        QVERIFY(lines.front().contains("Request URI") && lines.front().contains("Impersonated user") &&
                lines.front().contains("Audit ID"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z,"))
                     .match(QString::fromUtf8(lines[1]))
                     .hasMatch(),
                 lines[1].constData());
        // The Preferences dialog offers the switch, and its labels have buddies (no stray "&").
        SettingsDialog prefs;
        for (auto* label : prefs.findChildren<QLabel*>())
            if (label->text().contains(QLatin1Char('&'))) QVERIFY2(label->buddy(), qPrintable(label->text()));
        bool hasUtc = false;
        for (auto* box : prefs.findChildren<QComboBox*>())
            hasUtc = hasUtc || box->findText(QStringLiteral("UTC")) >= 0;
        QVERIFY(hasUtc);
    }

    // Hidden columns are remembered; the namespace table names the cluster-scoped bucket as the
    // pie does; a bad search says the figures are not filtered by it.
    void columnsAndWording() {
        {
            MainWindow w;
            w.show();
            w.openPaths({m_generated});
            QVERIFY(w.session()->waitIdle());
            w.pages()->setCurrentWidget(w.eventsPage());
            ReportTable* t = w.eventsPage()->tables().front();
            QTRY_VERIFY(t->model()->rowCount() > 0);
            auto* m = w.eventsPage()->model();
            int uri = -1;
            for (int c = 0; c < m->columnCount(); ++c)
                if (m->columnKind(c) == EventTableModel::Column::RequestUri) uri = c;
            QVERIFY(uri >= 0 && !t->isColumnHidden(uri));
            t->setColumnHidden(uri, true);
            t->horizontalHeader()->resizeSection(0, 151); // saves the header state
        }
        {
            MainWindow again;
            ReportTable* t = again.eventsPage()->tables().front();
            int hidden = 0;
            for (int c = 0; c < t->model()->columnCount(); ++c)
                hidden += t->isColumnHidden(c);
            QCOMPARE(hidden, 1);
        }
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        w.session()->setDetailResource(QStringLiteral("nodes"));
        QVERIFY(w.session()->waitIdle());
        ReportTable* namespaces = w.detailPage()->tables().front();
        bool clusterScoped = false;
        for (int r = 0; r < namespaces->model()->rowCount(); ++r)
            clusterScoped = clusterScoped ||
                            namespaces->model()->index(r, 0).data().toString() == QStringLiteral("(cluster-scoped)");
        QVERIFY(clusterScoped);
        SearchBox* box = w.filterBar()->searchBox();
        QTest::keyClicks(box, QStringLiteral("verb: (get"));
        QTest::keyClick(box, Qt::Key_Return);
        QLabel* error = nullptr;
        for (auto* l : w.filterBar()->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("not applied"))) error = l;
        QVERIFY(error);
        QVERIFY(error->text().contains(QStringLiteral("not filtered by a search")));
        // The facet says what it lists.
        w.session()->setAllOperatorsInFacet(true);
        QToolButton* accounts = nullptr;
        for (auto* b : w.filterBar()->findChildren<QToolButton*>())
            if (b->text() == QStringLiteral("RAM sub-account")) accounts = b;
        QVERIFY(accounts);
        accounts->menu()->popup(QPoint(0, 0));
        QCheckBox* every = accounts->menu()->findChild<QCheckBox*>();
        QVERIFY(every); // a check box inside the menu: toggling it leaves the menu open
        every->setChecked(true);
        QVERIFY(accounts->menu()->isVisible());
        QCOMPARE(accounts->text(), QStringLiteral("Operator"));
        accounts->menu()->hide();
    }

    // A first start fits the screen, frame included; the Events line names the order it shows.
    void firstStartFitsAndOrderIsNamed() {
        MainWindow w;
        w.show();
        const QRect free = w.screen()->availableGeometry();
        QVERIFY2(w.frameGeometry().height() <= free.height() && w.frameGeometry().width() <= free.width(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())
                                .arg(free.width())
                                .arg(free.height())));
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        w.pages()->setCurrentWidget(w.eventsPage());
        QLabel* line = w.eventsPage()->findChild<QLabel*>();
        QVERIFY(line->text().contains(QStringLiteral("newest first")));
        w.eventsPage()->tables().front()->sortByColumn(1, Qt::AscendingOrder); // operator
        QVERIFY2(line->text().contains(QStringLiteral("by Operator, ascending")), qPrintable(line->text()));
        QVERIFY(!line->text().contains(QStringLiteral("newest first")));
    }

    // The audit policy workbench: lint as typed, with positions; ACK's default policy from the Help
    // menu; a simulation over the loaded log whose totals add up.
    void policyWorkbench() {
        MainWindow w;
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        PolicyWorkbench* bench = w.policyWorkbench();
        bench->setPolicyText(
            QStringLiteral("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Sometimes\n"),
            QStringLiteral("typo.yaml"));
        bool positioned = false;
        for (int i = 0; i < bench->diagnostics()->count(); ++i)
            positioned = positioned || bench->diagnostics()->item(i)->text().startsWith(QStringLiteral("4:"));
        QVERIFY(positioned);
        bench->openFile(QStringLiteral(":/policies/ack-default-audit-policy.yaml"));
        QVERIFY(bench->editor()->toPlainText().contains(QStringLiteral("kind: Policy")));
        QSignalSpy done(bench, &PolicyWorkbench::simulated);
        bench->simulate();
        QVERIFY(done.wait(60000));
        QVERIFY(bench->totals()->rowCount() > 3);
        QVERIFY(bench->rules()->rowCount() > 5);
        // Every request is listed with the level it would get and why.
        QCOMPARE(int64_t(bench->events()->rowCount()), w.session()->snapshot()->allTime);
        QVERIFY(bench->events()
                    ->index(0, PolicyEventsModel::RuleColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("rule")) ||
                bench->events()
                    ->index(0, PolicyEventsModel::RuleColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("no rule")));
    }

    // Review fixes: the same filter retries after a failure; a reload keeps the filters; a table
    // the user sorted stays sorted when a new snapshot comes.
    void retriesReloadsAndKeptSort() {
        const auto loaded = openSource(Source::files({m_generated}));
        auto faulty = std::make_shared<FaultyBackend>(std::static_pointer_cast<const MemoryBackend>(loaded.backend));
        MainWindow w;
        w.show();
        w.session()->setBackend(faulty);
        QVERIFY(w.session()->waitIdle());
        faulty->fault = FaultyBackend::Fault::FailBatch;
        FilterState s = w.session()->filter();
        s.namespaces = {"kube-system"};
        Q_EMIT w.filterBar()->edited(s, QString());
        QVERIFY(w.session()->waitIdle());
        QVERIFY(!w.banner()->isHidden());
        faulty->fault = FaultyBackend::Fault::None;
        Q_EMIT w.filterBar()->edited(s, QString()); // the same filter again: asked again
        QVERIFY(w.session()->waitIdle());
        QVERIFY(w.banner()->isHidden());
        QCOMPARE(w.session()->snapshot()->state.namespaces, std::vector<std::string>{"kube-system"});

        MainWindow r;
        r.show();
        r.openPaths({m_generated});
        QVERIFY(r.session()->waitIdle());
        FilterState k = r.session()->filter();
        k.namespaces = {"kube-system"};
        Q_EMIT r.filterBar()->edited(k, QString());
        QVERIFY(r.session()->waitIdle());
        r.pages()->setCurrentWidget(r.eventsPage());
        ReportTable* t = r.eventsPage()->tables().front();
        t->sortByColumn(1, Qt::AscendingOrder);
        QTRY_VERIFY(r.eventsPage()->model()->rowCount() > 0);
        QCOMPARE(r.eventsPage()->model()->query().sort, EventSort::Operator);
        r.openPaths({m_generated}); // a reload of the same files
        QVERIFY(r.session()->waitIdle());
        QCOMPARE(r.session()->filter().namespaces, std::vector<std::string>{"kube-system"});
        QCOMPARE(r.eventsPage()->model()->query().sort, EventSort::Operator);
        QVERIFY(r.canGoBack());
    }

    void realDataAndLoadErrors() {
        AC_REQUIRE_REAL_DATA();
        MainWindow w;
        QSignalSpy finished(w.session(), &Session::loadFinished);
        w.openPaths({testutil::realDataDir()});
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(w.session()->lastOpen().skipped, qint64(1));
        // The falco events are from 2018–2020: the 7-day window before the newest holds only some.
        FilterState all;
        all.time.preset = TimePreset::All;
        Q_EMIT w.filterBar()->edited(all, QString());
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(figure(w, 0), int64_t(88));
        QCOMPARE(figure(w, 5), int64_t(1)); // exec
        QCOMPARE(figure(w, 6), int64_t(1)); // attach
    }

    void missingFileAndCancel() {
        MainWindow w;
        QSignalSpy finished(w.session(), &Session::loadFinished);
        w.openPaths({m_dir.filePath(QStringLiteral("nope.log"))});
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("no such file")));
        finished.clear();
        w.openPaths({m_generated});
        w.session()->cancelLoad();
        QVERIFY(w.session()->waitIdle());
        QVERIFY(!finished.isEmpty());
        QVERIFY(!finished.first().first().toBool());
    }

    void exports() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        const QString png = m_dir.filePath(QStringLiteral("trend.png"));
        QVERIFY(w.overviewPage()->charts().front()->exportPng(png));
        QVERIFY(!QImage(png).isNull());
        const QString csv = m_dir.filePath(QStringLiteral("ops.csv"));
        QVERIFY(w.resourcesPage()->tables().front()->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.front().startsWith("Category,Resource,Create,Update,Delete,Access"));
        QCOMPARE(lines.size(), 13); // header, 11 resources, final newline
    }

    void geoIp() {
        if (!GeoIp::isAvailable()) QSKIP("built without libmaxminddb");
        // A small MaxMind-format database written here with Debian's libmaxmind-db-writer-perl.
        const QString db = m_dir.filePath(QStringLiteral("test.mmdb"));
        QProcess perl;
        perl.start(QStringLiteral("perl"), {QStringLiteral("-e"), QStringLiteral(R"PERL(
use utf8;
use MaxMind::DB::Writer::Tree;
my $tree = MaxMind::DB::Writer::Tree->new(ip_version => 6, record_size => 24, database_type => 'GeoIP2-City',
  languages => ['en', 'zh-CN'], description => { en => 'Audit Console test' }, remove_reserved_networks => 0,
  map_key_type_callback => sub { { country => 'map', subdivisions => ['array', 'map'], names => 'map', en => 'utf8_string', 'zh-CN' => 'utf8_string' }->{ $_[0] } });
$tree->insert_network('47.96.0.0/16', { country => { names => { en => 'China', 'zh-CN' => '中国' } },
  subdivisions => [ { names => { en => 'Zhejiang', 'zh-CN' => '浙江' } } ] });
$tree->insert_network('198.51.100.0/24', { country => { names => { en => 'Example Land' } } });
open my $fh, '>:raw', $ARGV[0] or die; $tree->write_tree($fh); close $fh;
)PERL"),
                                            db});
        QVERIFY(perl.waitForFinished(60000));
        if (perl.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("libmaxmind-db-writer-perl not usable: ") +
                             QString::fromLocal8Bit(perl.readAllStandardError())));
        QString error;
        const auto geo = GeoIp::open(db, &error);
        QVERIFY2(geo, qPrintable(error));
        QCOMPARE(geo->lookup("47.96.1.2")->toString(), QStringLiteral("China, Zhejiang"));
        QCOMPARE(geo->lookup("198.51.100.7")->country, QStringLiteral("Example Land"));
        QVERIFY(!geo->lookup("8.8.8.8"));
        QVERIFY(!geo->lookup("2408:4000::1"));
        QVERIFY(!geo->lookup("not an ip"));
        QCOMPARE(GeoIp::open(db, &error, QStringLiteral("zh-CN"))->lookup("47.96.1.2")->country,
                 QStringLiteral("中国"));
        QVERIFY(!GeoIp::open(m_dir.filePath(QStringLiteral("missing.mmdb")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TstViews)
#include "tst_views.moc"
