#pragma once

#include "Backend.h"
#include "SlsConfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <vector>

namespace ac {

// Log Service request signing (V1, `LOG <id>:<signature>`), as the SDKs do it; see
// ../shared/reference/sls-api.md. Parameters and headers are given unencoded.
struct SlsSigningInput {
    QByteArray verb = "GET";
    QByteArray contentMd5;  // uppercase hex MD5 of the body, or empty
    QByteArray contentType; // or empty
    QByteArray date;        // RFC 1123, GMT
    std::map<QByteArray, QByteArray> headers; // all of them; only x-log-* and x-acs-* are signed
    QByteArray path;                         // "/logstores/audit-c1"
    std::map<QByteArray, QByteArray> params; // query parameters, unencoded
};
QByteArray slsStringToSign(const SlsSigningInput& in);
QByteArray slsSignature(const QByteArray& accessKeySecret, const SlsSigningInput& in); // base64 HMAC-SHA1
QByteArray slsDate(const QDateTime& utc);                                            // "Mon, 3 Jan 2010 08:33:47 GMT"

// One GetLogs call: a search statement, optionally `| SQL`.
struct SlsGetLogs {
    int64_t from = 0, to = 0; // unix seconds, [from, to)
    QString query;
    int line = 100; // raw logs only: at most 100
    int64_t offset = 0;
    bool reverse = false;
};

struct SlsAnswer {
    QJsonArray rows;  // flat objects of strings: raw logs, or the SQL's rows
    QStringList keys; // the first row's keys in the order the answer wrote them (the SQL's columns)
};

// The keys of the first object in a JSON array, in the order the text writes them (a parsed
// QJsonObject sorts them); empty when the text is not such an array.
QStringList slsFirstObjectKeys(const QByteArray& body);

struct SlsClientOptions {
    int timeoutMs = 60000;      // no byte for this long: a timeout, retried
    int retries = 4;            // for 5xx, 429, timeouts and dropped connections
    int backoffMs = 250;        // doubled each retry, at most 4 s
    int incompleteRepeats = 30; // x-log-progress: Incomplete, asked again this many times
    int parallel = 6;           // requests in flight at once
};

// What a client has done, for the status line: requests sent (retries included), bytes received,
// time spent waiting.
struct SlsStats {
    int64_t requests = 0, bytes = 0, milliseconds = 0;
};

// The Log Service API over HTTPS (certificate verification on) or, when the endpoint is written
// with http://, plain HTTP. Blocking calls for worker threads: each runs its requests at once on a
// network manager of its own and returns when all are answered, failed or cancelled.
class SlsClient {
public:
    SlsClient(SlsLocation location, SlsCredentials credentials, SlsClientOptions options = {});

    // Answers in the order asked; the first error (a cancel included) stops the whole call.
    Result<std::vector<SlsAnswer>> getLogs(const std::vector<SlsGetLogs>& calls, const CancelToken& cancel) const;
    Result<SlsAnswer> getLogs(const SlsGetLogs& call, const CancelToken& cancel) const;

    SlsStats stats() const;
    const SlsLocation& location() const { return m_location; }
    // Where requests go: scheme://host[:port], and the Host header the signature is made for.
    QString baseUrl() const;
    QByteArray hostHeader() const;

private:
    friend class SlsTransfer;
    SlsLocation m_location;
    SlsCredentials m_credentials;
    SlsClientOptions m_options;
    bool m_projectInHost = true; // false for IP, port or scheme endpoints
    QString m_scheme, m_host;    // m_host with its port, if any
    mutable std::atomic<int64_t> m_requests{0}, m_bytes{0}, m_ms{0};
};

} // namespace ac
