#pragma once

#include "backends/Source.h"
#include "os/Os.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace testutil {

// The value of a backend call that the test expects to succeed; a failure ends the test run
// with the backend's own message.
template <typename T> T must(ac::Result<T> r, const char* what = "backend call") {
    if (!r.ok()) qFatal("%s failed: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

inline QString realDataDir() {
    return QStringLiteral(AC_REAL_DATA);
}

// Real audit events live outside the project (../shared/data/real); tests that need them
// skip with this message where the folder is absent.
#define AC_REQUIRE_REAL_DATA()                                                                                         \
    do {                                                                                                               \
        if (!QDir(testutil::realDataDir()).exists())                                                                   \
            QSKIP(qPrintable(QStringLiteral("real audit data not found at %1 (../shared/data/real)")                   \
                                 .arg(testutil::realDataDir())));                                                      \
    } while (false)

// A file cut short under its mapping: guarded by the POSIX models/os only. The Qt one (tested
// here as tst_*_qtos) is for Windows, which refuses to shrink a mapped file.
#define AC_REQUIRE_SHRINK_GUARD()                                                                                      \
    do {                                                                                                               \
        if (!ac::os::mappingSurvivesShrink())                                                                          \
            QSKIP("this build's models/os (Qt, for Windows, which never shrinks a mapped file) does not guard a "      \
                  "mapping against the file shrinking");                                                               \
    } while (false)

// What a program printed and how it ended.
struct Run {
    int code = -1;
    QByteArray out, err;
};

// Runs one of the executables offscreen, so that the window's executable needs no display; one
// that has not ended in time (a window that opened) is killed and reported as code -1.
inline Run run(const QString& program, const QStringList& args, int timeoutMs = 180000) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(10000);
        QByteArray err = p.readAllStandardError();
        err += "\n(did not end: killed)";
        return {-1, p.readAllStandardOutput(), err};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

// A compact v1 audit event line; `extra` is spliced in before the closing brace.
inline QByteArray eventLine(const QByteArray& auditId, const QByteArray& verb, const QByteArray& resource,
                            const QByteArray& time, int code = 200, const QByteArray& stage = "ResponseComplete",
                            const QByteArray& user = "alice", const QByteArray& ip = "10.0.0.1",
                            const QByteArray& extra = {}) {
    return R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":")" + auditId +
           R"(","stage":")" + stage + R"(","requestURI":"/api/v1/)" + resource + R"(","verb":")" + verb +
           R"(","user":{"username":")" + user + R"(","groups":["system:authenticated"]},"sourceIPs":[")" + ip +
           R"("],"objectRef":{"resource":")" + resource +
           R"(","namespace":"default","name":"x"},"responseStatus":{"metadata":{},"code":)" + QByteArray::number(code) +
           R"(},"requestReceivedTimestamp":")" + time + R"(","stageTimestamp":")" + time + '"' +
           (extra.isEmpty() ? QByteArray() : "," + extra) + '}';
}

