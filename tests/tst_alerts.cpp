// Alert rules: reading them (and their mistakes, by line and column), each built-in rule firing
// on a log made for it and staying quiet just below its threshold, the exec rule against an
// independent count of exec sessions, the same findings from the Log Service test server, and
// the command line.
#include "testutil.h"

#include "alerts/Alerts.h"
#include "audit/Loader.h"
#include "backends/MemoryBackend.h"
#include "slsserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ac;

using testutil::AuditRecord;
using testutil::recordLine;

namespace {

QString S(const char* s) {
    return QString::fromUtf8(s);
}

QString idOf(int n) {
    return testutil::uuid(n);
}

QString at(int minute, int second = 0) {
    return QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC)
        .addSecs(minute * 60 + second)
        .toString(S("yyyy-MM-ddTHH:mm:ss.000000Z"));
}

std::shared_ptr<const Backend> backendOf(const QByteArray& text) {
    std::vector<TextChunk> chunks{{S("test.log"), 1, text.toStdString()}};
    const LoadResult r = Loader::loadText(chunks);
    if (!r.store) qFatal("no store");
    return std::make_shared<MemoryBackend>(r.store);
}

const Rule& builtin(const std::string& id) {
    for (const Rule& r : builtinRules().rules)
        if (r.id == id) return r;
    qFatal("no built-in rule %s", id.c_str());
}

std::vector<Finding> runRule(const Rule& rule, const QByteArray& text) {
    const auto backend = backendOf(text);
    return testutil::must(AlertEngine().run(*backend, {rule}, TimeRange{}), "alerts").findings;
}

QString detail(const Finding& f, const std::string& name) {
    for (const auto& [k, v] : f.details)
        if (k == name) return QString::fromStdString(v);
    return {};
}

// An exec request (SPDY: create; WebSocket: get) with the stages a started session logs.
QByteArray exec(int n, const QString& verb, bool started) {
    return testutil::execSessionLines(n, at(n), S("alice"), S("10.0.0.1"), started, verb);
}

QByteArray nodePatch(int n, const QJsonObject& body, const QString& user = S("alice")) {
    AuditRecord e;
    e.id = idOf(n);
    e.verb = S("patch");
    e.resource = S("nodes");
    e.ns.clear();
    e.name = S("cn-hangzhou.10.0.0.5");
    e.user = user;
    e.body = body;
    e.time = at(n);
    return recordLine(e);
}

// `count` requests from `ip` in one 15-minute window, `failed` of them refused.
QByteArray fromIp(int first, int count, int failed, const QString& ip, int minute = 0) {
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        AuditRecord e;
        e.id = idOf(first + i);
        e.ip = ip;
        e.user = S("system:anonymous");
        e.code = i < failed ? 403 : 200;
        e.time = at(minute, i);
        out += recordLine(e);
    }
    return out;
}

} // namespace

class TstAlerts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinRulesRead();
    void ruleMistakes_data();
    void ruleMistakes();
    void userRulesBesideBuiltIn();
    void conditionsAndDurations();
    void jsonPaths();
    void builtinFires_data();
    void builtinFires();
    void execCountsSessions();
    void execOnRealData();
    void groupedWindowsAndKeys();
    void firstSeenLearns();
    void seenRaisesOnce();
    void exportsParse();
    void logServiceGivesSameFindings();
    void commandLine();
    void commandLineFollows();
};

void TstAlerts::builtinRulesRead() {
    const RuleSet& set = builtinRules();
    for (const RuleError& e : set.errors)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(set.errors.empty());
    std::set<std::string> ids;
    for (const Rule& r : set.rules) {
        ids.insert(r.id);
        QVERIFY(r.builtin);
        QVERIFY2(!r.title.isEmpty() && !r.titleZh.isEmpty(), r.id.c_str());
        QVERIFY2(!r.message.isEmpty() && !r.messageZh.isEmpty(), r.id.c_str());
        QVERIFY(r.filter);
    }
    for (const char* id :
         {"sls-command", "sls-cordon-uncordon", "sls-delete", "sls-drain-eviction", "sls-internet-login", "sls-label",
          "sls-taint", "sls-update", "ack-exec", "ack-internet-failures", "anonymous-allowed", "cluster-admin-binding",
          "privileged-pod", "secret-read-new-operator"})
        QVERIFY2(ids.count(id), id);
    QCOMPARE(set.rules.size(), size_t(14));
    // The documented thresholds.
    const Rule& internet = builtin("ack-internet-failures");
    QCOMPARE(internet.condition.toString(), std::string("(count > 10 and failure_rate > 50%)"));
    QCOMPARE(builtin("sls-delete").windowUs, int64_t(120'000'000));
}

