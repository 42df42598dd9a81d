// The three reports over the memory backend, against figures worked out independently.
#include "backends/MemoryBackend.h"
#include "query/FilterState.h"
#include "reports/Reports.h"
#include "testutil.h"

#include <QProcess>
#include <QTest>

using namespace ac;

namespace {
using testutil::must;
bool isPrivate(const QString& ip) {
    // Written separately from IpClassifier on purpose, for the address forms in the data.
    static const QStringList prefixes{QStringLiteral("10."),      QStringLiteral("192.168."), QStringLiteral("127."),
                                      QStringLiteral("169.254."), QStringLiteral("::1"),      QStringLiteral("fd"),
                                      QStringLiteral("fe80:")};
    for (const auto& p : prefixes)
        if (ip.startsWith(p)) return true;
    const QStringList parts = ip.split(QLatin1Char('.'));
    if (parts.size() == 4) {
        const int a = parts[0].toInt(), b = parts[1].toInt();
        if (a == 172 && b >= 16 && b <= 31) return true;
        if (a == 100 && b >= 64 && b <= 127) return true;
    }
    return false;
}

int64_t countKey(const std::vector<KeyCount>& list, const std::string& key) {
    for (const auto& kc : list)
        if (kc.key == key) return kc.count;
    return 0;
}

std::shared_ptr<const EventStore> loadText(const QByteArray& text) {
    QTemporaryDir dir;
    const auto r = Loader::load({testutil::writeFile(dir, QStringLiteral("a.log"), text)});
    return r.store;
}

QByteArray smallLog() {
    using testutil::eventLine;
    QByteArray t;
    int n = 0;
    auto add = [&](const QByteArray& verb, const QByteArray& res, int code, const QByteArray& user,
                   const QByteArray& ip, const QByteArray& time, const QByteArray& extra = {},
                   const QByteArray& stage = "ResponseComplete", int id = -1) {
        t += eventLine(testutil::uuid(id >= 0 ? id : 1000 + n++).toLatin1(), verb, res, time, code, stage, user, ip,
                       extra) +
             '\n';
    };
    add("create", "deployments", 201, "276543210987654321", "47.96.1.2", "2026-11-28T10:00:00Z");
    add("patch", "deployments", 200, "alice", "10.0.0.1", "2026-11-28T10:05:00Z");
    add("delete", "deployments", 200, "alice", "10.0.0.1", "2026-11-28T10:10:00Z");
    add("get", "secrets", 200, "system:serviceaccount:default:app", "10.0.0.2", "2026-11-28T10:20:00Z");
    add("list", "secrets", 403, "system:anonymous", "203.0.113.9", "2026-11-28T11:00:00Z");
    add("get", "configmaps", 401, "system:anonymous", "203.0.113.9", "2026-11-28T11:01:00Z");
    // exec: two stages, one request, counted once; it is a create on pods/exec, not on pods.
    add("create", "pods", 101, "276543210987654321", "47.96.1.2", "2026-11-28T11:30:00Z",
        "\"objectRef\":{\"resource\":\"pods\",\"subresource\":\"exec\",\"namespace\":\"prod\",\"name\":\"web-1\"}",
        "ResponseStarted", 7);
    add("create", "pods", 101, "276543210987654321", "47.96.1.2", "2026-11-28T11:30:00Z",
        "\"objectRef\":{\"resource\":\"pods\",\"subresource\":\"exec\",\"namespace\":\"prod\",\"name\":\"web-1\"}",
        "ResponseComplete", 7);
    add("create", "pods", 201, "kubernetes-admin", "192.168.1.1", "2026-11-28T12:00:00Z",
        "\"annotations\":{\"authorization.k8s.io/reason\":\"RBAC: allowed by ClusterRoleBinding \\\"x\\\" of "
        "ClusterRole \\\"cs:admin\\\" to User \\\"2765000\\\"\"}");
    add("deletecollection", "pods", 500, "alice", "10.0.0.1", "2026-11-28T12:30:00Z");
    add("watch", "pods", 200, "system:node:n1", "10.0.0.3", "2026-11-28T12:40:00Z");
    return t;
}
} // namespace

class TstReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overviewSmall() {
        const auto store = loadText(smallLog());
        QVERIFY(store);
        QCOMPARE(store->recordCount(), size_t(11));
        const MemoryBackend b(store);
        const auto r = must(OverviewReport::compute(b, {}));
        QCOMPARE(r.total, int64_t(10));
        QCOMPARE(r.publicAccess, int64_t(4)); // 47.96.1.2 twice (create + exec), 203.0.113.9 twice
        QCOMPARE(r.unauthorized, int64_t(2));
        QCOMPARE(r.created, int64_t(3)); // deployment, exec, pod
        QCOMPARE(r.deleted, int64_t(2));
        QCOMPARE(r.exec, int64_t(1));
        QCOMPARE(r.attach, int64_t(0));
        QCOMPARE(r.secretAccess, int64_t(2));
        QCOMPARE(countKey(r.byOperator, "276543210987654321"), int64_t(2));
        QCOMPARE(countKey(r.byOperator, "2765000"), int64_t(1)); // kubernetes-admin resolved
        QCOMPARE(countKey(r.byOperator, "kubernetes-admin"), int64_t(0));
        QCOMPARE(countKey(r.byCode, "101"), int64_t(1));
        QCOMPARE(countKey(r.byCode, "500"), int64_t(1));
        // Trend: 10-minute buckets would give 16 buckets over 10:00–12:40; every request is in one.
        int64_t sum = 0;
        for (const auto& p : r.trend)
            sum += p.count;
        QCOMPARE(sum, int64_t(10));
        QVERIFY(r.trend.size() >= 2);
        QCOMPARE(r.trend.front().time % r.bucketUs, int64_t(0));
    }

    void overviewWithScope() {
        const auto store = loadText(smallLog());
        const MemoryBackend b(store);
        ReportScope scope;
        scope.filter = Expr::not_(systemComponentsFilter());
        const auto r = must(OverviewReport::compute(b, scope));
        QCOMPARE(r.total, int64_t(8)); // minus the service account and the node
        QCOMPARE(r.secretAccess, int64_t(1));
        scope.filter = nullptr;
        scope.range = {*parseTime("2026-11-28T11:00:00Z"), *parseTime("2026-11-28T12:00:00Z")};
        const auto inHour = must(OverviewReport::compute(b, scope));
        QCOMPARE(inHour.total, int64_t(3));
        QCOMPARE(inHour.unauthorized, int64_t(2));
    }

    void resourceOperationsSmall() {
        const auto store = loadText(smallLog());
        const MemoryBackend b(store);
        const auto r = must(ResourceOperationsReport::compute(b, {}));
        QCOMPARE(r.rows.size(), size_t(11));
        auto row = [&](const std::string& res) {
            return *std::find_if(r.rows.begin(), r.rows.end(), [&](const auto& x) { return x.resource == res; });
        };
        QCOMPARE(row("deployments").create, int64_t(1));
        QCOMPARE(row("deployments").update, int64_t(1));
        QCOMPARE(row("deployments").del, int64_t(1));
        QCOMPARE(row("pods").create, int64_t(1)); // the exec is not a pod create
        QCOMPARE(row("pods").del, int64_t(1));
        QCOMPARE(row("pods").access, int64_t(1));
        QCOMPARE(row("secrets").access, int64_t(2));
        QCOMPARE(row("configmaps").access, int64_t(1));
        QCOMPARE(row("ingresses").access, int64_t(0));
        QCOMPARE(row("secrets").category, Category::Storage);
    }

    void detailSmall() {
        const auto store = loadText(smallLog());
        const MemoryBackend b(store);
        const auto d = must(ResourceDetailReport::compute(b, {}, "pods"));
        QCOMPARE(d.total, int64_t(3));
        QCOMPARE(d.successRate, 2.0 / 3.0);
        // The operation list is an events query: newest first, the pods themselves only.
        EventsRequest ops;
        ops.query = d.operations;
        const auto opsPage = must(b.events(ops));
        QCOMPARE(opsPage.rows.size(), size_t(3));
        QCOMPARE(opsPage.rows.front().verb, std::string("watch"));
        const auto exec = must(ResourceDetailReport::compute(b, {}, "pods/exec"));
        QCOMPARE(exec.total, int64_t(1));
        QCOMPARE(exec.successRate, 1.0);
        QCOMPARE(countKey(exec.byNamespace, "prod"), int64_t(1));
        const auto crd = must(ResourceDetailReport::compute(b, {}, "aliyunlogconfigs"));
        QCOMPARE(crd.total, int64_t(0));
        EventsRequest crdOps;
        crdOps.query = crd.operations;
        QVERIFY(must(b.events(crdOps)).rows.empty());
    }

    void stagesOutsideTheRange() {
        // Legacy events time each stage: a request whose last stage lies after the range that
        // matched it still counts once, in the range's last bucket.
        using testutil::eventLine;
        const QByteArray id = "66666666-6666-4666-8666-666666666666";
        const auto store =
            loadText(eventLine(id, "create", "pods", "2026-11-28T10:00:00Z", 101, "ResponseStarted") + '\n' +
                     eventLine("77777777-7777-4777-8777-777777777777", "get", "pods", "2026-11-28T10:30:00Z") + '\n' +
                     eventLine(id, "create", "pods", "2026-11-28T23:00:00Z", 200, "ResponseComplete") + '\n');
        const MemoryBackend b(store);
        ReportScope scope;
        scope.range = {*parseTime("2026-11-28T09:00:00Z"), *parseTime("2026-11-28T11:00:00Z")};
        const auto o = must(OverviewReport::compute(b, scope));
        QCOMPARE(o.total, int64_t(2));
        int64_t sum = 0;
        for (const auto& p : o.trend)
            sum += p.count;
        QCOMPARE(sum, int64_t(2));
    }

    void queryMetrics() {
        const auto store = loadText(smallLog());
        const MemoryBackend b(store);
        Query q;
        q.metric = Metric::Records;
        q.filter = defs::exec();
        QCOMPARE(must(b.run(q)).rows.front().value, 2.0); // two records, one request
        q.metric = Metric::Failures;
        q.filter = nullptr;
        QCOMPARE(must(b.run(q)).rows.front().value, 3.0); // 403, 401, 500
        q.metric = Metric::Distinct;
        q.distinctOf = Field::Operator;
        QCOMPARE(must(b.run(q)).rows.front().value, 6.0); // 2765…321, alice, app SA, anonymous, 2765000, node
        q = Query();
        q.groupBy = {Field::AccountType};
        const auto byType = must(b.run(q));
        std::map<std::string, double> m;
        for (const auto& row : byType.rows)
            m[row.keys[0]] = row.value;
        QCOMPARE(m["ram-subaccount"], 3.0);
        QCOMPARE(m["anonymous"], 2.0);
        QCOMPARE(m["node"], 1.0);
        QCOMPARE(m["service-account"], 1.0);
        QCOMPARE(m["other"], 3.0);
        q.limit = 2;
        QCOMPARE(must(b.run(q)).rows.size(), size_t(2));
        QCOMPARE(must(b.run(q)).groups, size_t(5));
        // The page of events is newest first and pages by keyset.
        EventsRequest first;
        first.limit = 2;
        const auto page1 = must(b.events(first));
        QCOMPARE(page1.rows.size(), size_t(2));
        QVERIFY(page1.more);
        EventsRequest next = first;
        next.after = cursorOf(page1.rows.back(), EventSort::Time);
        next.limit = 3;
        const auto page2 = must(b.events(next));
        QCOMPARE(page2.rows.size(), size_t(3));
        QVERIFY(page1.rows.back().time >= page2.rows.front().time);
        QVERIFY(page2.rows.front().time >= page2.rows.back().time);
    }

    void realDataAgainstReference() {
        AC_REQUIRE_REAL_DATA();
        compareWithReference(testutil::realDataDir(), true);
    }

    void generatedAgainstReference() {
        // The project's own generator: exec and watch pairs, kubernetes-admin, RAM users,
        // public IPv4/IPv6, 401 lines with an empty user.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gen.log"));
        QProcess gen;
        gen.start(QStringLiteral(AC_GEN), {QStringLiteral("--events"), QStringLiteral("6000"), QStringLiteral("--seed"),
                                           QStringLiteral("7"), QStringLiteral("--out"), path});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        compareWithReference(dir.path(), false);
    }

