#pragma once

// A real ClickHouse server as the tests start it: clickhouse-server on 127.0.0.1 with three free
// ports (HTTP, native TCP, interserver), its config, users, data and logs all in its own temporary
// folder, so several can run side by side and none touches the machine's own server. Servers can
// be tied into a cluster "two_shards" so that a Distributed table spans them. The users are
// `default` (no password) and `auditor` (password s3cret). The config is the one ClickHouse 18.16
// (Debian's package) accepts, and current releases too.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace testutil {

class ClickHouseTestServer {
public:
    // Picks three distinct free ports on 127.0.0.1: all three listeners are held open until the last
    // is picked, then closed (another program may still take one before the server does: rare).
    ClickHouseTestServer() {
        QTcpServer http, tcp, interserver;
        if (http.listen(QHostAddress::LocalHost, 0)) m_httpPort = http.serverPort();
        if (tcp.listen(QHostAddress::LocalHost, 0)) m_tcpPort = tcp.serverPort();
        if (interserver.listen(QHostAddress::LocalHost, 0)) m_interserverPort = interserver.serverPort();
    }
    ClickHouseTestServer(const ClickHouseTestServer&) = delete;
    ClickHouseTestServer& operator=(const ClickHouseTestServer&) = delete;
    // Stops the server (SIGTERM, then SIGKILL after 10 s); the temporary folder goes with it.
    ~ClickHouseTestServer() { stop(); }

