// Renders every page at 1440×900 in English and Chinese into the build folder
// (screenshots/<lang>-<n>-<page>.png): run under Xvfb by CTest where xvfb-run exists, offscreen
// otherwise. docs/screenshots/ holds the English ones, checked by eye.
#include "AlertsController.h"
#include "ChartPanel.h"
#include "ClickHouseConnectDialog.h"
#include "EventDetailView.h"
#include "FilterBar.h"
#include "FindingsPage.h"
#include "MainWindow.h"
#include "NotificationSettings.h"
#include "ObjectHistoryView.h"
#include "Pages.h"
#include "PolicyWorkbench.h"
#include "ReviewController.h"
#include "RuleEditor.h"
#include "SearchBox.h"
#include "SlsConnectDialog.h"
#include "Widgets.h"
#include "backends/ClickHouseIngest.h"
#include "clickhouseserver.h"
#include "i18n/Translations.h"
#include "itemmodels/EventTableModel.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/SqlRowsModel.h"
#include "query/SearchParser.h"
#include "review/ObjectHistory.h"
#include "slsserver.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace ac;

namespace {
// Where the screenshots go, made on first use.
QString screenshotDir() {
    const QString out = QDir(QStringLiteral(AC_BUILD_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(out);
    return out;
}

// One screenshot of the window in `language` at `size`: <language>-<W>x<H>-<name>.png.
QString shotPath(const QString& language, QSize size, const QString& name) {
    return QDir(screenshotDir())
        .filePath(QStringLiteral("%1-%2x%3-%4.png").arg(language).arg(size.width()).arg(size.height()).arg(name));
}
} // namespace

class TstScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void pages_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            const QByteArray tag = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
            QTest::newRow(QByteArray("en " + tag).constData()) << "en" << false << size;
            QTest::newRow(QByteArray("zh_CN " + tag).constData()) << "zh_CN" << false << size;
        }
        QTest::newRow("en-dark 1440x900") << "en" << true << QSize(1440, 900);
    }
    void pages() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        // The sample log from a neutral place, so that no build machine's path shows.
        const QString neutral = QDir::temp().filePath(QStringLiteral("audit-logs/kube-apiserver-audit.log.gz"));
        QDir().mkpath(QFileInfo(neutral).absolutePath());
        QFile::remove(neutral);
        QVERIFY(QFile::copy(QStringLiteral(AC_SAMPLE_LOG), neutral));
        installTranslations(language);
        const QPalette light = QApplication::palette();
        if (dark) {
            // A dark palette as a desktop's dark theme gives it: charts and highlighting follow.
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
            p.setColor(QPalette::Highlight, QColor(0x42, 0x8b, 0xca));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
            p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
            for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                p.setColor(QPalette::Disabled, role, QColor(0x70, 0x70, 0x70));
            QApplication::setPalette(p);
        }
        const QString out = screenshotDir();
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window) || QGuiApplication::platformName() == QLatin1String("offscreen"));
        window.openPaths({neutral});
        QVERIFY(window.session()->waitIdle());
        QVERIFY(window.session()->snapshot());
        QVERIFY(window.alerts()->waitIdle()); // the findings marked on the trend, listed on their page
        // Each page at its real size, the way a user sees it.
        const char* names[] = {"overview", "resources", "details", "events", "findings"};
        for (int i = 0; i < window.pages()->count(); ++i) {
            window.pages()->setCurrentIndex(i);
            if (i == 3) {
                auto* events = window.eventsPage();
                QTRY_VERIFY(events->model()->rowCount() > 0);
                // Show a command execution, the most telling event of an audit: the newest one,
                // found by a search as a user would.
                int pick = 0;
                while (events->model()->canFetchMore({}) && events->model()->rowCount() < 2000) {
                    events->model()->fetchMore({});
                    QTRY_VERIFY(!events->model()->isFetching());
                }
                for (int r = 0; r < events->model()->rowCount(); ++r)
                    if (const EventRow* row = events->model()->rowAt(r); row && row->subresource == "exec") {
                        pick = r;
                        break;
                    }
                QSignalSpy rendered(events->detail(), &EventDetailView::rendered);
                auto* table = events->tables().front();
                table->setCurrentIndex(events->model()->index(pick, 0));
                table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
                QVERIFY(rendered.wait());
            }
            if (i == 4) {
                // The most severe finding read whole.
                FindingsPage* findings = window.findingsPage();
                QVERIFY(findings->model()->rowCount() > 0);
                findings->table()->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
                findings->table()->setCurrentIndex(findings->model()->index(0, 0));
            }
            QTest::qWait(300);
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), size);
            const QString path = QDir(out).filePath(QStringLiteral("%1%2-%3x%4-%5-%6.png")
                                                        .arg(language, dark ? QStringLiteral("-dark") : QString())
                                                        .arg(size.width())
                                                        .arg(size.height())
                                                        .arg(i + 1)
                                                        .arg(QLatin1String(names[i])));
            QVERIFY2(image.save(path), qPrintable(path));
            for (ChartPanel* chart : window.page(i)->charts())
                QVERIFY2(!chart->isEmpty() || i == 2, qPrintable(chart->title()));
        }
        if (!dark && size == QSize(1440, 900)) {
            // The audit policy workbench with ACK's default policy simulated over the sample.
            PolicyWorkbench* bench = window.policyWorkbench();
            bench->resize(1280, 800);
            bench->openFile(QStringLiteral(":/policies/ack-default-audit-policy.yaml"));
            bench->show();
            QSignalSpy done(bench, &PolicyWorkbench::simulated);
            bench->simulate();
            QVERIFY(done.wait(60000));
            QTest::qWait(300);
            const QString path = QDir(out).filePath(QStringLiteral("%1-policy-workbench.png").arg(language));
            QVERIFY2(bench->grab().toImage().save(path), qPrintable(path));
            bench->close();
            // The alert rule editor with a built-in rule open: the exec check where there is one.
            RuleEditor* editor = window.findingsPage()->showRuleEditor();
            editor->resize(1280, 800);
            const auto& builtins = builtinRules().rules;
            QVERIFY(!builtins.empty());
            const auto exec = std::find_if(builtins.begin(), builtins.end(),
                                           [](const Rule& r) { return r.id.find("exec") != std::string::npos; });
            const Rule& shown = exec != builtins.end() ? *exec : builtins.front();
            QVERIFY(editor->openRule(QString::fromStdString(shown.id), true));
            QTest::qWait(300);
            const QString rules = QDir(out).filePath(QStringLiteral("%1-rule-editor.png").arg(language));
            QVERIFY2(editor->grab().toImage().save(rules), qPrintable(rules));
            // A rule of one's own with a mistake in its condition: the line is marked, the status
            // says where and what.
            editor->newRule();
            auto* text = editor->findChild<QPlainTextEdit*>();
            QVERIFY(text);
            text->setPlainText(
                QStringLiteral("id: many-deletes\ntitle: Many deletions by one operator\nseverity: high\n"
                               "kind: grouped\nsearch: 'verb: delete'\ngroup_by: operator\nwindow: 10m\n"
                               "condition: count > ten\nmessage: '${operator} deleted ${count} objects'\n"));
            editor->reparse();
            QTest::qWait(300);
            const QString mistake = QDir(out).filePath(QStringLiteral("%1-rule-editor-mistake.png").arg(language));
            QVERIFY2(editor->grab().toImage().save(mistake), qPrintable(mistake));
            editor->close();
            NotificationSettings notifications(window.alerts());
            notifications.resize(720, 520);
            notifications.show();
            QTest::qWait(200);
            const QString notify = QDir(out).filePath(QStringLiteral("%1-notifications.png").arg(language));
            QVERIFY2(notifications.grab().toImage().save(notify), qPrintable(notify));
            notifications.close();
        }
        installTranslations(QStringLiteral("en"));
        QApplication::setPalette(light);
    }

    // Incident review: the case panel beside the Events page (a bookmarked exec and a saved view),
    // and the history of a deployment with its diffs, narrowed to who changed spec.replicas.
    void review_data() { pages_data(); }
    void review() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        if (dark) QSKIP("the dark palette is shown by pages()");
        installTranslations(language);
        MainWindow window;
        window.resize(size);
        window.show();
        window.openPaths({QStringLiteral(AC_SAMPLE_LOG)});
        QVERIFY(window.session()->waitIdle());
        FilterState s;
        s.time.preset = TimePreset::All;
        const QString search = QStringLiteral("objectRef.subresource: exec");
        s.search = parseSearch(search.toStdString()).statement->filter;
        window.showView(3, s, search, QString());
        QVERIFY(window.session()->waitIdle());
        EventsPage* events = window.eventsPage();
        QTRY_VERIFY(events->model()->rowCount() > 0);
        QTRY_VERIFY(events->model()->rowAt(0));
        QSignalSpy rendered(events->detail(), &EventDetailView::rendered);
        events->tables().front()->setCurrentIndex(events->model()->index(0, 0));
        QVERIFY(rendered.wait());
        ReviewController* review = window.review();
        review->saveCurrentView(QStringLiteral("exec sessions"));
        QVERIFY(review->bookmarkShownEvent(QStringLiteral("shell in production: who approved it?")));
        QTest::qWait(300);
        const QImage withCase = window.grab().toImage();
        QCOMPARE(withCase.size(), size); // the case panel fits beside the pages on a small screen
        QVERIFY2(withCase.save(shotPath(language, size, QStringLiteral("case"))), "case");

        ObjectKey key;
        key.resource = "deployments";
        key.ns = "prod-web";
        key.name = "web";
        ObjectHistoryView* history = review->showObjectHistory(key);
        QVERIFY(history);
        QSignalSpy done(history, &ObjectHistoryView::finished);
        QVERIFY(done.wait(60000));
        QVERIFY(history->history() && !history->history()->entries.empty());
        history->resize(size.width() * 3 / 4, size.height() * 3 / 4);
        QTest::qWait(300);
        QVERIFY(history->grab().toImage().save(shotPath(language, size, QStringLiteral("object-history"))));
        history->setFieldFilter(QStringLiteral("spec.replicas"));
        QTest::qWait(200);
        QVERIFY(history->grab().toImage().save(shotPath(language, size, QStringLiteral("who-changed"))));
        history->close();
        installTranslations(QStringLiteral("en"));
    }

    // The Log Service source: its connect dialog, and the window on a logstore (the test server
    // over the sample log) with an SQL part's rows on the Events page.
    void logService_data() { pages_data(); }
    void logService() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        if (dark) QSKIP("the dark palette is shown by pages()");
        installTranslations(language);
        {
            SlsConnectDialog dialog;
            dialog.show();
            QTest::qWait(200);
            const QString path = shotPath(language, size, QStringLiteral("sls-connect"));
            QVERIFY2(dialog.grab().toImage().save(path), qPrintable(path));
        }
        testutil::SlsTestServer server;
        const QString error = server.start(QStringLiteral(AC_SAMPLE_LOG));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window) || QGuiApplication::platformName() == QLatin1String("offscreen"));
        window.session()->open(server.source());
        QVERIFY(window.session()->waitIdle(120000));
        QVERIFY2(window.session()->lastError().isEmpty(), qPrintable(window.session()->lastError()));
        SearchBox* box = window.filterBar()->searchBox();
        box->clear();
        QTest::keyClicks(box, QStringLiteral("verb: delete | SELECT \"objectRef.resource\" AS resource, count(*) AS "
                                             "records GROUP BY resource ORDER BY records DESC LIMIT 20"));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(window.session()->waitIdle(120000));
        window.pages()->setCurrentWidget(window.eventsPage());
        QVERIFY(window.eventsPage()->showingSqlRows());
        QVERIFY(window.eventsPage()->sqlModel()->rowCount() > 0);
        QTest::qWait(300);
        const QString path = shotPath(language, size, QStringLiteral("sls-sql"));
        QVERIFY2(window.grab().toImage().save(path), qPrintable(path));
        window.pages()->setCurrentIndex(0);
        QTest::qWait(300);
        const QString overview = shotPath(language, size, QStringLiteral("sls-overview"));
        QVERIFY2(window.grab().toImage().save(overview), qPrintable(overview));
        installTranslations(QStringLiteral("en"));
    }

    // The ClickHouse source: its connect dialog, and the window on a table the console's ingest
    // filled from the sample log (a server the test starts).
    void clickHouse_data() { pages_data(); }
    void clickHouse() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        if (dark) QSKIP("the dark palette is shown by pages()");
        installTranslations(language);
        static testutil::ClickHouseTestServer server;
        static const QString started = server.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ClickHouseLocation at;
        at.url = server.url();
        at.table = QStringLiteral("sample");
        static const bool ingested =
            ingestFiles(ClickHouseClient(at, QString()), {QStringLiteral(AC_SAMPLE_LOG)}, IngestOptions{}).ok();
        QVERIFY(ingested);
        {
            ClickHouseConnectDialog dialog(at);
            dialog.show();
            QTest::qWait(200);
            const QString path = shotPath(language, size, QStringLiteral("clickhouse-connect"));
            QVERIFY2(dialog.grab().toImage().save(path), qPrintable(path));
        }
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window) || QGuiApplication::platformName() == QLatin1String("offscreen"));
        Source s;
        s.kind = Source::Kind::ClickHouse;
        s.clickhouse = at;
        window.session()->open(s);
        QVERIFY(window.session()->waitIdle(120000));
        QVERIFY2(window.session()->lastError().isEmpty(), qPrintable(window.session()->lastError()));
        // The sample is older than any "last N days": all of it.
        FilterState all = window.session()->filter();
        all.time.preset = TimePreset::All;
        Q_EMIT window.filterBar()->edited(all, QString());
        QVERIFY(window.session()->waitIdle(120000));
        QVERIFY(window.session()->snapshot()->overview.total > 0);
        QTest::qWait(300);
        const QString path = shotPath(language, size, QStringLiteral("clickhouse-overview"));
        QVERIFY2(window.grab().toImage().save(path), qPrintable(path));
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TstScreenshots)
#include "tst_screenshots.moc"
