#pragma once

#include "audit/Loader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

namespace testutil {

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

inline QList<RefEvent> referenceEvents(const QString& dir) {
    QList<RefEvent> out;
    for (const QString& path : ac::Loader::auditFilesIn(dir)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        QByteArray all = f.readAll();
        if (all.startsWith("\xEF\xBB\xBF")) all.remove(0, 3);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(all, &err);
        if (err.error == QJsonParseError::NoError) {
            collectRef(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), out);
            continue;
        }
        for (const QByteArray& line : all.split('\n')) {
            const QJsonDocument d = QJsonDocument::fromJson(line);
            if (d.isObject()) collectRef(d.object(), out);
        }
    }
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

} // namespace testutil