    // Writes config.xml and users.xml into its temporary folder and starts clickhouse-server with them,
    // then waits (90 s at most) until GET /ping answers "Ok.". `shards` are the TCP ports of the servers
    // of the cluster "two_shards" (one replica each, on 127.0.0.1; this server's own tcpPort() may be
    // one of them). The reason when it cannot, with the end of the server's error log and output.
    // Before start(): also serve HTTPS on a free port with a self-signed certificate made by
    // openssl for 127.0.0.1 (a client that verifies certificates must refuse it). The reason
    // when it cannot.
    QString enableHttps() {
        if (!m_dir.isValid()) return QStringLiteral("no temporary folder: ") + m_dir.errorString();
        QTcpServer https;
        if (!https.listen(QHostAddress::LocalHost, 0)) return QStringLiteral("no free port for HTTPS");
        m_httpsPort = https.serverPort();
        https.close();
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl could not make a certificate: ") + QString::fromUtf8(openssl.readAll());
        return {};
    }
    QString httpsUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_httpsPort); }

    QString start(const std::vector<quint16>& shards = {}) {
        if (m_process.state() != QProcess::NotRunning) return QStringLiteral("the ClickHouse test server is running");
        if (!m_httpPort || !m_tcpPort || !m_interserverPort)
            return QStringLiteral("no free port on 127.0.0.1 for the ClickHouse test server");
        const QString program = findServer();
        if (program.isEmpty())
            return QStringLiteral(
                "clickhouse-server is not installed (Debian package clickhouse-server; ./dev.sh test installs it)");
        if (!m_dir.isValid()) return QStringLiteral("no temporary folder: ") + m_dir.errorString();
        const QString dir = m_dir.path();
        for (const char* sub : {"data", "tmp", "user_files", "format_schemas", "log"})
            if (!QDir(dir).mkpath(QLatin1String(sub))) return QStringLiteral("cannot make %1/%2").arg(dir, QLatin1String(sub));
        QString error = write(dir + QStringLiteral("/users.xml"), usersXml());
        if (error.isEmpty()) error = write(configPath(), configXml(shards));
        if (!error.isEmpty()) return error;

        m_output.clear();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setWorkingDirectory(dir);
#ifdef Q_OS_LINUX
        // Should the test die without its destructor, the kernel ends the server too: no stray server
        // is left holding ports (the signal comes when the thread that started it ends).
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start(program, {QStringLiteral("--config-file=") + configPath()});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("%1 does not start: %2").arg(program, m_process.errorString());

        const QDeadlineTimer deadline(90000);
        for (;;) {
            readOutput();
            if (m_process.state() == QProcess::NotRunning) {
                return QStringLiteral("clickhouse-server exited (%1 %2) before answering /ping\n%3")
                    .arg(m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed, signal/code")
                                                                       : QStringLiteral("exit code"))
                    .arg(m_process.exitCode())
                    .arg(logTail());
            }
            QString pingError;
            const QByteArray body = request(QStringLiteral("GET"), url() + QStringLiteral("/ping"), {}, {}, {},
                                            2000, &pingError);
            if (pingError.isEmpty() && body.trimmed() == "Ok.") return {};
            if (deadline.hasExpired()) {
                const QString tail = logTail();
                stop();
                return QStringLiteral("clickhouse-server did not answer /ping on %1 within 90 s (last: %2)\n%3")
                    .arg(url(), pingError.isEmpty() ? QString::fromUtf8(body.left(200)) : pingError, tail);
            }
            m_process.waitForFinished(250); // a sleep that ends early when the server exits
            QThread::msleep(50);
        }
    }

    quint16 httpPort() const { return m_httpPort; }
    quint16 tcpPort() const { return m_tcpPort; }
    quint16 interserverPort() const { return m_interserverPort; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort); }
    QString dir() const { return m_dir.path(); }
    static QString user() { return QStringLiteral("auditor"); }
    static QString password() { return QStringLiteral("s3cret"); }

    // Runs one SQL statement over the HTTP interface as `default` (no password): the body of the answer,
    // or an empty one with *error set to "HTTP <status>: <body>" or the network error (60 s at most).
    QByteArray query(const QString& sql, QString* error = nullptr) const {
        QString e;
        const QByteArray body =
            request(QStringLiteral("POST"), url() + QStringLiteral("/"), sql.toUtf8(), {}, {}, 60000, &e);
        if (error) *error = e;
        return e.isEmpty() ? body : QByteArray();
    }

    // SELECT version(): "18.16.1" with Debian's package; empty when the server does not answer.
    QString version() const { return QString::fromUtf8(query(QStringLiteral("SELECT version()")).trimmed()); }

    // The end of what the server wrote: its error log and its stdout/stderr, 40 lines each at most.
    QString logTail() const {
        const_cast<ClickHouseTestServer*>(this)->readOutput();
        QString out;
        QFile err(m_dir.path() + QStringLiteral("/log/clickhouse-server.err.log"));
        if (err.open(QIODevice::ReadOnly)) {
            const QString t = lastLines(err.readAll(), 40);
            if (!t.isEmpty()) out += QStringLiteral("--- error log:\n") + t;
        }
        const QString t = lastLines(m_output, 40);
        if (!t.isEmpty()) out += QStringLiteral("--- output:\n") + t;
        return out;
    }

    // The HTTP request that query() and the /ping wait make; `user` and `password` go in
    // X-ClickHouse-User / X-ClickHouse-Key when set. Needs a QCoreApplication (the tests have one).
    static QByteArray request(const QString& verb, const QString& url, const QByteArray& body, const QString& user,
                              const QString& password, int timeoutMs, QString* error) {
        QNetworkAccessManager nam;
        QNetworkRequest r{QUrl(url)};
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain; charset=utf-8"));
        if (!user.isEmpty()) r.setRawHeader("X-ClickHouse-User", user.toUtf8());
        if (!password.isEmpty()) r.setRawHeader("X-ClickHouse-Key", password.toUtf8());
        QNetworkReply* reply =
            verb == QLatin1String("POST") ? nam.post(r, body) : nam.sendCustomRequest(r, verb.toLatin1(), body);
        QEventLoop loop;
        bool timedOut = false;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        if (!reply->isFinished()) loop.exec();
        QByteArray out;
        if (timedOut && !reply->isFinished()) {
            reply->abort();
            if (error) *error = QStringLiteral("no answer from %1 within %2 ms").arg(url).arg(timeoutMs);
        } else {
            out = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                if (error) *error = reply->errorString();
            } else if (status != 200) {
                if (error) *error = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(out).trimmed());
            } else if (error) {
                error->clear();
            }
        }
        delete reply;
        return out;
    }

