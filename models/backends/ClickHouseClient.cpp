#include "ClickHouseClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <deque>
#include <memory>

#include <zlib.h>

Q_LOGGING_CATEGORY(lcClickHouse, "ac.clickhouse", QtWarningMsg)

namespace ac {

namespace {
class ClickHouseText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseClient)
};
} // namespace

QString ClickHouseLocation::label() const {
    QString u = url;
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return QStringLiteral("clickhouse:%1/%2.%3").arg(u, database, table);
}

QString ClickHouseLocation::keychainKey() const {
    return QStringLiteral("clickhouse:%1@%2").arg(user, url);
}

QByteArray gzipCompress(const QByteArray& data, int level) {
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gzipDecompress(const QByteArray& data) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) return std::nullopt;
    QByteArray out;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    char buf[1 << 16];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, static_cast<qsizetype>(sizeof buf - zs.avail_out));
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) return std::nullopt;
    return out;
}

ClickHouseClient::ClickHouseClient(ClickHouseLocation location, QString password, ClickHouseClientOptions options)
    : m_location(std::move(location))
    , m_password(std::move(password))
    , m_options(options) {}

ClickHouseStats ClickHouseClient::stats() const {
    return {m_requests.load(), m_bytes.load(), m_ms.load()};
}

QString ClickHouseClient::explain(int status, const QByteArray& body) const {
    // "Code: 60, e.displayText() = DB::Exception: Table x doesn't exist., e.what() = …" (18.16),
    // "Code: 60. DB::Exception: Table x does not exist. (UNKNOWN_TABLE) (version …)" (current).
    QString text = QString::fromUtf8(body).trimmed();
    text.remove(QRegularExpression(QStringLiteral(",? ?e\\.what\\(\\) = DB::Exception$")));
    text.replace(QStringLiteral("e.displayText() = "), QString());
    if (text.size() > 600) text = text.left(600) + QStringLiteral("…");
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Code: (\\d+)")).match(text);
    const int code = m.hasMatch() ? m.captured(1).toInt() : 0;
    const QString where = m_location.label();
    QString what;
    switch (code) {
    case 192: // UNKNOWN_USER
    case 193: // WRONG_PASSWORD
    case 194: // REQUIRED_PASSWORD
    case 516: // AUTHENTICATION_FAILED
        what = ClickHouseText::tr("ClickHouse refused user “%1”: the user name or password is wrong (set "
                                  "AUDIT_CONSOLE_CLICKHOUSE_PASSWORD or keep the password in the keychain).")
                   .arg(m_location.user);
        break;
    case 60: // UNKNOWN_TABLE
        what = ClickHouseText::tr("The table %1.%2 does not exist; create it with “audit-console ingest”, or see "
                                  "docs/clickhouse.md.")
                   .arg(m_location.database, m_location.table);
        break;
    case 81: // UNKNOWN_DATABASE
        what = ClickHouseText::tr("The database %1 does not exist.").arg(m_location.database);
        break;
    case 62: // SYNTAX_ERROR
        what = ClickHouseText::tr("ClickHouse could not parse a statement (a syntax error).");
        break;
    case 159: // TIMEOUT_EXCEEDED
    case 160: // TOO_SLOW
        what = ClickHouseText::tr("The query took longer than the server allows; narrow the time range or the search.");
        break;
    case 46: // UNKNOWN_FUNCTION
    case 47: // UNKNOWN_IDENTIFIER
    case 16: // NO_SUCH_COLUMN_IN_TABLE
        what = ClickHouseText::tr("The server does not know a function or column the console uses: the table's "
                                  "columns differ from docs/clickhouse.md, or the server is older than 18.16.");
        break;
    case 241: // MEMORY_LIMIT_EXCEEDED
        what = ClickHouseText::tr("The query needs more memory than the server allows; narrow the time range.");
        break;
    case 497: // ACCESS_DENIED
    case 164: // READONLY
        what = ClickHouseText::tr("User “%1” may not do this on ClickHouse.").arg(m_location.user);
        break;
    default:
        if (status == 401 || status == 403)
            what = ClickHouseText::tr("ClickHouse refused user “%1”.").arg(m_location.user);
        else
            what = ClickHouseText::tr("ClickHouse answered with an error (HTTP %1).").arg(status);
    }
    return QStringLiteral("%1: %2 %3").arg(where, what, ClickHouseText::tr("The server said: %1").arg(text));
}