void TstAlerts::ruleMistakes_data() {
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "id: t\ntitle: T\n";
    QTest::newRow("unknown key") << head + "search: '*'\nserach: x\n" << 4 << 1 << S("unknown key “serach”");
    QTest::newRow("severity") << head + "search: '*'\nseverity: urgent\n" << 4 << 11 << S("severity is one of");
    QTest::newRow("search, plain") << head + "search: verb:get and (verb:list\n" << 3 << 22 << S("in the search");
    QTest::newRow("search, quoted") << head + "search: 'verb: get and and'\n" << 3 << 24 << S("in the search");
    QTest::newRow("condition") << head + "search: '*'\ngroup_by: sourceIPs\ncondition: count > ten\n"
                               << 5 << 20 << S("a number");
    QTest::newRow("condition percent") << head + "search: '*'\ncondition: count > 50%\n"
                                       << 4 << 22 << S("only failure_rate");
    QTest::newRow("placeholder") << head + "search: '*'\nmessage: 'hi ${nobody}'\n"
                                 << 4 << 14 << S("unknown placeholder ${nobody}");
    QTest::newRow("yaml") << head + "search: '*'\nmessage: [unclosed\n" << 5 << 1 << S("not valid YAML");
    QTest::newRow("json path") << head + "search: '*'\njson:\n  - path: requestObject..spec\n    exists: true\n"
                               << 5 << 25 << S("a key is missing");
    QTest::newRow("group field") << head + "search: '*'\ngroup_by: [sourceIPs, colour]\ncondition: count > 1\n"
                                 << 4 << 23 << S("unknown field “colour”");
    QTest::newRow("no id") << QByteArray("title: T\nsearch: '*'\n") << 1 << 1 << S("no “id”");
    QTest::newRow("window") << head + "search: '*'\ngroup_by: verb\ncondition: count > 1\nwindow: soon\n"
                            << 6 << 9 << S("duration");
    QTest::newRow("first_seen without learn") << head + "kind: first_seen\nsearch: '*'\ngroup_by: operator\n"
                                              << 1 << 1 << S("needs “group_by” and “learn”");
    QTest::newRow("sql part") << head + "search: 'verb: get | select count(*)'\n" << 3 << 9 << S("after “|”");
}

void TstAlerts::ruleMistakes() {
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const RuleSet set = parseRules(yaml.toStdString(), S("mine.yaml"));
    QVERIFY(set.rules.empty());
    QVERIFY(!set.errors.empty());
    const RuleError& e = set.errors.front();
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.pos.line, line);
    QCOMPARE(e.pos.column, column);
    QVERIFY(e.toString().startsWith(QStringLiteral("mine.yaml:%1:%2: ").arg(line).arg(column)));
}

void TstAlerts::userRulesBesideBuiltIn() {
    QTemporaryDir dir;
    testutil::writeFile(dir, S("a.yaml"), "id: sls-delete\ntitle: Mine\nsearch: 'verb: delete'\n");
    RuleSet set = combinedRules(dir.path());
    QCOMPARE(set.errors.size(), size_t(1));
    QVERIFY(set.errors.front().message.contains(S("override: true")));
    QCOMPARE(set.rules.size(), builtinRules().rules.size());

    testutil::writeFile(dir, S("a.yaml"),
                        "id: sls-delete\ntitle: Mine\nsearch: 'verb: delete'\noverride: true\n---\n"
                        "id: mine-2\ntitle: Two\nsearch: 'verb: get'\n");
    set = combinedRules(dir.path());
    QVERIFY(set.errors.empty());
    QCOMPARE(set.rules.size(), builtinRules().rules.size() + 1);
    auto it = std::find_if(set.rules.begin(), set.rules.end(), [](const Rule& r) { return r.id == "sls-delete"; });
    QCOMPARE(it->title, S("Mine"));
    QVERIFY(!it->builtin);

    // A list of rules, and `rules:` holding one.
    QCOMPARE(parseRules("- {id: a, title: A, search: '*'}\n- {id: b, title: B, search: '*'}\n", S("x")).rules.size(),
             size_t(2));
    QCOMPARE(parseRules("rules:\n  - {id: a, title: A, search: '*'}\n", S("x")).rules.size(), size_t(1));
    const RuleSet twice = parseRules("- {id: a, title: A, search: '*'}\n- {id: a, title: B, search: '*'}\n", S("x"));
    QCOMPARE(twice.rules.size(), size_t(1));
    QVERIFY(twice.errors.front().message.contains(S("second rule")));
}