inline QString uuid(int n) {
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// One audit record as a compact JSON line, every field settable; `body` becomes the requestObject.
struct AuditRecord {
    QString id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    QString verb = QStringLiteral("get");
    QString user = QStringLiteral("alice");
    QString ip = QStringLiteral("10.0.0.1");
    QString resource = QStringLiteral("pods");
    QString subresource;
    QString ns = QStringLiteral("default");
    QString name = QStringLiteral("web-0");
    QString uri;
    QString stage = QStringLiteral("ResponseComplete");
    QString time = QStringLiteral("2026-11-20T10:00:00.000000Z");
    int code = 200;
    QJsonObject body;
    QJsonObject response;
};

inline QByteArray recordLine(const AuditRecord& e) {
    QJsonObject ref{{QStringLiteral("resource"), e.resource},
                    {QStringLiteral("name"), e.name},
                    {QStringLiteral("apiVersion"), QStringLiteral("v1")}};
    if (!e.ns.isEmpty()) ref.insert(QStringLiteral("namespace"), e.ns);
    if (!e.subresource.isEmpty()) ref.insert(QStringLiteral("subresource"), e.subresource);
    QString uri = e.uri;
    if (uri.isEmpty())
        uri = QStringLiteral("/api/v1/") +
              (e.ns.isEmpty() ? QString() : QStringLiteral("namespaces/") + e.ns + QStringLiteral("/")) + e.resource +
              QStringLiteral("/") + e.name +
              (e.subresource.isEmpty() ? QString() : QStringLiteral("/") + e.subresource);
    QJsonObject o{
        {QStringLiteral("kind"), QStringLiteral("Event")},
        {QStringLiteral("apiVersion"), QStringLiteral("audit.k8s.io/v1")},
        {QStringLiteral("level"), e.body.isEmpty() ? QStringLiteral("Metadata") : QStringLiteral("RequestResponse")},
        {QStringLiteral("auditID"), e.id},
        {QStringLiteral("stage"), e.stage},
        {QStringLiteral("requestURI"), uri},
        {QStringLiteral("verb"), e.verb},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("username"), e.user},
                     {QStringLiteral("groups"), QJsonArray{QStringLiteral("system:authenticated")}}}},
        {QStringLiteral("sourceIPs"), QJsonArray{e.ip}},
        {QStringLiteral("userAgent"), QStringLiteral("kubectl/v1.30.0")},
        {QStringLiteral("requestReceivedTimestamp"), e.time},
        {QStringLiteral("stageTimestamp"), e.time}};
    // RequestReceived carries no status: code 0 leaves it out, as the API server does.
    if (e.code)
        o.insert(QStringLiteral("responseStatus"),
                 QJsonObject{{QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("code"), e.code}});
    if (!e.resource.isEmpty()) o.insert(QStringLiteral("objectRef"), ref);
    if (!e.body.isEmpty()) o.insert(QStringLiteral("requestObject"), e.body);
    if (!e.response.isEmpty()) o.insert(QStringLiteral("responseObject"), e.response);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// One exec session as the API server logs it: RequestReceived and, when it started, ResponseStarted
// (101), else a refused ResponseComplete (403).
inline QByteArray execSessionLines(int n, const QString& time, const QString& user = QStringLiteral("alice"),
                                   const QString& ip = QStringLiteral("10.0.0.1"), bool started = true,
                                   const QString& verb = QStringLiteral("create")) {
    AuditRecord e;
    e.id = uuid(n);
    e.verb = verb;
    e.user = user;
    e.ip = ip;
    e.subresource = QStringLiteral("exec");
    e.uri = QStringLiteral("/api/v1/namespaces/default/pods/web-0/exec?command=sh&command=-c&command=ls+-l&"
                           "container=app&stdin=true&tty=true");
    e.time = time;
    e.stage = QStringLiteral("RequestReceived");
    e.code = 0;
    QByteArray out = recordLine(e);
    e.stage = started ? QStringLiteral("ResponseStarted") : QStringLiteral("ResponseComplete");
    e.code = started ? 101 : 403;
    return out + recordLine(e);
}

// An independent reading of audit files with QJsonDocument (the slow path the product
// avoids), used to work out the expected report figures.
struct RefEvent {
    QString auditId, verb, stage, resource, subresource, ns, user, reason, ip;
    int code = 0;
};

inline void collectRef(const QJsonValue& v, QList<RefEvent>& out) {
    if (v.isArray()) {
        for (const auto& item : v.toArray())
            collectRef(item, out);
        return;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("records"))) return collectRef(o.value(QStringLiteral("records")), out);
    if (o.contains(QStringLiteral("items"))) return collectRef(o.value(QStringLiteral("items")), out);
    if (o.contains(QStringLiteral("properties"))) {
        const QByteArray log =
            o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("log")).toString().toUtf8();
        return collectRef(QJsonDocument::fromJson(log).object(), out);
    }
    if (!o.value(QStringLiteral("verb")).isString()) return;
    RefEvent e;
    e.auditId = o.value(QStringLiteral("auditID")).toString();
    e.verb = o.value(QStringLiteral("verb")).toString();
    e.stage = o.value(QStringLiteral("stage")).toString();
    const QJsonObject ref = o.value(QStringLiteral("objectRef")).toObject();
    e.resource = ref.value(QStringLiteral("resource")).toString();
    e.subresource = ref.value(QStringLiteral("subresource")).toString();
    e.ns = ref.value(QStringLiteral("namespace")).toString();
    e.user = o.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString();
    e.reason = o.value(QStringLiteral("annotations"))
                   .toObject()
                   .value(QStringLiteral("authorization.k8s.io/reason"))
                   .toString();
    e.ip = o.value(QStringLiteral("sourceIPs")).toArray().first().toString();
    e.code = o.value(QStringLiteral("responseStatus")).toObject().value(QStringLiteral("code")).toInt();
    out.push_back(e);
}

