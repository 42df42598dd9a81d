// The ClickHouse source against real servers the test starts (Debian's clickhouse-server from a
// config in a temporary folder, on 127.0.0.1 with free ports): ingest twice, a malformed line,
// hostile search text, errors in plain words, cancel, the command line with a password, and a
// two-shard Distributed table. The conformance suite (tst_backend) covers every report, filter,
// page and detail.
#include "alerts/Alerts.h"
#include "backends/ClickHouseBackend.h"
#include "backends/ClickHouseIngest.h"
#include "backends/ClickHouseSql.h"
#include "backends/Source.h"
#include "clickhouseserver.h"
#include "query/SearchParser.h"
#include "reports/Reports.h"
#include "testutil.h"

#include <QProcess>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace ac;
using testutil::ClickHouseTestServer;

class TstClickHouse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_events = m_dir.filePath(QStringLiteral("events.log"));
        QVERIFY(testutil::generateAudit(3000, 11, m_events));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error)); // no skip: CI installs clickhouse-server
        qInfo("ClickHouse %s", qPrintable(m_server.version()));
        m_memory = openSource(Source::files({m_events})).backend;
        QVERIFY(m_memory);
    }

    // Ingesting the same file twice: the same figures as the file itself, and after a merge one
    // row per record.
    void ingestTwice() {
        const ClickHouseClient client(at(QStringLiteral("twice")), QString());
        for (int i = 0; i < 2; ++i) {
            const auto r = ingestFiles(client, {m_events}, IngestOptions{});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->records, qint64(3000));
        }
        const auto b = backend(QStringLiteral("twice"));
        QVERIFY(b);
        const auto ch = OverviewReport::compute(*b, {}, 20);
        const auto mem = OverviewReport::compute(*m_memory, {}, 20);
        QVERIFY(ch.ok() && mem.ok());
        QCOMPARE(ch->total, mem->total);
        QCOMPARE(ch->deleted, mem->deleted);
        QCOMPARE(ch->unauthorized, mem->unauthorized);
        QCOMPARE(ch->byVerb.size(), mem->byVerb.size());
        Query records;
        records.metric = Metric::Records;
        QCOMPARE(b->run(records)->rows.front().requests, m_memory->run(records)->rows.front().requests);
        QString error;
        m_server.query(QStringLiteral("OPTIMIZE TABLE default.twice FINAL"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count() FROM default.twice")).trimmed(), QByteArray("3000"));
    }

    // A folder with a malformed line: the good lines arrive, the bad one is named with its line.
    void malformedLine() {
        QFile in(m_events);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QByteArray text;
        for (qsizetype i = 0; i < 100; ++i) {
            if (i == 41) text += "{\"kind\":\"Event\", this is not JSON\n";
            text += lines[i] + '\n';
        }
        const QString folder = m_dir.filePath(QStringLiteral("bad"));
        testutil::writeFile(m_dir, QStringLiteral("bad/audit.log"), text);
        QProcess cli;
        cli.start(QStringLiteral(AC_CLI_HEADLESS), {QStringLiteral("ingest"), QStringLiteral("--clickhouse"),
                                                    m_server.url(), QStringLiteral("--table"), QStringLiteral("bad"),
                                                    folder});
        QVERIFY(cli.waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("audit.log:42:")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("100 record")), qPrintable(err));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count() FROM default.bad")).trimmed(), QByteArray("100"));
    }

    // Hostile search text stays data: every search runs, answers as the memory engine does, and
    // the table is still there.
    void hostileSearch_data() {
        QTest::addColumn<QString>("search");
        QTest::newRow("quote") << QStringLiteral("user.username: \"o'brien\"");
        QTest::newRow("drop") << QStringLiteral("\"'; DROP TABLE hostile; --\"");
        QTest::newRow("backslash") << QStringLiteral("objectRef.name: \"a\\\\b\\\\\"");
        QTest::newRow("backquote") << QStringLiteral("verb: \"`x` \\\\' \"");
        QTest::newRow("unicode") << QStringLiteral("objectRef.namespace: \"命名空间\" or 日志");
        QTest::newRow("regex") << QStringLiteral("objectRef.name: \".*(a|b)+[x]$\"");
    }
    void hostileSearch() {
        QFETCH(QString, search);
        static bool ingested = false;
        if (!ingested) {
            const ClickHouseClient client(at(QStringLiteral("hostile")), QString());
            QVERIFY(ingestFiles(client, {m_events}, IngestOptions{}).ok());
            ingested = true;
        }
        const auto parsed = parseSearch(search.toStdString());
        QVERIFY2(parsed.ok(), parsed.error.toString().c_str());
        Query q;
        q.filter = parsed.statement->filter;
        const auto b = backend(QStringLiteral("hostile"));
        const auto r = b->run(q);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->totalRequests, m_memory->run(q)->totalRequests);
        QCOMPARE(m_server.query(QStringLiteral("SELECT count() FROM default.hostile")).trimmed(), QByteArray("3000"));
        // NUL is data too.
        q.filter = Expr::match(Field::Name, std::string("a\0b", 3));
        QVERIFY(b->run(q).ok());
        QCOMPARE(ch::literal(std::string("a\0'\\", 4)), std::string("'a\\0\\'\\\\'"));
    }

    // Values that need escaping in the rows ingest sends: a quote and a backslash in a group (an
    // array field), tabs and newlines in a name; searches on them answer as the memory engine's.
    void escapedValues() {
        QByteArray lines;
        for (int i = 0; i < 4; ++i)
            lines += "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"" +
                     testutil::uuid(900 + i).toLatin1() +
                     "\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/pods\",\"verb\":\"get\","
                     "\"user\":{\"username\":\"u\",\"groups\":[\"o'brien\",\"CORP\\\\Admins\",\"g" +
                     QByteArray::number(i) +
                     "\"]},\"sourceIPs\":[\"10.0.0.1\"],\"objectRef\":{\"resource\":\"pods\",\"name\":\"a\\tb\\nc\"},"
                     "\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"2026-11-28T10:00:0" +
                     QByteArray::number(i) + "Z\",\"stageTimestamp\":\"2026-11-28T10:00:0" + QByteArray::number(i) +
                     ".5Z\"}\n";
        const QString path = testutil::writeFile(m_dir, QStringLiteral("escaped.log"), lines);
        const ClickHouseClient client(at(QStringLiteral("escaped")), QString());
        const auto r = ingestFiles(client, {path}, IngestOptions{});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->records, qint64(4));
        const auto memory = openSource(Source::files({path})).backend;
        QVERIFY(memory);
        const auto b = backend(QStringLiteral("escaped"));
        for (const char* search : {"user.groups: \"o'brien\"", "user.groups: \"CORP\\\\Admins\"", "user.groups: corp",
                                   "user.groups: g2", "objectRef.name: b", "objectRef.name: c"}) {
            Query q;
            q.filter = parseSearch(search).statement->filter;
            const auto got = b->run(q);
            QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
            QVERIFY2(got->totalRequests == memory->run(q)->totalRequests, search);
        }
        QCOMPARE(m_server.query(QStringLiteral("SELECT user_groups[2] FROM default.escaped LIMIT 1")).trimmed(),
                 QByteArray("CORP\\\\Admins")); // one backslash, as TabSeparated prints it
    }

    // Errors name the problem and carry the server's words.
    void errorsInPlainWords() {
        ClickHouseLocation wrong = at(QStringLiteral("nosuchtable"));
        auto said = [](const ClickHouseLocation& l, const QString& password, ClickHouseClientOptions o = {}) {
            const auto r = ClickHouseBackend(l, password, o).dataRange();
            return r.ok() ? QString() : r.error().message;
        };
        QString m = said(wrong, QString());
        QVERIFY2(m.contains(QStringLiteral("does not exist")) && m.contains(QStringLiteral("The server said")), qPrintable(m));
        ClickHouseLocation user = at(QStringLiteral("twice"));
        user.user = ClickHouseTestServer::user();
        QVERIFY(said(user, ClickHouseTestServer::password()).isEmpty());
        m = said(user, QStringLiteral("not-the-password"));
        QVERIFY2(m.contains(QStringLiteral("password is wrong")), qPrintable(m));
        QVERIFY(!m.contains(QStringLiteral("not-the-password")));
        ClickHouseLocation closed = at(QStringLiteral("twice"));
        closed.url = QStringLiteral("http://127.0.0.1:1");
        m = said(closed, QString());
        QVERIFY2(m.contains(QStringLiteral("cannot reach")), qPrintable(m));
        closed.url = QStringLiteral("ftp://example");
        QVERIFY(said(closed, QString()).contains(QStringLiteral("not a ClickHouse HTTP address")));
        // A slow answer times out; a call is cancelled within moments.
        ClickHouseClientOptions quick;
        quick.timeoutMs = 1000;
        const ClickHouseClient slow(at(QStringLiteral("twice")), QString(), quick);
        const auto timedOut = slow.select("SELECT sleep(3)", {});
        QVERIFY(!timedOut.ok());
        QVERIFY2(timedOut.error().message.contains(QStringLiteral("did not answer")), qPrintable(timedOut.error().message));
        const ClickHouseClient client(at(QStringLiteral("twice")), QString());
        CancelToken cancel;
        QElapsedTimer t;
        t.start();
        auto running = QtConcurrent::run([&] { return client.select("SELECT sleep(3)", cancel); });
        QTest::qWait(200);
        cancel.cancel();
        running.waitForFinished();
        QVERIFY(running.result().error().cancelled);
        QVERIFY(t.elapsed() < 2500);
    }

    // https:// verifies the server's certificate by default: a self-signed one is refused, in
    // words that say so.
    void tlsIsVerified() {
        ClickHouseTestServer tls;
        const QString made = tls.enableHttps();
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString started = tls.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ClickHouseLocation l;
        l.url = tls.httpsUrl();
        const auto r = ClickHouseBackend(l, QString()).dataRange();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("cannot reach")) &&
                     r.error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
                 qPrintable(r.error().message));
        // The same server over plain HTTP answers: the refusal was the certificate's.
        l.url = tls.url();
        QVERIFY(ClickHouseBackend(l, QString()).dataRange().ok() ||
                ClickHouseBackend(l, QString()).dataRange().error().message.contains(QStringLiteral("does not exist")));
    }

    // The command line: report over a table with the password from the environment, the same
    // JSON as over the file.
    void commandLine() {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUDIT_CONSOLE_CLICKHOUSE_PASSWORD"), ClickHouseTestServer::password());
        cli.setProcessEnvironment(env);
        auto run = [&](const QStringList& args) {
            cli.start(QStringLiteral(AC_CLI_HEADLESS), args);
            cli.waitForFinished(120000);
            return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        };
        const QStringList filters{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--namespace"),
                                  QStringLiteral("kube-system"), QStringLiteral("--query"), QStringLiteral("verb: get")};
        const QJsonObject ch = run(QStringList{QStringLiteral("report"), QStringLiteral("overview")} + filters +
                                   QStringList{QStringLiteral("--clickhouse"), m_server.url(), QStringLiteral("--table"),
                                               QStringLiteral("twice"), QStringLiteral("--user"),
                                               ClickHouseTestServer::user()});
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject files = run(QStringList{QStringLiteral("report"), QStringLiteral("overview")} + filters +
                                      QStringList{m_events});
        QVERIFY(!ch.value(QStringLiteral("overview")).toObject().isEmpty());
        QCOMPARE(ch.value(QStringLiteral("overview")), files.value(QStringLiteral("overview")));
    }

    // Two servers, a Distributed table over both: the same answers as one server.
    void twoShards() {
        ClickHouseTestServer b;
        QVERIFY2(b.start().isEmpty(), "the second server did not start");
        ClickHouseTestServer a;
        QVERIFY2(a.start({a.tcpPort(), b.tcpPort()}).isEmpty(), "the first server did not start");
        QString error;
        for (const ClickHouseTestServer* s : {&a, &b}) {
            s->query(QString::fromStdString(ch::createTableSql("default", "local")), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        a.query(QString::fromStdString(ch::createDistributedSql("default", "all", "two_shards", "local")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ClickHouseLocation l;
        l.url = a.url();
        l.table = QStringLiteral("all");
        const ClickHouseClient client(l, QString());
        QVERIFY(ingestFiles(client, {m_events}, IngestOptions{}).ok());
        // A Distributed table forwards inserts in the background.
        QTRY_COMPARE_WITH_TIMEOUT(a.query(QStringLiteral("SELECT count() FROM default.all")).trimmed(),
                                  QByteArray("3000"), 60000);
        QVERIFY(b.query(QStringLiteral("SELECT count() FROM default.local")).trimmed().toInt() > 0); // both hold rows
        const ClickHouseBackend sharded(l, QString());
        const auto one = backend(QStringLiteral("twice"));
        for (const char* search : {"", "verb: create", "not user.username: system"}) {
            ReportScope scope;
            if (*search) scope.filter = parseSearch(search).statement->filter;
            const auto x = OverviewReport::compute(sharded, scope, 20), y = OverviewReport::compute(*one, scope, 20);
            QVERIFY2(x.ok(), qPrintable(x.ok() ? QString() : x.error().message));
            QCOMPARE(x->total, y->total);
            QCOMPARE(x->byVerb.size(), y->byVerb.size());
            EventsRequest page;
            page.query.filter = scope.filter;
            page.limit = 50;
            const auto p = sharded.events(page), q = one->events(page);
            QVERIFY(p.ok() && q.ok());
            QCOMPARE(p->rows.size(), q->rows.size());
            for (size_t i = 0; i < p->rows.size(); ++i)
                QCOMPARE(p->rows[i].ref, q->rows[i].ref);
        }
    }

    // Every built-in rule the table can run finds what the memory engine finds in the file; a
    // rule that needs each event's JSON is named in the notes when the source does not give it.
    void alertsSameAsMemory() {
        const ClickHouseClient client(at(QStringLiteral("alerts")), QString());
        QVERIFY(ingestFiles(client, {m_events}, IngestOptions{}).ok());
        const auto b = backend(QStringLiteral("alerts"));
        const AlertEngine engine;
        const std::vector<Rule>& rules = builtinRules().rules;
        const auto remote = engine.run(*b, rules, TimeRange{});
        QVERIFY2(remote.ok(), qPrintable(remote.ok() ? QString() : remote.error().message));
        const auto local = engine.run(*m_memory, rules, TimeRange{});
        QVERIFY(local.ok());
        std::set<std::string> skipped;
        for (const RuleNote& n : remote->notes)
            skipped.insert(n.ruleId);
        if (b->hasCapability(Capability::RawEvents)) QVERIFY(skipped.empty());
        auto keys = [&](const AlertRun& r) {
            QStringList out;
            for (const Finding& f : r.findings)
                if (!skipped.count(f.ruleId))
                    out.push_back(QString::fromStdString(f.key) + QLatin1Char(' ') + QString::number(f.count));
            out.sort();
            return out;
        };
        QVERIFY(!keys(*local).isEmpty());
        QCOMPARE(keys(*remote), keys(*local));
    }

private:
    ClickHouseLocation at(const QString& table) const {
        ClickHouseLocation l;
        l.url = m_server.url();
        l.table = table;
        return l;
    }
    std::shared_ptr<const Backend> backend(const QString& table) const {
        return std::make_shared<const ClickHouseBackend>(at(table), QString());
    }

    QTemporaryDir m_dir;
    QString m_events;
    ClickHouseTestServer m_server;
    std::shared_ptr<const Backend> m_memory;
};

QTEST_GUILESS_MAIN(TstClickHouse)
#include "tst_clickhouse.moc"