void TstAlerts::conditionsAndDurations() {
    const RuleSet set = parseRules("id: c\ntitle: C\nsearch: '*'\ngroup_by: sourceIPs\n"
                                   "condition: (count >= 10 and failure_rate > 0.5) or failures > 100\n",
                                   S("c.yaml"));
    QVERIFY(set.errors.empty());
    const RuleCondition& c = set.rules.front().condition;
    QVERIFY(c.eval(10, 6, 0));
    QVERIFY(!c.eval(10, 5, 0));
    QVERIFY(!c.eval(9, 9, 0));
    QVERIFY(c.eval(1000, 101, 0));
    int64_t us = 0;
    QVERIFY(parseDuration("90s", &us) && us == 90'000'000);
    QVERIFY(parseDuration("2m", &us) && us == 120'000'000);
    QVERIFY(parseDuration("7d", &us) && us == 7 * 86'400'000'000LL);
    QVERIFY(!parseDuration("2", &us));
    QVERIFY(!parseDuration("2w", &us));
    QVERIFY(!parseDuration("-1m", &us));
}

void TstAlerts::jsonPaths() {
    const std::string json =
        "{\"requestObject\":{\"spec\":{\"containers\":[{\"name\":\"a\"},{\"name\":\"b\",\"securityContext\":"
        "{\"privileged\":true}}],\"unschedulable\":null},\"metadata\":{\"labels\":{\"x.y/z\":\"1\"}}}}";
    using V = std::vector<std::string>;
    QCOMPARE(jsonPathValues(json, "requestObject.spec.containers[*].name"), (V{"a", "b"}));
    QCOMPARE(jsonPathValues(json, "requestObject.spec.containers[1].securityContext.privileged"), (V{"true"}));
    QCOMPARE(jsonPathValues(json, "requestObject.spec.unschedulable"), (V{"null"}));
    QCOMPARE(jsonPathValues(json, "requestObject.metadata.labels[\"x.y/z\"]"), (V{"1"}));
    QCOMPARE(jsonPathValues(json, "requestObject.metadata"), (V{"{\"labels\":{\"x.y/z\":\"1\"}}"}));
    QVERIFY(jsonPathValues(json, "requestObject.spec.missing").empty());
    QVERIFY(jsonPathError("a..b").has_value());
    QCOMPARE(jsonPathError("a..b")->first, 3);
    QVERIFY(jsonPathError("a[x]").has_value());
    QVERIFY(!jsonPathError("a[\"b.c\"][*].d").has_value());
}

void TstAlerts::builtinFires_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<int>("findings");
    QTest::addColumn<QString>("detailName");
    QTest::addColumn<QString>("detailValue");

    QTest::newRow("sls-command: started SPDY exec")
        << S("sls-command") << exec(1, S("create"), true) << 1 << S("command") << S("sh -c \"ls -l\"");
    QTest::newRow("sls-command: WebSocket exec is verb get")
        << S("sls-command") << exec(1, S("get"), true) << 0 << QString() << QString();
    QTest::newRow("sls-command: refused exec never started")
        << S("sls-command") << exec(1, S("create"), false) << 0 << QString() << QString();
    QTest::newRow("ack-exec: WebSocket and SPDY")
        << S("ack-exec") << exec(1, S("get"), true) + exec(2, S("create"), true) + exec(3, S("create"), false) << 2
        << S("container") << S("app");

    AuditRecord del;
    del.verb = S("delete");
    del.resource = S("deployments");
    QTest::newRow("sls-delete: a person") << S("sls-delete") << recordLine(del) << 1 << QString() << QString();
    del.user = S("system:serviceaccount:kube-system:generic-garbage-collector");
    QTest::newRow("sls-delete: a service account") << S("sls-delete") << recordLine(del) << 0 << QString() << QString();

    AuditRecord evict;
    evict.verb = S("create");
    evict.subresource = S("eviction");
    QTest::newRow("sls-drain-eviction: eviction")
        << S("sls-drain-eviction") << recordLine(evict) << 1 << QString() << QString();
    evict.subresource.clear();
    QTest::newRow("sls-drain-eviction: plain create")
        << S("sls-drain-eviction") << recordLine(evict) << 0 << QString() << QString();

    const QJsonObject cordon{{S("spec"), QJsonObject{{S("unschedulable"), true}}}};
    const QJsonObject uncordon{{S("spec"), QJsonObject{{S("unschedulable"), QJsonValue::Null}}}};
    const QJsonObject labels{
        {S("metadata"), QJsonObject{{S("labels"), QJsonObject{{S("maintenance"), S("planned")}}}}}};
    const QJsonObject taints{
        {S("spec"),
         QJsonObject{{S("taints"), QJsonArray{QJsonObject{{S("key"), S("gpu")}, {S("effect"), S("NoSchedule")}}}}}}};
    QTest::newRow("sls-cordon-uncordon: cordon")
        << S("sls-cordon-uncordon") << nodePatch(1, cordon) << 1 << S("type") << S("cordon");
    QTest::newRow("sls-cordon-uncordon: uncordon (null)")
        << S("sls-cordon-uncordon") << nodePatch(1, uncordon) << 1 << S("type") << S("uncordon");
    QTest::newRow("sls-cordon-uncordon: labels only")
        << S("sls-cordon-uncordon") << nodePatch(1, labels) << 0 << QString() << QString();
    QTest::newRow("sls-cordon-uncordon: the node itself")
        << S("sls-cordon-uncordon") << nodePatch(1, cordon, S("system:node:cn-hangzhou.10.0.0.5")) << 0 << QString()
        << QString();
    QTest::newRow("sls-label") << S("sls-label") << nodePatch(1, labels) + nodePatch(2, taints) << 1 << S("labels")
                               << S("{\"maintenance\":\"planned\"}");
    QTest::newRow("sls-taint") << S("sls-taint") << nodePatch(1, labels) + nodePatch(2, taints) << 1 << S("taints")
                               << S("[{\"effect\":\"NoSchedule\",\"key\":\"gpu\"}]");

    QTest::newRow("sls-internet-login: one public request")
        << S("sls-internet-login") << fromIp(1, 3, 1, S("203.0.113.7")) + fromIp(10, 2, 0, S("198.51.100.2")) << 1
        << S("distinct") << S("2");
    QTest::newRow("sls-internet-login: private only")
        << S("sls-internet-login") << fromIp(1, 3, 1, S("10.1.2.3")) << 0 << QString() << QString();

    AuditRecord upd;
    upd.verb = S("update");
    upd.resource = S("configmaps");
    AuditRecord lease = upd;
    lease.id = idOf(2);
    lease.resource = S("leases");
    QTest::newRow("sls-update: a person's update")
        << S("sls-update") << recordLine(upd) + recordLine(lease) << 1 << QString() << QString();
    upd.user = S("system:serviceaccount:kube-system:x");
    QTest::newRow("sls-update: leases and service accounts")
        << S("sls-update") << recordLine(upd) + recordLine(lease) << 0 << QString() << QString();

    // ACK's thresholds: more than 10 requests and more than 50 % failures per public IP.
    QTest::newRow("ack-internet-failures: 11 requests, 6 failed")
        << S("ack-internet-failures") << fromIp(1, 11, 6, S("203.0.113.9")) << 1 << S("failure_rate") << S("54.5%");
    QTest::newRow("ack-internet-failures: 10 requests, 6 failed")
        << S("ack-internet-failures") << fromIp(1, 10, 6, S("203.0.113.9")) << 0 << QString() << QString();
    QTest::newRow("ack-internet-failures: 12 requests, 6 failed (50 %)")
        << S("ack-internet-failures") << fromIp(1, 12, 6, S("203.0.113.9")) << 0 << QString() << QString();
    QTest::newRow("ack-internet-failures: private IP")
        << S("ack-internet-failures") << fromIp(1, 20, 20, S("192.168.1.9")) << 0 << QString() << QString();
    QTest::newRow("ack-internet-failures: two windows")
        << S("ack-internet-failures") << fromIp(1, 6, 6, S("203.0.113.9"), 10) + fromIp(20, 6, 6, S("203.0.113.9"), 16)
        << 0 << QString() << QString();

    AuditRecord anon;
    anon.user = S("system:anonymous");
    anon.resource = S("secrets");
    QTest::newRow("anonymous-allowed: read a Secret")
        << S("anonymous-allowed") << recordLine(anon) << 1 << QString() << QString();
    anon.code = 403;
    QTest::newRow("anonymous-allowed: refused")
        << S("anonymous-allowed") << recordLine(anon) << 0 << QString() << QString();
    AuditRecord healthz;
    healthz.user = S("system:anonymous");
    healthz.resource.clear();
    healthz.uri = S("/healthz");
    QTest::newRow("anonymous-allowed: /healthz")
        << S("anonymous-allowed") << recordLine(healthz) << 0 << QString() << QString();

    AuditRecord bind;
    bind.verb = S("create");
    bind.resource = S("clusterrolebindings");
    bind.ns.clear();
    bind.name = S("ops-admin");
    bind.code = 201;
    bind.body =
        QJsonObject{{S("roleRef"), QJsonObject{{S("kind"), S("ClusterRole")}, {S("name"), S("cluster-admin")}}},
                    {S("subjects"), QJsonArray{QJsonObject{{S("kind"), S("User")}, {S("name"), S("mallory")}}}}};
    QTest::newRow("cluster-admin-binding")
        << S("cluster-admin-binding") << recordLine(bind) << 1 << S("subjects") << S("mallory");
    bind.body = QJsonObject{{S("roleRef"), QJsonObject{{S("kind"), S("ClusterRole")}, {S("name"), S("view")}}}};
    QTest::newRow("cluster-admin-binding: view")
        << S("cluster-admin-binding") << recordLine(bind) << 0 << QString() << QString();

    AuditRecord pod;
    pod.verb = S("create");
    pod.code = 201;
    pod.body = QJsonObject{
        {S("spec"), QJsonObject{{S("containers"), QJsonArray{QJsonObject{{S("name"), S("a")}},
                                                             QJsonObject{{S("name"), S("b")},
                                                                         {S("securityContext"),
                                                                          QJsonObject{{S("privileged"), true}}}}}}}}};
    QTest::newRow("privileged-pod: privileged")
        << S("privileged-pod") << recordLine(pod) << 1 << QString() << QString();
    pod.body = QJsonObject{
        {S("spec"),
         QJsonObject{{S("containers"), QJsonArray{QJsonObject{{S("name"), S("a")}}}},
                     {S("volumes"), QJsonArray{QJsonObject{{S("name"), S("root")},
                                                           {S("hostPath"), QJsonObject{{S("path"), S("/")}}}}}}}}};
    QTest::newRow("privileged-pod: hostPath") << S("privileged-pod") << recordLine(pod) << 1 << S("hostPath") << S("/");
    pod.body = QJsonObject{
        {S("spec"), QJsonObject{{S("containers"), QJsonArray{QJsonObject{{S("name"), S("a")},
                                                                         {S("securityContext"),
                                                                          QJsonObject{{S("privileged"), false}}}}}}}}};
    QTest::newRow("privileged-pod: privileged false")
        << S("privileged-pod") << recordLine(pod) << 0 << QString() << QString();
}

