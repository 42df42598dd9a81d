// Incident review in the window: the case notebook (bookmarks, notes, saved views, the case file),
// every view as a command line that prints the same figures, the object history dialog, and the
// document and evidence exports.
#include "CasePanel.h"
#include "EventDetailView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "ObjectHistoryView.h"
#include "Pages.h"
#include "ReviewController.h"
#include "itemmodels/EventTableModel.h"
#include "query/SearchParser.h"
#include "review/CaseFile.h"
#include "testutil.h"

#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <zlib.h>

using namespace ac;

namespace {
QJsonObject deployment(int replicas, const QString& image, const QJsonObject& labels = {}) {
    QJsonObject meta{{QStringLiteral("name"), QStringLiteral("web")},
                     {QStringLiteral("namespace"), QStringLiteral("prod")}};
    if (!labels.isEmpty()) meta.insert(QStringLiteral("labels"), labels);
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
        {QStringLiteral("kind"), QStringLiteral("Deployment")},
        {QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("replicas"), replicas},
                     {QStringLiteral("template"),
                      QJsonObject{{QStringLiteral("spec"),
                                   QJsonObject{{QStringLiteral("containers"),
                                                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("app")},
                                                                       {QStringLiteral("image"), image}}}}}}}}}}};
}

// A day on one deployment: created by alice, relabelled, scaled by bob, its image changed by a
// Metadata-level patch, deleted by carol; and noise around it (other users, other objects).
QByteArray incidentLog() {
    QByteArray out;
    int n = 0;
    const auto add = [&out, &n](testutil::AuditRecord r, int minute) {
        r.id = testutil::uuid(++n);
        r.time = QStringLiteral("2026-11-20T10:%1:00.000000Z").arg(minute, 2, 10, QLatin1Char('0'));
        out += testutil::recordLine(r);
    };
    testutil::AuditRecord create;
    create.verb = QStringLiteral("create");
    create.resource = QStringLiteral("deployments");
    create.ns = QStringLiteral("prod");
    create.name = QStringLiteral("web");
    create.code = 201;
    create.uri = QStringLiteral("/apis/apps/v1/namespaces/prod/deployments");
    create.body = deployment(2, QStringLiteral("nginx:1.25"));
    create.response = create.body;
    add(create, 1);
    testutil::AuditRecord label = create;
    label.verb = QStringLiteral("patch");
    label.code = 200;
    label.uri = QStringLiteral("/apis/apps/v1/namespaces/prod/deployments/web");
    label.body = QJsonObject{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("front")}}}}}};
    label.response = deployment(2, QStringLiteral("nginx:1.25"), {{QStringLiteral("tier"), QStringLiteral("front")}});
    add(label, 5);
    testutil::AuditRecord scale = label;
    scale.user = QStringLiteral("bob");
    scale.verb = QStringLiteral("update");
    scale.subresource = QStringLiteral("scale");
    scale.uri = QStringLiteral("/apis/apps/v1/namespaces/prod/deployments/web/scale");
    scale.body = QJsonObject{{QStringLiteral("kind"), QStringLiteral("Scale")},
                             {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 0}}}};
    scale.response = scale.body;
    add(scale, 9);
    testutil::AuditRecord hidden = label;
    hidden.user = QStringLiteral("mallory");
    hidden.body = {}; // level Metadata: the change is not in the log
    hidden.response = {};
    add(hidden, 12);
    testutil::AuditRecord other = create;
    other.name = QStringLiteral("api");
    other.uri = QStringLiteral("/apis/apps/v1/namespaces/prod/deployments");
    add(other, 13);
    testutil::AuditRecord read;
    read.user = QStringLiteral("dave");
    read.resource = QStringLiteral("pods");
    read.ns = QStringLiteral("prod");
    read.name = QStringLiteral("web-0");
    add(read, 14);
    testutil::AuditRecord del = label;
    del.user = QStringLiteral("carol");
    del.verb = QStringLiteral("delete");
    del.body = {};
    del.response = {};
    add(del, 20);
    return out;
}

QByteArray gunzip(const QString& path) {
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    QByteArray out;
    if (!gz) return out;
    char buf[65536];
    for (int got; (got = gzread(gz, buf, sizeof buf)) > 0;)
        out.append(buf, got);
    gzclose(gz);
    return out;
}