private:
    static void compareWithReference(const QString& dir, bool realData) {
        const auto load = Loader::load({dir});
        QVERIFY(load.store);
        const MemoryBackend b(load.store);
        const auto reqs = testutil::referenceRequests(testutil::referenceEvents(dir));
        QCOMPARE(size_t(reqs.size()), load.store->requestCount());
        int64_t created = 0, deleted = 0, exec = 0, attach = 0, secrets = 0, unauthorized = 0, pub = 0;
        std::map<std::string, int64_t> verbs, ops;
        std::map<std::pair<std::string, std::string>, int64_t> resourceOps;
        for (const auto& r : reqs) {
            created += r.verb == QLatin1String("create");
            deleted += r.verb == QLatin1String("delete") || r.verb == QLatin1String("deletecollection");
            exec += r.resource == QLatin1String("pods") && r.subresource == QLatin1String("exec");
            attach += r.resource == QLatin1String("pods") && r.subresource == QLatin1String("attach");
            secrets +=
                r.resource == QLatin1String("secrets") &&
                QStringList({QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")}).contains(r.verb);
            unauthorized += r.code == 401 || r.code == 403;
            pub += !r.ip.isEmpty() && !isPrivate(r.ip);
            ++verbs[r.verb.toStdString()];
            QString op = r.user;
            if (r.user == QLatin1String("kubernetes-admin") && r.reason.contains(QLatin1String(" to User \"")))
                op = r.reason.section(QLatin1String(" to User \""), -1).section(QLatin1Char('"'), 0, 0);
            ++ops[op.toStdString()];
            if (r.subresource.isEmpty()) ++resourceOps[{r.resource.toStdString(), r.verb.toStdString()}];
        }
        const auto o = must(OverviewReport::compute(b, {}, 100));
        QCOMPARE(o.total, int64_t(reqs.size()));
        QCOMPARE(o.created, created);
        QCOMPARE(o.deleted, deleted);
        QCOMPARE(o.exec, exec);
        QCOMPARE(o.attach, attach);
        QCOMPARE(o.secretAccess, secrets);
        QCOMPARE(o.unauthorized, unauthorized);
        QCOMPARE(o.publicAccess, pub);
        for (const auto& [verb, n] : verbs)
            QCOMPARE(countKey(o.byVerb, verb), n);
        for (const auto& [op, n] : ops)
            QCOMPARE(countKey(o.byOperator, op), n);
        if (realData) {
            // Sanity of the reference itself on known files: exec_pod.json and attach_pod.json.
            QCOMPARE(exec, int64_t(1));
            QCOMPARE(attach, int64_t(1));
        } else {
            QVERIFY(exec > 0 && pub > 0 && unauthorized > 0 && deleted > 0 && secrets > 0);
        }

        const auto res = must(ResourceOperationsReport::compute(b, {}));
        for (const auto& row : res.rows) {
            auto n = [&](std::initializer_list<const char*> vs) {
                int64_t s = 0;
                for (const char* v : vs)
                    s += resourceOps[{row.resource, v}];
                return s;
            };
            QCOMPARE(row.create, n({"create"}));
            QCOMPARE(row.update, n({"update", "patch"}));
            QCOMPARE(row.del, n({"delete", "deletecollection"}));
            QCOMPARE(row.access, n({"get", "list", "watch"}));
        }
    }

    static std::optional<int64_t> parseTime(const char* t);
};

#include "audit/Timestamp.h"
std::optional<int64_t> TstReports::parseTime(const char* t) {
    return parseRfc3339Micros(t);
}

QTEST_GUILESS_MAIN(TstReports)
#include "tst_reports.moc"