void TstAlerts::builtinFires() {
    QFETCH(QString, rule);
    QFETCH(QByteArray, log);
    QFETCH(int, findings);
    QFETCH(QString, detailName);
    QFETCH(QString, detailValue);
    const std::vector<Finding> found = runRule(builtin(rule.toStdString()), log);
    QCOMPARE(int(found.size()), findings);
    for (const Finding& f : found) {
        QCOMPARE(f.ruleId, rule.toStdString());
        QVERIFY(!f.message.isEmpty());
        QVERIFY2(!f.message.contains(S("${")), qPrintable(f.message));
        QVERIFY(f.drillFilter);
    }
    if (!detailName.isEmpty()) QCOMPARE(detail(found.front(), detailName.toStdString()), detailValue);
}

// The exec rule's findings are the exec sessions of a generated week: requests to pods/exec that
// reached ResponseStarted, counted here independently with QJsonDocument.
void TstAlerts::execCountsSessions() {
    QTemporaryDir dir;
    const QString path = dir.filePath(S("gen.log"));
    QVERIFY(testutil::generateAudit(30000, 12, path));
    QSet<QString> spdy, all;
    testutil::forEachJsonValue(path, [&](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        const QJsonObject ref = o.value(S("objectRef")).toObject();
        if (ref.value(S("subresource")).toString() != S("exec") ||
            o.value(S("stage")).toString() != S("ResponseStarted"))
            return;
        const QString verb = o.value(S("verb")).toString();
        if (verb == S("create")) spdy.insert(o.value(S("auditID")).toString());
        if (verb == S("create") || verb == S("get")) all.insert(o.value(S("auditID")).toString());
    });
    QVERIFY2(spdy.size() > 5 && all.size() > spdy.size(), "the generated week has SPDY and WebSocket exec sessions");
    const LoadResult load = Loader::load({path});
    const MemoryBackend backend(load.store);
    const AlertRun run =
        testutil::must(AlertEngine().run(backend, {builtin("ack-exec"), builtin("sls-command")}, TimeRange{}));
    QSet<QString> ackIds, slsIds;
    for (const Finding& f : run.findings) {
        (f.ruleId == "ack-exec" ? ackIds : slsIds).insert(QString::fromStdString(f.auditId));
        if (f.ruleId == "ack-exec") QVERIFY2(!detail(f, "command").isEmpty(), f.auditId.c_str());
    }
    QCOMPARE(ackIds, all);
    QCOMPARE(slsIds, spdy);
}

