#include "SlsClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <optional>

namespace ac {

// QT_LOGGING_RULES="ac.sls.debug=true" prints each request's query and answer size (never a key).
Q_LOGGING_CATEGORY(lcSls, "ac.sls", QtWarningMsg)

namespace {
class SlsText {
    Q_DECLARE_TR_FUNCTIONS(SlsClient)
};
} // namespace

QByteArray slsStringToSign(const SlsSigningInput& in) {
    QByteArray s = in.verb + '\n' + in.contentMd5 + '\n' + in.contentType + '\n' + in.date + '\n';
    std::map<QByteArray, QByteArray> signedHeaders; // sorted by lowercase name
    for (const auto& [name, value] : in.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-log-") || lower.startsWith("x-acs-")) signedHeaders[lower] = value;
    }
    bool first = true;
    for (const auto& [name, value] : signedHeaders) {
        if (!first) s += '\n';
        s += name + ':' + value;
        first = false;
    }
    s += '\n' + in.path;
    if (!in.params.empty()) {
        s += '?';
        bool firstParam = true;
        for (const auto& [key, value] : in.params) {
            if (!firstParam) s += '&';
            s += key + '=' + value;
            firstParam = false;
        }
    }
    return s;
}

QByteArray slsSignature(const QByteArray& accessKeySecret, const SlsSigningInput& in) {
    return QMessageAuthenticationCode::hash(slsStringToSign(in), accessKeySecret, QCryptographicHash::Sha1).toBase64();
}

QByteArray slsDate(const QDateTime& utc) {
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime h = t.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' + months[d.month() - 1] +
           ' ' + QByteArray::number(d.year()) + ' ' + QTime(h.hour(), h.minute(), h.second()).toString(u"HH:mm:ss").toLatin1() +
           " GMT";
}

SlsClient::SlsClient(SlsLocation location, SlsCredentials credentials, SlsClientOptions options)
    : m_location(std::move(location))
    , m_credentials(std::move(credentials))
    , m_options(options) {
    QString endpoint = m_location.endpoint.trimmed();
    m_scheme = QStringLiteral("https");
    if (const qsizetype at = endpoint.indexOf(QLatin1String("://")); at >= 0) {
        m_scheme = endpoint.left(at).toLower();
        endpoint = endpoint.mid(at + 3);
        m_projectInHost = false;
    }
    if (const qsizetype slash = endpoint.indexOf(QLatin1Char('/')); slash >= 0) endpoint.truncate(slash);
    m_host = endpoint;
    // A port, or an address (IPv4, or IPv6 in brackets): used as given.
    QString bare = endpoint;
    if (bare.startsWith(QLatin1Char('['))) {
        m_projectInHost = false;
    } else if (const qsizetype colon = bare.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        m_projectInHost = false;
        bare.truncate(colon);
    }
    if (!QHostAddress(bare).isNull()) m_projectInHost = false;
}

QString SlsClient::baseUrl() const {
    return m_scheme + QStringLiteral("://") + (m_projectInHost ? m_location.project + QLatin1Char('.') : QString()) +
           m_host;
}

QByteArray SlsClient::hostHeader() const {
    return (m_location.project + QLatin1Char('.') + m_host).toUtf8();
}

SlsStats SlsClient::stats() const {
    return {m_requests.load(), m_bytes.load(), m_ms.load()};
}

QStringList slsFirstObjectKeys(const QByteArray& body) {
    const char* p = body.constData();
    const char* const end = p + body.size();
    auto ws = [&] {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    };
    // Past one string starting at p (on its opening quote); false when it never closes.
    auto skipString = [&] {
        for (++p; p < end; ++p) {
            if (*p == '\\') ++p;
            else if (*p == '"') {
                ++p;
                return true;
            }
        }
        return false;
    };
    ws();
    if (p == end || *p++ != '[') return {};
    ws();
    if (p == end || *p++ != '{') return {};
    QStringList keys;
    for (;;) {
        ws();
        if (p == end || *p != '"') return keys;
        const char* keyStart = p;
        if (!skipString()) return {};
        // The key decoded by the JSON parser itself, escapes and all.
        const QByteArray wrapped = '[' + QByteArray(keyStart, static_cast<qsizetype>(p - keyStart)) + ']';
        keys << QJsonDocument::fromJson(wrapped).array().at(0).toString();
        ws();
        if (p == end || *p++ != ':') return {};
        ws();
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                if (!skipString()) return {};
                if (depth == 0) break;
                continue;
            }
            if (*p == '{' || *p == '[') ++depth;
            else if (*p == '}' || *p == ']') {
                if (depth == 0) break;
                if (--depth == 0) {
                    ++p;
                    break;
                }
            } else if (*p == ',' && depth == 0)
                break;
            ++p;
        }
        ws();
        if (p == end || *p != ',') return keys;
        ++p;
    }
}