private:
    QString configPath() const { return m_dir.path() + QStringLiteral("/config.xml"); }

    static QString findServer() {
        QStringList candidates{QStandardPaths::findExecutable(QStringLiteral("clickhouse-server")),
                               QStandardPaths::findExecutable(QStringLiteral("clickhouse-server"),
                                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})};
        for (const QString& c : candidates)
            if (!c.isEmpty()) return c;
        return {};
    }

    static QString write(const QString& path, const QString& text) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return QStringLiteral("cannot write ") + path;
        f.write(text.toUtf8());
        return f.error() == QFileDevice::NoError ? QString() : QStringLiteral("cannot write ") + path;
    }

    static QString lastLines(const QByteArray& text, int n) {
        QList<QByteArray> lines = text.trimmed().split('\n');
        if (lines.size() == 1 && lines.front().isEmpty()) return {};
        if (lines.size() > n) lines = lines.mid(lines.size() - n);
        return QString::fromUtf8(lines.join('\n')) + QLatin1Char('\n');
    }

    void readOutput() {
        m_output += m_process.readAll();
        if (m_output.size() > 256 * 1024) m_output = m_output.right(128 * 1024);
    }

    void stop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
        readOutput();
    }

    QString configXml(const std::vector<quint16>& shards) const {
        const QString d = m_dir.path().toHtmlEscaped();
        QString cluster;
        if (!shards.empty()) {
            cluster = QStringLiteral("    <remote_servers>\n        <two_shards>\n");
            for (quint16 port : shards)
                cluster += QStringLiteral("            <shard><replica><host>127.0.0.1</host><port>%1</port>"
                                          "</replica></shard>\n")
                               .arg(port);
            cluster += QStringLiteral("        </two_shards>\n    </remote_servers>\n");
        }
        if (m_httpsPort)
            cluster += QStringLiteral("    <https_port>%1</https_port>\n    <openSSL><server>"
                                      "<certificateFile>%2/cert.pem</certificateFile>"
                                      "<privateKeyFile>%2/key.pem</privateKeyFile>"
                                      "<verificationMode>none</verificationMode>"
                                      "<disableProtocols>sslv2,sslv3</disableProtocols>"
                                      "</server></openSSL>\n")
                           .arg(m_httpsPort)
                           .arg(d);
        return QStringLiteral(R"(<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>%1/log/clickhouse-server.log</log>
        <errorlog>%1/log/clickhouse-server.err.log</errorlog>
        <size>100M</size>
        <count>2</count>
        <console>0</console>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>%2</http_port>
    <tcp_port>%3</tcp_port>
    <interserver_http_port>%4</interserver_http_port>
    <interserver_http_host>127.0.0.1</interserver_http_host>
    <path>%1/data/</path>
    <tmp_path>%1/tmp/</tmp_path>
    <user_files_path>%1/user_files/</user_files_path>
    <format_schema_path>%1/format_schemas/</format_schema_path>
    <users_config>%1/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <max_concurrent_queries>100</max_concurrent_queries>
    <mark_cache_size>268435456</mark_cache_size>
%5</yandex>
)")
            .arg(d)
            .arg(m_httpPort)
            .arg(m_tcpPort)
            .arg(m_interserverPort)
            .arg(cluster);
    }

    static QString usersXml() {
        const QString entry = QStringLiteral(R"(        <%1>
            <password>%2</password>
            <networks>
                <ip>127.0.0.1</ip>
                <ip>::1</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
        </%1>
)");
        return QStringLiteral(R"(<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>8000000000</max_memory_usage>
        </default>
    </profiles>
    <users>
%1%2    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
)")
            .arg(entry.arg(QStringLiteral("default"), QString()),
                 entry.arg(user(), password().toHtmlEscaped()));
    }

    // The temporary folder outlives the process (members go in reverse order), so the server
    // never runs in a removed folder.
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/clickhouse-test-XXXXXX")};
    QProcess m_process;
    QByteArray m_output;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0; // 0: no HTTPS
    quint16 m_tcpPort = 0;
    quint16 m_interserverPort = 0;
};

} // namespace testutil
