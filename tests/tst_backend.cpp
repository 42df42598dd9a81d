// The ac::Backend contract as a conformance suite: counts, filters, full-text search, reports,
// batches, keyset paging in every sort, event details, cancellation and error paths, each
// checked against an independent QJsonDocument reading of the same files (testutil::RefSet),
// never against another answer of the backend under test.
//
// How another backend joins: add an entry to factories() below. A factory receives the paths of
// the test's audit files (a generated JSON-lines file, a two-file fixture, the real samples, a
// large generated file) and returns a backend over exactly those events, or null; a ClickHouse
// or Log Service factory ingests the files into a scratch table or logstore first. Every case
// then runs once per factory and data set (the global rows of initTestCase_data); a case that
// needs a capability the backend lacks checks that the backend says so, and skips.
#include "backends/Backend.h"
#include "backends/Source.h"
#include "query/FilterState.h"
#include "query/SearchParser.h"
#include "reports/Facets.h"
#include "reports/Reports.h"
#include "backends/ClickHouseBackend.h"
#include "backends/ClickHouseIngest.h"
#include "clickhouseserver.h"
#include "slsserver.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <thread>

using namespace ac;
using testutil::everything;
using testutil::hasToken;
using testutil::on;
using testutil::RefRecord;
using testutil::token;
using testutil::verbIn;

using Factory = std::function<std::shared_ptr<const ac::Backend>(const QStringList& paths)>;
using Pred = testutil::RefPred;
Q_DECLARE_METATYPE(Pred)

namespace {
struct NamedFactory {
    QString name;
    Factory make;
};

// A Log Service test server over exactly these events: JSON-lines files as they are, anything
// else (folders, EventLists, single events) as the reference reads it, one event per line.
std::shared_ptr<const Backend> logService(const QStringList& paths) {
    static QTemporaryDir dir;
    static std::vector<std::unique_ptr<testutil::SlsTestServer>> servers; // live as long as the test
    static int serial = 0;
    const QString data = dir.filePath(QStringLiteral("events-%1.jsonl").arg(++serial));
    QFile out(data);
    if (!out.open(QIODevice::WriteOnly)) return nullptr;
    const bool lines = std::all_of(paths.begin(), paths.end(), [](const QString& p) {
        return QFileInfo(p).isFile() && p.endsWith(QLatin1String(".log"));
    });
    if (lines) {
        for (const QString& p : paths) {
            QFile in(p);
            if (!in.open(QIODevice::ReadOnly)) return nullptr;
            out.write(in.readAll());
        }
    } else {
        for (const RefRecord& r : testutil::referenceRecords(paths))
            out.write(r.text + '\n');
    }
    out.close();
    auto server = std::make_unique<testutil::SlsTestServer>();
    const QString error = server->start(data);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const OpenedSource opened = openSource(server->source());
    if (!opened.backend) qWarning("%s", qPrintable(opened.error ? opened.error->message : QString()));
    servers.push_back(std::move(server));
    return opened.backend;
}

// A ClickHouse server the test starts (Debian's clickhouse-server, from a config in a temporary
// folder), one table per set of files, filled by the console's own ingest.
std::shared_ptr<const Backend> clickHouse(const QStringList& paths) {
    static testutil::ClickHouseTestServer server;
    static const QString started = server.start();
    static int serial = 0;
    if (!started.isEmpty()) {
        qWarning("%s", qPrintable(started));
        return nullptr;
    }
    ClickHouseLocation at;
    at.url = server.url();
    at.table = QStringLiteral("audit_%1").arg(++serial);
    const ClickHouseClient client(at, QString());
    const auto ingested = ingestFiles(client, paths, IngestOptions{});
    if (!ingested) {
        qWarning("%s", qPrintable(ingested.error().message));
        return nullptr;
    }
    Source s;
    s.kind = Source::Kind::ClickHouse;
    s.clickhouse = at;
    const OpenedSource opened = openSource(s);
    if (!opened.backend) qWarning("%s", qPrintable(opened.error ? opened.error->message : QString()));
    return opened.backend;
}

const std::vector<NamedFactory>& factories() {
    static const std::vector<NamedFactory> all{
        {QStringLiteral("memory"),
         [](const QStringList& paths) {
             return openSource(Source::files(paths)).backend;
         }},
        {QStringLiteral("logservice"), logService},
        {QStringLiteral("clickhouse"), clickHouse},
    };
    return all;
}

// A reference reading, and a time range inside its data for the ranged cases.
struct Dataset : testutil::RefSet {
    TimeRange window;
};

template <typename T> QString errorOf(const Result<T>& r) {
    return r.ok() ? QString() : r.error().message;
}
template <typename T> bool cancelled(const Result<T>& r) {
    return !r.ok() && r.error().cancelled;
}
#define AC_VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable(errorOf(result)))

QString str(const char* latin1) {
    return QString::fromLatin1(latin1);
}
bool is(const QString& value, const char* text) {
    return value == QLatin1String(text);
}
std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}
ExprPtr parsed(const QString& text) {
    const auto r = parseSearch(text.toStdString());
    if (!r.ok()) qFatal("cannot parse %s: %s", qPrintable(text), r.error.toString().c_str());
    return r.statement->filter;
}
} // namespace

