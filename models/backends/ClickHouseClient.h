#pragma once

#include "Backend.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace ac {

// Where a ClickHouse audit table is: the server's HTTP interface (http://host:8123 or
// https://…), a database, a table and a user. The password is not part of it (see Source).
struct ClickHouseLocation {
    QString url;
    QString database = QStringLiteral("default");
    QString table = QStringLiteral("audit_events");
    QString user = QStringLiteral("default");
    // "clickhouse:URL/database.table" for the recent list and titles (no user, no password).
    QString label() const;
    // The keychain entry the password is kept under: user@url.
    QString keychainKey() const;
    bool isComplete() const { return !url.isEmpty() && !database.isEmpty() && !table.isEmpty(); }
    bool operator==(const ClickHouseLocation&) const = default;
};

struct ClickHouseClientOptions {
    int timeoutMs = 120000; // no byte for this long: the request fails (the server also stops it)
    int parallel = 4;       // statements in flight at once
};

// One SELECT's answer (FORMAT JSONCompact): rows of values, the totals row of WITH TOTALS, and
// how many rows there were before the LIMIT.
struct ClickHouseAnswer {
    QStringList columns;
    QJsonArray rows; // arrays, one per row, in `columns` order
    QJsonArray totals;
    qint64 rowsBeforeLimit = -1;
};

// A FORMAT JSONCompact answer's columns, rows, totals and rows_before_limit_at_least. An answer
// that is not such JSON is an error naming `label`; an `exception` inside it (newer servers
// report an error met while streaming there, after a 200 status) sets `exception`.
Result<ClickHouseAnswer> parseClickHouseAnswer(const QByteArray& body, const QString& label,
                                               QByteArray* exception);

struct ClickHouseStats {
    int64_t requests = 0, bytes = 0, milliseconds = 0; // bytes: received, as sent (compressed)
};

// gzip framing for request bodies and answers (zlib).
QByteArray gzipCompress(const QByteArray& data, int level = 3);
std::optional<QByteArray> gzipDecompress(const QByteArray& data);

// The ClickHouse HTTP interface, with certificate verification on for https://. Blocking calls
// for worker threads: each runs on a network manager of its own and returns when answered,
// failed, timed out or cancelled. Answers come gzip-compressed; errors are put in plain words
// with the server's own text.
class ClickHouseClient {
public:
    ClickHouseClient(ClickHouseLocation location, QString password, ClickHouseClientOptions options = {});

    // SELECTs in parallel, answered in the order asked; the first error stops the call.
    // With a `session`, the statements run one after another in that server session, where
    // temporary tables live.
    Result<std::vector<ClickHouseAnswer>> select(const std::vector<std::string>& sql, const CancelToken& cancel,
                                                 const QString& session = {}) const;
    Result<ClickHouseAnswer> select(const std::string& sql, const CancelToken& cancel) const;
    // A statement with an optional body (INSERT … FORMAT …: the data, gzip-compressed when
    // `gzipped`); the answer's text.
    Result<QByteArray> execute(const std::string& sql, const QByteArray& body = {}, bool gzipped = false,
                               const CancelToken& cancel = {}, const QString& session = {}) const;

    ClickHouseStats stats() const;
    const ClickHouseLocation& location() const { return m_location; }

private:
    struct Call {
        std::string sql;
        QByteArray body;
        bool gzipped = false;
        bool select = true;
    };
    Result<std::vector<QByteArray>> send(const std::vector<Call>& calls, const CancelToken& cancel,
                                         const QString& session = {}) const;
    QString explain(int status, const QByteArray& body) const;

    ClickHouseLocation m_location;
    QString m_password;
    ClickHouseClientOptions m_options;
    mutable std::atomic<int64_t> m_requests{0}, m_bytes{0}, m_ms{0};
};

} // namespace ac