namespace {

// The sentence a person reads for a Log Service error: what it means, then the server's words.
QString explain(int status, const QString& code, const QString& message) {
    QString what;
    if (code == QLatin1String("SignatureNotMatch"))
        what = SlsText::tr("Log Service refused the signature: the AccessKey secret does not belong to the AccessKey ID, "
                           "or the computer's clock is wrong.");
    else if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
        what = SlsText::tr("Log Service does not know this AccessKey ID.");
    else if (code.contains(QLatin1String("SecurityToken")) || code.contains(QLatin1String("TokenExpired")))
        what = SlsText::tr("The STS security token is invalid or has expired.");
    else if (code == QLatin1String("Unauthorized") || status == 403)
        what = SlsText::tr("These credentials may not read this logstore (a RAM policy must allow log:GetLogStoreLogs).");
    else if (code == QLatin1String("ProjectNotExist"))
        what = SlsText::tr("The project does not exist in this region.");
    else if (code == QLatin1String("LogStoreNotExist"))
        what = SlsText::tr("The logstore does not exist in this project.");
    else if (code == QLatin1String("IndexConfigNotExist"))
        what = SlsText::tr("The logstore has no index, so it cannot be searched; turn on indexing in Log Service.");
    else if (code == QLatin1String("ParameterInvalid") || code == QLatin1String("InvalidQuery"))
        what = SlsText::tr("Log Service rejected the query.");
    else if (status == 429 || code.contains(QLatin1String("Quota")) || code == QLatin1String("ServerBusy"))
        what = SlsText::tr("Log Service is busy or the read quota is used up; try again in a moment.");
    else if (status >= 500)
        what = SlsText::tr("Log Service had an internal error.");
    else
        what = SlsText::tr("Log Service answered with an error.");
    QString detail = code.isEmpty() ? SlsText::tr("HTTP %1").arg(status) : code;
    if (!message.isEmpty()) detail += QStringLiteral(": ") + message;
    return what + QStringLiteral(" (") + detail + QLatin1Char(')');
}

bool retryableStatus(int status) {
    return status == 429 || status >= 500;
}

} // namespace

// One request of a call: built, signed, sent, and asked again on a transient failure.
class SlsTransfer {
public:
    const SlsClient& client;
    SlsGetLogs call;
    int attempt = 0, incomplete = 0;
    QNetworkReply* reply = nullptr;
    QElapsedTimer clock;