// Each top-level JSON value of an audit file, whole-document or one per line (a UTF-8 BOM
// skipped), as QJsonDocument reads it.
template <typename Visit> void forEachJsonValue(const QString& path, Visit&& visit) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return;
    QByteArray all = f.readAll();
    if (all.startsWith("\xEF\xBB\xBF")) all.remove(0, 3);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(all, &err);
    if (err.error == QJsonParseError::NoError) {
        visit(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        return;
    }
    for (const QByteArray& line : all.split('\n')) {
        const QJsonDocument d = QJsonDocument::fromJson(line);
        if (d.isObject()) visit(QJsonValue(d.object()));
    }
}

inline QList<RefEvent> referenceEvents(const QString& dir) {
    QList<RefEvent> out;
    for (const QString& path : ac::Loader::auditFilesIn(dir))
        forEachJsonValue(path, [&](const QJsonValue& v) { collectRef(v, out); });
    return out;
}

// One entry per request (auditID), holding its last stage.
inline QList<RefEvent> referenceRequests(const QList<RefEvent>& records) {
    static const QStringList order{QString(), QStringLiteral("RequestReceived"), QStringLiteral("ResponseStarted"),
                                   QStringLiteral("ResponseComplete"), QStringLiteral("Panic")};
    std::map<QString, RefEvent> byId;
    QList<RefEvent> out;
    for (const auto& r : records) {
        if (r.auditId.isEmpty()) {
            out.push_back(r);
            continue;
        }
        auto it = byId.find(r.auditId);
        if (it == byId.end() || order.indexOf(r.stage) >= order.indexOf(it->second.stage)) byId[r.auditId] = r;
    }
    for (auto& [id, r] : byId)
        out.push_back(r);
    return out;
}

// Microseconds since the epoch of an RFC 3339 time, 0 when unreadable. QDateTime keeps
// milliseconds only, so the fraction is read by hand.
inline qint64 parseMicros(const QString& text) {
    QString whole = text;
    qint64 fraction = 0;
    if (const qsizetype dot = text.indexOf(QLatin1Char('.')); dot >= 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text[end].isDigit())
            ++end;
        QString digits = text.mid(dot + 1, end - dot - 1).left(6);
        while (digits.size() < 6)
            digits += QLatin1Char('0');
        fraction = digits.toLongLong();
        whole = text.left(dot) + text.mid(end);
    }
    const QDateTime t = QDateTime::fromString(whole, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() * 1000 + fraction : 0;
}

// One audit record as the independent QJsonDocument reading sees it, with every field an event
// row shows; the backend conformance suite (tst_backend) works its expected figures out of these.
struct RefRecord {
    QString auditId, verb, stage, level, resource, subresource, ns, name, user, impersonatedUser, reason, userAgent,
        requestUri;
    QStringList sourceIps;
    int code = 0;    // 0: none
    qint64 time = 0; // µs: requestReceivedTimestamp, else the legacy timestamp, else stageTimestamp
    QString file;    // the file it was read from
    QByteArray text; // the event re-serialized compactly, for full-text search of words and phrases
};

inline void collectRecords(const QJsonValue& v, const QString& file, QList<RefRecord>& out) {
    if (v.isArray()) {
        for (const auto& item : v.toArray())
            collectRecords(item, file, out);
        return;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("records"))) return collectRecords(o.value(QStringLiteral("records")), file, out);
    if (o.contains(QStringLiteral("items"))) return collectRecords(o.value(QStringLiteral("items")), file, out);
    if (o.contains(QStringLiteral("properties"))) {
        const QByteArray log =
            o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("log")).toString().toUtf8();
        return collectRecords(QJsonDocument::fromJson(log).object(), file, out);
    }
    if (!o.value(QStringLiteral("verb")).isString()) return;
    auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    RefRecord r;
    r.auditId = text("auditID");
    r.verb = text("verb");
    r.stage = text("stage");
    r.level = text("level");
    r.requestUri = text("requestURI");
    r.userAgent = text("userAgent");
    const QJsonObject ref = o.value(QStringLiteral("objectRef")).toObject();
    r.resource = ref.value(QStringLiteral("resource")).toString();
    r.subresource = ref.value(QStringLiteral("subresource")).toString();
    r.ns = ref.value(QStringLiteral("namespace")).toString();
    r.name = ref.value(QStringLiteral("name")).toString();
    r.user = o.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString();
    r.impersonatedUser =
        o.value(QStringLiteral("impersonatedUser")).toObject().value(QStringLiteral("username")).toString();
    r.reason = o.value(QStringLiteral("annotations"))
                   .toObject()
                   .value(QStringLiteral("authorization.k8s.io/reason"))
                   .toString();
    for (const auto& ip : o.value(QStringLiteral("sourceIPs")).toArray())
        r.sourceIps << ip.toString();
    r.code = o.value(QStringLiteral("responseStatus")).toObject().value(QStringLiteral("code")).toInt();
    for (const char* key : {"requestReceivedTimestamp", "timestamp", "stageTimestamp"})
        if (r.time == 0 && !text(key).isEmpty()) r.time = parseMicros(text(key));
    r.file = file;
    r.text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    out.push_back(r);
}