Result<std::vector<QByteArray>> ClickHouseClient::send(const std::vector<Call>& calls, const CancelToken& cancel,
                                                       const QString& session) const {
    if (cancel.isCancelled()) return BackendError::cancelledError();
    const QUrl base(m_location.url);
    if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")) ||
        base.host().isEmpty())
        return BackendError{ClickHouseText::tr("“%1” is not a ClickHouse HTTP address; write it as "
                                               "http://host:8123 or https://host:8443.")
                                .arg(m_location.url)};
    // A password in the address would end up in titles, errors and the recent list.
    if (!base.userInfo().isEmpty())
        return BackendError{ClickHouseText::tr("Write the user and password in their own fields (or "
                                               "AUDIT_CONSOLE_CLICKHOUSE_PASSWORD), not in the address.")};
    QNetworkAccessManager nam;
    QEventLoop loop;
    std::vector<QByteArray> bodies(calls.size());
    std::vector<QNetworkReply*> replies(calls.size(), nullptr);
    std::vector<QElapsedTimer> clocks(calls.size());
    // Each statement's id, so that one the console stops waiting for is stopped on the server too.
    std::vector<QString> ids(calls.size());
    for (QString& id : ids)
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::deque<size_t> waiting;
    for (size_t i = 0; i < calls.size(); ++i)
        waiting.push_back(i);
    std::optional<BackendError> failure;
    size_t done = 0, inFlight = 0;

    auto fail = [&](BackendError e) {
        if (!failure) failure = std::move(e);
        loop.quit();
    };
    std::function<void()> launchMore;
    auto finished = [&](size_t i) {
        QNetworkReply* reply = replies[i];
        replies[i] = nullptr;
        reply->deleteLater();
        const qint64 ms = clocks[i].elapsed();
        m_ms += ms;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        m_bytes += body.size();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
                return fail({ClickHouseText::tr("%1: ClickHouse did not answer within %2 s.")
                                 .arg(m_location.label())
                                 .arg(m_options.timeoutMs / 1000)});
            return fail({ClickHouseText::tr("%1: cannot reach the server: %2")
                             .arg(m_location.label(), reply->errorString())});
        }
        if (reply->rawHeader("Content-Encoding").contains("gzip")) {
            auto plain = gzipDecompress(body);
            if (!plain)
                return fail({ClickHouseText::tr("%1: the server's compressed answer is damaged.").arg(m_location.label())});
            body = std::move(*plain);
        }
        if (status != 200) return fail({explain(status, body)});
        // An error met while streaming comes after a 200 status, at the end of the body.
        if (const qsizetype at = body.lastIndexOf("\nCode: "); at >= 0 && body.indexOf("DB::Exception", at) > at)
            return fail({explain(status, body.mid(at + 1))});
        qCDebug(lcClickHouse) << calls[i].sql.substr(0, 300).c_str() << "->" << body.size() << "bytes," << ms << "ms";
        bodies[i] = std::move(body);
        --inFlight;
        ++done;
        if (done == calls.size()) loop.quit();
        launchMore();
    };
    launchMore = [&] {
        // A session takes one statement at a time.
        const size_t most = session.isEmpty() ? size_t(std::max(1, m_options.parallel)) : 1;
        while (!failure && inFlight < most && !waiting.empty()) {
            const size_t i = waiting.front();
            waiting.pop_front();
            const Call& call = calls[i];
            QUrl url = base;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("database"), QString::fromUtf8(QUrl::toPercentEncoding(m_location.database)));
            // The server stops a query the console has stopped waiting for.
            query.addQueryItem(QStringLiteral("max_execution_time"),
                               QString::number(std::max(1, m_options.timeoutMs / 1000)));
            query.addQueryItem(QStringLiteral("enable_http_compression"), QStringLiteral("1"));
            // IN subqueries over a Distributed table run on each shard (sharded by request).
            query.addQueryItem(QStringLiteral("distributed_product_mode"), QStringLiteral("local"));
            if (!session.isEmpty()) query.addQueryItem(QStringLiteral("session_id"), session);
            query.addQueryItem(QStringLiteral("query_id"), ids[i]);
            if (!call.body.isEmpty())
                query.addQueryItem(QStringLiteral("query"),
                                   QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(call.sql))));
            url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
            QNetworkRequest request(url);
            request.setRawHeader("X-ClickHouse-User", m_location.user.toUtf8());
            if (!m_password.isEmpty()) request.setRawHeader("X-ClickHouse-Key", m_password.toUtf8());
            // Set by hand, so that the body stays compressed and its size is what crossed the wire.
            request.setRawHeader("Accept-Encoding", "gzip");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=utf-8"));
            if (call.gzipped) request.setRawHeader("Content-Encoding", "gzip");
            request.setTransferTimeout(m_options.timeoutMs);
            request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
            ++m_requests;
            clocks[i].start();
            ++inFlight;
            const QByteArray payload =
                call.body.isEmpty() ? QByteArray::fromStdString(call.sql + (call.select ? " FORMAT JSONCompact" : ""))
                                    : call.body;
            replies[i] = nam.post(request, payload);
            QObject::connect(replies[i], &QNetworkReply::finished, &loop, [&, i] { finished(i); });
        }
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) fail(BackendError::cancelledError());
    });
    poll.start(50);
    launchMore();
    if (done < calls.size() && !failure) loop.exec();
    QStringList stopped;
    for (size_t i = 0; i < replies.size(); ++i)
        if (QNetworkReply*& r = replies[i]) {
            QObject::disconnect(r, nullptr, &loop, nullptr);
            r->abort();
            r->deleteLater();
            r = nullptr;
            stopped << QStringLiteral("'%1'").arg(ids[i]);
        }
    // Closing the connection does not stop a query on the server: it is asked to.
    if (!stopped.isEmpty())
        (void)send({Call{"KILL QUERY WHERE query_id IN (" + stopped.join(QLatin1Char(',')).toStdString() + ") ASYNC",
                         {}, false, false}},
                   CancelToken(), {});
    if (failure) return *failure;
    return bodies;
}