    QNetworkRequest build() const {
        std::map<QByteArray, QByteArray> params;
        const QByteArray path = "/logstores/" + client.m_location.logstore.toUtf8();
        params["type"] = "log";
        params["from"] = QByteArray::number(static_cast<qlonglong>(call.from));
        params["to"] = QByteArray::number(static_cast<qlonglong>(call.to));
        params["query"] = call.query.toUtf8();
        params["line"] = QByteArray::number(call.line);
        params["offset"] = QByteArray::number(static_cast<qlonglong>(call.offset));
        params["reverse"] = call.reverse ? "true" : "false";
        SlsSigningInput in;
        in.date = slsDate(QDateTime::currentDateTimeUtc());
        in.headers = {{"x-log-apiversion", "0.6.0"}, {"x-log-signaturemethod", "hmac-sha1"}, {"x-log-bodyrawsize", "0"}};
        if (!client.m_credentials.securityToken.isEmpty())
            in.headers["x-acs-security-token"] = client.m_credentials.securityToken.toUtf8();
        in.path = path;
        in.params = params;

        QUrlQuery query;
        for (const auto& [k, v] : params)
            query.addQueryItem(QString::fromUtf8(k), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(v))));
        QUrl url(client.baseUrl() + QString::fromUtf8(path));
        url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        QNetworkRequest request(url);
        for (const auto& [name, value] : in.headers)
            request.setRawHeader(name, value);
        request.setRawHeader("Date", in.date);
        request.setRawHeader("Host", client.hostHeader());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "LOG " + client.m_credentials.accessKeyId.toUtf8() + ':' +
                                                  slsSignature(client.m_credentials.accessKeySecret.toUtf8(), in));
        request.setTransferTimeout(client.m_options.timeoutMs);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        return request;
    }
};

Result<SlsAnswer> SlsClient::getLogs(const SlsGetLogs& call, const CancelToken& cancel) const {
    auto r = getLogs(std::vector<SlsGetLogs>{call}, cancel);
    if (!r) return r.error();
    return std::move(r.value().front());
}