// Every record of the given files and folders (audit files found under a folder as the loader
// looks for them), in reading order.
inline QList<RefRecord> referenceRecords(const QStringList& paths) {
    QList<RefRecord> out;
    for (const QString& p : paths) {
        const QStringList files = QFileInfo(p).isDir() ? ac::Loader::auditFilesIn(p) : QStringList{p};
        for (const QString& path : files)
            forEachJsonValue(path, [&](const QJsonValue& v) { collectRecords(v, path, out); });
    }
    return out;
}

// Log Service's `key: value` on one value, written apart from ac::TokenPattern on purpose: the
// value's tokens, split at , '";=()[]{}?@&<>/: and white space, compared in lower case.
inline QStringList tokensOf(const QString& value) {
    static const QRegularExpression delimiters(QStringLiteral("[,'\";=()\\[\\]{}?@&<>/:\\s]+"));
    return value.toLower().split(delimiters, Qt::SkipEmptyParts);
}
inline bool hasToken(const QString& value, const char* lowerWord) {
    return tokensOf(value).contains(QLatin1String(lowerWord));
}

// The ACK documentation's system components: nodes, service accounts and the control plane.
inline bool isSystemUser(const QString& user) {
    const QStringList tokens = tokensOf(user);
    for (const char* word : {"node", "serviceaccount", "apiserver", "kube-scheduler", "kube-controller-manager"})
        if (tokens.contains(QLatin1String(word))) return true;
    return false;
}

// The account behind a record: kubernetes-admin stands for the user its RBAC reason ends with.
inline QString refOperator(const RefRecord& r) {
    static const QString marker = QStringLiteral(" to User \"");
    const qsizetype at = r.reason.lastIndexOf(marker);
    if (r.user != QLatin1String("kubernetes-admin") || at < 0) return r.user;
    const qsizetype start = at + marker.size(), end = r.reason.indexOf(QLatin1Char('"'), start);
    return end > start ? r.reason.mid(start, end - start) : r.user;
}

// A response code against "403" or a class "4xx"; a record without a code matches none.
inline bool codeIs(int code, const QString& pattern) {
    if (code <= 0) return false;
    if (pattern.size() == 3 && pattern.endsWith(QLatin1String("xx"))) return code / 100 == pattern[0].digitValue();
    return code == pattern.toInt();
}

// The ACK report's operation of a verb: create, update, delete, access, or empty.
inline QString refOperation(const QString& verb) {
    auto any = [&verb](std::initializer_list<const char*> verbs) {
        return std::any_of(verbs.begin(), verbs.end(), [&verb](const char* v) { return verb == QLatin1String(v); });
    };
    if (any({"create"})) return QStringLiteral("create");
    if (any({"update", "patch"})) return QStringLiteral("update");
    if (any({"delete", "deletecollection"})) return QStringLiteral("delete");
    if (any({"get", "list", "watch"})) return QStringLiteral("access");
    return {};
}

// ac::Stage's numbering, the order the API server emits stages in; 0 for none.
inline int stageRank(const QString& stage) {
    static const QStringList order{QStringLiteral("RequestReceived"), QStringLiteral("ResponseStarted"),
                                   QStringLiteral("ResponseComplete"), QStringLiteral("Panic")};
    return int(order.indexOf(stage)) + 1;
}

// The records of some files by request (auditID), and the engine's counting rule over them.
struct RefSet {
    QList<RefRecord> records;
    std::map<QString, QList<qsizetype>> byRequest; // auditID → its records, in reading order