void TstAlerts::execOnRealData() {
    AC_REQUIRE_REAL_DATA();
    const QList<testutil::RefEvent> records = testutil::referenceEvents(testutil::realDataDir());
    QSet<QString> sessions;
    for (const auto& r : records)
        if (r.subresource == S("exec") && r.stage == S("ResponseStarted") &&
            (r.verb == S("create") || r.verb == S("get")))
            sessions.insert(r.auditId);
    const LoadResult load = Loader::load({testutil::realDataDir()});
    const MemoryBackend backend(load.store);
    const AlertRun run = testutil::must(AlertEngine().run(backend, {builtin("ack-exec")}, TimeRange{}));
    QSet<QString> found;
    for (const Finding& f : run.findings)
        found.insert(QString::fromStdString(f.auditId));
    QCOMPARE(found, sessions);
}

void TstAlerts::groupedWindowsAndKeys() {
    // Two IPs over two 15-minute windows: only (window 1, .9) crosses the thresholds.
    const QByteArray log = fromIp(1, 11, 7, S("203.0.113.9")) + fromIp(100, 11, 3, S("203.0.113.10")) +
                           fromIp(200, 5, 5, S("203.0.113.9"), 20);
    const std::vector<Finding> found = runRule(builtin("ack-internet-failures"), log);
    QCOMPARE(found.size(), size_t(1));
    const Finding& f = found.front();
    QCOMPARE(f.sourceIp, std::string("203.0.113.9"));
    QCOMPARE(f.scope, S("public"));
    QCOMPARE(f.count, int64_t(11));
    QCOMPARE(f.failures, int64_t(7));
    QCOMPARE(f.windowEnd - f.time, int64_t(15) * 60'000'000);
    QCOMPARE(f.drillRange.from, f.time);
    // The drill-down selects exactly the requests behind the finding.
    const auto backend = backendOf(log);
    Query q;
    q.range = f.drillRange;
    q.filter = f.drillFilter;
    QCOMPARE(testutil::must(backend->run(q)).totalRequests, int64_t(11));
}