Result<std::vector<ClickHouseAnswer>> ClickHouseClient::select(const std::vector<std::string>& sql,
                                                               const CancelToken& cancel, const QString& session) const {
    std::vector<Call> calls;
    for (const std::string& s : sql)
        calls.push_back({s, {}, false, true});
    auto bodies = send(calls, cancel, session);
    if (!bodies) return bodies.error();
    std::vector<ClickHouseAnswer> out;
    for (const QByteArray& body : bodies.value()) {
        QByteArray exception;
        Result<ClickHouseAnswer> a = parseClickHouseAnswer(body, m_location.label(), &exception);
        if (!exception.isEmpty()) return BackendError{explain(200, exception)};
        if (!a) return a.error();
        out.push_back(std::move(a).value());
    }
    return out;
}

Result<ClickHouseAnswer> parseClickHouseAnswer(const QByteArray& body, const QString& label, QByteArray* exception) {
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return BackendError{ClickHouseText::tr("%1: the server's answer is not the expected JSON (%2 at byte %3).")
                                .arg(label, error.errorString())
                                .arg(error.offset)};
    if (o.contains(QLatin1String("exception"))) {
        *exception = o.value(QLatin1String("exception")).toString().toUtf8();
        if (exception->isEmpty()) *exception = "(no text)";
        return BackendError{QString::fromUtf8(*exception)};
    }
    ClickHouseAnswer a;
    for (const QJsonValue& m : o.value(QLatin1String("meta")).toArray())
        a.columns << m.toObject().value(QLatin1String("name")).toString();
    a.rows = o.value(QLatin1String("data")).toArray();
    a.totals = o.value(QLatin1String("totals")).toArray();
    a.rowsBeforeLimit = o.contains(QLatin1String("rows_before_limit_at_least"))
                            ? o.value(QLatin1String("rows_before_limit_at_least")).toVariant().toLongLong()
                            : -1;
    return a;
}

Result<ClickHouseAnswer> ClickHouseClient::select(const std::string& sql, const CancelToken& cancel) const {
    auto r = select(std::vector<std::string>{sql}, cancel);
    if (!r) return r.error();
    return std::move(r.value().front());
}

Result<QByteArray> ClickHouseClient::execute(const std::string& sql, const QByteArray& body, bool gzipped,
                                             const CancelToken& cancel, const QString& session) const {
    auto r = send({Call{sql, body, gzipped, false}}, cancel, session);
    if (!r) return r.error();
    return std::move(r.value().front());
}

} // namespace ac
