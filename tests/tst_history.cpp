// Object history: the JSON diff and patch rules (RFC 7386 and RFC 6902 examples), and the replay of
// a log the test writes itself, with known changes, through the memory backend.
#include "backends/Source.h"
#include "query/SearchParser.h"
#include "review/JsonDiff.h"
#include "review/ObjectHistory.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

using namespace ac;

namespace {
using testutil::AuditRecord;
using testutil::must;
using Kind = HistoryEntry::Kind;

QString S(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// Any JSON value from its text; a fixture that does not parse stops the run.
QJsonValue J(const char* text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(QByteArray("[") + text + "]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) qFatal("bad JSON fixture: %s", text);
    return doc.array().at(0);
}

QJsonObject O(const char* text) {
    return J(text).toObject();
}

const QJsonValue kNone(QJsonValue::Undefined);

// A change as one line: "~ spec.replicas 1 -> 5", "+ metadata.labels.tier _ -> \"frontend\"" (_: absent).
QStringList describe(const std::vector<FieldChange>& changes) {
    QStringList out;
    for (const FieldChange& c : changes) {
        const QChar sign = c.kind == FieldChange::Kind::Added     ? QLatin1Char('+')
                           : c.kind == FieldChange::Kind::Removed ? QLatin1Char('-')
                                                                  : QLatin1Char('~');
        const auto value = [](const QJsonValue& v) {
            return v.isUndefined() ? QStringLiteral("_") : formatValue(v, 0);
        };
        out << QString(sign + QLatin1Char(' ') + QString::fromStdString(c.path) + QLatin1Char(' ') + value(c.before) +
                       QStringLiteral(" -> ") + value(c.after));
    }
    return out;
}

QString kindName(Kind k) {
    switch (k) {
    case Kind::Read:
        return QStringLiteral("Read");
    case Kind::Created:
        return QStringLiteral("Created");
    case Kind::Updated:
        return QStringLiteral("Updated");
    case Kind::Patched:
        return QStringLiteral("Patched");
    case Kind::Deleted:
        return QStringLiteral("Deleted");
    case Kind::Failed:
        return QStringLiteral("Failed");
    case Kind::DryRun:
        return QStringLiteral("DryRun");
    case Kind::NotRecorded:
        return QStringLiteral("NotRecorded");
    case Kind::PatchShown:
        return QStringLiteral("PatchShown");
    case Kind::FirstSeen:
        return QStringLiteral("FirstSeen");
    case Kind::Subresource:
        return QStringLiteral("Subresource");
    }
    return QStringLiteral("?");
}

QStringList kinds(const ObjectHistory& h) {
    QStringList out;
    for (const HistoryEntry& e : h.entries)
        out << kindName(e.kind);
    return out;
}

QStringList idsOf(const ObjectHistory& h) {
    QStringList out;
    for (const HistoryEntry& e : h.entries)
        out << QString::fromStdString(e.row.auditId);
    return out;
}

// A request on one object; `body` is the requestObject's JSON text (nullptr: none, logged at Metadata).
AuditRecord on(const char* resource, const char* ns, const char* name, const char* verb, const char* body = nullptr,
               int code = 200, const char* sub = "") {
    AuditRecord r;
    r.resource = S(resource);
    r.ns = S(ns);
    r.name = S(name);
    r.verb = S(verb);
    r.subresource = S(sub);
    r.code = code;
    if (body) r.body = O(body);
    return r;
}

AuditRecord web(const char* verb, const char* body = nullptr, int code = 200, const char* sub = "") {
    return on("deployments", "default", "web", verb, body, code, sub);
}

ObjectKey webKey() {
    return {"deployments", "default", "web"};
}

// The test's audit log: one request a minute, each with unique auditID.
class Log {
public:
    // Writes `r`, with `extra` replacing or adding top-level fields of the record; its auditID.
    QString add(AuditRecord r, const QJsonObject& extra = {}) {
        ++m_count;
        r.id = testutil::uuid(m_count);
        r.time = QStringLiteral("2026-11-20T10:%1:00.000000Z").arg(m_count, 2, 10, QLatin1Char('0'));
        QJsonObject line = QJsonDocument::fromJson(testutil::recordLine(r)).object();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            line.insert(it.key(), it.value());
        m_text += QJsonDocument(line).toJson(QJsonDocument::Compact);
        m_text += '\n';
        return r.id;
    }
    const QByteArray& text() const { return m_text; }

private:
    int m_count = 0;
    QByteArray m_text;
};

constexpr const char* kCreate =
    "{\"apiVersion\":\"apps/"
    "v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\"}"
    "},"
    "\"spec\":{\"replicas\":1,\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.25\"}]}}}}";
// The server's answer: bookkeeping and a status that no diff shows.
constexpr const char* kCreated =
    "{\"apiVersion\":\"apps/"
    "v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\"}"
    ","
    "\"uid\":\"3f1c\",\"resourceVersion\":\"100\",\"generation\":1,\"creationTimestamp\":\"2026-11-20T10:01:00Z\","
    "\"managedFields\":[{\"manager\":\"kubectl\",\"operation\":\"Update\"}]},"
    "\"spec\":{\"replicas\":1,\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.25\"}]}}},"
    "\"status\":{\"replicas\":0}}";
constexpr const char* kImagePatch =
    "{\"level\":\"RequestResponse\",\"requestObject\":["
    "{\"op\":\"test\",\"path\":\"/spec/template/spec/containers/0/name\",\"value\":\"web\"},"
    "{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\",\"value\":\"nginx:1.26\"}]}";
constexpr const char* kScale =
    "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"metadata\":{\"name\":\"web\",\"namespace\":\"default\"},"
    "\"spec\":{\"replicas\":5}}";
constexpr const char* kScaled = "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\","
                                "\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"resourceVersion\":\"102\"},"
                                "\"spec\":{\"replicas\":5},\"status\":{\"replicas\":1,\"selector\":\"app=web\"}}";
// A strategic merge patch with a list: it merges by container name, which only the schema says.
constexpr const char* kSidecar =
    "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"sidecar\",\"image\":\"envoy:1.30\"}]}}}}";
constexpr const char* kFull =
    "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\","
    "\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\",\"tier\":\"frontend\"},"
    "\"resourceVersion\":\"104\"},"
    "\"spec\":{\"replicas\":5,\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.26\"},"
    "{\"name\":\"sidecar\",\"image\":\"envoy:1.30\"}]}}},"
    "\"status\":{\"replicas\":5}}";
constexpr const char* kNoSidecar =
    "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\","
    "\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\",\"tier\":\"frontend\"},"
    "\"resourceVersion\":\"104\"},"
    "\"spec\":{\"replicas\":5,\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.26\"}]}}},"
    "\"status\":{\"replicas\":5}}";
constexpr const char* kNoSidecarStored =
    "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\","
    "\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\",\"tier\":\"frontend\"},"
    "\"resourceVersion\":\"105\","
    "\"generation\":4},"
    "\"spec\":{\"replicas\":5,\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.26\"}]}}},"
    "\"status\":{\"replicas\":5,\"readyReplicas\":5}}";
// What a later get reads: changes made outside the log (track: canary) that the replay picks up.
constexpr const char* kRead =
    "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\","
    "\"metadata\":{\"name\":\"web\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\",\"tier\":\"frontend\","
    "\"track\":\"canary\"},"
    "\"resourceVersion\":\"107\"},"
    "\"spec\":{\"replicas\":3,\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.27\"}]}}},"
    "\"status\":{\"replicas\":3}}";
} // namespace

class TstHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Log audit;
        AuditRecord create = web("create", kCreate, 201);
        create.response = O(kCreated);
        m_web << audit.add(create);
        audit.add(on("deployments", "prod", "web", "create", kCreate, 201));
        m_web << audit.add(web("patch", "{\"metadata\":{\"labels\":{\"tier\":\"frontend\"}}}"));
        m_web << audit.add(web("patch"), O(kImagePatch));
        audit.add(on("pods", "default", "web", "get"));
        AuditRecord scale = web("update", kScale, 200, "scale");
        scale.response = O(kScaled);
        m_web << audit.add(scale);
        m_web << audit.add(web("patch", "{\"status\":{\"readyReplicas\":1}}", 200, "status"));
        m_web << audit.add(web("patch", kSidecar));
        audit.add(on("pods", "default", "web", "create", nullptr, 101, "exec"));
        m_web << audit.add(web("update", kFull));
        AuditRecord update = web("update", kNoSidecar);
        update.response = O(kNoSidecarStored);
        m_web << audit.add(update);
        m_web << audit.add(web("patch"));
        audit.add(on("deployments", "prod", "web", "patch", "{\"spec\":{\"replicas\":2}}"));
        m_web << audit.add(web("patch", "{\"spec\":{\"replicas\":-1}}", 422));
        AuditRecord get = web("get");
        get.response = O(kRead);
        m_web << audit.add(get, O("{\"level\":\"RequestResponse\"}"));
        audit.add(on("deployments", "default", "web-canary", "patch", "{\"spec\":{\"replicas\":0}}"));
        AuditRecord dryRun = web("patch", "{\"spec\":{\"replicas\":10}}");
        dryRun.uri = QStringLiteral("/apis/apps/v1/namespaces/default/deployments/web?dryRun=All&fieldManager=kubectl");
        m_web << audit.add(dryRun);
        m_web << audit.add(web("patch", "{\"metadata\":{\"labels\":{\"track\":\"stable\"}}}"));
        m_web << audit.add(web("delete"));
        audit.add(on("pods", "default", "web", "delete"));
        // The API server logs a namespace under its own name as the namespace.
        AuditRecord ns =
            on("namespaces", "prod", "prod", "create", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\"}", 201);
        ns.uri = QStringLiteral("/api/v1/namespaces");
        audit.add(ns);
        audit.add(on("clusterroles", "", "admin", "create", nullptr, 201));

        const QString path = testutil::writeFile(m_dir, QStringLiteral("audit.log"), audit.text());
        const OpenedSource opened = openSource(Source::files({path}));
        QVERIFY(opened.backend);
        m_backend = opened.backend;
    }