void TstAlerts::firstSeenLearns() {
    QByteArray log;
    auto read = [&](int n, const QString& user, int minute) {
        AuditRecord e;
        e.id = idOf(n);
        e.user = user;
        e.resource = S("secrets");
        e.verb = S("list");
        e.time = at(minute);
        log += recordLine(e);
    };
    read(1, S("bob"), 10);         // day 1: learnt
    read(2, S("bob"), 3 * 1440);   // day 3: known
    read(3, S("carol"), 3 * 1440); // day 3: new
    read(4, S("carol"), 3 * 1440 + 5);
    read(5, S("system:node:n1"), 3 * 1440); // nodes are left out
    // The learning day runs from 00:10 to 00:10 the next day; its last hour is learnt only in
    // part, so the day ends at 00:00 and dave, first at 00:05 of day 2, is new.
    read(6, S("dave"), 1440 + 5);
    read(7, S("erin"), 1440 - 30); // within the learning day: known
    const Rule& rule = builtin("secret-read-new-operator");
    std::set<std::string> seen;
    const AlertRun run = testutil::must(AlertEngine().run(*backendOf(log), {rule}, TimeRange{}, {}, &seen));
    QStringList who;
    for (const Finding& f : run.findings)
        who << QString::fromStdString(f.operatorName) + S(" ") + QString::number(f.count);
    QCOMPARE(who, (QStringList{S("dave 1"), S("carol 2")}));

    // Live: the next evaluation holds only the last minutes, and goes on from what was learnt.
    log.clear();
    read(10, S("bob"), 4 * 1440);   // known
    read(11, S("frank"), 4 * 1440); // new
    read(12, S("carol"), 4 * 1440); // raised already
    const AlertRun live = testutil::must(AlertEngine().run(*backendOf(log), {rule}, TimeRange{}, {}, &seen));
    QCOMPARE(live.findings.size(), size_t(1));
    QCOMPARE(live.findings.front().operatorName, std::string("frank"));
}