    // Requests with a record in `range` that matches, each once.
    QSet<QString> matching(const std::function<bool(const RefRecord&)>& p, const ac::TimeRange& range = {}) const {
        QSet<QString> ids;
        for (const RefRecord& r : records)
            if (r.time >= range.from && r.time < range.to && p(r)) ids.insert(r.auditId);
        return ids;
    }
    int64_t count(const std::function<bool(const RefRecord&)>& p, const ac::TimeRange& range = {}) const {
        return int64_t(matching(p, range).size());
    }
    // The record a request is shown by: its last stage.
    const RefRecord& last(const QString& auditId) const {
        const RefRecord* best = nullptr;
        for (qsizetype i : byRequest.at(auditId))
            if (!best || stageRank(records[i].stage) >= stageRank(best->stage)) best = &records[i];
        return *best;
    }
};

inline RefSet referenceSet(const QStringList& paths) {
    RefSet set;
    set.records = referenceRecords(paths);
    for (qsizetype i = 0; i < set.records.size(); ++i)
        set.byRequest[set.records[i].auditId] << i;
    return set;
}

// Whether one record matches, as a test expects it to; and a few such expectations.
using RefPred = std::function<bool(const RefRecord&)>;
inline RefPred everything() {
    return [](const RefRecord&) { return true; };
}
inline RefPred token(QString RefRecord::*field, const char* lowerWord) {
    return [=](const RefRecord& r) { return hasToken(r.*field, lowerWord); };
}
inline RefPred verbIn(std::initializer_list<const char*> verbs) {
    QStringList list;
    for (const char* v : verbs)
        list << QString::fromLatin1(v);
    return [list](const RefRecord& r) { return list.contains(r.verb); };
}
// Exactly this resource and subresource ("" for none).
inline RefPred on(const char* resource, const char* subresource = "") {
    return [=](const RefRecord& r) {
        return r.resource == QLatin1String(resource) && r.subresource == QLatin1String(subresource);
    };
}

// The nth line of a file, 1-based; empty past the end.
inline QByteArray lineOf(const QString& path, qint64 n) {
    QFile f(path);
    QByteArray line;
    if (f.open(QIODevice::ReadOnly))
        for (qint64 i = 0; i < n && !f.atEnd(); ++i)
            line = f.readLine();
    return line;
}

#ifdef AC_GEN
// Runs the project's generator (tests/bench/gen_audit.cpp): `events` lines of one week ending
// 2026-11-28T12:00:00Z, the same for the same seed.
inline bool generateAudit(int events, int seed, const QString& out) {
    QProcess gen;
    gen.start(QStringLiteral(AC_GEN), {QStringLiteral("--events"), QString::number(events), QStringLiteral("--seed"),
                                       QString::number(seed), QStringLiteral("--out"), out});
    return gen.waitForFinished(120000) && gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0;
}
#endif

// Checks of the ac::Backend contract (tst_backend), against a reference reading.

// Two answers to one query are the same.
inline bool sameTable(const ac::ResultTable& a, const ac::ResultTable& b) {
    auto same = [](const ac::ResultRow& x, const ac::ResultRow& y) {
        return x.keys == y.keys && x.bucket == y.bucket && x.value == y.value && x.requests == y.requests;
    };
    return a.keyFields == b.keyFields && a.bucketed == b.bucketed && a.totalRequests == b.totalRequests &&
           a.groups == b.groups && std::equal(a.rows.begin(), a.rows.end(), b.rows.begin(), b.rows.end(), same);
}

