// Audit policy simulation: the apiserver's matching rules (checker.go, as
// ../shared/reference/audit-policy.md §2–§3 quotes them) and a replay over a log whose levels,
// stages and sizes the test wrote itself; every expectation is worked out by hand here.
#include "backends/MemoryBackend.h"
#include "backends/Source.h"
#include "policy/PolicySimulator.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ac;

namespace {
PolicyRule rule(Level level) {
    PolicyRule r;
    r.level = level;
    r.levelText = std::string(levelName(level));
    return r;
}

RequestAttributes resourceRequest(std::string user, std::string verb, std::string group, std::string resource,
                                  std::string sub = {}, std::string ns = {}, std::string name = {}) {
    RequestAttributes a;
    a.hasUser = !user.empty();
    a.user = std::move(user);
    a.verb = std::move(verb);
    a.isResource = true;
    a.apiGroup = std::move(group);
    a.resource = std::move(resource);
    a.subresource = std::move(sub);
    a.ns = std::move(ns);
    a.name = std::move(name);
    return a;
}

RequestAttributes pathRequest(std::string user, std::string verb, std::string path) {
    RequestAttributes a;
    a.hasUser = !user.empty();
    a.user = std::move(user);
    a.verb = std::move(verb);
    a.path = std::move(path);
    return a;
}

// One audit event line with the fields a policy looks at (built as JSON values: moc cannot read
// raw string literals holding JSON).
QByteArray auditLine(int id, const char* stage, const char* level, const char* verb, const char* user,
                     const char* group, const char* resource, const char* sub = "", const QJsonObject& extra = {}) {
    QJsonObject ref{{QStringLiteral("resource"), QLatin1String(resource)},
                    {QStringLiteral("namespace"), QStringLiteral("default")},
                    {QStringLiteral("name"), QStringLiteral("x")}};
    if (*sub) ref.insert(QStringLiteral("subresource"), QLatin1String(sub));
    if (*group) ref.insert(QStringLiteral("apiGroup"), QLatin1String(group));
    const QString time = QStringLiteral("2026-11-28T10:00:0%1Z").arg(id % 10);
    QJsonObject e{{QStringLiteral("kind"), QStringLiteral("Event")},
                  {QStringLiteral("apiVersion"), QStringLiteral("audit.k8s.io/v1")},
                  {QStringLiteral("level"), QLatin1String(level)},
                  {QStringLiteral("auditID"), testutil::uuid(id)},
                  {QStringLiteral("stage"), QLatin1String(stage)},
                  {QStringLiteral("requestURI"), QString(QStringLiteral("/api/v1/") + QLatin1String(resource))},
                  {QStringLiteral("verb"), QLatin1String(verb)},
                  {QStringLiteral("user"),
                   QJsonObject{{QStringLiteral("username"), QLatin1String(user)},
                               {QStringLiteral("groups"), QJsonArray{QStringLiteral("system:authenticated")}}}},
                  {QStringLiteral("sourceIPs"), QJsonArray{QStringLiteral("10.0.0.1")}},
                  {QStringLiteral("objectRef"), ref},
                  {QStringLiteral("responseStatus"), QJsonObject{{QStringLiteral("code"), 200}}},
                  {QStringLiteral("requestReceivedTimestamp"), time},
                  {QStringLiteral("stageTimestamp"), time}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        e.insert(it.key(), it.value());
    return QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

class TstPolicySim : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matching_data() {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("request");
        QTest::addColumn<bool>("matches");
        // rules: 0 users [alice]; 1 users ["*"]; 2 groups [system:masters]; 3 verbs [create] on pods;
        // 4 pods/* ; 5 */status ; 6 group apps, all resources; 7 namespaces [""]; 8 nonResourceURLs
        // /healthz* ; 9 resourceNames [x] on configmaps; 10 no selectors
        // requests: 0 alice get pods; 1 nobody (failed authentication) get pods; 2 bob create pods/exec;
        // 3 bob get pods; 4 bob patch nodes/status; 5 bob list apps/deployments in ns a;
        // 6 bob get /healthzfoo; 7 bob create configmaps (the policy saw no name); 8 bob get configmaps x
        QTest::newRow("users exact") << 0 << 0 << true;
        QTest::newRow("users, no user") << 0 << 1 << false;
        QTest::newRow("users * is literal") << 1 << 0 << false;
        QTest::newRow("groups, no user") << 2 << 1 << false;
        QTest::newRow("pods does not cover pods/exec") << 3 << 2 << false;
        QTest::newRow("pods/* covers pods/exec") << 4 << 2 << true;
        QTest::newRow("pods/* covers plain pods too") << 4 << 3 << true;
        QTest::newRow("*/status") << 5 << 4 << true;
        QTest::newRow("*/status not plain") << 5 << 3 << false;
        QTest::newRow("group apps") << 6 << 5 << true;
        QTest::newRow("group apps not core") << 6 << 3 << false;
        QTest::newRow("namespace \"\" cluster-scoped") << 7 << 4 << true;
        QTest::newRow("namespace \"\" not ns a") << 7 << 5 << false;
        QTest::newRow("namespaces never match non-resource") << 7 << 6 << false;
        QTest::newRow("path prefix without boundary") << 8 << 6 << true;
        QTest::newRow("path rule never matches resources") << 8 << 3 << false;
        QTest::newRow("resourceNames misses creates") << 9 << 7 << false;
        QTest::newRow("resourceNames by name") << 9 << 8 << true;
        QTest::newRow("no selectors, resource") << 10 << 2 << true;
        QTest::newRow("no selectors, no user") << 10 << 1 << true;
    }
    void matching() {
        QFETCH(int, rule);
        QFETCH(int, request);
        QFETCH(bool, matches);
        std::vector<PolicyRule> rules(11, ::rule(Level::Metadata));
        rules[0].users = {"alice"};
        rules[1].users = {"*"};
        rules[2].userGroups = {"system:masters"};
        rules[3].verbs = {"create"};
        rules[3].resources = {{"", {"pods"}, {}, {}}};
        rules[4].resources = {{"", {"pods/*"}, {}, {}}};
        rules[5].resources = {{"", {"*/status"}, {}, {}}};
        rules[6].resources = {{"apps", {}, {}, {}}};
        rules[7].namespaces = {""};
        rules[8].nonResourceURLs = {"/healthz*"};
        rules[9].resources = {{"", {"configmaps"}, {"x"}, {}}};
        const RequestAttributes requests[] = {
            resourceRequest("alice", "get", "", "pods", "", "a", "p"),
            resourceRequest("", "get", "", "pods", "", "a", "p"),
            resourceRequest("bob", "create", "", "pods", "exec", "a", "p"),
            resourceRequest("bob", "get", "", "pods", "", "a", "p"),
            resourceRequest("bob", "patch", "", "nodes", "status", "", "n1"),
            resourceRequest("bob", "list", "apps", "deployments", "", "a"),
            pathRequest("bob", "get", "/healthzfoo"),
            resourceRequest("bob", "create", "", "configmaps", "", "a", ""),
            resourceRequest("bob", "get", "", "configmaps", "", "a", "x"),
        };
        QCOMPARE(ruleMatches(rules[static_cast<size_t>(rule)], requests[request]), matches);
    }

    // First match wins; the omitted stages are the union of the policy's and the rule's.
    void firstMatchAndStages() {
        AuditPolicy p;
        p.omitStages = {Stage::RequestReceived};
        p.rules = {rule(Level::None), rule(Level::RequestResponse), rule(Level::Metadata)};
        p.rules[0].users = {"system:kube-proxy"};
        p.rules[1].resources = {{"", {"secrets"}, {}, {}}};
        p.rules[1].omitStages = {Stage::ResponseStarted};
        const auto d = evaluatePolicy(p, resourceRequest("alice", "get", "", "secrets", "", "a", "s"));
        QCOMPARE(d.rule, 1);
        QCOMPARE(d.level, Level::RequestResponse);
        QCOMPARE(d.omitMask, (1u << unsigned(Stage::RequestReceived)) | (1u << unsigned(Stage::ResponseStarted)));
        const auto proxy = evaluatePolicy(p, resourceRequest("system:kube-proxy", "get", "", "secrets"));
        QCOMPARE(proxy.rule, 0);
        QCOMPARE(proxy.level, Level::None);
        p.rules.pop_back(); // no catch-all: an unmatched request is not logged
        const auto none = evaluatePolicy(p, pathRequest("alice", "get", "/metrics"));
        QCOMPARE(none.rule, -1);
        QCOMPARE(none.level, Level::None);
        QCOMPARE(none.omitMask, 1u << unsigned(Stage::RequestReceived));
    }

    // A replay over a log written here, each figure worked out by hand.
    void replayOverAKnownLog() {
        // Request 1: alice reads a secret, recorded at RequestResponse in two stages, with a body.
        // Request 2: kube-proxy watches endpoints (two stages, Metadata).
        // Request 3: bob creates a deployment (one stage, Request level, with a request body).
        // Request 4: bob reads pods (one stage, Metadata).
        const QJsonObject bodyObject{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("s")}}},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("k"), QStringLiteral("dmFsdWU=")}}}};
        const QByteArray body = QJsonDocument(bodyObject).toJson(QJsonDocument::Compact);
        const QByteArray e1a = auditLine(1, "RequestReceived", "RequestResponse", "get", "alice", "", "secrets");
        const QByteArray e1b = auditLine(1, "ResponseComplete", "RequestResponse", "get", "alice", "", "secrets", "",
                                         QJsonObject{{QStringLiteral("responseObject"), bodyObject}});
        const QByteArray e2a =
            auditLine(2, "ResponseStarted", "Metadata", "watch", "system:kube-proxy", "", "endpoints");
        const QByteArray e2b =
            auditLine(2, "ResponseComplete", "Metadata", "watch", "system:kube-proxy", "", "endpoints");
        const QByteArray e3 = auditLine(3, "ResponseComplete", "Request", "create", "bob", "apps", "deployments", "",
                                        QJsonObject{{QStringLiteral("requestObject"), bodyObject}});
        const QByteArray e4 = auditLine(4, "ResponseComplete", "Metadata", "get", "bob", "", "pods");
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), e1a + e1b + e2a + e2b + e3 + e4);
        const auto opened = openSource(Source::files({log}));
        QVERIFY(opened.backend);
        const EventStore& store = static_cast<const MemoryBackend&>(*opened.backend).store();

        // The ACK shape: RequestReceived omitted; kube-proxy watches dropped; secrets at Metadata;
        // apps at RequestResponse; everything else Metadata.
        AuditPolicy p;
        p.omitStages = {Stage::RequestReceived};
        p.rules = {rule(Level::None), rule(Level::Metadata), rule(Level::RequestResponse), rule(Level::Metadata)};
        p.rules[0].users = {"system:kube-proxy"};
        p.rules[0].verbs = {"watch"};
        p.rules[0].resources = {{"", {"endpoints", "services"}, {}, {}}};
        p.rules[1].resources = {{"", {"secrets", "configmaps"}, {}, {}}};
        p.rules[2].resources = {{"apps", {}, {}, {}}};
        const SimulationResult r = simulatePolicy(p, store);
        QCOMPARE(r.ruleHits, (std::vector<int64_t>{1, 1, 1, 1}));
        QCOMPARE(r.unmatched, int64_t(0));
        auto len = [](const QByteArray& line) { return int64_t(line.size() - 1); }; // without the newline
        QCOMPARE(r.recorded.requests, int64_t(4));
        QCOMPARE(r.recorded.records, int64_t(6));
        QCOMPARE(r.recorded.bytes, len(e1a) + len(e1b) + len(e2a) + len(e2b) + len(e3) + len(e4));
        // Kept: request 1's ResponseComplete only (RequestReceived omitted), down to Metadata, so without
        // its response body (the key, its quotes, the colon and the comma: 17 + 1 characters);
        // request 3 at RequestResponse (up from Request: its bytes as recorded, a lower bound);
        // request 4 as recorded; request 2 dropped.
        const int64_t bodyCut = int64_t(body.size()) + int64_t(QByteArrayLiteral("responseObject").size()) + 4;
        QCOMPARE(r.kept.requests, int64_t(3));
        QCOMPARE(r.kept.records, int64_t(3));
        QCOMPARE(r.kept.bytes, len(e1b) - bodyCut + len(e3) + len(e4));
        QCOMPARE(r.dropped.requests, int64_t(1));
        QCOMPARE(r.dropped.records, int64_t(3));
        QCOMPARE(r.keptByLevel[size_t(Level::Metadata)].records, int64_t(2));
        QCOMPARE(r.keptByLevel[size_t(Level::RequestResponse)].records, int64_t(1));
        QCOMPARE(r.keptByStage[size_t(Stage::RequestReceived)].records, int64_t(0));
        QCOMPARE(r.recordedByStage[size_t(Stage::RequestReceived)].records, int64_t(1));
        QCOMPARE(r.aboveRecorded, int64_t(1)); // request 3: Request recorded, RequestResponse asked
        // Per request: the level and the deciding rule.
        QCOMPARE(int(r.ruleOfRequest.size()), 4);
        int proxy = 0;
        for (size_t req = 0; req < r.ruleOfRequest.size(); ++req)
            if (store.str(DictColumn::Username, store.lastRecordOf(uint32_t(req))) == "system:kube-proxy") {
                QCOMPARE(r.ruleOfRequest[req], 0);
                QCOMPARE(r.levelOfRequest[req], Level::None);
                ++proxy;
            }
        QCOMPARE(proxy, 1);
    }

    // RequestResponse down to Request drops the response body only; a rule whose level is not a
    // level (a policy with errors) logs nothing.
    void levelsDownAndInvalid() {
        const QJsonObject body{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 3}}}};
        const QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray e =
            auditLine(5, "ResponseComplete", "RequestResponse", "update", "bob", "apps", "deployments", "",
                      QJsonObject{{QStringLiteral("requestObject"), body}, {QStringLiteral("responseObject"), body}});
        QTemporaryDir dir;
        const auto opened =
            openSource(Source::files({testutil::writeFile(dir, QStringLiteral("b.log"), e)}));
        QVERIFY(opened.backend);
        const EventStore& store = static_cast<const MemoryBackend&>(*opened.backend).store();
        AuditPolicy p;
        p.rules = {rule(Level::Request)};
        const SimulationResult r = simulatePolicy(p, store);
        const int64_t responseCut = int64_t(bodyText.size()) + int64_t(QByteArrayLiteral("responseObject").size()) + 4;
        QCOMPARE(r.kept.bytes, int64_t(e.size() - 1) - responseCut);
        QCOMPARE(r.aboveRecorded, int64_t(0));
        PolicyRule invalid = rule(Level::Metadata);
        invalid.level = Level::Unknown; // "level: metadata" parses to no level
        p.rules = {invalid};
        const SimulationResult none = simulatePolicy(p, store);
        QCOMPARE(none.kept.requests, int64_t(0));
        QCOMPARE(none.dropped.requests, int64_t(1));
    }

    // ACK's default policy over the bundled sample log: the rule counts follow from the policy's
    // text and the log's requests, counted here with plain queries, not with the simulator.
    void ackDefaultOverTheSample() {
        QFile f(QStringLiteral(AC_SOURCE_DIR "/resources/policies/ack-default-audit-policy.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const LoadedPolicy ack = loadPolicy(f.readAll().toStdString());
        QCOMPARE(ack.policy.rules.size(), size_t(12));
        QVERIFY(!ack.loadable()); // v1beta1: refused since 1.24, still simulated
        const auto opened = openSource(
            Source::files({QStringLiteral(AC_SOURCE_DIR "/resources/sample/audit-sample.log.gz")}));
        QVERIFY(opened.backend);
        const auto& memory = static_cast<const MemoryBackend&>(*opened.backend);
        const SimulationResult r = simulatePolicy(ack.policy, memory.store());
        int64_t sum = r.unmatched;
        for (int64_t h : r.ruleHits)
            sum += h;
        QCOMPARE(sum, int64_t(memory.store().requestCount()));
        auto count = [&](ExprPtr e) {
            Query q;
            q.filter = std::move(e);
            return memory.run(q).value().totalRequests;
        };
        auto core = [](std::vector<std::string> resources) {
            return Expr::and_({Expr::anyOf(Field::Resource, resources), Expr::exact(Field::Subresource, ""),
                               Expr::exact(Field::ApiGroup, "")});
        };
        auto ruleWith = [&](const std::string& resource) {
            for (size_t i = 0; i < ack.policy.rules.size(); ++i)
                for (const auto& gr : ack.policy.rules[i].resources)
                    if (std::find(gr.resources.begin(), gr.resources.end(), resource) != gr.resources.end()) return i;
            return size_t(SIZE_MAX);
        };
        // No earlier rule names events: every core events request falls to the None rule for them.
        const int64_t events = count(core({"events"}));
        QVERIFY(events > 0);
        QCOMPARE(r.ruleHits.at(ruleWith("events")), events);
        // Secrets and ConfigMaps at Metadata, except system:unsecured's gets of kube-system ConfigMaps
        // (rule 2), which come first.
        const int64_t sensitive =
            count(core({"secrets", "configmaps"})) -
            count(Expr::and_({core({"configmaps"}), Expr::exact(Field::Username, "system:unsecured"),
                              Expr::exact(Field::Namespace, "kube-system"), Expr::exact(Field::Verb, "get")}));
        QCOMPARE(r.ruleHits.at(ruleWith("secrets")), sensitive);
        // RequestReceived is omitted by the policy: nothing at that stage is kept.
        QCOMPARE(r.keptByStage[size_t(Stage::RequestReceived)].records, int64_t(0));
        QVERIFY(r.kept.requests > 0 && r.dropped.requests > 0);
    }

    // The command line: lint's exit status, and a simulation as JSON.
    void commandLine() {
        QTemporaryDir dir;
        const QString good =
            testutil::writeFile(dir, QStringLiteral("good.yaml"),
                                "apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n"
                                "  - level: None\n    users: [\"system:kube-proxy\"]\n  - level: Metadata\n");
        const QString bad = testutil::writeFile(dir, QStringLiteral("bad.yaml"),
                                                "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n"
                                                "  - level: Everything\n");
        auto run = [](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(AC_CLI_HEADLESS), args);
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        QCOMPARE(std::get<0>(run({QStringLiteral("policy"), QStringLiteral("lint"), good})), 0);
        QCOMPARE(std::get<0>(run({QStringLiteral("policy"), QStringLiteral("simulate"), QStringLiteral("--formt"),
                                  QStringLiteral("json"), good, good})),
                 2); // an unknown option is a usage error
        const auto [code, text, err] = run({QStringLiteral("policy"), QStringLiteral("lint"), bad});
        QCOMPARE(code, 1);
        QVERIFY2(text.contains("bad.yaml:4:") && text.contains("rules[0].level"), text.constData());
        const QString log = testutil::writeFile(
            dir, QStringLiteral("a.log"),
            auditLine(1, "ResponseComplete", "Metadata", "watch", "system:kube-proxy", "", "endpoints") +
                auditLine(2, "ResponseComplete", "Metadata", "get", "bob", "", "pods"));
        const auto [rc, json, err2] =
            run({QStringLiteral("policy"), QStringLiteral("simulate"), good, QStringLiteral("--compare"), good,
                 QStringLiteral("--format"), QStringLiteral("json"), log});
        QVERIFY2(rc == 0, err2.constData());
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const QJsonObject policy = o.value(QStringLiteral("policy")).toObject();
        QCOMPARE(
            policy.value(QStringLiteral("rules")).toArray().at(0).toObject().value(QStringLiteral("requests")).toInt(),
            1);
        QCOMPARE(policy.value(QStringLiteral("kept")).toObject().value(QStringLiteral("requests")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("compare")).toObject().value(QStringLiteral("kept")),
                 policy.value(QStringLiteral("kept")));
    }
};

QTEST_GUILESS_MAIN(TstPolicySim)
#include "tst_policy_sim.moc"
