#pragma once

// The Log Service test server (tests/sls/sls_server.py) as the tests start it: a real HTTP server
// on 127.0.0.1 with a free port, over a file of audit events, that checks every request's
// signature and runs the search statement and SQL the console sends.
#include "backends/Source.h"
#include "pyserver.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace testutil {

class SlsTestServer {
public:
    static constexpr const char* kKeyId = "LTAI5tTestKeyIdAbcd";
    static constexpr const char* kSecret = "test-secret-Zx9+/=";
    static constexpr const char* kToken = "CAIS-test-sts-token";

    SlsTestServer() = default;
    SlsTestServer(const SlsTestServer&) = delete;
    SlsTestServer& operator=(const SlsTestServer&) = delete;
    ~SlsTestServer() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    // Starts the server over `events` (JSON lines, or gzip of them); the reason when it cannot.
    QString start(const QString& events, bool withToken = true) {
        QStringList args{QStringLiteral(AC_SOURCE_DIR "/tests/sls/sls_server.py"),
                         QStringLiteral("--data"),
                         events,
                         QStringLiteral("--access-key-id"),
                         QLatin1String(kKeyId),
                         QStringLiteral("--access-key-secret"),
                         QLatin1String(kSecret),
                         QStringLiteral("--project"),
                         project(),
                         QStringLiteral("--logstore"),
                         logstore(),
                         QStringLiteral("--port"),
                         QStringLiteral("0"),
                         // Our end of its stdin closes when this test ends, however it ends.
                         QStringLiteral("--exit-on-stdin-eof")};
        if (withToken) args << QStringLiteral("--security-token") << QLatin1String(kToken);
        m_withToken = withToken;
        return startPortServer(m_process, args, 180000, QStringLiteral("the Log Service test server"), &m_port);
    }

    static QString project() { return QStringLiteral("k8s-log-ctest"); }
    static QString logstore() { return QStringLiteral("audit-ctest"); }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }

    ac::Source source() const {
        ac::Source s;
        s.kind = ac::Source::Kind::LogService;
        s.sls = {endpoint(), project(), logstore()};
        s.credentials.accessKeyId = QLatin1String(kKeyId);
        s.credentials.accessKeySecret = QLatin1String(kSecret);
        if (m_withToken) s.credentials.securityToken = QLatin1String(kToken);
        return s;
    }

    // The unsigned control endpoints of the test server: faults to inject, request counts.
    QJsonObject post(const QString& path, const QJsonObject& body) const { return call(path, body, true); }
    QJsonObject get(const QString& path) const { return call(path, {}, false); }
    bool inject(const QJsonArray& faults) const {
        return post(QStringLiteral("/__control"), QJsonObject{{QStringLiteral("faults"), faults}})
            .value(QStringLiteral("ok"))
            .toBool();
    }
    qint64 requests() const { return get(QStringLiteral("/__stats")).value(QStringLiteral("requests")).toInteger(); }

private:
    QJsonObject call(const QString& path, const QJsonObject& body, bool isPost) const {
        QNetworkAccessManager nam;
        QNetworkRequest r(QUrl(endpoint() + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply =
            isPost ? nam.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)) : nam.get(r);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

    QProcess m_process;
    int m_port = 0;
    bool m_withToken = true;
};

} // namespace testutil