// Runs a copied command line through the shell, with the window's executable as audit-console.
QByteArray runCommandLine(const QString& commandLine, int* exitCode) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"),
               QFileInfo(QStringLiteral(AC_CLI)).absolutePath() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commandLine});
    if (!p.waitForFinished(120000)) return {};
    *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}
} // namespace

class TstReview : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_log;

    void openLog(MainWindow& w) {
        w.openPaths({m_log});
        QVERIFY(w.session()->waitIdle());
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_log = testutil::writeFile(m_dir, QStringLiteral("incident.log"), incidentLog());
    }

    // A case survives a save and a load unchanged; a damaged file names itself, the line and why.
    void caseFileRoundTrip() {
        CaseFile c;
        c.title = QStringLiteral("INC-7 web deleted");
        c.notes = QStringLiteral("carol deleted it at 10:20");
        c.sources = {m_log};
        c.bookmarks.push_back({"id-1", 1700000000000000, QStringLiteral("carol delete deployments prod/web → 200"),
                               QStringLiteral("the deletion"), m_log, 7});
        c.findingNotes.push_back({QStringLiteral("sls-delete"), QStringLiteral("k"), QStringLiteral("Deletion"),
                                  QStringLiteral("expected"), 1700000000000000});
        SavedView v;
        v.name = QStringLiteral("carol's requests");
        v.page = SavedView::Page::Events;
        v.search = QStringLiteral("user.username: carol");
        v.namespaces = {"prod"};
        v.codes = {"2xx"};
        v.time.preset = TimePreset::Absolute;
        v.time.absolute = {1700000000000000, 1700003600000000};
        c.views.push_back(v);
        v.name = QStringLiteral("last day");
        v.page = SavedView::Page::Detail;
        v.resource = QStringLiteral("deployments");
        v.time = *TimeSelection::parse("90m");
        c.views.push_back(v);
        const QString path = m_dir.filePath(QStringLiteral("a.accase"));
        QVERIFY(!c.save(path));
        const Result<CaseFile> back = CaseFile::load(path);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QVERIFY(*back == c);

        const QString bad = testutil::writeFile(m_dir, QStringLiteral("bad.accase"), "{\n\"auditConsoleCase\": 1,\n]");
        const Result<CaseFile> broken = CaseFile::load(bad);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.startsWith(bad + QStringLiteral(": line 3")),
                 qPrintable(broken.error().message));
        const QString other = testutil::writeFile(m_dir, QStringLiteral("other.accase"), "{\"a\": 1}");
        QVERIFY(CaseFile::load(other).error().message.contains(QStringLiteral("not an Audit Console case")));
    }

    void commandLineQuoting() {
        SavedView v;
        v.page = SavedView::Page::Detail;
        v.resource = QStringLiteral("pods/exec");
        v.search = QStringLiteral("user.username: \"o'brien\" and verb: create");
        v.namespaces = {"prod", "kube system"};
        v.hideSystem = true;
        v.time = *TimeSelection::parse("1d");
        const Source source = Source::files({QStringLiteral("/var/log/audit.log"), QStringLiteral("/tmp/my logs")});
        QCOMPARE(
            commandLineFor(v, source),
            QStringLiteral("audit-console report detail --resource pods/exec --query 'user.username: \"o'\\''brien\" "
                           "and verb: create' --namespace prod --namespace 'kube system' --hide-system --last 1d "
                           "/var/log/audit.log '/tmp/my logs'"));
    }

    // What the window shows, copied as a command line, prints the same figures in a terminal.
    void copiedCommandReproducesTheView() {
        MainWindow w;
        openLog(w);
        FilterState s = w.session()->filter();
        s.time.preset = TimePreset::All;
        s.namespaces = {"prod"};
        w.showView(0, s, QString(), QString());
        QVERIFY(w.session()->waitIdle());
        const int64_t shown = w.session()->snapshot()->overview.total;
        const int64_t deleted = w.session()->snapshot()->overview.deleted;
        QCOMPARE(shown, 7);
        const QString command = w.review()->currentCommandLine();
        QVERIFY2(command.startsWith(QStringLiteral("audit-console report overview --namespace prod --last all ")),
                 qPrintable(command));
        int code = -1;
        const QByteArray json = runCommandLine(command + QStringLiteral(" --format json"), &code);
        QCOMPARE(code, 0);
        const QJsonObject overview =
            QJsonDocument::fromJson(json).object().value(QStringLiteral("overview")).toObject();
        QCOMPARE(overview.value(QStringLiteral("total")).toInteger(), shown);
        QCOMPARE(overview.value(QStringLiteral("deleted")).toInteger(), deleted);
    }

    // Bookmarks, notes and saved views go into the case; a saved view brings the page and filters back.
    void notebookInTheWindow() {
        MainWindow w;
        w.show();
        openLog(w);
        ReviewController* review = w.review();
        FilterState s = w.session()->filter();
        s.time.preset = TimePreset::All;
        const SearchResult parsed = parseSearch("user.username: carol");
        s.search = parsed.statement->filter;
        w.showView(3, s, QStringLiteral("user.username: carol"), QString());
        QVERIFY(w.session()->waitIdle());
        review->saveCurrentView(QStringLiteral("carol"));
        QCOMPARE(review->caseFile().views.size(), size_t(1));
        QVERIFY(review->isModified());

        // The deletion, shown whole, is bookmarked with a note.
        EventTableModel* model = w.eventsPage()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_VERIFY(model->rowAt(0));
        w.eventsPage()->showEventByRef(QString::fromStdString(model->rowAt(0)->ref));
        QTRY_VERIFY(w.eventsPage()->detail()->shownRow());
        QVERIFY(review->bookmarkShownEvent(QStringLiteral("deleted during the incident")));
        QCOMPARE(review->caseFile().bookmarks.size(), size_t(1));
        QCOMPARE(review->caseFile().bookmarks[0].summary, QStringLiteral("carol delete deployments prod/web → 200"));
        QCOMPARE(review->panel()->bookmarks()->topLevelItemCount(), 1);
        QVERIFY(review->dock()->isVisible());

        // Another page and filter; the saved view restores both.
        w.showView(0, FilterState(), QString(), QString());
        QVERIFY(w.session()->waitIdle());
        review->showView(0);
        QVERIFY(w.session()->waitIdle());
        QCOMPARE(w.pages()->currentWidget(), static_cast<QWidget*>(w.eventsPage()));
        QCOMPARE(w.filterBar()->searchText(), QStringLiteral("user.username: carol"));
        QCOMPARE(w.session()->snapshot()->overview.total, 1);

        // Saved and reopened in another window: the same case.
        const QString path = m_dir.filePath(QStringLiteral("inc.accase"));
        QVERIFY(review->saveCase(path));
        QVERIFY(!review->isModified());
        MainWindow other;
        QVERIFY(other.review()->openCase(path));
        QVERIFY(other.review()->caseFile() == review->caseFile());
        QCOMPARE(other.review()->caseFile().sources, QStringList{m_log});
        QCOMPARE(other.review()->panel()->views()->count(), 1);
        // The case's log opened with it (the window had nothing open); a bookmark opens its event.
        QVERIFY(other.session()->waitIdle());
        QCOMPARE(other.session()->paths(), QStringList{m_log});
        other.review()->openBookmark(0);
        QVERIFY(other.session()->waitIdle());
        QCOMPARE(other.session()->snapshot()->overview.total, 1);
        QVERIFY(other.filterBar()->searchText().startsWith(QStringLiteral("auditID: ")));
    }

    // The object history lists every request on the deployment, the scale with its diff, and says
    // plainly that the Metadata-level patch does not show its change.
    void objectHistoryDialog() {
        MainWindow w;
        openLog(w);
        ObjectKey key;
        key.resource = "deployments";
        key.ns = "prod";
        key.name = "web";
        ObjectHistoryView* view = w.review()->showObjectHistory(key);
        QVERIFY(view);
        QSignalSpy done(view, &ObjectHistoryView::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(view->history());
        const auto& entries = view->history()->entries;
        QCOMPARE(entries.size(), size_t(5)); // create, label, scale, hidden patch, delete; not deployment api
        QCOMPARE(entries.front().kind, HistoryEntry::Kind::Deleted);
        QCOMPARE(entries.back().kind, HistoryEntry::Kind::Created);
        QCOMPARE(entries[1].kind, HistoryEntry::Kind::NotRecorded);
        QVERIFY2(entries[1].explanation.contains(QStringLiteral("Metadata")), qPrintable(entries[1].explanation));
        QCOMPARE(view->tree()->topLevelItemCount(), 5);
        // Who changed spec.replicas: the create and bob's scale.
        view->setFieldFilter(QStringLiteral("spec.replicas"));
        const std::vector<const HistoryEntry*> replicas = view->shownEntries();
        QCOMPARE(replicas.size(), size_t(2));
        QCOMPARE(replicas[0]->row.operatorName, std::string("bob"));
        QCOMPARE(view->tree()->topLevelItemCount(), 2);
        const auto& scaled = replicas[0]->changes;
        QCOMPARE(scaled.size(), size_t(1));
        QCOMPARE(scaled[0].path, std::string("spec.replicas"));
        QCOMPARE(scaled[0].before.toInt(), 2);
        QCOMPARE(scaled[0].after.toInt(), 0);
        view->resize(1024, 640);
        view->show();
        if (const QByteArray dir = qgetenv("AC_SCREENSHOT_DIR"); !dir.isEmpty())
            view->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/object-history.png"));
        view->close();
    }

    // The evidence bundle's events equal the `events` command's output with the same filters, byte
    // for byte; its manifest lists every file with the digest `sha256sum` computes.
    void evidenceBundle() {
        MainWindow w;
        openLog(w);
        FilterState s = w.session()->filter();
        s.time.preset = TimePreset::All;
        s.namespaces = {"prod"};
        w.showView(3, s, QString(), QString());
        QVERIFY(w.session()->waitIdle());
        const QString folder = m_dir.filePath(QStringLiteral("evidence"));
        QVERIFY(w.review()->exportEvidence(folder, {"deployments"}));
        for (const char* name : {"events.jsonl.gz", "report.html", "report.pdf", "manifest.json", "SHA256SUMS"})
            QVERIFY2(QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(name)), name);
        int code = -1;
        const QByteArray events = runCommandLine(w.review()->currentCommandLine(), &code);
        QCOMPARE(code, 0);
        QCOMPARE(events.count('\n'), 7);
        QCOMPARE(gunzip(folder + QStringLiteral("/events.jsonl.gz")), events);
        QProcess sums;
        sums.setWorkingDirectory(folder);
        sums.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
        QVERIFY(sums.waitForFinished(30000));
        QCOMPARE(sums.exitCode(), 0);
        QFile manifest(folder + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
        QCOMPARE(m.value(QStringLiteral("events")).toInt(), 7);
        QCOMPARE(m.value(QStringLiteral("sourceFiles")).toArray().size(), 1);
        QVERIFY(m.value(QStringLiteral("command")).toString().contains(QStringLiteral("--namespace prod")));
    }

    // The same bundle from the command line; the document to standard output is HTML.
    void evidenceFromTheCommandLine() {
        const QString folder = m_dir.filePath(QStringLiteral("cli-evidence"));
        const QString quoted = shellQuote(m_log);
        int code = -1;
        runCommandLine(QStringLiteral("audit-console report all --evidence %1 --namespace prod --last all %2")
                           .arg(shellQuote(folder), quoted),
                       &code);
        QCOMPARE(code, 0);
        const QByteArray events =
            runCommandLine(QStringLiteral("audit-console events --namespace prod --last all %1").arg(quoted), &code);
        QCOMPARE(code, 0);
        QCOMPARE(gunzip(folder + QStringLiteral("/events.jsonl.gz")), events);
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/events.jsonl.gz.part")));
        QVERIFY(QFileInfo(folder + QStringLiteral("/report.pdf")).size() > 0);
        const QByteArray html =
            runCommandLine(QStringLiteral("audit-console report all --output - --last all %1").arg(quoted), &code);
        QCOMPARE(code, 0);
        QVERIFY(html.startsWith("<!DOCTYPE html>") || html.startsWith("<html"));
        // The headless executable has no painter: it says which one to run.
        runCommandLine(QStringLiteral("audit-console-cli report all --output x.pdf %1").arg(quoted), &code);
        QCOMPARE(code, 2);
    }
};

QTEST_MAIN(TstReview)
#include "tst_review.moc"