Result<std::vector<SlsAnswer>> SlsClient::getLogs(const std::vector<SlsGetLogs>& calls,
                                                  const CancelToken& cancel) const {
    if (cancel.isCancelled()) return BackendError::cancelledError();
    if (!m_credentials.isComplete())
        return BackendError{SlsText::tr("No Log Service credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                        "ALIBABA_CLOUD_ACCESS_KEY_SECRET, choose an aliyun CLI profile, or type an "
                                        "AccessKey in the connect dialog.")};
    if (m_scheme != QLatin1String("https") && m_scheme != QLatin1String("http"))
        return BackendError{SlsText::tr("The endpoint %1 has the scheme “%2”; use https:// or http://.")
                                .arg(m_location.endpoint, m_scheme)};

    QNetworkAccessManager nam;
    QEventLoop loop;
    std::vector<SlsAnswer> answers(calls.size());
    std::vector<std::unique_ptr<SlsTransfer>> transfers;
    std::deque<size_t> waiting;
    for (size_t i = 0; i < calls.size(); ++i) {
        transfers.push_back(std::make_unique<SlsTransfer>(SlsTransfer{*this, calls[i], 0, 0, nullptr, QElapsedTimer()}));
        waiting.push_back(i);
    }
    std::optional<BackendError> failure;
    size_t done = 0, inFlight = 0;
    const QString where = m_location.label();

    auto fail = [&](BackendError e) {
        if (!failure) failure = std::move(e);
        loop.quit();
    };
    std::function<void(size_t)> send;
    auto launchMore = [&] {
        while (!failure && !waiting.empty() && inFlight < size_t(std::max(1, m_options.parallel))) {
            const size_t i = waiting.front();
            waiting.pop_front();
            ++inFlight;
            send(i);
        }
        if (done == calls.size()) loop.quit();
    };
    // Asks again after a pause: a transient failure or an incomplete answer.
    // (It stays in flight while it waits.)
    auto again = [&](size_t i, int ms) {
        QTimer::singleShot(ms, &loop, [&, i] {
            if (!failure) send(i);
        });
    };
    auto finished = [&](size_t i) {
        SlsTransfer& t = *transfers[i];
        QNetworkReply* reply = t.reply;
        t.reply = nullptr;
        reply->deleteLater();
        m_ms += t.clock.elapsed();
        if (failure) return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto error = reply->error();
        const QByteArray body = status ? reply->readAll() : QByteArray();
        m_bytes += body.size();
        const bool retriesLeft = t.attempt < m_options.retries;
        const int backoff = std::min(4000, m_options.backoffMs << std::min(t.attempt, 8));
        ++t.attempt;

        const bool transportError = status == 0 && error != QNetworkReply::NoError;
        if (transportError) {
            const bool timeout = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
            const bool transient = timeout || error == QNetworkReply::RemoteHostClosedError ||
                                   error == QNetworkReply::TemporaryNetworkFailureError ||
                                   error == QNetworkReply::NetworkSessionFailedError ||
                                   error == QNetworkReply::UnknownNetworkError;
            if (transient && retriesLeft) return again(i, backoff);
            if (timeout)
                return fail({SlsText::tr("%1: Log Service did not answer within %2 s (tried %3 times).")
                                 .arg(where)
                                 .arg(m_options.timeoutMs / 1000)
                                 .arg(t.attempt)});
            return fail({SlsText::tr("%1: cannot reach %2: %3").arg(where, baseUrl(), reply->errorString())});
        }
        // A body cut short by a dropped connection: asked again like a transient failure.
        const QByteArray length = reply->rawHeader("Content-Length");
        const bool truncated = !length.isEmpty() && length.toLongLong() > body.size();
        if (status == 200 && truncated) {
            if (retriesLeft) return again(i, backoff);
            return fail({SlsText::tr("%1: Log Service's answer was cut off (%2 of %3 bytes).")
                             .arg(where)
                             .arg(body.size())
                             .arg(QString::fromLatin1(length))});
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (status != 200) {
            if (retryableStatus(status) && retriesLeft) return again(i, backoff);
            const QJsonObject o = doc.object();
            QString message = o.value(QLatin1String("errorMessage")).toString();
            if (message.isEmpty() && o.isEmpty()) message = QString::fromUtf8(body.left(300)).simplified();
            return fail({where + QStringLiteral(": ") +
                         explain(status, o.value(QLatin1String("errorCode")).toString(), message)});
        }
        if (parseError.error != QJsonParseError::NoError || !doc.isArray())
            return fail({SlsText::tr("%1: Log Service's answer is not the expected JSON array (%2 at byte %3).")
                             .arg(where, parseError.errorString())
                             .arg(parseError.offset)});
        if (reply->rawHeader("x-log-progress").compare("Incomplete", Qt::CaseInsensitive) == 0) {
            if (++t.incomplete <= m_options.incompleteRepeats) {
                t.attempt = 0;
                return again(i, std::min(1000, 100 * t.incomplete));
            }
            return fail({SlsText::tr("%1: Log Service's answer was still incomplete after %2 tries; narrow the "
                                     "time range or the search.")
                             .arg(where)
                             .arg(t.incomplete)});
        }
        answers[i].rows = doc.array();
        if (!answers[i].rows.isEmpty()) answers[i].keys = slsFirstObjectKeys(body);
        qCDebug(lcSls) << t.call.query << "->" << answers[i].rows.size() << "rows," << t.clock.elapsed() << "ms";
        --inFlight;
        ++done;
        launchMore();
    };
    send = [&](size_t i) {
        SlsTransfer& t = *transfers[i];
        ++m_requests;
        t.clock.start();
        t.reply = nam.get(t.build());
        QObject::connect(t.reply, &QNetworkReply::finished, &loop, [&, i] { finished(i); });
    };

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) fail(BackendError::cancelledError());
    });
    poll.start(50);
    launchMore();
    if (done < calls.size() && !failure) loop.exec();
    for (auto& t : transfers)
        if (t->reply) {
            QNetworkReply* r = t->reply;
            t->reply = nullptr;
            QObject::disconnect(r, nullptr, &loop, nullptr);
            r->abort();
            r->deleteLater();
        }
    if (failure) return *failure;
    return answers;
}

} // namespace ac