void TstAlerts::seenRaisesOnce() {
    QByteArray log = exec(1, S("create"), true);
    std::set<std::string> seen;
    const AlertEngine engine;
    auto backend = backendOf(log);
    QCOMPARE(testutil::must(engine.run(*backend, {builtin("ack-exec")}, TimeRange{}, {}, &seen)).findings.size(),
             size_t(1));
    log += exec(2, S("create"), true);
    backend = backendOf(log);
    const AlertRun again = testutil::must(engine.run(*backend, {builtin("ack-exec")}, TimeRange{}, {}, &seen));
    QCOMPARE(again.findings.size(), size_t(1));
    QCOMPARE(again.findings.front().auditId, idOf(2).toStdString());
}

void TstAlerts::exportsParse() {
    const std::vector<Finding> found = runRule(builtin("ack-internet-failures"), fromIp(1, 11, 7, S("203.0.113.9")));
    QCOMPARE(found.size(), size_t(1));
    const QJsonObject root = QJsonDocument::fromJson(findingsToJson(found)).object();
    const QJsonObject f = root.value(S("findings")).toArray().first().toObject();
    for (const char* key :
         {"rule", "severity", "time", "operator", "namespace", "resource", "name", "sourceIP", "count", "details"})
        QVERIFY2(f.contains(S(key)), key);
    QCOMPARE(f.value(S("rule")).toString(), S("ack-internet-failures"));
    QCOMPARE(f.value(S("severity")).toString(), S("high"));
    QCOMPARE(f.value(S("count")).toInt(), 11);
    QCOMPARE(f.value(S("details")).toObject().value(S("failure_rate")).toString(), S("63.6%"));
    const QByteArray csv = findingsToCsv(found);
    QCOMPARE(csv.count('\n'), 2);
    QVERIFY(csv.startsWith("time,severity,rule,"));
    QVERIFY(csv.contains("203.0.113.9"));
}

// The same rules through the Log Service test server (a real HTTP server speaking the Log
// Service API over the same file) find the same things as the memory engine.
void TstAlerts::logServiceGivesSameFindings() {
    QTemporaryDir dir;
    const QString path = dir.filePath(S("gen.log"));
    QVERIFY(testutil::generateAudit(4000, 5, path));
    testutil::SlsTestServer server;
    const QString error = server.start(path);
    if (!error.isEmpty()) QFAIL(qPrintable(error));
    const OpenedSource remote = openSource(server.source());
    QVERIFY2(remote.backend, remote.error ? qPrintable(remote.error->message) : "no backend");
    const LoadResult load = Loader::load({path});
    const MemoryBackend local(load.store);
    const AlertEngine engine;
    std::vector<Rule> rules;
    for (const Rule& r : builtinRules().rules)
        if (!r.needsRawJson() || remote.backend->hasCapability(Capability::RawEvents)) rules.push_back(r);
    const AlertRun a = testutil::must(engine.run(local, rules, TimeRange{}));
    const AlertRun b = testutil::must(engine.run(*remote.backend, rules, TimeRange{}));
    auto keys = [](const AlertRun& r) {
        QStringList out;
        for (const Finding& f : r.findings)
            out.push_back(QString::fromStdString(f.key) + S(" ") + QString::number(f.count));
        out.sort();
        return out;
    };
    QVERIFY(!a.findings.empty());
    const QStringList ka = keys(a), kb = keys(b);
    for (const QString& k : ka)
        if (!kb.contains(k)) qWarning("only in memory: %s", qPrintable(k));
    for (const QString& k : kb)
        if (!ka.contains(k)) qWarning("only from Log Service: %s", qPrintable(k));
    QCOMPARE(kb, ka);
}

