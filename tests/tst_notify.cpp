// Alert notifications: DingTalk's signature against a vector computed with openssl, the signed
// URL, the markdown and webhook bodies, and delivery to tests/notify/receiver.py (a DingTalk robot
// that checks the signature as DingTalk does, and a webhook), started on 127.0.0.1 by the test:
// retries, rate limits, refusals, timeouts, batching, the blocking delivery of the command line.
#include "alerts/Notifier.h"
#include "pyserver.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <set>

using namespace ac;

namespace {

constexpr const char* kSecret = "SEC8f3a+/test=secret";
constexpr const char* kAccessToken = "test-access-token";
constexpr const char* kBearer = "hook-bearer-token-42";

// tests/notify/receiver.py as slsserver.h starts the Log Service server: a free port, its first
// line "PORT <n>", stopped when this object goes (or with our end of its stdin when the test dies).
class Receiver {
public:
    Receiver() = default;
    Receiver(const Receiver&) = delete;
    Receiver& operator=(const Receiver&) = delete;
    ~Receiver() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    // Empty, or why it does not run.
    QString start(const QStringList& options = {}) {
        if (!m_dir.isValid()) return QStringLiteral("no temporary folder");
        m_log = m_dir.filePath(QStringLiteral("requests.jsonl"));
        QStringList args{QStringLiteral(AC_SOURCE_DIR "/tests/notify/receiver.py"),
                         QStringLiteral("--log"),
                         m_log,
                         QStringLiteral("--access-token"),
                         QLatin1String(kAccessToken),
                         QStringLiteral("--exit-on-stdin-eof")};
        args << options;
        return testutil::startPortServer(m_process, args, 30000, QStringLiteral("the receiver"), &m_port);
    }

    QUrl robotUrl() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/robot/send?access_token=%2")
                        .arg(m_port)
                        .arg(QLatin1String(kAccessToken)));
    }
    QUrl hookUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port)); }

    // What arrived, in order: path, query, rawQuery, headers (lower-case names), body.
    QList<QJsonObject> requests() const {
        QList<QJsonObject> out;
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly)) return out;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines)
            if (!line.trimmed().isEmpty()) out << QJsonDocument::fromJson(line).object();
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_log;
    QProcess m_process;
    int m_port = 0;
};

Finding finding(int i, Severity severity) {
    Finding f;
    f.ruleId = "rule-" + std::to_string(i);
    f.ruleTitle = QStringLiteral("Rule title %1").arg(i);
    f.severity = severity;
    f.time = (int64_t(1764331157) + i) * 1000000; // 2025-11-28 11:59:17 UTC, plus i seconds
    f.windowEnd = f.time;
    f.operatorName = "alice-" + std::to_string(i);
    f.verb = "create";
    f.ns = "default";
    f.resource = "pods";
    f.subresource = "exec";
    f.name = "web-" + std::to_string(i);
    f.sourceIp = "203.0.113." + std::to_string(10 + i);
    f.count = i + 1;
    f.message = QStringLiteral("alice-%1 ran sh in web-%1").arg(i);
    f.details = {{"command", "sh -c id"}, {"container", "app"}};
    f.key = f.ruleId + "/" + std::to_string(i);
    return f;
}

// Runs `send` and the event loop until the notifier is idle; what it delivered, in order.
std::vector<Delivery> run(Notifier& notifier, const std::function<void()>& send, int timeoutMs = 60000) {
    std::vector<Delivery> out;
    QObject context;
    QObject::connect(&notifier, &Notifier::delivered, &context, [&out](const Delivery& d) { out.push_back(d); });
    QSignalSpy idle(&notifier, &Notifier::idle);
    send();
    if (idle.isEmpty()) idle.wait(timeoutMs);
    return out;
}

QString markdownText(const QJsonObject& request) {
    return request.value(QStringLiteral("body"))
        .toObject()
        .value(QStringLiteral("markdown"))
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

} // namespace

