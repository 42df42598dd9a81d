// The Log Service source apart from the conformance suite (tst_backend runs every report, filter,
// page and detail through the test server): request signing against the published test vector,
// endpoints, quoting of hostile text, credentials from the environment and the aliyun CLI file,
// and what the client does with the server's faults (retries, incomplete answers, bad bodies,
// refused signatures, timeouts, cancel). Every network case talks to tests/sls/sls_server.py,
// started on 127.0.0.1 by the test.
#include "backends/SlsBackend.h"
#include "backends/SlsClient.h"
#include "backends/SlsConfig.h"
#include "backends/SlsSql.h"
#include "backends/Source.h"
#include "reports/Reports.h"
#include "slsserver.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace ac;
using testutil::SlsTestServer;

class TstSls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_events = m_dir.filePath(QStringLiteral("events.log"));
        QVERIFY(testutil::generateAudit(800, 3, m_events));
        const QString error = m_server.start(m_events);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_memory = openSource(Source::files({m_events})).backend;
        QVERIFY(m_memory);
    }

    // The published example of ../shared/reference/sls-api.md.
    void signatureTestVector() {
        SlsSigningInput in;
        in.verb = "GET";
        in.date = "Mon, 3 Jan 2010 08:33:47 GMT";
        in.headers = {{"x-log-apiversion", "0.6.0"}, {"x-log-bodyrawsize", "0"}, {"x-log-signaturemethod", "hmac-sha1"}};
        in.path = "/logstores";
        QCOMPARE(slsSignature("mockAccessKeySecret", in), QByteArray("Rwm6cTKzoti4HWoe+GKcb6Kv07E="));
        QCOMPARE(slsDate(QDateTime(QDate(2010, 1, 3), QTime(8, 33, 47), Qt::UTC)),
                 QByteArray("Sun, 3 Jan 2010 08:33:47 GMT"));
        // Headers other than x-log-* / x-acs-* are not signed; parameters are sorted, unencoded.
        in.headers["Host"] = "p.example";
        QCOMPARE(slsSignature("mockAccessKeySecret", in), QByteArray("Rwm6cTKzoti4HWoe+GKcb6Kv07E="));
        in.params = {{"to", "2"}, {"query", "a b|c"}, {"from", "1"}};
        QVERIFY(slsStringToSign(in).endsWith("\n/logstores?from=1&query=a b|c&to=2"));
    }

    void endpoints_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("region") << QStringLiteral("cn-hangzhou.log.aliyuncs.com")
                                << QStringLiteral("https://k8s-log-c1.cn-hangzhou.log.aliyuncs.com")
                                << QByteArray("k8s-log-c1.cn-hangzhou.log.aliyuncs.com");
        QTest::newRow("scheme") << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080")
                                << QByteArray("k8s-log-c1.127.0.0.1:8080");
        QTest::newRow("address") << QStringLiteral("10.0.0.5") << QStringLiteral("https://10.0.0.5")
                                 << QByteArray("k8s-log-c1.10.0.0.5");
        QTest::newRow("port") << QStringLiteral("sls.internal:8443") << QStringLiteral("https://sls.internal:8443")
                              << QByteArray("k8s-log-c1.sls.internal:8443");
        QTest::newRow("https") << QStringLiteral("https://cn-beijing.log.aliyuncs.com/")
                               << QStringLiteral("https://cn-beijing.log.aliyuncs.com")
                               << QByteArray("k8s-log-c1.cn-beijing.log.aliyuncs.com");
    }
    void endpoints() {
        QFETCH(QString, endpoint);
        QFETCH(QString, url);
        QFETCH(QByteArray, host);
        const SlsClient client({endpoint, clusterProject(QStringLiteral("c1")), clusterLogstore(QStringLiteral("c1"))},
                               {});
        QCOMPARE(client.baseUrl(), url);
        QCOMPARE(client.hostHeader(), host);
        QCOMPARE(clusterLogstore(QStringLiteral(" c1 ")), QStringLiteral("audit-c1"));
    }

    // Hostile text stays data: in SQL strings, identifiers and the search statement.
    void quoting() {
        QCOMPARE(sls::literal("'; DROP TABLE x; --"), std::string("'''; DROP TABLE x; --'"));
        QCOMPARE(sls::literal("a\\'b"), std::string("'a\\''b'"));
        QCOMPARE(sls::ident("we\"ird"), std::string("\"we\"\"ird\""));
        QCOMPARE(sls::searchValue("kube-system"), std::string("kube-system"));
        QCOMPARE(sls::searchValue("system:masters"), std::string("\"system:masters\""));
        QCOMPARE(sls::searchValue("a \"b\" \\c"), std::string("\"a \\\"b\\\" \\\\c\""));
        QCOMPARE(sls::searchValue("not"), std::string("\"not\""));
        QCOMPARE(sls::searchValue("命名空间"), std::string("\"命名空间\""));
        QVERIFY_THROWS_EXCEPTION(sls::CompileError, sls::literal(std::string("a\0b", 3)));
        QVERIFY_THROWS_EXCEPTION(sls::CompileError, sls::searchValue(std::string("a\0b", 3)));
        // Derived fields and exact values go to SQL, index fields to the search statement.
        const sls::Condition c = sls::compile(Expr::and_(
            {Expr::match(Field::Verb, "create"), Expr::exact(Field::Namespace, "kube-system"),
             Expr::exact(Field::Operator, "x'y")}));
        QCOMPARE(c.search, std::string("verb: create and objectRef.namespace: kube-system"));
        QVERIFY(c.where.find("ns = 'kube-system'") != std::string::npos);
        QVERIFY(c.where.find("op = 'x''y'") != std::string::npos);
        // Full text has no SQL form: under OR with a derived field it is refused with a reason.
        QVERIFY_THROWS_EXCEPTION(sls::CompileError,
                                 sls::compile(Expr::or_({Expr::text("kubectl"), Expr::exact(Field::Operator, "a")})));
    }

    // Each hostile value reaches the server as data and matches what the memory engine matches.
    void hostileSearch_data() {
        QTest::addColumn<QString>("value");
        for (const char* v : {"'; DROP TABLE log; --", "\\", "\\'", "\"", "a\"b\\", "100%_", "命名空间 ✓",
                              "x' OR '1'='1", "kube-system"})
            QTest::newRow(v) << QString::fromUtf8(v);
    }
    void hostileSearch() {
        QFETCH(QString, value);
        const auto b = backend();
        QVERIFY(b);
        for (const ExprPtr& e : {Expr::exact(Field::Namespace, value.toStdString()),
                                 Expr::match(Field::Username, value.toStdString()),
                                 Expr::exact(Field::Operator, value.toStdString())}) {
            Query q;
            q.filter = e;
            const auto got = b->run(q);
            QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
            const auto want = m_memory->run(q);
            QVERIFY(want.ok());
            QCOMPARE(got->totalRequests, want->totalRequests);
        }
        // The table is still there.
        QCOMPARE(b->run(Query())->totalRequests, m_memory->run(Query())->totalRequests);
    }

    // A whole overview in a few requests: ungrouped figures share one statement.
    void fewRequests() {
        const auto b = backend();
        QVERIFY(b);
        const qint64 before = m_server.requests();
        const auto overview = OverviewReport::compute(*b, {}, 10);
        QVERIFY(overview.ok());
        const qint64 made = m_server.requests() - before;
        qInfo("overview: %lld requests", static_cast<long long>(made));
        const auto memory = OverviewReport::compute(*m_memory, {}, 10);
        QCOMPARE(overview->total, memory->total);
        QCOMPARE(overview->unauthorized, memory->unauthorized);
        QueryBatch batch;
        const auto range = b->dataRange();
        QVERIFY(range.ok());
        OverviewReport::plan(batch, {}, range.value(), 10);
        QVERIFY2(made < qint64(batch.queries().size()), "the ungrouped figures were not asked together");
        // Asked again: every answer comes from the cache.
        const qint64 again = m_server.requests();
        QVERIFY(OverviewReport::compute(*b, {}, 10).ok());
        QCOMPARE(m_server.requests(), again);
    }

    void faults_data() {
        QTest::addColumn<QJsonArray>("faults");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("message"); // part of the error, when it fails
        auto fault = [](const char* kind, int count, QJsonObject more = {}) {
            more.insert(QStringLiteral("kind"), QLatin1String(kind));
            more.insert(QStringLiteral("count"), count);
            return more;
        };
        QTest::newRow("500 twice, retried") << QJsonArray{fault("status", 2, {{QStringLiteral("code"), 500}})} << true
                                           << QString();
        QTest::newRow("429, retried") << QJsonArray{fault("status", 1, {{QStringLiteral("code"), 429}})} << true
                                      << QString();
        QTest::newRow("incomplete, asked again") << QJsonArray{fault("incomplete", 3)} << true << QString();
        QTest::newRow("truncated, retried") << QJsonArray{fault("truncated", 1)} << true << QString();
        QTest::newRow("503 past the limit") << QJsonArray{fault("status", 9, {{QStringLiteral("code"), 503}})} << false
                                            << QStringLiteral("ServerBusy");
        QTest::newRow("bad JSON") << QJsonArray{fault("badjson", 1)} << false << QStringLiteral("JSON");
        QTest::newRow("bad signature") << QJsonArray{fault("badsignature", 1)} << false
                                       << QStringLiteral("SignatureNotMatch");
        QTest::newRow("server's words")
            << QJsonArray{fault("error", 1,
                                {{QStringLiteral("code"), 400},
                                 {QStringLiteral("errorCode"), QStringLiteral("ParameterInvalid")},
                                 {QStringLiteral("errorMessage"), QStringLiteral("line 1:9: no column x")}})}
            << false << QStringLiteral("line 1:9: no column x");
    }
    void faults() {
        QFETCH(QJsonArray, faults);
        QFETCH(bool, succeeds);
        QFETCH(QString, message);
        SlsClientOptions options;
        options.backoffMs = 20;
        options.retries = 3;
        const auto b = backend(options);
        QVERIFY(m_server.inject(faults));
        Query q;
        q.filter = Expr::match(Field::Verb, "get"); // a query no other case asks, so never cached
        q.groupBy = {Field::Namespace};
        const auto r = b->run(q);
        m_server.post(QStringLiteral("/__control"), {{QStringLiteral("reset"), true}});
        if (succeeds) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->totalRequests, m_memory->run(q)->totalRequests);
            return;
        }
        QVERIFY(!r.ok() && !r.error().cancelled);
        QVERIFY2(r.error().message.contains(message, Qt::CaseInsensitive), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String(SlsTestServer::kSecret)));
    }

    void timeoutAndCancel() {
        SlsClientOptions quick;
        quick.timeoutMs = 800;
        quick.retries = 0;
        const auto b = backend(quick);
        QVERIFY(m_server.inject({QJsonObject{{QStringLiteral("kind"), QStringLiteral("slow")},
                                             {QStringLiteral("seconds"), 3},
                                             {QStringLiteral("count"), 1}}}));
        Query q;
        q.filter = Expr::match(Field::Verb, "list");
        const auto slow = b->run(q);
        QVERIFY(!slow.ok() && slow.error().message.contains(QLatin1String("did not answer")));

        // A cancel stops a call that waits on the server at once.
        const auto patient = backend();
        QVERIFY(m_server.inject({QJsonObject{{QStringLiteral("kind"), QStringLiteral("slow")},
                                             {QStringLiteral("seconds"), 5},
                                             {QStringLiteral("count"), 1}}}));
        CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        q.filter = Expr::match(Field::Verb, "watch");
        const auto r = patient->run(q, cancel);
        canceller.join();
        QVERIFY(!r.ok() && r.error().cancelled);
        QVERIFY2(clock.elapsed() < 3000, "the cancel waited for the server");
        m_server.post(QStringLiteral("/__control"), {{QStringLiteral("reset"), true}});
    }

    void refusedInPlainWords() {
        Source wrong = m_server.source();
        wrong.credentials.accessKeySecret = QStringLiteral("not-the-secret");
        const OpenedSource o = openSource(wrong);
        QVERIFY(!o.backend && o.error);
        QVERIFY2(o.error->message.contains(QLatin1String("SignatureNotMatch")), qPrintable(o.error->message));
        QVERIFY(!o.error->message.contains(QLatin1String("not-the-secret")));

        Source missing = m_server.source();
        missing.sls.logstore = QStringLiteral("audit-nosuch");
        const OpenedSource m = openSource(missing);
        QVERIFY(!m.backend && m.error && m.error->message.contains(QLatin1String("logstore does not exist")));

        Source refused = m_server.source();
        refused.sls.endpoint = QStringLiteral("http://127.0.0.1:1");
        const OpenedSource c = openSource(refused);
        QVERIFY(!c.backend && c.error && c.error->message.contains(QLatin1String("cannot reach")));

        Source none = m_server.source();
        none.credentials = {};
        const OpenedSource n = openSource(none);
        QVERIFY(!n.backend && n.error && n.error->message.contains(QLatin1String("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    }

    void credentialsFromEnvironment() {
        QProcessEnvironment env;
        QVERIFY(!ac::credentialsFromEnvironment(env));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIabcd1234"));
        QVERIFY(!ac::credentialsFromEnvironment(env)); // no secret
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("s3cret"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("tok"));
        const auto c = ac::credentialsFromEnvironment(env);
        QVERIFY(c && c->accessKeySecret == QLatin1String("s3cret") && c->securityToken == QLatin1String("tok"));
        QVERIFY(c->origin == SlsCredentials::Origin::Environment);
        QVERIFY(c->describe().contains(QLatin1String("1234")) && !c->describe().contains(QLatin1String("s3cret")));
    }

    void aliyunProfiles() {
        auto profile = [](const char* name, const char* mode, const char* id, const char* secret, const char* token) {
            return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("mode"), QLatin1String(mode)},
                               {QStringLiteral("access_key_id"), QLatin1String(id)},
                               {QStringLiteral("access_key_secret"), QLatin1String(secret)},
                               {QStringLiteral("sts_token"), QLatin1String(token)},
                               {QStringLiteral("region_id"), QStringLiteral("cn-hangzhou")}};
        };
        const QJsonObject file{{QStringLiteral("current"), QStringLiteral("sts")},
                               {QStringLiteral("profiles"),
                                QJsonArray{profile("default", "AK", "LTAIak", "aksecret", ""),
                                           profile("sts", "StsToken", "STS.id", "stssecret", "tok"),
                                           profile("role", "RamRoleArn", "LTAIx", "y", "")}}};
        const QString path =
            testutil::writeFile(m_dir, QStringLiteral("aliyun/config.json"), QJsonDocument(file).toJson());
        const AliyunConfig config = readAliyunConfig(path);
        QVERIFY2(config.error.isEmpty(), qPrintable(config.error));
        QCOMPARE(int(config.profiles.size()), 3);
        const auto current = credentialsFromAliyunProfile(config, QString());
        QVERIFY(current && current->securityToken == QLatin1String("tok") && current->profile == QLatin1String("sts"));
        const auto ak = credentialsFromAliyunProfile(config, QStringLiteral("default"));
        QVERIFY(ak && ak->accessKeySecret == QLatin1String("aksecret") && ak->securityToken.isEmpty());
        QString why;
        QVERIFY(!credentialsFromAliyunProfile(config, QStringLiteral("role"), &why));
        QVERIFY2(why.contains(QLatin1String("RamRoleArn")), qPrintable(why));
        QVERIFY(!credentialsFromAliyunProfile(config, QStringLiteral("nosuch"), &why) && why.contains(QLatin1String("nosuch")));

        QVERIFY(readAliyunConfig(m_dir.filePath(QStringLiteral("none.json"))).error.contains(QLatin1String("none.json")));
        const QString bad = testutil::writeFile(m_dir, QStringLiteral("bad.json"), QByteArray("[1, 2"));
        QVERIFY(!readAliyunConfig(bad).error.isEmpty());
    }

    // The command line reads a logstore as it reads files, with the same JSON shape.
    // The SQL part's columns keep the order the SQL gave them (a parsed JSON object sorts them).
    void sqlColumnsInOrder() {
        QCOMPARE(slsFirstObjectKeys(QByteArrayLiteral(" [ {\"zz\": \"1\", \"a\\\"b\": {\"x\": [1, \"]\"]}, \"m\":2}, {\"q\":1}]")),
                 (QStringList{QStringLiteral("zz"), QStringLiteral("a\"b"), QStringLiteral("m")}));
        QVERIFY(slsFirstObjectKeys(QByteArrayLiteral("{\"a\": 1}")).isEmpty());
        QVERIFY(slsFirstObjectKeys(QByteArrayLiteral("[]")).isEmpty());
        QVERIFY(slsFirstObjectKeys(QByteArrayLiteral("[{\"a")).isEmpty());
        const auto b = backend();
        const auto range = b->dataRange();
        QVERIFY(range.ok());
        EventsQuery q;
        q.range = range.value();
        q.sql = "SELECT count(*) AS zz, verb AS aa GROUP BY aa ORDER BY zz DESC, aa LIMIT 100";
        const auto rows = b->sqlRows(q);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QCOMPARE(rows->columns, (std::vector<std::string>{"zz", "aa"}));
        QVERIFY(rows->rows.size() > 1);
        for (size_t i = 1; i < rows->rows.size(); ++i)
            QVERIFY(std::stoll(rows->rows[i - 1][0]) >= std::stoll(rows->rows[i][0]));
    }

    void commandLine() {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QLatin1String(SlsTestServer::kKeyId));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QLatin1String(SlsTestServer::kSecret));
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QLatin1String(SlsTestServer::kToken));
        cli.setProcessEnvironment(env);
        auto run = [&](const QStringList& args) {
            cli.start(QStringLiteral(AC_CLI_HEADLESS), args);
            cli.waitForFinished(120000);
            return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        };
        const QStringList remote{QStringLiteral("--sls-endpoint"), m_server.endpoint(), QStringLiteral("--sls-project"),
                                 SlsTestServer::project(), QStringLiteral("--sls-logstore"), SlsTestServer::logstore()};
        const QStringList filters{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--namespace"),
                                  QStringLiteral("kube-system"), QStringLiteral("--code"), QStringLiteral("2xx")};
        QJsonObject sls = run(QStringList{QStringLiteral("report"), QStringLiteral("overview")} + filters + remote);
        QCOMPARE(cli.exitCode(), 0);
        QJsonObject files = run(QStringList{QStringLiteral("report"), QStringLiteral("overview")} + filters + QStringList{m_events});
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!sls.value(QStringLiteral("overview")).toObject().isEmpty());
        QCOMPARE(sls.value(QStringLiteral("overview")), files.value(QStringLiteral("overview")));

        // The SQL part after `|` is run by Log Service and printed as rows.
        cli.start(QStringLiteral(AC_CLI_HEADLESS),
                  QStringList{QStringLiteral("events"), QStringLiteral("--query"),
                              QStringLiteral("verb: get | SELECT verb, count(*) AS c GROUP BY verb")} +
                      remote);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject row = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed()).object();
        QCOMPARE(row.value(QStringLiteral("verb")).toString(), QStringLiteral("get"));
        QVERIFY(row.value(QStringLiteral("c")).toString().toLongLong() > 0);

        // Missing credentials are named, never guessed.
        env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // no aliyun CLI file, no keychain entry
        cli.setProcessEnvironment(env);
        run(QStringList{QStringLiteral("report"), QStringLiteral("overview")} + remote);
        QVERIFY(cli.exitCode() != 0);
    }

private:
    std::shared_ptr<const Backend> backend(SlsClientOptions options = {}) const {
        const Source s = m_server.source();
        return std::make_shared<const SlsBackend>(s.sls, s.credentials, options);
    }

    QTemporaryDir m_dir;
    QString m_events;
    SlsTestServer m_server;
    std::shared_ptr<const Backend> m_memory;
};

QTEST_GUILESS_MAIN(TstSls)
#include "tst_sls.moc"