void TstAlerts::commandLine() {
    QTemporaryDir dir;
    const QString log = testutil::writeFile(dir, S("a.log"), exec(1, S("create"), true) + exec(2, S("get"), true));
    const QString quiet = testutil::writeFile(dir, S("b.log"), exec(1, S("create"), false));
    auto cli = [&](const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("AUDIT_CONSOLE_RULES"), dir.filePath(S("no-rules")));
        p.setProcessEnvironment(env);
        p.start(S(AC_CLI_HEADLESS), QStringList{S("alerts")} + args);
        if (!p.waitForFinished(60000)) return -1;
        if (out) *out = p.readAllStandardOutput();
        if (err) *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(cli({S("--format"), S("json"), log}, &out, &err), 1);
    const QJsonArray findings = QJsonDocument::fromJson(out).object().value(S("findings")).toArray();
    QStringList rules;
    for (const auto& f : findings)
        rules.push_back(f.toObject().value(S("rule")).toString());
    rules.sort();
    QCOMPARE(rules, (QStringList{S("ack-exec"), S("ack-exec"), S("sls-command")}));
    QCOMPARE(findings.first().toObject().value(S("details")).toObject().value(S("command")).toString(),
             S("sh -c \"ls -l\""));
    // Nothing found: exit 0.
    QCOMPARE(cli({quiet}, &out), 0);
    QVERIFY(out.isEmpty());
    QCOMPARE(cli({S("--rule"), S("sls-command"), S("--format"), S("csv"), log}, &out), 1);
    QCOMPARE(out.count('\n'), 2);
    // A user rule with a mistake: exit 2, and where it is.
    const QString rulesDir = dir.filePath(S("rules"));
    QDir().mkpath(rulesDir);
    testutil::writeFile(dir, S("rules/bad.yaml"), "id: bad\ntitle: Bad\nsearch: 'verb: get and and'\n");
    QCOMPARE(cli({S("--rules"), rulesDir, log}, nullptr, &err), 2);
    QVERIFY2(err.contains("bad.yaml:3:24:"), err.constData());
    QCOMPARE(cli({S("--rule"), S("nope"), log}, nullptr, &err), 2);
    QCOMPARE(cli({S("--list-rules")}, &out), 0);
    QCOMPARE(out.count('\n'), 14);
}

// `alerts --follow`: the first run's findings, then each new one as the file grows, once; SIGTERM
// ends it with status 1 (something was found).
void TstAlerts::commandLineFollows() {
    QTemporaryDir dir;
    const QString log = testutil::writeFile(dir, S("a.log"), exec(1, S("create"), true));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(S("AUDIT_CONSOLE_RULES"), dir.filePath(S("no-rules")));
    p.setProcessEnvironment(env);
    p.start(S(AC_CLI_HEADLESS), {S("alerts"), S("--follow"), S("--interval"), S("1"), S("--format"), S("jsonl"),
                                 S("--rule"), S("ack-exec"), S("--namespace"), S("default"), log});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    auto waitFor = [&](const QByteArray& text) {
        QDeadlineTimer deadline(30000);
        while (!out.contains(text) && !deadline.hasExpired() && p.state() == QProcess::Running) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
        }
        return out.contains(text);
    };
    QVERIFY2(waitFor(idOf(1).toUtf8()), out.constData());
    QFile f(log);
    QVERIFY(f.open(QIODevice::Append));
    // A new session, the first again, and one in a namespace the filter leaves out.
    QByteArray elsewhere = exec(3, S("create"), true);
    elsewhere.replace("\"namespace\":\"default\"", "\"namespace\":\"kube-system\"");
    f.write(exec(2, S("create"), true) + exec(1, S("create"), true) + elsewhere);
    f.close();
    QVERIFY2(waitFor(idOf(2).toUtf8()), QByteArray(out + p.readAllStandardError()).constData());
    QTest::qWait(2500); // two more polls: nothing is raised twice, nothing outside the filter
    out += p.readAllStandardOutput();
    QCOMPARE(out.count('\n'), 2);
    QVERIFY(!out.contains(idOf(3).toUtf8()));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TstAlerts)
#include "tst_alerts.moc"