    void diffNested() {
        const QJsonValue before = J("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":[1,2]},\"gone\":true}");
        const QJsonValue after = J("{\"a\":2,\"b\":{\"c\":\"x\",\"d\":[1,3,4],\"e\":null},\"new\":{\"k\":\"v\"}}");
        QCOMPARE(describe(diffJson(before, after)),
                 (QStringList{S("~ a 1 -> 2"), S("~ b.d[1] 2 -> 3"), S("+ b.d[2] _ -> 4"), S("+ b.e _ -> null"),
                              S("+ new.k _ -> \"v\""), S("- gone true -> _")}));
        QVERIFY(diffJson(before, before).empty());
        QVERIFY(diffJson(J("{\"a\":1}"), J("{\"a\":1.0}")).empty());
        QCOMPARE(describe(diffJson(kNone, J("{\"a\":{\"b\":1},\"c\":[]}"))),
                 (QStringList{S("+ a.b _ -> 1"), S("+ c _ -> []")}));
        QCOMPARE(describe(diffJson(J("{\"a\":{\"b\":1}}"), kNone)), QStringList{S("- a.b 1 -> _")});
        QCOMPARE(describe(diffJson(J("{\"a\":{\"b\":1}}"), J("{\"a\":\"flat\"}"))),
                 QStringList{S("~ a {\"b\":1} -> \"flat\"")});
        QCOMPARE(describe(diffJsonAt(J("1"), J("5"), "spec.replicas")), QStringList{S("~ spec.replicas 1 -> 5")});
    }

    void diffArraysAndQuotedKeys() {
        const QJsonValue before = J("{\"metadata\":{\"labels\":{\"app.kubernetes.io/"
                                    "name\":\"web\",\"plain_key-1\":\"a\"}},\"list\":[{\"x\":1},{\"x\":2},3]}");
        const QJsonValue after =
            J("{\"metadata\":{\"labels\":{\"app.kubernetes.io/name\":\"api\",\"plain_key-1\":\"a\","
              "\"say \\\"hi\\\"\":1}},\"list\":[{\"x\":1}],\"a b\":{}}");
        QCOMPARE(describe(diffJson(before, after)),
                 (QStringList{S("+ [\"a b\"] _ -> {}"), S("- list[1].x 2 -> _"), S("- list[2] 3 -> _"),
                              S("~ metadata.labels[\"app.kubernetes.io/name\"] \"web\" -> \"api\""),
                              S("+ metadata.labels[\"say \\\"hi\\\"\"] _ -> 1")}));
        QCOMPARE(describe(diffJson(J("[1]"), J("[1,[2,3]]"))),
                 (QStringList{S("+ [1][0] _ -> 2"), S("+ [1][1] _ -> 3")}));
    }

    void diffIgnore() {
        const QJsonValue before = J("{\"metadata\":{\"resourceVersion\":\"1\",\"name\":\"a\"},\"status\":{\"x\":1},"
                                    "\"statusText\":\"a\",\"spec\":{\"r\":1}}");
        const QJsonValue after = J("{\"metadata\":{\"resourceVersion\":\"2\",\"name\":\"a\"},\"status\":{\"x\":2},"
                                   "\"statusText\":\"b\",\"spec\":{\"r\":2}}");
        QCOMPARE(describe(diffJson(before, after, {"metadata.resourceVersion", "status"})),
                 (QStringList{S("~ spec.r 1 -> 2"), S("~ statusText \"a\" -> \"b\"")}));
        QCOMPARE(describe(diffJson(before, after)).size(), qsizetype(4));
    }

    void mergePatch_data() {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");
        // RFC 7386, appendix A.
        const char* const rows[][3] = {
            {"{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"},
            {"{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}"},
            {"{\"a\":\"b\"}", "{\"a\":null}", "{}"},
            {"{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}"},
            {"{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"},
            {"{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}"},
            {"{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}"},
            {"{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}"},
            {"[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]"},
            {"{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]"},
            {"{\"a\":\"foo\"}", "null", "null"},
            {"{\"a\":\"foo\"}", "\"bar\"", "\"bar\""},
            {"{\"e\":null}", "{\"a\":1}", "{\"a\":1,\"e\":null}"},
            {"[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}"},
            {"{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}"},
        };
        for (size_t i = 0; i < std::size(rows); ++i)
            QTest::addRow("A.%d", int(i) + 1)
                << QByteArray(rows[i][0]) << QByteArray(rows[i][1]) << QByteArray(rows[i][2]);
    }
    void mergePatch() {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        const QJsonValue result = applyMergePatch(J(target.constData()), J(patch.constData()));
        QCOMPARE(formatValue(result, 0), formatValue(J(expected.constData()), 0));
        QVERIFY(jsonEqual(result, J(expected.constData())));
    }

    void jsonPatch_data() {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("ops");
        QTest::addColumn<QByteArray>("expected"); // empty: the patch fails
        QTest::addColumn<QString>("why");         // a part of the reason it fails
        auto row = [](const char* name, const char* target, const char* ops, const char* expected,
                      const char* why = "") {
            QTest::newRow(name) << QByteArray(target) << QByteArray(ops) << QByteArray(expected) << S(why);
        };
        // RFC 6902, appendix A.
        row("add member", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/baz\",\"value\":\"qux\"}]",
            "{\"baz\":\"qux\",\"foo\":\"bar\"}");
        row("add element", "{\"foo\":[\"bar\",\"baz\"]}", "[{\"op\":\"add\",\"path\":\"/foo/1\",\"value\":\"qux\"}]",
            "{\"foo\":[\"bar\",\"qux\",\"baz\"]}");
        row("remove member", "{\"baz\":\"qux\",\"foo\":\"bar\"}", "[{\"op\":\"remove\",\"path\":\"/baz\"}]",
            "{\"foo\":\"bar\"}");
        row("remove element", "{\"foo\":[\"bar\",\"qux\",\"baz\"]}", "[{\"op\":\"remove\",\"path\":\"/foo/1\"}]",
            "{\"foo\":[\"bar\",\"baz\"]}");
        row("replace", "{\"baz\":\"qux\",\"foo\":\"bar\"}",
            "[{\"op\":\"replace\",\"path\":\"/baz\",\"value\":\"boo\"}]", "{\"baz\":\"boo\",\"foo\":\"bar\"}");
        row("move member", "{\"foo\":{\"bar\":\"baz\",\"waldo\":\"fred\"},\"qux\":{\"corge\":\"grault\"}}",
            "[{\"op\":\"move\",\"from\":\"/foo/waldo\",\"path\":\"/qux/thud\"}]",
            "{\"foo\":{\"bar\":\"baz\"},\"qux\":{\"corge\":\"grault\",\"thud\":\"fred\"}}");
        row("move element", "{\"foo\":[\"all\",\"grass\",\"cows\",\"eat\"]}",
            "[{\"op\":\"move\",\"from\":\"/foo/1\",\"path\":\"/foo/3\"}]",
            "{\"foo\":[\"all\",\"cows\",\"eat\",\"grass\"]}");
        row("test", "{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}",
            "[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"qux\"},{\"op\":\"test\",\"path\":\"/foo/1\",\"value\":2}]",
            "{\"baz\":\"qux\",\"foo\":[\"a\",2,\"c\"]}");
        row("add nested", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/child\",\"value\":{\"grandchild\":{}}}]",
            "{\"child\":{\"grandchild\":{}},\"foo\":\"bar\"}");
        row("escapes", "{\"/\":9,\"~1\":10}",
            "[{\"op\":\"test\",\"path\":\"/~01\",\"value\":10},{\"op\":\"remove\",\"path\":\"/~1\"}]", "{\"~1\":10}");
        row("append array", "{\"foo\":[\"bar\"]}", "[{\"op\":\"add\",\"path\":\"/foo/-\",\"value\":[\"abc\",\"def\"]}]",
            "{\"foo\":[\"bar\",[\"abc\",\"def\"]]}");
        row("copy", "{\"a\":{\"b\":1}}", "[{\"op\":\"copy\",\"from\":\"/a\",\"path\":\"/c\"}]",
            "{\"a\":{\"b\":1},\"c\":{\"b\":1}}");
        row("replace root", "{\"a\":1}", "[{\"op\":\"replace\",\"path\":\"\",\"value\":[1]}]", "[1]");
        row("failed test", "{\"baz\":\"qux\"}",
            "[{\"op\":\"replace\",\"path\":\"/baz\",\"value\":\"x\"},{\"op\":\"test\",\"path\":\"/"
            "baz\",\"value\":\"bar\"}]",
            "", "Operation 2 (test)");
        row("missing parent", "{\"foo\":\"bar\"}", "[{\"op\":\"add\",\"path\":\"/baz/bat\",\"value\":\"qux\"}]", "",
            "does not exist");
        row("index past the end", "{\"foo\":[\"bar\"]}", "[{\"op\":\"add\",\"path\":\"/foo/2\",\"value\":1}]", "",
            "does not exist");
        row("leading zero", "{\"foo\":[\"a\",\"b\"]}", "[{\"op\":\"remove\",\"path\":\"/foo/01\"}]", "",
            "does not exist");
        row("move into itself", "{\"a\":{\"b\":1}}", "[{\"op\":\"move\",\"from\":\"/a\",\"path\":\"/a/b\"}]", "",
            "itself");
        row("no value", "{}", "[{\"op\":\"add\",\"path\":\"/a\"}]", "", "no value");
        row("unknown op", "{}", "[{\"op\":\"merge\",\"path\":\"/a\",\"value\":1}]", "", "merge");
        row("not a pointer", "{}", "[{\"op\":\"add\",\"path\":\"a\",\"value\":1}]", "", "not a JSON pointer");
    }
    void jsonPatch() {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, ops);
        QFETCH(QByteArray, expected);
        QFETCH(QString, why);
        QString reason;
        const auto result = applyJsonPatch(J(target.constData()), J(ops.constData()).toArray(), &reason);
        if (expected.isEmpty()) {
            QVERIFY(!result);
            QVERIFY2(reason.contains(why), qPrintable(reason));
            return;
        }
        QVERIFY2(result, qPrintable(reason));
        QCOMPARE(formatValue(*result, 0), formatValue(J(expected.constData()), 0));
    }

    void plainMerge_data() {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<bool>("plain");
        QTest::newRow("map") << QByteArray(
                                    "{\"metadata\":{\"labels\":{\"a\":\"b\",\"c\":null}},\"spec\":{\"replicas\":2}}")
                             << true;
        QTest::newRow("list") << QByteArray(kSidecar) << false;
        QTest::newRow("$patch") << QByteArray("{\"spec\":{\"template\":{\"$patch\":\"replace\"}}}") << false;
        QTest::newRow("$retainKeys") << QByteArray("{\"spec\":{\"strategy\":{\"$retainKeys\":[\"type\"]}}}") << false;
        QTest::newRow("$setElementOrder")
            << QByteArray("{\"metadata\":{\"$setElementOrder/finalizers\":\"x\"}}") << false;
        QTest::newRow("$deleteFromPrimitiveList")
            << QByteArray("{\"$deleteFromPrimitiveList/finalizers\":\"a\"}") << false;
        QTest::newRow("json patch") << QByteArray("[{\"op\":\"remove\",\"path\":\"/a\"}]") << false;
        QTest::newRow("scalar") << QByteArray("3") << false;
    }
    void plainMerge() {
        QFETCH(QByteArray, patch);
        QFETCH(bool, plain);
        QCOMPARE(strategicPatchIsPlainMerge(J(patch.constData())), plain);
    }

    void formatAndPaths() {
        QCOMPARE(formatValue(J("\"abc\"")), S("\"abc\""));
        QCOMPARE(formatValue(J("{\"b\":[1,true,null],\"a\":1.5}")), S("{\"a\":1.5,\"b\":[1,true,null]}"));
        QCOMPARE(formatValue(J("42")), S("42"));
        QCOMPARE(formatValue(kNone), QString());
        QCOMPARE(formatValue(J("\"0123456789abcdef\""), 10), QStringLiteral("\"01234567\u2026"));

        QVERIFY(pathTouches("spec.replicas", "spec.replicas"));
        QVERIFY(pathTouches("spec", "spec.replicas"));
        QVERIFY(pathTouches("spec.replicas", "spec"));
        QVERIFY(pathTouches("spec.template.spec.containers[0].image", "spec.template.spec.containers"));
        QVERIFY(pathTouches("metadata.labels[\"a.b\"]", "metadata.labels"));
        QVERIFY(!pathTouches("spec.replicasX", "spec.replicas"));
        QVERIFY(!pathTouches("specs", "spec"));
        QVERIFY(!pathTouches("status.replicas", "spec.replicas"));

        QCOMPARE(pathOfPointer(QStringLiteral("/spec/containers/0/image")),
                 std::optional<std::string>("spec.containers[0].image"));
        QCOMPARE(pathOfPointer(QStringLiteral("/metadata/labels/app.kubernetes.io~1name")),
                 std::optional<std::string>("metadata.labels[\"app.kubernetes.io/name\"]"));
        QCOMPARE(pathOfPointer(QString()), std::optional<std::string>(""));
        QVERIFY(!pathOfPointer(QStringLiteral("spec")));
    }

    void objectKey() {
        QCOMPARE(webKey().label(), S("deployments default/web"));
        QCOMPARE(ObjectKey({"namespaces", "", "prod"}).label(), S("namespaces prod"));
        QCOMPARE(ObjectKey({"clusterroles", "", "admin"}).label(), S("clusterroles admin"));
        QCOMPARE(
            webKey().searchText(),
            std::string("objectRef.resource: deployments and objectRef.namespace: default and objectRef.name: web"));
        QCOMPARE(
            ObjectKey({"clusterroles", "", "admin"}).searchText(),
            std::string("objectRef.resource: clusterroles and not objectRef.namespace: * and objectRef.name: admin"));
        QCOMPARE(ObjectKey({"namespaces", "", "prod"}).searchText(),
                 std::string("objectRef.resource: namespaces and objectRef.name: prod"));

        EventRow row;
        row.resource = "deployments";
        row.subresource = "scale";
        row.ns = "default";
        row.name = "web";
        QVERIFY(ObjectKey::fromRow(row) == webKey());
        row.resource = "namespaces";
        row.subresource.clear();
        row.ns = row.name = "prod";
        QVERIFY(ObjectKey::fromRow(row) == ObjectKey({"namespaces", "", "prod"}));
        row.name.clear();
        QVERIFY(!ObjectKey::fromRow(row));
    }

    // The statement a user would type selects the same requests as the key's filter.
    void searchTextSelectsTheSameRequests() {
        for (const ObjectKey& key : {webKey(), ObjectKey{"clusterroles", "", "admin"},
                                     ObjectKey{"namespaces", "", "prod"}, ObjectKey{"pods", "default", "web"}}) {
            const SearchResult parsed = parseSearch(key.searchText());
            QVERIFY2(parsed.ok(), parsed.error.toString().c_str());
            const QStringList ids = idsMatching(key.filter());
            QVERIFY(!ids.isEmpty());
            QCOMPARE(idsMatching(parsed.statement->filter), ids);
        }
    }

    void history() {
        const ObjectHistory h = must(buildObjectHistory(*m_backend, webKey(), {}), "history");
        QVERIFY(h.key == webKey());
        QVERIFY(!h.truncated);
        QStringList newestFirst = m_web;
        std::reverse(newestFirst.begin(), newestFirst.end());
        // Exactly this object's requests: not prod/web, not web-canary, not the pod named web.
        QCOMPARE(idsOf(h), newestFirst);
        QCOMPARE(kinds(h), (QStringList{S("Deleted"), S("Patched"), S("DryRun"), S("Read"), S("Failed"),
                                        S("NotRecorded"), S("Updated"), S("FirstSeen"), S("PatchShown"), S("Patched"),
                                        S("Updated"), S("Patched"), S("Patched"), S("Created")}));

        const QList<QStringList> changes{
            {},                                                      // delete
            {S("~ metadata.labels.track \"canary\" -> \"stable\"")}, // from the state the get read
            {},                                                      // dry run
            {},                                                      // get
            {},                                                      // 422
            {},                                                      // Metadata level
            {S("- spec.template.spec.containers[1].image \"envoy:1.30\" -> _"),
             S("- spec.template.spec.containers[1].name \"sidecar\" -> _")},
            {S("+ apiVersion _ -> \"apps/v1\""), S("+ kind _ -> \"Deployment\""),
             S("+ metadata.labels.app _ -> \"web\""), S("+ metadata.labels.tier _ -> \"frontend\""),
             S("+ metadata.name _ -> \"web\""), S("+ metadata.namespace _ -> \"default\""), S("+ spec.replicas _ -> 5"),
             S("+ spec.template.spec.containers[0].image _ -> \"nginx:1.26\""),
             S("+ spec.template.spec.containers[0].name _ -> \"web\""),
             S("+ spec.template.spec.containers[1].image _ -> \"envoy:1.30\""),
             S("+ spec.template.spec.containers[1].name _ -> \"sidecar\"")},
            {}, // the strategic merge patch with a list
            {S("+ status.readyReplicas _ -> 1")},
            {S("~ spec.replicas 1 -> 5")},
            {S("~ spec.template.spec.containers[0].image \"nginx:1.25\" -> \"nginx:1.26\"")},
            {S("+ metadata.labels.tier _ -> \"frontend\"")},
            {S("+ apiVersion _ -> \"apps/v1\""), S("+ kind _ -> \"Deployment\""),
             S("+ metadata.labels.app _ -> \"web\""), S("+ metadata.name _ -> \"web\""),
             S("+ metadata.namespace _ -> \"default\""), S("+ spec.replicas _ -> 1"),
             S("+ spec.template.spec.containers[0].image _ -> \"nginx:1.25\""),
             S("+ spec.template.spec.containers[0].name _ -> \"web\"")},
        };
        QCOMPARE(qsizetype(h.entries.size()), changes.size());
        for (size_t i = 0; i < h.entries.size(); ++i) {
            const HistoryEntry& e = h.entries[i];
            QCOMPARE(describe(e.changes), changes[qsizetype(i)]);
            // A sentence for every kind but the plain ones (whose earlier state is known here).
            const bool plain =
                e.kind == Kind::Created || e.kind == Kind::Updated || e.kind == Kind::Patched || e.kind == Kind::Read;
            QVERIFY2(e.explanation.isEmpty() == plain,
                     qPrintable(QString(kindName(e.kind) + QLatin1Char(' ') + e.explanation)));
        }

        QVERIFY(h.entries[0].row.verb == "delete");
        QVERIFY(h.entries[3].level == "RequestResponse");
        QVERIFY(h.entries[2].explanation.contains(QLatin1String("dryRun=All")));
        QVERIFY(h.entries[4].explanation.contains(QLatin1String("422")));
        QVERIFY(h.entries[5].level == "Metadata");
        QVERIFY2(h.entries[5].explanation.contains(QLatin1String("Metadata")), qPrintable(h.entries[5].explanation));
        QVERIFY(h.entries[8].row.subresource.empty());
        QVERIFY(jsonEqual(h.entries[8].patch, J(kSidecar)));
        QCOMPARE(h.entries[8].patchType, S("strategic merge"));
        QCOMPARE(h.entries[9].patchType, S("merge patch"));
        QVERIFY(h.entries[9].row.subresource == "status");
        QVERIFY(h.entries[10].row.subresource == "scale");
        QCOMPARE(h.entries[11].patchType, S("JSON patch"));
        QVERIFY(h.entries[11].patch.isArray());
        QCOMPARE(h.entries[12].patchType, S("merge patch"));
        QVERIFY(jsonEqual(h.entries[12].patch, J("{\"metadata\":{\"labels\":{\"tier\":\"frontend\"}}}")));
        QVERIFY(ObjectKey::fromRow(h.entries[10].row) == webKey());

        // Who changed what: the create and the scale set spec.replicas (the full update only shows it).
        QCOMPARE(h.changesTo("spec.replicas"), (std::vector<size_t>{10, 13}));
        QCOMPARE(h.changesTo("spec"), (std::vector<size_t>{6, 10, 11, 13}));
        QCOMPARE(h.changesTo("metadata.labels"), (std::vector<size_t>{1, 12, 13}));
        QCOMPARE(h.changesTo("status"), (std::vector<size_t>{9}));
        QVERIFY(h.changesTo("spec.paused").empty());
    }

    // The other objects in the log, each with only its own requests.
    void otherObjects() {
        const ObjectHistory pod = must(buildObjectHistory(*m_backend, {"pods", "default", "web"}, {}), "pod");
        QCOMPARE(kinds(pod), (QStringList{S("Deleted"), S("Subresource"), S("Read")}));
        QVERIFY2(pod.entries[1].explanation.contains(QLatin1String("exec")), qPrintable(pod.entries[1].explanation));

        const ObjectHistory prod = must(buildObjectHistory(*m_backend, {"deployments", "prod", "web"}, {}), "prod");
        QCOMPARE(kinds(prod), (QStringList{S("Patched"), S("Created")}));
        QCOMPARE(describe(prod.entries[0].changes), QStringList{S("~ spec.replicas 1 -> 2")});

        const ObjectHistory ns = must(buildObjectHistory(*m_backend, {"namespaces", "", "prod"}, {}), "namespace");
        QCOMPARE(kinds(ns), QStringList{S("Created")});
        QCOMPARE(describe(ns.entries[0].changes),
                 (QStringList{S("+ apiVersion _ -> \"v1\""), S("+ kind _ -> \"Namespace\"")}));

        const ObjectHistory role = must(buildObjectHistory(*m_backend, {"clusterroles", "", "admin"}, {}), "role");
        QCOMPARE(kinds(role), QStringList{S("NotRecorded")});
    }

    // The newest requests only: the replay starts from an unknown state.
    void truncated() {
        const ObjectHistory h = must(buildObjectHistory(*m_backend, webKey(), {}, {}, 3), "history");
        QVERIFY(h.truncated);
        QCOMPARE(kinds(h), (QStringList{S("Deleted"), S("Patched"), S("DryRun")}));
        QCOMPARE(describe(h.entries[1].changes), QStringList{S("~ metadata.labels.track _ -> \"stable\"")});
        QVERIFY(!h.entries[1].explanation.isEmpty());

        // A time range that ends before the scale: the create and the two patches after it.
        const TimeRange early{std::numeric_limits<int64_t>::min(),
                              int64_t(testutil::parseMicros(QStringLiteral("2026-11-20T10:05:00Z")))};
        QCOMPARE(kinds(must(buildObjectHistory(*m_backend, webKey(), early), "early")),
                 (QStringList{S("Patched"), S("Patched"), S("Created")}));
    }

    void cancelled() {
        const CancelToken cancel;
        cancel.cancel();
        const Result<ObjectHistory> r = buildObjectHistory(*m_backend, webKey(), {}, cancel);
        QVERIFY(!r.ok());
        QVERIFY(r.error().cancelled);
    }

private:
    QStringList idsMatching(const ExprPtr& filter) const {
        EventsRequest request;
        request.query.filter = filter;
        request.limit = 1000;
        const EventRowsPage page = must(m_backend->events(request), "events");
        QStringList ids;
        for (const EventRow& row : page.rows)
            ids << QString::fromStdString(row.auditId);
        ids.sort();
        return ids;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const Backend> m_backend;
    QStringList m_web; // the requests on deployments default/web, oldest first
};

QTEST_GUILESS_MAIN(TstHistory)
#include "tst_history.moc"
