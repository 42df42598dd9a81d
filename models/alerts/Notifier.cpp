#include "Notifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace ac {

namespace {

class NotifyText {
    Q_DECLARE_TR_FUNCTIONS(Notifier)
};

constexpr qint64 kDingTalkRateLimited = 130101; // more than 20 messages a minute
constexpr qint64 kDingTalkBusy = -1;            // "系统繁忙"

size_t slotOf(Delivery::Channel channel) {
    return channel == Delivery::Channel::DingTalk ? 0 : 1;
}

QString severityLabel(Severity s) {
    switch (s) {
    case Severity::Critical:
        return NotifyText::tr("critical");
    case Severity::High:
        return NotifyText::tr("high");
    case Severity::Medium:
        return NotifyText::tr("medium");
    case Severity::Low:
        return NotifyText::tr("low");
    case Severity::Report:
        return NotifyText::tr("report");
    }
    return {};
}

// One line of chat: newlines would break the markdown list, and a long message the robot's size limit.
QString inlineText(const QString& text, qsizetype max = 300) {
    QString t = text.simplified();
    if (t.size() > max) t = t.left(max - 1) + QChar(0x2026);
    return t;
}
QString inlineText(const std::string& text) {
    return inlineText(QString::fromStdString(text));
}

QString utcTime(int64_t micros) {
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString findingItem(const Finding& f, const QLocale& locale) {
    QStringList parts{utcTime(f.time), QString(QStringLiteral("**") + severityLabel(f.severity) + QStringLiteral("**")),
                      inlineText(f.ruleTitle)};
    if (!f.operatorName.empty()) parts << inlineText(f.operatorName);
    QStringList object;
    for (const std::string* part : {&f.ns, &f.resource, &f.name})
        if (!part->empty()) object << inlineText(*part);
    if (!object.isEmpty()) parts << object.join(QLatin1Char('/'));
    if (!f.sourceIp.empty()) parts << inlineText(f.sourceIp);
    if (f.count > 1) parts << NotifyText::tr("%1 requests").arg(locale.toString(qlonglong(f.count)));
    QString line = parts.join(QStringLiteral(" · "));
    if (!f.message.isEmpty()) line += QStringLiteral(": ") + inlineText(f.message);
    return line;
}

QByteArray markdownMessage(const QString& title, const QString& text) {
    const QJsonObject markdown{{QStringLiteral("title"), title}, {QStringLiteral("text"), text}};
    return QJsonDocument(QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                                     {QStringLiteral("markdown"), markdown}})
        .toJson(QJsonDocument::Compact);
}

QString testTitle() {
    return NotifyText::tr("Audit Console test notification");
}

// What a server said in an error answer: its JSON message field, else the start of the text.
QString serverMessage(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char* key : {"errmsg", "message", "error", "msg"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty()) return inlineText(v.toString());
            if (v.isObject()) {
                const QString nested = v.toObject().value(QStringLiteral("message")).toString();
                if (!nested.isEmpty()) return inlineText(nested);
            }
        }
    }
    return inlineText(QString::fromUtf8(body.left(2000)));
}

struct Outcome {
    bool ok = false;
    bool retry = false; // a later attempt may succeed
    QString reason;
};

Outcome judge(Delivery::Channel channel, QNetworkReply* reply, int timeoutMs) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        // The transfer timeout aborts the reply; nothing else here cancels one that is still connected.
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return {false, true, NotifyText::tr("no answer within %1 s (timed out)").arg(timeoutMs / 1000.0)};
        // Trying again does not fix a certificate or a scheme.
        const bool lasting =
            error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ProtocolUnknownError;
        return {false, !lasting, NotifyText::tr("cannot reach the server: %1").arg(reply->errorString())};
    }
    if (status < 200 || status >= 300) {
        QString reason = NotifyText::tr("HTTP %1").arg(status);
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (!phrase.isEmpty()) reason += QLatin1Char(' ') + phrase;
        const QString said = serverMessage(body);
        if (!said.isEmpty()) reason += QStringLiteral(": ") + said;
        return {false, status == 429 || status >= 500, reason};
    }
    if (channel == Delivery::Channel::Webhook) return {true, false, QString()};
    // DingTalk answers HTTP 200 to everything and says in errcode whether it took the message.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue code = doc.object().value(QStringLiteral("errcode"));
    if (!doc.isObject() || !code.isDouble())
        return {false, false, NotifyText::tr("DingTalk's answer has no errcode: %1").arg(serverMessage(body))};
    const qint64 errcode = code.toInteger();
    if (errcode == 0) return {true, false, QString()};
    const QString errmsg = inlineText(doc.object().value(QStringLiteral("errmsg")).toString());
    return {false, errcode == kDingTalkRateLimited || errcode == kDingTalkBusy,
            NotifyText::tr("DingTalk answered errcode %1: %2").arg(errcode).arg(errmsg)};
}

} // namespace