#define START(receiver, ...)                                                                                           \
    do {                                                                                                               \
        const QString startError = (receiver).start(__VA_ARGS__);                                                      \
        QVERIFY2(startError.isEmpty(), qPrintable(startError));                                                        \
    } while (false)

class TstNotify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signatureVector() {
        // Computed with openssl, independently of Qt:
        //   printf '%s\n%s' 1764331157004 'SEC8f3a+/test=secret' |
        //     openssl dgst -sha256 -hmac 'SEC8f3a+/test=secret' -binary | base64
        // gives J1IH+HlmhRlEn4msA1fMqCMMl/pu2e+Qo71b7GCCIM0= ; then percent-encoded as Python's
        // urllib.parse.quote_plus does (checked with it): + / = escaped.
        QCOMPARE(dingTalkSignature(1764331157004, QLatin1String(kSecret)),
                 QByteArray("J1IH%2BHlmhRlEn4msA1fMqCMMl%2Fpu2e%2BQo71b7GCCIM0%3D"));
    }

    void signedUrl() {
        const QUrl hook(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=abc123def"));
        const QUrl url = dingTalkSignedUrl(hook, QLatin1String(kSecret), 1764331157004);
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("oapi.dingtalk.com"));
        QCOMPARE(url.path(), QStringLiteral("/robot/send"));
        const QStringList pairs = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs.at(0), QStringLiteral("access_token=abc123def"));
        QCOMPARE(pairs.at(1), QStringLiteral("timestamp=1764331157004"));
        QVERIFY(pairs.at(2).startsWith(QStringLiteral("sign=")));
        const QByteArray sign = pairs.at(2).mid(5).toLatin1();
        QVERIFY2(!sign.contains('+'), sign.constData()); // a bare '+' arrives as a space
        QCOMPARE(QByteArray::fromPercentEncoding(sign), QByteArray("J1IH+HlmhRlEn4msA1fMqCMMl/pu2e+Qo71b7GCCIM0="));
        QVERIFY(url.toEncoded().contains("&sign=J1IH%2BHlmh"));
        // No secret: the robot does not sign, the URL stays as it is.
        QCOMPARE(dingTalkSignedUrl(hook, QString(), 1764331157004), hook);
    }

    void markdownBody() {
        const std::vector<Finding> findings{finding(0, Severity::Low), finding(1, Severity::Critical),
                                            finding(2, Severity::Medium), finding(3, Severity::High),
                                            finding(4, Severity::Report)};
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(dingTalkMarkdownBody(findings, QStringLiteral("en"), 3), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("msgtype")).toString(), QStringLiteral("markdown"));
        const QJsonObject md = doc.object().value(QStringLiteral("markdown")).toObject();
        const QString title = md.value(QStringLiteral("title")).toString();
        const QString text = md.value(QStringLiteral("text")).toString();
        QVERIFY2(title.contains(QStringLiteral("5 findings")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("critical")), qPrintable(title));
        QVERIFY2(text.startsWith(QString(QStringLiteral("### ") + title)), qPrintable(text));
        // The three most severe, most severe first; the other two counted.
        const qsizetype critical = text.indexOf(QStringLiteral("Rule title 1"));
        const qsizetype high = text.indexOf(QStringLiteral("Rule title 3"));
        const qsizetype medium = text.indexOf(QStringLiteral("Rule title 2"));
        QVERIFY2(critical > 0 && critical < high && high < medium, qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Rule title 0")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Rule title 4")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("and 2 more")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("\n- ")), 3);
        // One item in full: time (UTC), severity, operator, object, source IP, requests, message.
        const QString item = text.section(QLatin1Char('\n'), 2, 2);
        QVERIFY2(item.startsWith(QStringLiteral("- ")), qPrintable(text));
        for (const char* part : {"2025-11-28 11:59:18 UTC", "critical", "Rule title 1", "alice-1", "default/pods/web-1",
                                 "203.0.113.11", "2 requests", "alice-1 ran sh in web-1"})
            QVERIFY2(item.contains(QLatin1String(part)),
                     qPrintable(QString(QLatin1String(part) + QStringLiteral(" in ") + item)));

        // All listed: no "more" line; one finding is not "1 findings".
        const QJsonDocument all = QJsonDocument::fromJson(dingTalkMarkdownBody(findings, QStringLiteral("en")));
        const QString allText =
            all.object().value(QStringLiteral("markdown")).toObject().value(QStringLiteral("text")).toString();
        QCOMPARE(allText.count(QStringLiteral("\n- ")), 5);
        QVERIFY2(!allText.contains(QStringLiteral("more")), qPrintable(allText));
        const QJsonDocument one = QJsonDocument::fromJson(dingTalkMarkdownBody({finding(7, Severity::High)}, {}));
        const QString oneTitle =
            one.object().value(QStringLiteral("markdown")).toObject().value(QStringLiteral("title")).toString();
        QVERIFY2(oneTitle.contains(QStringLiteral("1 finding")) && !oneTitle.contains(QStringLiteral("findings")),
                 qPrintable(oneTitle));
    }

    void webhookJson() {
        const std::vector<Finding> findings{finding(0, Severity::High), finding(1, Severity::Low)};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(webhookBody(findings), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("source")).toString(), QStringLiteral("audit-console"));
        const QJsonArray array = doc.object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        for (const char* key :
             {"rule", "severity", "time", "operator", "namespace", "resource", "name", "sourceIP", "count", "details"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("web-0"));
        QCOMPARE(first.value(QStringLiteral("sourceIP")).toString(), QStringLiteral("203.0.113.10"));
        QCOMPARE(first.value(QStringLiteral("namespace")).toString(), QStringLiteral("default"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("count")).toInteger(), qint64(2));
    }

    void deliverSigned() {
        Receiver rx;
        START(rx, {QStringLiteral("--secret"), QLatin1String(kSecret)});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QLatin1String(kSecret)});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QCOMPARE(out[0].channel, Delivery::Channel::DingTalk);
        QCOMPARE(out[0].attempts, 1);
        const QList<QJsonObject> requests = rx.requests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject r = requests.at(0);
        QCOMPARE(r.value(QStringLiteral("path")).toString(), QStringLiteral("/robot/send"));
        const QJsonObject query = r.value(QStringLiteral("query")).toObject();
        QCOMPARE(query.value(QStringLiteral("access_token")).toString(), QLatin1String(kAccessToken));
        QVERIFY(!query.value(QStringLiteral("timestamp")).toString().isEmpty());
        QVERIFY(!query.value(QStringLiteral("sign")).toString().isEmpty());
        QCOMPARE(r.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-type")).toString(),
                 QStringLiteral("application/json; charset=utf-8"));
        QVERIFY(markdownText(r).contains(QStringLiteral("Rule title 0")));
        QVERIFY(!n.isBusy());
    }

    void wrongSecret() {
        Receiver rx;
        START(rx, {QStringLiteral("--secret"), QLatin1String(kSecret)});
        const QString wrong = QStringLiteral("SECwrong-secret-0123456789");
        Notifier n;
        n.setDingTalk({rx.robotUrl(), wrong});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].ok);
        QCOMPARE(out[0].attempts, 1); // a refused signature does not get better
        QVERIFY2(out[0].message.contains(QStringLiteral("sign not match")), qPrintable(out[0].message));
        QVERIFY2(out[0].message.contains(QStringLiteral("310000")), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(wrong), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(QLatin1String(kSecret)), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(QLatin1String(kAccessToken)), qPrintable(out[0].message));
        QCOMPARE(rx.requests().size(), 1);
    }

    void retriesServerErrors() {
        Receiver rx;
        START(rx, {QStringLiteral("--secret"), QLatin1String(kSecret), QStringLiteral("--fail"), QStringLiteral("2")});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QLatin1String(kSecret)});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QCOMPARE(out[0].attempts, 3);
        QCOMPARE(rx.requests().size(), 3);
    }

    void forbiddenIsNotRetried() {
        Receiver rx;
        START(rx, {QStringLiteral("--status"), QStringLiteral("403")});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QString()});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].ok);
        QCOMPARE(out[0].attempts, 1);
        QVERIFY2(out[0].message.contains(QStringLiteral("403")), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(QLatin1String(kAccessToken)), qPrintable(out[0].message));
        QCOMPARE(rx.requests().size(), 1);
    }

    void rateLimitIsRetried() {
        Receiver rx;
        START(rx, {QStringLiteral("--ratelimit"), QStringLiteral("1")});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QString()});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QCOMPARE(out[0].attempts, 2);
        QCOMPARE(rx.requests().size(), 2);
    }

    void webhookBearer() {
        Receiver rx;
        START(rx, {QStringLiteral("--token"), QLatin1String(kBearer)});
        Notifier n;
        n.setWebhook({rx.hookUrl(), QLatin1String(kBearer)});
        n.setRetryDelays({10, 10});
        std::vector<Delivery> out = run(n, [&n] {
            n.notify({finding(0, Severity::High), finding(1, Severity::Medium)});
        });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QCOMPARE(out[0].channel, Delivery::Channel::Webhook);
        QCOMPARE(out[0].attempts, 1);
        QList<QJsonObject> requests = rx.requests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject headers = requests.at(0).value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(),
                 QString(QStringLiteral("Bearer ") + QLatin1String(kBearer)));
        QCOMPARE(headers.value(QStringLiteral("content-type")).toString(),
                 QStringLiteral("application/json; charset=utf-8"));
        const QJsonObject body = requests.at(0).value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("source")).toString(), QStringLiteral("audit-console"));
        QCOMPARE(body.value(QStringLiteral("findings")).toArray().size(), 2);

        // A wrong token: refused (401), not retried, and not repeated in the message.
        const QString wrong = QStringLiteral("wrong-bearer-token-99");
        n.setWebhook({rx.hookUrl(), wrong});
        out = run(n, [&n] { n.notify({finding(2, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].ok);
        QCOMPARE(out[0].attempts, 1);
        QVERIFY2(out[0].message.contains(QStringLiteral("401")), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(wrong), qPrintable(out[0].message));
        QCOMPARE(rx.requests().size(), 2);
    }

    void timeout() {
        Receiver rx;
        START(rx, {QStringLiteral("--delay"), QStringLiteral("3")});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QLatin1String(kSecret)});
        n.setRetryDelays({10, 10});
        n.setTimeoutMs(500);
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].ok);
        QCOMPARE(out[0].attempts, 3);
        QVERIFY2(out[0].message.contains(QStringLiteral("timed out")), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(QLatin1String(kAccessToken)), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(QLatin1String(kSecret)), qPrintable(out[0].message));
    }

    void unreachable() {
        // A port nothing listens on: taken, then given back.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Notifier n;
        n.setDingTalk({QUrl(QStringLiteral("http://127.0.0.1:%1/robot/send?access_token=%2")
                                .arg(port)
                                .arg(QLatin1String(kAccessToken))),
                       QLatin1String(kSecret)});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] { n.notify({finding(0, Severity::High)}); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].ok);
        QCOMPARE(out[0].attempts, 3); // refused connections are retried
        QVERIFY2(!out[0].message.contains(QLatin1String(kAccessToken)), qPrintable(out[0].message));
        QVERIFY2(!out[0].message.contains(QStringLiteral("sign=")), qPrintable(out[0].message));
    }

    void batching() {
        Receiver rx;
        START(rx, {});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QString()});
        n.setWebhook({rx.hookUrl(), QString()});
        n.setRetryDelays({10, 10});
        const std::vector<Delivery> out = run(n, [&n] {
            n.notify({finding(0, Severity::High)});
            n.notify({finding(1, Severity::Medium)});
            n.notify({finding(2, Severity::Low)});
        });
        for (const Delivery& d : out)
            QVERIFY2(d.ok, qPrintable(d.message));
        QVERIFY(!n.isBusy());

        QString texts;
        std::multiset<QString> names;
        int robot = 0, hook = 0;
        const QList<QJsonObject> requests = rx.requests();
        for (const QJsonObject& r : requests) {
            if (r.value(QStringLiteral("path")).toString() == QStringLiteral("/robot/send")) {
                ++robot;
                texts += markdownText(r);
            } else {
                ++hook;
                const QJsonArray array =
                    r.value(QStringLiteral("body")).toObject().value(QStringLiteral("findings")).toArray();
                for (const QJsonValue& v : array)
                    names.insert(v.toObject().value(QStringLiteral("name")).toString());
            }
        }
        QCOMPARE(out.size(), size_t(robot + hook));
        QVERIFY2(robot >= 1 && robot < 3, qPrintable(QString::number(robot)));
        QVERIFY2(hook >= 1 && hook < 3, qPrintable(QString::number(hook)));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(texts.contains(QStringLiteral("Rule title %1").arg(i)), qPrintable(texts));
        QCOMPARE(names,
                 (std::multiset<QString>{QStringLiteral("web-0"), QStringLiteral("web-1"), QStringLiteral("web-2")}));
    }

    void deliverNowBoth() {
        Receiver rx;
        START(rx,
              {QStringLiteral("--secret"), QLatin1String(kSecret), QStringLiteral("--token"), QLatin1String(kBearer)});
        const std::vector<Delivery> out = Notifier::deliverNow(
            {finding(0, Severity::Critical), finding(1, Severity::High)}, {rx.robotUrl(), QLatin1String(kSecret)},
            {rx.hookUrl(), QLatin1String(kBearer)}, QStringLiteral("en"), {10, 10}, 5000);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[0].channel, Delivery::Channel::DingTalk);
        QCOMPARE(out[1].channel, Delivery::Channel::Webhook);
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QVERIFY2(out[1].ok, qPrintable(out[1].message));
        QCOMPARE(rx.requests().size(), 2);

        // Only the channels set; nothing to send, nothing sent.
        const std::vector<Delivery> hookOnly =
            Notifier::deliverNow({finding(2, Severity::Low)}, {}, {rx.hookUrl(), QLatin1String(kBearer)},
                                 QStringLiteral("en"), {10, 10}, 5000);
        QCOMPARE(hookOnly.size(), size_t(1));
        QCOMPARE(hookOnly[0].channel, Delivery::Channel::Webhook);
        QVERIFY(Notifier::deliverNow({}, {rx.robotUrl(), QLatin1String(kSecret)}, {}, QStringLiteral("en")).empty());
        QCOMPARE(rx.requests().size(), 3);
    }

    void sendTest() {
        Receiver rx;
        START(rx, {QStringLiteral("--secret"), QLatin1String(kSecret)});
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QLatin1String(kSecret)});
        n.setWebhook({rx.hookUrl(), QString()});
        n.setRetryDelays({10, 10});
        std::vector<Delivery> out = run(n, [&n] { n.sendTest(Delivery::Channel::DingTalk); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QCOMPARE(out[0].channel, Delivery::Channel::DingTalk);
        out = run(n, [&n] { n.sendTest(Delivery::Channel::Webhook); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY2(out[0].ok, qPrintable(out[0].message));
        QCOMPARE(out[0].channel, Delivery::Channel::Webhook);
        const QList<QJsonObject> requests = rx.requests();
        QCOMPARE(requests.size(), 2);
        const QString title = requests.at(0)
                                  .value(QStringLiteral("body"))
                                  .toObject()
                                  .value(QStringLiteral("markdown"))
                                  .toObject()
                                  .value(QStringLiteral("title"))
                                  .toString();
        QVERIFY2(title.contains(QStringLiteral("test notification")), qPrintable(title));
        QCOMPARE(requests.at(1).value(QStringLiteral("body")).toObject().value(QStringLiteral("test")).toBool(), true);

        // A channel that is not set answers, without a request.
        Notifier unset;
        out = run(unset, [&unset] { unset.sendTest(Delivery::Channel::Webhook); });
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!out[0].ok);
        QCOMPARE(out[0].attempts, 0);
        QCOMPARE(rx.requests().size(), 2);
    }

    // Past the robot's limit a message waits for the oldest of the window to age out.
    void robotRateLimitWaits() {
        Receiver rx;
        START(rx);
        Notifier n;
        n.setDingTalk({rx.robotUrl(), QString()});
        n.setDingTalkRateLimit(2, 1500);
        QElapsedTimer clock;
        clock.start();
        qint64 third = 0;
        for (int i = 0; i < 3; ++i) {
            const std::vector<Delivery> out = run(n, [&n, i] { n.notify({finding(i, Severity::High)}); });
            QCOMPARE(out.size(), size_t(1));
            QVERIFY2(out[0].ok, qPrintable(out[0].message));
            third = clock.elapsed();
        }
        QVERIFY2(third >= 1500, qPrintable(QString::number(third)));
        QCOMPARE(rx.requests().size(), 3);
    }

    // `audit-console alerts --dingtalk URL --webhook URL`: the findings reach both, the robot's
    // signature made with the secret from the environment, the webhook with the bearer token.
    void commandLine() {
        Receiver rx;
        START(rx,
              {QStringLiteral("--secret"), QLatin1String(kSecret), QStringLiteral("--token"), QLatin1String(kBearer)});
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("a.log"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            testutil::execSessionLines(1, QStringLiteral("2026-11-20T10:00:00.000000Z"), QStringLiteral("mallory")));
        f.close();
        auto cli = [&](const QString& secret, QByteArray* err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("AUDIT_CONSOLE_DINGTALK_SECRET"), secret);
            env.insert(QStringLiteral("AUDIT_CONSOLE_WEBHOOK_TOKEN"), QLatin1String(kBearer));
            env.insert(QStringLiteral("AUDIT_CONSOLE_RULES"), dir.filePath(QStringLiteral("none")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AC_CLI_HEADLESS),
                    {QStringLiteral("alerts"), QStringLiteral("--rule"), QStringLiteral("ack-exec"),
                     QStringLiteral("--dingtalk"), rx.robotUrl().toString(), QStringLiteral("--webhook"),
                     rx.hookUrl().toString(), log});
            if (!p.waitForFinished(120000)) return -1;
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray err;
        QCOMPARE(cli(QLatin1String(kSecret), &err), 1); // a finding, delivered
        QVERIFY2(!err.contains("notification failed"), err.constData());
        const QList<QJsonObject> requests = rx.requests();
        QCOMPARE(requests.size(), 2);
        QStringList paths;
        for (const QJsonObject& r : requests)
            paths << r.value(QStringLiteral("path")).toString();
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("/hook"), QStringLiteral("/robot/send")}));
        for (const QJsonObject& r : requests) {
            if (r.value(QStringLiteral("path")).toString() == QLatin1String("/hook"))
                QVERIFY(r.value(QStringLiteral("body")).toObject().value(QStringLiteral("findings")).toArray().size() ==
                        1);
            else
                QVERIFY(markdownText(r).contains(QStringLiteral("mallory")));
        }
        // A wrong secret: the robot refuses and the command names the channel, never the secret.
        QCOMPARE(cli(QStringLiteral("SECwrong"), &err), 1);
        QVERIFY2(err.contains("DingTalk notification failed"), err.constData());
        QVERIFY(!err.contains("SECwrong"));
    }
};

QTEST_GUILESS_MAIN(TstNotify)
#include "tst_notify.moc"