// The factory and data set of the current global row, and a backend over it; real data skips
// where it is absent.
#define AC_BACKEND_ROW(ds, backend)                                                                                    \
    QFETCH_GLOBAL(QString, factory);                                                                                   \
    QFETCH_GLOBAL(QString, dataset);                                                                                   \
    if (dataset == QLatin1String("real")) AC_REQUIRE_REAL_DATA();                                                      \
    const Dataset& ds = reference(dataset);                                                                            \
    QVERIFY2(!ds.records.isEmpty(), qPrintable(dataset));                                                              \
    const std::shared_ptr<const Backend> backend = open(factory, dataset);                                             \
    QVERIFY2(backend, qPrintable(QStringLiteral("%1 cannot open %2").arg(factory, dataset)))

class TstBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The table of factories: every case runs once per factory and data set.
    void initTestCase_data() {
        QTest::addColumn<QString>("factory");
        QTest::addColumn<QString>("dataset");
        for (const auto& f : factories())
            for (const char* ds : {"generated", "real"})
                QTest::addRow("%s/%s", qPrintable(f.name), ds) << f.name << str(ds);
    }
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(testutil::generateAudit(6000, 7, pathsOf(str("generated")).front()));
        // The stages of one request in two files, out of stage order; a request still running.
        auto line = [](int id, const QByteArray& verb, const QByteArray& time, int code,
                       const QByteArray& stage) -> QByteArray {
            return testutil::eventLine(testutil::uuid(id).toLatin1(), verb, "pods", time, code, stage) + '\n';
        };
        const QByteArray t = "2026-11-28T10:00:00Z", t2 = "2026-11-28T10:05:00Z";
        const QByteArray a = line(1, "get", t, 200, "RequestReceived") + line(1, "get", t, 200, "ResponseComplete") +
                             line(2, "watch", t2, 200, "ResponseComplete") +
                             line(3, "list", t2, 403, "ResponseComplete");
        const QByteArray b = line(2, "watch", t2, 200, "ResponseStarted") + line(2, "watch", t2, 0, "RequestReceived") +
                             line(4, "create", t2, 0, "RequestReceived");
        const QStringList fixture = pathsOf(str("fixture"));
        QCOMPARE(testutil::writeFile(m_dir, str("fixture/a.log"), a), fixture[0]);
        QCOMPARE(testutil::writeFile(m_dir, str("fixture/b.log"), b), fixture[1]);
    }

    // Search statements; a request counts once when any of its records in range matches.
    void counts_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Pred>("expected");
        QTest::addColumn<bool>("windowed");
        using R = RefRecord;
        auto add = [](const char* name, const char* query, const Pred& expected, bool windowed = false) {
            QTest::newRow(name) << str(query) << expected << windowed;
        };
        add("doc: exec alert", "verb : create and objectRef.subresource:exec and stage:  ResponseStarted",
            [](const R& r) {
                return hasToken(r.verb, "create") && hasToken(r.subresource, "exec") && is(r.stage, "ResponseStarted");
            });
        add("doc: hide system",
            "NOT user.username: node NOT user.username: serviceaccount NOT user.username: apiserver "
            "NOT user.username: kube-scheduler NOT user.username: kube-controller-manager",
            [](const R& r) { return !testutil::isSystemUser(r.user); });
        add("doc: secrets read", "objectRef.resource: secrets and verb: get",
            [](const R& r) { return hasToken(r.resource, "secrets") && hasToken(r.verb, "get"); });
        add("doc: failures", "responseStatus.code >= 400", [](const R& r) { return r.code >= 400; });
        add("code class", "responseStatus.code: 4xx", [](const R& r) { return testutil::codeIs(r.code, str("4xx")); });
        add("verb", "verb: create", token(&R::verb, "create"));
        add("any case", "objectRef.namespace: KUBE-SYSTEM", token(&R::ns, "kube-system"));
        add("token", "user.username: serviceaccount", token(&R::user, "serviceaccount"));
        add("wildcard", "objectRef.name: nginx*", [](const R& r) {
            const QStringList t = testutil::tokensOf(r.name);
            return std::any_of(t.begin(), t.end(), [](const QString& s) { return s.startsWith(str("nginx")); });
        });
        add("precedence", "verb: get or verb: list and objectRef.resource: pods", [](const R& r) {
            return hasToken(r.verb, "get") || (hasToken(r.verb, "list") && hasToken(r.resource, "pods"));
        });
        add("not, per record", "not verb: get", [](const R& r) { return !hasToken(r.verb, "get"); });
        add("window: everything", "*", everything(), true);
        add("window: verb", "verb: create", token(&R::verb, "create"), true);
    }
    void counts() {
        AC_BACKEND_ROW(ds, b);
        QFETCH(QString, query);
        QFETCH(Pred, expected);
        QFETCH(bool, windowed);
        Query q;
        q.filter = parsed(query);
        if (windowed) q.range = ds.window;
        const auto r = b->run(q);
        AC_VERIFY_OK(r);
        QCOMPARE(r->totalRequests, ds.count(expected, q.range));
    }

    // Each part of the filter bar; and each facet's counts under the other filters, which add up
    // to what those filters leave, since a request has one value of a facet.
    void filters_data() {
        QTest::addColumn<QStringList>("namespaces");
        QTest::addColumn<QStringList>("accounts");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("hideSystem");
        QTest::addColumn<QString>("search"); // "verb: get" or none
        using L = QStringList;
        auto add = [](const char* name, const L& ns, const L& accounts, const L& codes, bool hide,
                      const char* search = "") {
            QTest::newRow(name) << ns << accounts << codes << hide << str(search);
        };
        add("namespace", {str("kube-system")}, {}, {}, false);
        add("cluster-scoped", {str("default"), QString()}, {}, {}, false);
        // Operators of the generated and of the real data; kubernetes-admin is also each user it
        // resolves to.
        const L accounts{str("276543210987654321"), str("kubernetes-admin"), str("minikube-user"), str("admin")};
        add("accounts", {}, accounts, {}, false);
        add("code class", {}, {}, {str("4xx")}, false);
        add("codes", {}, {}, {str("403"), str("2xx")}, false);
        add("hide system", {}, {}, {}, true);
        add("together", {str("default"), str("kube-system")}, {}, {str("2xx")}, true, "verb: get");
    }
    void filters() {
        AC_BACKEND_ROW(ds, b);
        QFETCH(QStringList, namespaces);
        QFETCH(QStringList, accounts);
        QFETCH(QStringList, codes);
        QFETCH(bool, hideSystem);
        QFETCH(QString, search);
        FilterState state;
        state.namespaces = toStd(namespaces);
        state.accounts = toStd(accounts);
        state.codes = toStd(codes);
        state.hideSystem = hideSystem;
        if (!search.isEmpty()) state.search = parsed(search);
        using Facet = FilterState::Facet;
        auto expected = [&](std::optional<Facet> except) {
            return ds.count([&](const RefRecord& r) {
                const bool code = std::any_of(codes.begin(), codes.end(),
                                              [&](const QString& c) { return testutil::codeIs(r.code, c); });
                const QString account = testutil::refOperator(r);
                return (except == Facet::Namespace || namespaces.isEmpty() || namespaces.contains(r.ns)) &&
                       (except == Facet::Account || accounts.isEmpty() || accounts.contains(account)) &&
                       (except == Facet::Code || codes.isEmpty() || code) &&
                       (!hideSystem || !testutil::isSystemUser(r.user)) &&
                       (search.isEmpty() || hasToken(r.verb, "get"));
            });
        };
        Query q;
        q.filter = state.filter();
        const auto r = b->run(q);
        AC_VERIFY_OK(r);
        QCOMPARE(r->totalRequests, expected(std::nullopt));
        for (const Facet facet : {Facet::Namespace, Facet::Account, Facet::Code}) {
            const auto choices = facetChoices(*b, state, TimeRange{}, facet, false);
            AC_VERIFY_OK(choices);
            int64_t sum = 0;
            for (const auto& kc : choices.value())
                sum += kc.count;
            QCOMPARE(sum, expected(facet));
        }
    }

    void fullText_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QByteArray>("needle"); // in lower case
        QTest::newRow("word") << str("prometheus") << QByteArray("prometheus");
        QTest::newRow("any case") << str("KubeCtl") << QByteArray("kubectl");
        QTest::newRow("container") << str("nginx1") << QByteArray("nginx1");
        QTest::newRow("phrase") << str("\"system:masters\"") << QByteArray("system:masters");
    }
    void fullText() {
        AC_BACKEND_ROW(ds, b);
        QFETCH(QString, search);
        QFETCH(QByteArray, needle);
        Query q;
        q.filter = parsed(search);
        if (!b->hasCapability(Capability::FullText)) {
            QVERIFY(!b->unsupported(q.filter, {}).isEmpty());
            QSKIP("no full-text search in this backend");
        }
        QVERIFY(b->unsupported(q.filter, {}).isEmpty());
        const auto r = b->run(q);
        AC_VERIFY_OK(r);
        // The local engine finds the words anywhere in the event's text; Log Service's index finds
        // whole tokens ("prometheus" is not in "prometheus-k8s"), as the real service does.
        const bool tokens = factory == QLatin1String("logservice");
        const QStringList phrase = testutil::tokensOf(QString::fromLatin1(needle));
        QCOMPARE(r->totalRequests, ds.count([&](const RefRecord& rec) {
            if (!tokens) return rec.text.toLower().contains(needle);
            const QStringList all = testutil::tokensOf(QString::fromUtf8(rec.text));
            for (qsizetype i = 0; i + phrase.size() <= all.size(); ++i)
                if (all.mid(i, phrase.size()) == phrase) return true;
            return false;
        }));
    }

    void reports_data() {
        QTest::addColumn<bool>("hideSystem");
        QTest::addColumn<bool>("windowed");
        QTest::newRow("everything") << false << false;
        QTest::newRow("hide system") << true << false;
        QTest::newRow("window") << false << true;
    }
    void reports() {
        AC_BACKEND_ROW(ds, b);
        QFETCH(bool, hideSystem);
        QFETCH(bool, windowed);
        ReportScope scope;
        if (hideSystem) scope.filter = Expr::not_(systemComponentsFilter());
        if (windowed) scope.range = ds.window;
        auto within = [&](const Pred& p) -> Pred {
            return [=](const RefRecord& r) { return (!hideSystem || !testutil::isSystemUser(r.user)) && p(r); };
        };
        auto count = [&](const Pred& p) { return ds.count(within(p), scope.range); };
        // The time span the trends fill: every record in [from, to).
        const auto span = b->dataRange();
        AC_VERIFY_OK(span);
        auto byTime = [](const RefRecord& x, const RefRecord& y) { return x.time < y.time; };
        const auto [first, last] = std::minmax_element(ds.records.begin(), ds.records.end(), byTime);
        QVERIFY(span->from == first->time && span->to > last->time);

        const auto o = OverviewReport::compute(*b, scope, 100);
        AC_VERIFY_OK(o);
        QCOMPARE(o->total, count(everything()));
        QCOMPARE(o->created, count(verbIn({"create"})));
        QCOMPARE(o->deleted, count(verbIn({"delete", "deletecollection"})));
        QCOMPARE(o->exec, count(on("pods", "exec")));
        QCOMPARE(o->attach, count(on("pods", "attach")));
        const Pred secrets = on("secrets"), reads = verbIn({"get", "list", "watch"});
        QCOMPARE(o->secretAccess, count([&](const RefRecord& r) { return secrets(r) && reads(r); }));
        QCOMPARE(o->unauthorized, count([](const RefRecord& r) { return r.code == 401 || r.code == 403; }));
        int64_t verbs = 0; // fewer verbs than the top 100, so every request is in one
        for (const auto& kc : o->byVerb)
            verbs += kc.count;
        QCOMPARE(verbs, o->total);

        // The resource-operation table, in the ACK report's order: requests on the resources
        // themselves, by the operation of the stage each is shown by.
        static const QStringList eleven = str("deployments statefulsets cronjobs daemonsets jobs pods services "
                                              "ingresses configmaps secrets persistentvolumeclaims")
                                              .split(QLatin1Char(' '));
        std::map<std::pair<QString, QString>, int64_t> ops;
        const Pred onTable = [](const RefRecord& r) { return r.subresource.isEmpty() && eleven.contains(r.resource); };
        for (const QString& id : ds.matching(within(onTable), scope.range))
            ++ops[{ds.last(id).resource, testutil::refOperation(ds.last(id).verb)}];
        const auto table = ResourceOperationsReport::compute(*b, scope);
        AC_VERIFY_OK(table);
        QCOMPARE(table->rows.size(), size_t(eleven.size()));
        for (size_t i = 0; i < table->rows.size(); ++i) {
            const auto& got = table->rows[i];
            const QString res = QString::fromStdString(got.resource);
            auto want = [&](const char* op) { return ops[{res, str(op)}]; };
            QCOMPARE(res, eleven[qsizetype(i)]);
            QCOMPARE(got.create, want("create"));
            QCOMPARE(got.update, want("update"));
            QCOMPARE(got.del, want("delete"));
            QCOMPARE(got.access, want("access"));
        }

        // Resource details: the requests on a resource, and the share of those with a code that
        // did not fail, by the stage each is shown by.
        for (const auto& [resource, sub] : {std::pair("pods", ""), {"pods", "exec"}, {"secrets", ""}}) {
            const QSet<QString> ids = ds.matching(within(on(resource, sub)), scope.range);
            int64_t withCode = 0, failed = 0;
            for (const QString& id : ids)
                if (const int code = ds.last(id).code; code != 0) {
                    ++withCode;
                    failed += code >= 400;
                }
            const std::string name = *sub ? std::string(resource) + '/' + sub : std::string(resource);
            const auto d = ResourceDetailReport::compute(*b, scope, name);
            AC_VERIFY_OK(d);
            QCOMPARE(d->total, int64_t(ids.size()));
            QCOMPARE(d->successRate, withCode ? double(withCode - failed) / double(withCode) : 1.0);
        }
    }

    // A batch answers as each of its queries alone does, on two backends that share no cache.
    void batch() {
        AC_BACKEND_ROW(ds, b);
        std::vector<Query> queries(8);
        queries[1].filter = parsed(str("verb: create"));
        queries[1].groupBy = {Field::Namespace};
        queries[2].filter = Expr::not_(systemComponentsFilter());
        queries[2].groupBy = {Field::Verb};
        queries[2].limit = 3;
        queries[3].filter = parsed(str("responseStatus.code >= 400"));
        queries[3].metric = Metric::Failures;
        queries[4].range = ds.window;
        queries[4].bucketUs = int64_t(3600) * 1000000;
        queries[4].order = Query::Order::KeyAsc;
        queries[5].filter = defs::onResource("pods");
        queries[5].metric = Metric::SuccessRate;
        queries[6].groupBy = {Field::Resource, Field::Operation};
        queries[7].filter = defs::exec();
        queries[7].metric = Metric::Records;
        QueryBatch batch;
        for (const Query& q : queries)
            batch.add(q);
        const size_t twice = batch.add(queries[1]);
        const auto together = open(factory, dataset, true), alone = open(factory, dataset, true);
        QVERIFY(together && alone);
        const auto error = batch.run(*together);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        for (size_t i = 0; i < queries.size(); ++i) {
            const auto single = alone->run(queries[i]);
            AC_VERIFY_OK(single);
            QVERIFY2(testutil::sameTable(batch.result(i), single.value()), queries[i].toString().c_str());
        }
        QVERIFY(testutil::sameTable(batch.result(twice), batch.result(1)));
        QCOMPARE(batch.result(0).totalRequests, int64_t(ds.byRequest.size()));
        QCOMPARE(batch.result(1).totalRequests, ds.count(token(&RefRecord::verb, "create")));
    }

    // Keyset paging in every sort, both ways, forward and back.
    void paging_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Pred>("expected");
        QTest::addColumn<bool>("windowed");
        // Few enough requests for 60 walks of 7-row pages, with ties in every sort.
        QTest::newRow("filtered") << str("objectRef.subresource: exec or responseStatus.code >= 400 or "
                                         "impersonatedUser.username: * or verb: create")
                                  << Pred([](const RefRecord& r) {
                                         return hasToken(r.subresource, "exec") || r.code >= 400 ||
                                                !r.impersonatedUser.isEmpty() || hasToken(r.verb, "create");
                                     })
                                  << false;
        QTest::newRow("window") << QString() << everything() << true;
    }
    void paging() {
        AC_BACKEND_ROW(ds, b);
        QFETCH(QString, query);
        QFETCH(Pred, expected);
        QFETCH(bool, windowed);
        EventsQuery q;
        if (!query.isEmpty()) q.filter = parsed(query);
        if (windowed) q.range = ds.window;
        const QSet<QString> ids = ds.matching(expected, q.range);
        QVERIFY(ids.size() > 7); // more than one page
        for (int s = 0; s < int(EventSort::Count); ++s)
            for (const bool descending : {true, false}) {
                q.sort = EventSort(s);
                q.descending = descending;
                // A remote source walks fewer, larger pages: each is a request to its server.
                const size_t pageSize = factory == QLatin1String("memory") ? 7 : size_t(std::max(7, int(ids.size()) / 5));
                const QString error = testutil::checkPaging(*b, q, ds, ids, pageSize);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
    }

    // Requests of several records; with the generated data also the fixture's, whose stages
    // include RequestReceived and lie in two files.
    void detail() {
        AC_BACKEND_ROW(ds, b);
        if (!b->hasCapability(Capability::RawEvents)) {
            QVERIFY(!b->detail("0").ok());
            QSKIP("this backend keeps no raw events");
        }
        std::vector<std::pair<const Dataset*, std::shared_ptr<const Backend>>> sets{{&ds, b}};
        if (dataset == QLatin1String("generated"))
            sets.emplace_back(&reference(str("fixture")), open(factory, str("fixture")));
        for (const auto& [in, backend] : sets) {
            QVERIFY(backend);
            QStringList several;
            for (const auto& [id, records] : in->byRequest)
                if (records.size() > 1) several << id;
            QVERIFY(!several.isEmpty());
            for (const QString& id : several.mid(0, 6)) {
                const QString error = testutil::checkDetail(*backend, *in, id);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }

    // Once per factory: a cancel before the call, and during a full-text scan of a large file.
    void cancel() {
        QFETCH_GLOBAL(QString, factory);
        QFETCH_GLOBAL(QString, dataset);
        if (dataset != QLatin1String("generated")) QSKIP("once per factory, with the generated data");
        const QString path = pathsOf(str("large")).front();
        if (!QFile::exists(path)) QVERIFY(testutil::generateAudit(300000, 11, path)); // scans split over the cores
        const auto b = open(factory, str("large"));
        QVERIFY(b);

        EventsRequest first;
        first.limit = 1;
        const auto page = b->events(first);
        AC_VERIFY_OK(page);
        CancelToken dead;
        dead.cancel();
        QVERIFY(cancelled(b->run(Query(), dead)));
        QVERIFY(cancelled(b->events(first, dead)));
        QVERIFY(cancelled(b->detail(page->rows.at(0).ref, dead)));
        QVERIFY(cancelled(OverviewReport::compute(*b, {}, 10, dead)));

        if (!b->hasCapability(Capability::FullText)) QSKIP("no full-text search to cancel in this backend");
        // A scan cancelled after a few ms stops or finishes; what it left behind never answers a
        // later query. A word per attempt, so that none is cached; the expected requests come
        // from the lines themselves, without JSON.
        const QByteArrayList words{"prometheus", "kubectl", "argocd", "coredns"};
        std::vector<QSet<QByteArray>> expected(size_t(words.size()));
        // Log Service's index matches whole tokens, the local engine any substring.
        const bool tokens = factory == QLatin1String("logservice");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd()) {
            const QByteArray line = f.readLine(), lower = line.toLower();
            const qsizetype at = line.indexOf("\"auditID\":\"") + 11;
            for (qsizetype w = 0; w < words.size(); ++w)
                if (lower.contains(words[w]) &&
                    (!tokens || testutil::tokensOf(QString::fromUtf8(line)).contains(QString::fromLatin1(words[w]))))
                    expected[size_t(w)].insert(line.mid(at, 36));
        }
        for (qsizetype w = 0; w < words.size(); ++w) {
            Query q;
            q.filter = Expr::text(words[w].toStdString());
            const int64_t want = int64_t(expected[size_t(w)].size());
            const CancelToken soon;
            std::thread canceller([soon, delay = std::chrono::milliseconds(1 << (2 * w))] {
                std::this_thread::sleep_for(delay);
                soon.cancel();
            });
            const auto r = b->run(q, soon);
            canceller.join();
            QVERIFY(r.ok() ? r->totalRequests == want : cancelled(r));
            const auto again = b->run(q);
            AC_VERIFY_OK(again);
            QCOMPARE(again->totalRequests, want);
        }
    }

    // Many calls at once, as the window's event tables make them, all finish: the pieces a scan
    // splits into never wait behind calls that wait for their own pieces.
    void manyCallsAtOnce() {
        QFETCH_GLOBAL(QString, factory);
        QFETCH_GLOBAL(QString, dataset);
        if (dataset != QLatin1String("generated")) QSKIP("once per factory, with the generated data");
        // The generated week, not the large file: a starved pool never answers, whatever the
        // size, and the Log Service test server (Python) scans 300,000 events per call slowly.
        const auto b = open(factory, dataset);
        QVERIFY(b);
        std::vector<QFuture<bool>> calls;
        for (int i = 0; i < 4 * std::max(2, QThread::idealThreadCount()); ++i)
            calls.push_back(QtConcurrent::run([b, i] {
                // A different condition each, so that no answer comes from the cache.
                EventsRequest r;
                r.query.filter = Expr::not_(Expr::exact(Field::Verb, "no-verb-" + std::to_string(i)));
                r.limit = 5;
                return b->events(r).ok();
            }));
        QDeadlineTimer deadline(120000);
        for (auto& call : calls) {
            while (!call.isFinished() && !deadline.hasExpired())
                QThread::msleep(5);
            QVERIFY2(call.isFinished(), "a call never finished: the thread pool starved");
            QVERIFY(call.result());
        }
    }

    // Requests without an auditID tie on it: paging still returns each once (the reference breaks
    // the last tie), and two queries differing only in their order are two answers.
    void tiesAndOrder() {
        QFETCH_GLOBAL(QString, factory);
        QFETCH_GLOBAL(QString, dataset);
        if (dataset != QLatin1String("generated")) QSKIP("once per factory, with the generated data");
        // They differ in their stageTimestamp only: a source that cannot tell records apart
        // otherwise (Log Service) keys them by their fields.
        QByteArray text;
        for (int i = 0; i < 23; ++i)
            text +=
                R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","stage":"ResponseComplete",)"
                R"("requestURI":"/api/v1/pods","verb":"get","user":{"username":"u"},"objectRef":{"resource":"pods"},)"
                R"("responseStatus":{"code":200},"requestReceivedTimestamp":"2026-11-28T10:00:00Z",)"
                "\"stageTimestamp\":\"2026-11-28T10:00:00." +
                QByteArray::number(100000 + i) + "Z\"}\n";
        const QString path = testutil::writeFile(m_dir, QStringLiteral("noids.log"), text);
        const auto b = openFactory(factory, {path});
        QVERIFY(b);
        for (const EventSort sort : {EventSort::Verb, EventSort::Time, EventSort::AuditId}) {
            EventsRequest r;
            r.query.sort = sort;
            r.limit = 5;
            std::set<std::string> refs;
            for (bool more = true; more;) {
                const auto page = b->events(r);
                AC_VERIFY_OK(page);
                for (const EventRow& row : page->rows)
                    QVERIFY2(refs.insert(row.ref).second, "a row came twice");
                more = page->more;
                if (!page->rows.empty()) r.after = cursorOf(page->rows.back(), sort);
            }
            QCOMPARE(int(refs.size()), 23);
        }
        Query byKey;
        byKey.groupBy = {Field::Verb};
        byKey.order = Query::Order::KeyAsc;
        Query byValue = byKey;
        byValue.order = Query::Order::ValueDesc;
        QVERIFY(!(byKey.cacheKey() == byValue.cacheKey()));
    }

    void errors() {
        AC_BACKEND_ROW(ds, b);
        for (const char* ref : {"nonsense", "999999999", ""}) {
            const auto d = b->detail(ref);
            QVERIFY(!d.ok() && !d.error().message.isEmpty() && !d.error().cancelled);
        }
        EventsRequest both;
        both.after = EventCursor{"a", "b", {}};
        both.before = EventCursor{"c", "d", {}};
        const auto e = b->events(both);
        QVERIFY(!e.ok() && !e.error().message.isEmpty());
        // Nothing matching is an empty answer, not an error.
        EventsRequest none;
        none.query.filter = Expr::exact(Field::Verb, "no-such-verb");
        const auto empty = b->events(none);
        AC_VERIFY_OK(empty);
        QVERIFY(empty->rows.empty() && !empty->more);
        // What a backend cannot run, it says before it is asked.
        const ExprPtr plain = Expr::exact(Field::Verb, "get");
        QVERIFY(b->unsupported(plain, {}).isEmpty());
        QCOMPARE(b->unsupported(plain, "select 1").isEmpty(), b->hasCapability(Capability::SqlPipe));
        QCOMPARE(b->unsupported(Expr::text("x"), {}).isEmpty(), b->hasCapability(Capability::FullText));
        if (factory == QLatin1String("memory")) QVERIFY(!b->unsupported(plain, "select 1").isEmpty());
    }

    // Opening files, whatever the factory: a missing path is named in the error; a cancelled
    // open gives no backend.
    void openSourceErrors() {
        QFETCH_GLOBAL(QString, dataset);
        if (dataset != QLatin1String("generated")) QSKIP("once, with the generated data");
        Source missing;
        missing.paths = {m_dir.filePath(str("no-such-folder/audit.log"))};
        const OpenedSource o = openSource(missing);
        QVERIFY(!o.backend);
        QVERIFY(o.error && !o.error->message.isEmpty() && !o.error->cancelled);
        const QString path = missing.paths.front();
        auto names = [&](const LoadIssue& issue) { return issue.file.contains(path); };
        QVERIFY(o.error->message.contains(path) || std::any_of(o.issues.begin(), o.issues.end(), names));

        CancelToken stop;
        stop.cancel();
        const OpenedSource c = openSource(Source::files(pathsOf(dataset)), {}, stop);
        QVERIFY(!c.backend && c.error && c.error->cancelled);
    }

private:
    QStringList pathsOf(const QString& dataset) const {
        if (dataset == QLatin1String("real")) return {testutil::realDataDir()};
        if (dataset == QLatin1String("fixture"))
            return {m_dir.filePath(str("fixture/a.log")), m_dir.filePath(str("fixture/b.log"))};
        return {m_dir.filePath(dataset + QStringLiteral(".log"))}; // generated, large
    }

    const Dataset& reference(const QString& dataset) {
        auto [it, added] = m_sets.try_emplace(dataset);
        Dataset& ds = it->second;
        if (!added) return ds;
        static_cast<testutil::RefSet&>(ds) = testutil::referenceSet(pathsOf(dataset));
        // A day of the generated week; the real samples of 2019.
        auto at = [](const char* t) { return testutil::parseMicros(str(t)); };
        if (dataset == QLatin1String("generated"))
            ds.window = {at("2026-11-27T00:00:00Z"), at("2026-11-28T00:00:00Z")};
        else if (dataset == QLatin1String("real"))
            ds.window = {at("2019-01-01T00:00:00Z"), at("2020-01-01T00:00:00Z")};
        return ds;
    }

    // A factory's backend over a data set, shared by the cases, or a fresh one.
    std::shared_ptr<const Backend> open(const QString& factory, const QString& dataset, bool fresh = false) {
        const auto f = std::find_if(factories().begin(), factories().end(),
                                    [&](const NamedFactory& nf) { return nf.name == factory; });
        if (f == factories().end()) return nullptr;
        if (fresh) return f->make(pathsOf(dataset));
        auto& slot = m_open[{factory, dataset}];
        if (!slot) slot = f->make(pathsOf(dataset));
        return slot;
    }

    // A factory's backend over files of one case.
    std::shared_ptr<const Backend> openFactory(const QString& factory, const QStringList& paths) {
        const auto f = std::find_if(factories().begin(), factories().end(),
                                    [&](const NamedFactory& nf) { return nf.name == factory; });
        return f == factories().end() ? nullptr : f->make(paths);
    }

    QTemporaryDir m_dir;
    std::map<QString, Dataset> m_sets;
    std::map<std::pair<QString, QString>, std::shared_ptr<const Backend>> m_open;
};

QTEST_GUILESS_MAIN(TstBackend)
#include "tst_backend.moc"
