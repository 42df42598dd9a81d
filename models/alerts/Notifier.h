#pragma once

#include "Alerts.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <deque>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace ac {

// Where findings are sent. Secrets (the DingTalk `SEC…` secret, a webhook's bearer token) are
// held here in memory only; the window keeps them in the system keychain.
struct DingTalkChannel {
    QUrl webhook;   // https://oapi.dingtalk.com/robot/send?access_token=…
    QString secret; // the robot's "加签" secret; empty: the robot has no signing
    bool isValid() const { return webhook.isValid() && !webhook.isEmpty(); }
};
struct WebhookChannel {
    QUrl url;
    QString bearerToken; // empty: no Authorization header
    bool isValid() const { return url.isValid() && !url.isEmpty(); }
};

// DingTalk's signature: Base64(HMAC-SHA256(key = secret, message = "<ms>\n<secret>")),
// percent-encoded as the query value (`+`, `/`, `=` escaped).
QByteArray dingTalkSignature(qint64 timestampMs, const QString& secret);
// The webhook URL with `&timestamp=<ms>&sign=<signature>` appended (as is when no secret).
QUrl dingTalkSignedUrl(const QUrl& webhook, const QString& secret, qint64 timestampMs);
// {"msgtype":"markdown","markdown":{"title","text"}}: one message summing up the findings
// (a robot takes 20 messages a minute), the `maxListed` most severe listed, the rest counted.
// Words through tr() (the installed translation); `language` picks the number format.
QByteArray dingTalkMarkdownBody(const std::vector<Finding>& findings, const QString& language, int maxListed = 20);
// {"source":"audit-console","findings":[…]}, each finding as in findingsToJson.
QByteArray webhookBody(const std::vector<Finding>& findings);

// The outcome of one delivery, after its retries.
struct Delivery {
    enum class Channel : uint8_t { DingTalk, Webhook };
    Channel channel = Channel::DingTalk;
    bool ok = false;
    int attempts = 0;
    QString message; // "delivered", or why not: the HTTP status and the server's errmsg
};

// Sends findings to the channels set, asynchronously, each with retries (3 attempts, 1 s then
// 4 s apart; a 4xx other than 429 is not retried; DingTalk's errcode != 0 is a failure and is
// retried when it is a rate limit). Findings that arrive while a send is under way are batched
// into the next message. Lives in a thread with an event loop (the GUI thread).
class Notifier : public QObject {
    Q_OBJECT
public:
    explicit Notifier(QObject* parent = nullptr);
    ~Notifier() override;

    void setDingTalk(const DingTalkChannel& channel) { m_dingTalk = channel; }
    void setWebhook(const WebhookChannel& channel) { m_webhook = channel; }
    const DingTalkChannel& dingTalk() const { return m_dingTalk; }
    const WebhookChannel& webhook() const { return m_webhook; }
    void setLanguage(const QString& language) { m_language = language; }
    // For tests: the waits between attempts, in ms (default 1000, 4000).
    void setRetryDelays(std::vector<int> delaysMs) { m_delays = std::move(delaysMs); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // DingTalk takes 20 messages a minute from a robot and then refuses it for 10 minutes: a
    // message beyond the limit waits, and what arrives meanwhile joins the next one. For tests.
    void setDingTalkRateLimit(int messages, int perMs) {
        m_rateMessages = messages;
        m_ratePerMs = perMs;
    }

    // Sends to every valid channel.
    void notify(const std::vector<Finding>& findings);
    // A test message ("Audit Console test notification") to one channel, for the settings' test
    // button. A channel not set is answered (queued) with a failure of 0 attempts.
    void sendTest(Delivery::Channel channel);
    bool isBusy() const;

    // Blocking delivery for the command line (runs its own event loop until done; needs a
    // QCoreApplication): one Delivery per channel set, DingTalk first; none without findings.
    static std::vector<Delivery> deliverNow(const std::vector<Finding>& findings, const DingTalkChannel& dingTalk,
                                            const WebhookChannel& webhook, const QString& language,
                                            std::vector<int> retryDelaysMs = {1000, 4000}, int timeoutMs = 15000);

Q_SIGNALS:
    void delivered(const ac::Delivery& delivery);
    void idle();

private:
    struct Job;
    // Null when the channel is not set.
    std::shared_ptr<Job> makeJob(Delivery::Channel channel, const std::vector<Finding>& findings, bool test) const;
    void start(std::shared_ptr<Job> job);
    void attempt(std::shared_ptr<Job> job);
    void finish(const std::shared_ptr<Job>& job, bool ok, const QString& message);

    QNetworkAccessManager* m_net;
    DingTalkChannel m_dingTalk;
    WebhookChannel m_webhook;
    QString m_language = QStringLiteral("en");
    std::vector<int> m_delays{1000, 4000};
    int m_timeoutMs = 15000;
    int m_rateMessages = 20, m_ratePerMs = 60000;
    std::deque<qint64> m_robotSends; // when each robot message went, ms, the last minute's
    int m_running = 0;
    // Findings waiting for the channel's running send to finish, per channel.
    std::vector<Finding> m_pending[2];
    bool m_sending[2] = {false, false};
};

} // namespace ac