QByteArray dingTalkSignature(qint64 timestampMs, const QString& secret) {
    const QByteArray key = secret.toUtf8();
    const QByteArray message = QByteArray::number(timestampMs) + '\n' + key;
    // Percent-encoding every byte outside [A-Za-z0-9-._~] escapes + / = as quote_plus does.
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64().toPercentEncoding();
}

QUrl dingTalkSignedUrl(const QUrl& webhook, const QString& secret, qint64 timestampMs) {
    if (secret.isEmpty()) return webhook;
    // Appended as encoded text: QUrlQuery would leave a '+' of the signature bare, which reads as a space.
    QString query = webhook.query(QUrl::FullyEncoded);
    if (!query.isEmpty()) query += QLatin1Char('&');
    query += QStringLiteral("timestamp=") + QString::number(timestampMs) + QStringLiteral("&sign=") +
             QString::fromLatin1(dingTalkSignature(timestampMs, secret));
    QUrl url = webhook;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

QByteArray dingTalkMarkdownBody(const std::vector<Finding>& findings, const QString& language, int maxListed) {
    const QLocale locale(language);
    const size_t total = findings.size();
    // The most severe first, so that what a cut list leaves out matters least; equal ones keep their order.
    std::vector<const Finding*> order;
    order.reserve(total);
    for (const Finding& f : findings)
        order.push_back(&f);
    std::stable_sort(order.begin(), order.end(),
                     [](const Finding* a, const Finding* b) { return a->severity > b->severity; });

    QString title;
    if (total == 0)
        title = NotifyText::tr("Audit Console: no findings");
    else if (total == 1)
        title = NotifyText::tr("Audit Console: 1 finding, severity %1").arg(severityLabel(order.front()->severity));
    else
        title = NotifyText::tr("Audit Console: %1 findings, highest severity %2")
                    .arg(locale.toString(qulonglong(total)), severityLabel(order.front()->severity));

    QString text = QStringLiteral("### ") + title + QStringLiteral("\n\n");
    const size_t listed = std::min(total, size_t(std::max(maxListed, 0)));
    for (size_t i = 0; i < listed; ++i)
        text += QStringLiteral("- ") + findingItem(*order[i], locale) + QLatin1Char('\n');
    if (listed < total)
        text += QLatin1Char('\n') + NotifyText::tr("and %1 more").arg(locale.toString(qulonglong(total - listed))) +
                QLatin1Char('\n');
    return markdownMessage(title, text);
}

QByteArray webhookBody(const std::vector<Finding>& findings) {
    QJsonObject root = QJsonDocument::fromJson(findingsToJson(findings, false)).object();
    if (!root.value(QStringLiteral("findings")).isArray()) root.insert(QStringLiteral("findings"), QJsonArray());
    root.insert(QStringLiteral("source"), QStringLiteral("audit-console"));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// One message to one channel and its attempts. The channel is copied: settings changed while it
// runs apply to the next message.
struct Notifier::Job {
    Delivery::Channel channel = Delivery::Channel::DingTalk;
    QUrl url;
    QString secret;      // DingTalk
    QString bearerToken; // webhook
    QByteArray body;
    bool test = false; // a test message is not part of the batching of findings
    int attempts = 0;

    // Where, for messages: no query (access_token is a secret) and, for a webhook, no path either
    // (Slack's and Feishu's hooks carry their token in it).
    QString shownUrl() const {
        const QUrl::FormattingOptions drop = QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment;
        return channel == Delivery::Channel::DingTalk ? url.adjusted(drop).toString()
                                                      : url.adjusted(drop | QUrl::RemovePath).toString();
    }
    QString where() const {
        return channel == Delivery::Channel::DingTalk ? NotifyText::tr("DingTalk robot %1").arg(shownUrl())
                                                      : NotifyText::tr("webhook %1").arg(shownUrl());
    }
    // Qt's error strings quote the URL; servers may echo what they got.
    QString scrub(QString text) const {
        static const QRegularExpression queries(QStringLiteral("(https?://[^\\s?#]*)[?#][^\\s]*"));
        text.replace(queries, QStringLiteral("\\1"));
        QStringList secrets{secret, bearerToken};
        const QUrlQuery query(url);
        for (const auto& item : query.queryItems(QUrl::FullyDecoded))
            secrets << item.second;
        for (const auto& item : query.queryItems(QUrl::FullyEncoded))
            secrets << item.second;
        if (channel == Delivery::Channel::Webhook) {
            for (const QString& path : {url.path(QUrl::FullyEncoded), url.path(QUrl::FullyDecoded)})
                if (path.size() > 1) text.replace(path, QStringLiteral("/…"));
        }
        for (const QString& s : std::as_const(secrets))
            if (s.size() >= 4) text.replace(s, QStringLiteral("***"));
        return text;
    }
};

Notifier::Notifier(QObject* parent)
    : QObject(parent)
    , m_net(new QNetworkAccessManager(this)) {}

Notifier::~Notifier() {
    // A reply still running must not call back into a Notifier being destroyed.
    const QList<QNetworkReply*> replies = m_net->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

std::shared_ptr<Notifier::Job> Notifier::makeJob(Delivery::Channel channel, const std::vector<Finding>& findings,
                                                 bool test) const {
    auto job = std::make_shared<Job>();
    job->channel = channel;
    job->test = test;
    if (channel == Delivery::Channel::DingTalk) {
        if (!m_dingTalk.isValid()) return {};
        job->url = m_dingTalk.webhook;
        job->secret = m_dingTalk.secret;
        job->body = test ? markdownMessage(testTitle(), QStringLiteral("### ") + testTitle() + QStringLiteral("\n\n") +
                                                            NotifyText::tr("Alerts of this console will arrive here."))
                         : dingTalkMarkdownBody(findings, m_language);
    } else {
        if (!m_webhook.isValid()) return {};
        job->url = m_webhook.url;
        job->bearerToken = m_webhook.bearerToken;
        if (test) {
            const QJsonObject o{{QStringLiteral("source"), QStringLiteral("audit-console")},
                                {QStringLiteral("test"), true},
                                {QStringLiteral("message"), testTitle()},
                                {QStringLiteral("findings"), QJsonArray()}};
            job->body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            job->body = webhookBody(findings);
        }
    }
    return job;
}

void Notifier::notify(const std::vector<Finding>& findings) {
    if (findings.empty()) return;
    for (const Delivery::Channel channel : {Delivery::Channel::DingTalk, Delivery::Channel::Webhook}) {
        const size_t s = slotOf(channel);
        if (m_sending[s]) {
            // One summary message after the running one: a robot takes 20 messages a minute.
            m_pending[s].insert(m_pending[s].end(), findings.begin(), findings.end());
        } else if (std::shared_ptr<Job> job = makeJob(channel, findings, false)) {
            start(std::move(job));
        }
    }
}

void Notifier::sendTest(Delivery::Channel channel) {
    if (std::shared_ptr<Job> job = makeJob(channel, {}, true)) return start(std::move(job));
    const Delivery failed{channel, false, 0,
                          channel == Delivery::Channel::DingTalk ? NotifyText::tr("No DingTalk robot is set.")
                                                                 : NotifyText::tr("No webhook is set.")};
    // Answered later, as a sent message is, so that a caller connects before or after alike.
    QTimer::singleShot(0, this, [this, failed] {
        Q_EMIT delivered(failed);
        if (!isBusy()) Q_EMIT idle();
    });
}

bool Notifier::isBusy() const {
    return m_running > 0;
}

void Notifier::start(std::shared_ptr<Job> job) {
    ++m_running;
    if (!job->test) m_sending[slotOf(job->channel)] = true;
    attempt(std::move(job));
}

void Notifier::attempt(std::shared_ptr<Job> job) {
    const bool robot = job->channel == Delivery::Channel::DingTalk;
    if (robot) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        while (!m_robotSends.empty() && m_robotSends.front() <= now - m_ratePerMs)
            m_robotSends.pop_front();
        if (m_robotSends.size() >= size_t(std::max(1, m_rateMessages))) {
            const qint64 wait = m_robotSends.front() + m_ratePerMs - now + 1;
            QTimer::singleShot(static_cast<int>(wait), this, [this, job] { attempt(job); });
            return;
        }
        m_robotSends.push_back(now);
    }
    ++job->attempts;
    // Signed per attempt: DingTalk takes a timestamp within an hour of the request.
    QNetworkRequest request(robot ? dingTalkSignedUrl(job->url, job->secret, QDateTime::currentMSecsSinceEpoch())
                                  : job->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    if (!robot && !job->bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + job->bearerToken.toUtf8());
    // A redirect would carry the message and its token somewhere not configured.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_net->post(request, job->body);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] {
        reply->deleteLater();
        const Outcome outcome = judge(job->channel, reply, m_timeoutMs);
        if (outcome.ok) return finish(job, true, NotifyText::tr("delivered"));
        if (outcome.retry && size_t(job->attempts) <= m_delays.size()) {
            QTimer::singleShot(m_delays[size_t(job->attempts) - 1], this, [this, job] { attempt(job); });
            return;
        }
        finish(job, false,
               NotifyText::tr("%1: %2 (%n attempt(s))", nullptr, job->attempts)
                   .arg(job->where(), job->scrub(outcome.reason)));
    });
}

void Notifier::finish(const std::shared_ptr<Job>& job, bool ok, const QString& message) {
    --m_running;
    if (!job->test) {
        const size_t s = slotOf(job->channel);
        m_sending[s] = false;
        if (!m_pending[s].empty()) {
            const std::vector<Finding> batch = std::exchange(m_pending[s], {});
            if (std::shared_ptr<Job> next = makeJob(job->channel, batch, false)) start(std::move(next));
        }
    }
    Q_EMIT delivered(Delivery{job->channel, ok, job->attempts, message});
    if (m_running == 0) Q_EMIT idle();
}

std::vector<Delivery> Notifier::deliverNow(const std::vector<Finding>& findings, const DingTalkChannel& dingTalk,
                                           const WebhookChannel& webhook, const QString& language,
                                           std::vector<int> retryDelaysMs, int timeoutMs) {
    std::vector<Delivery> out;
    if (findings.empty()) return out;
    if (!QCoreApplication::instance()) {
        // Sockets and timers need an event loop, and that an application object.
        const QString why = NotifyText::tr("cannot send without an application object");
        if (dingTalk.isValid()) out.push_back({Delivery::Channel::DingTalk, false, 0, why});
        if (webhook.isValid()) out.push_back({Delivery::Channel::Webhook, false, 0, why});
        return out;
    }
    Notifier notifier;
    notifier.setDingTalk(dingTalk);
    notifier.setWebhook(webhook);
    notifier.setLanguage(language);
    notifier.setRetryDelays(std::move(retryDelaysMs));
    notifier.setTimeoutMs(timeoutMs);
    QEventLoop loop;
    connect(&notifier, &Notifier::delivered, &loop, [&out](const Delivery& d) { out.push_back(d); });
    connect(&notifier, &Notifier::idle, &loop, &QEventLoop::quit);
    notifier.notify(findings);
    if (notifier.isBusy()) loop.exec();
    std::stable_sort(out.begin(), out.end(),
                     [](const Delivery& a, const Delivery& b) { return a.channel < b.channel; });
    return out;
}

} // namespace ac