// Walks a sorted result forward in 7-row pages by `after`, then back from its last page by
// `before`; returns what went wrong, or nothing.
inline QString checkPaging(const ac::Backend& b, const ac::EventsQuery& q, const RefSet& ds,
                           const QSet<QString>& expected, size_t kLimit = 7) {
    const std::string_view sortName = ac::eventSortName(q.sort);
    const QString where = QString::fromUtf8(sortName.data(), qsizetype(sortName.size())) +
                          (q.descending ? QStringLiteral(" desc: ") : QStringLiteral(" asc: "));
    ac::EventsRequest req;
    req.query = q;
    req.limit = kLimit;
    std::vector<std::vector<ac::EventRow>> pages;
    for (;;) {
        const auto page = b.events(req);
        if (!page) return where + page.error().message;
        if (page->more && page->rows.size() != kLimit) return where + QStringLiteral("a page before the last is short");
        pages.push_back(page->rows);
        if (!page->more) break;
        req.after = ac::cursorOf(page->rows.back(), q.sort);
    }
    // Every matching request once, shown by its last stage, in the order of its cursor.
    QSet<QString> seen;
    const ac::EventRow* previous = nullptr;
    for (const auto& rows : pages)
        for (const ac::EventRow& row : rows) {
            const QString id = QString::fromStdString(row.auditId);
            if (!expected.contains(id) || seen.contains(id)) return where + id + QStringLiteral(" unexpected or twice");
            seen.insert(id);
            if (int(row.stage) != stageRank(ds.last(id).stage)) return where + id + QStringLiteral(" not last stage");
            if (previous) {
                const ac::EventCursor a = ac::cursorOf(*previous, q.sort), c = ac::cursorOf(row, q.sort);
                const bool ascending = std::tie(a.key, a.auditId) < std::tie(c.key, c.auditId);
                if (ascending == q.descending || a == c) return where + id + QStringLiteral(" out of order");
            }
            previous = &row;
        }
    if (seen.size() != expected.size())
        return where + QStringLiteral("%1 rows for %2 requests").arg(seen.size()).arg(expected.size());
    // Back from the last page by `before`: the same pages, with 'more' until the first.
    req.after.reset();
    for (size_t i = pages.size() - 1; i > 0; --i) {
        req.before = ac::cursorOf(pages[i].front(), q.sort);
        const auto page = b.events(req);
        if (!page) return where + page.error().message;
        bool same = page->rows.size() == pages[i - 1].size() && page->more == (i > 1);
        for (size_t k = 0; same && k < page->rows.size(); ++k)
            same = page->rows[k].auditId == pages[i - 1][k].auditId;
        if (!same) return where + QStringLiteral("paging back does not give page %1").arg(i - 1);
    }
    return {};
}

// The detail of request `id`: every stage in stage order with its own raw JSON and where it came
// from, and the stage its row shows; returns what went wrong, or nothing.
inline QString checkDetail(const ac::Backend& b, const RefSet& ds, const QString& id) {
    const QString where = id + QStringLiteral(": ");
    ac::EventsRequest req;
    req.query.filter = ac::Expr::exact(ac::Field::AuditId, id.toStdString());
    const auto page = b.events(req);
    if (!page) return where + page.error().message;
    if (page->rows.size() != 1) return where + QStringLiteral("%1 rows").arg(page->rows.size());
    const ac::EventRow& row = page->rows.front();
    const auto detail = b.detail(row.ref);
    if (!detail) return where + detail.error().message;

    QList<int> expected;
    QSet<QString> files;
    QSet<QByteArray> seen;
    for (qsizetype i : ds.byRequest.at(id)) {
        // ClickHouse keeps one row per record (its key includes a hash of the record's text): the
        // same record in two files, like a file ingested twice, is one record there by design.
        if (b.info().kind == QLatin1String("clickhouse")) {
            if (seen.contains(ds.records[i].text)) continue;
            seen.insert(ds.records[i].text);
        }
        expected << stageRank(ds.records[i].stage);
        files << QFileInfo(ds.records[i].file).fileName();
    }
    std::sort(expected.begin(), expected.end());
    QList<int> stages;
    for (const ac::EventStageDetail& s : detail->stages) {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(s.rawJson)).object();
        const int rank = stageRank(o.value(QStringLiteral("stage")).toString());
        if (s.unavailable || o.value(QStringLiteral("auditID")).toString() != id || rank != int(s.row.stage))
            return where + QStringLiteral("raw JSON of another event: ") + QString::fromStdString(s.rawJson);
        stages << rank;
        if (b.info().kind != QLatin1String("files")) continue;
        const QString file = QFileInfo(s.row.origin).fileName();
        if (!files.contains(file) || !s.provenance.contains(file) || !s.provenance.contains(QLatin1String("line")))
            return where + QStringLiteral("provenance \"%1\" names no file of the request").arg(s.provenance);
        // In a JSON-lines file the line named holds this very stage.
        const QJsonObject line = QJsonDocument::fromJson(lineOf(s.row.origin, s.row.originLine)).object();
        if (line.contains(QStringLiteral("auditID")) &&
            (line.value(QStringLiteral("auditID")).toString() != id ||
             stageRank(line.value(QStringLiteral("stage")).toString()) != rank))
            return where + QStringLiteral("line %1 of %2 holds another event").arg(s.row.originLine).arg(file);
    }
    if (stages != expected) return where + QStringLiteral("stages missing, or not in stage order");
    if (detail->shown >= detail->stages.size() || detail->stages[detail->shown].row.stage != row.stage ||
        int(row.stage) != expected.back())
        return where + QStringLiteral("'shown' is not the stage the row shows, the last");
    return {};
}

} // namespace testutil
