#pragma once

#include "audit/AuditTypes.h"
#include "query/Query.h"

#include <QString>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ac {

// Asks a running backend call to stop. Copies share one flag; a default token never cancels.
class CancelToken {
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { *m_flag = true; }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    const std::atomic_bool* flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// Why a backend call produced nothing: a sentence a person can read (a remote source puts the
// server's own words in it), or a cancellation.
struct BackendError {
    QString message;
    bool cancelled = false;
    static BackendError cancelledError();
};

// A value or the error that stopped it; never an exception across threads.
template <typename T> class Result {
public:
    Result(T value)
        : m_v(std::move(value)) {}
    Result(BackendError error)
        : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }
    const BackendError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, BackendError> m_v;
};

// What a backend can do; callers ask before they try (QSqlDriver::hasFeature style), and the
// window says "not supported by this source" instead of failing.
enum class Capability : uint8_t {
    FullText,      // bare words anywhere in the event
    SqlPipe,       // the analytic part after `|`
    ExactDistinct, // Metric::Distinct counts exactly (not an estimate)
    RawEvents,     // the raw JSON of each stage in an event's detail
};

// Where "last 7 days" counts back from.
enum class TimeAnchor : uint8_t { NewestEvent, Now };

// An event row as plain values: one request, shown by its last stage.
struct EventRow {
    int64_t time = 0; // µs since epoch (requestReceivedTimestamp of the stage shown)
    std::string auditId;
    Stage stage = Stage::Unknown;
    std::string verb, operatorName, user, impersonatedUser, ns, resource, subresource, name;
    int code = 0; // 0: none
    std::string sourceIp, userAgent, requestUri;
    int64_t latencyMs = -1; // -1: unknown
    std::string ref;        // opaque: hand it back to Backend::detail()
    QString origin;         // the file, table or logstore it came from
    qint64 originLine = 0;  // the line in that file; 0 where there are no lines
};

// The columns events can be sorted by; each sort breaks ties by auditID.
enum class EventSort : uint8_t {
    Time,
    Operator,
    Verb,
    Resource,
    Namespace,
    Name,
    Code,
    SourceIp,
    UserAgent,
    User,
    ImpersonatedUser,
    Stage,
    Latency,
    RequestUri,
    AuditId,
    Count
};
std::string_view eventSortName(EventSort s);

// A position between two rows of a sorted result: the sort key of a row and its auditID.
struct EventCursor {
    std::string key; // the sort column's value as text; numbers as fixed-width text
    std::string auditId;
    std::string ref; // the row's reference: the last tie-break, for events without an auditID
    bool operator==(const EventCursor&) const = default;
};

struct EventsQuery {
    TimeRange range;
    ExprPtr filter;
    std::string sql; // the part after `|`, for sources with Capability::SqlPipe
    EventSort sort = EventSort::Time;
    bool descending = true;
};

// One page of a sorted result, fetched by keyset: the rows right after `after` (or right before
// `before`), never by offset, so that a remote source never lists every match up front.
struct EventsRequest {
    EventsQuery query;
    std::optional<EventCursor> after;  // rows after this one in sort order
    std::optional<EventCursor> before; // or the rows just before this one (paging back)
    size_t limit = 200;
};

struct EventRowsPage {
    std::vector<EventRow> rows; // in sort order
    bool more = false;          // further rows exist past the last one (or before the first, paging back)
};
EventCursor cursorOf(const EventRow& row, EventSort sort);

// The whole request behind an event row: the raw JSON of each stage and where it came from.
struct EventStageDetail {
    EventRow row;
    std::string rawJson;
    QString provenance;       // "file, line N", or a table/logstore and key
    bool unavailable = false; // the raw text is gone (a file truncated since it was loaded)
};
struct EventDetail {
    std::vector<EventStageDetail> stages; // in stage order
    size_t shown = 0;                     // the stage the reference names
};

// What a source holds, for the status line and the report writer's "loaded" section.
struct SourceFileInfo {
    QString path, format, error;
    qint64 bytes = 0, records = 0, skipped = 0;
};
struct SourceInfo {
    QString kind;                       // "files", "logservice"
    QString description;                // the files' names, a server address and table, …
    QString activity;                   // a remote source: requests made and time taken so far
    qint64 records = -1, requests = -1; // -1: unknown (a remote source)
    std::vector<SourceFileInfo> files;
};

// The rows of the user's own SQL part (after `|`), for a source with Capability::SqlPipe: the
// columns as the source names them, every value as text.
struct SqlRows {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// Runs queries and lists events for one source. The window, the reports and the command line
// see nothing else of a source. Every call may fail with a readable error and can be cancelled;
// implementations must not throw (the public calls turn an escaped exception into an error).
class Backend {
public:
    virtual ~Backend() = default;
    virtual QString name() const = 0;
    virtual SourceInfo info() const = 0;
    virtual bool hasCapability(Capability c) const = 0;
    virtual TimeAnchor anchor() const = 0;
    // The instant "last 7 days" counts back from, given the source's data range (µs).
    int64_t anchorUs(const TimeRange& data) const;
    // With TimeAnchor::NewestEvent: the end of the data range without outliers (an event dated
    // 9999 among last week's); the range's end by default.
    virtual int64_t newestTypicalUs(const TimeRange& data) const { return data.to; }

    // First and last event time ([from, to) µs), for presets and buckets.
    Result<TimeRange> dataRange(const CancelToken& cancel = {}) const;
    // A page's queries in one call, so that a remote source answers them in one or a few round
    // trips; answers are cached per query (the source's data does not change under it).
    Result<std::vector<ResultTable>> run(const std::vector<Query>& queries, const CancelToken& cancel = {}) const;
    Result<ResultTable> run(const Query& query, const CancelToken& cancel = {}) const;
    Result<EventRowsPage> events(const EventsRequest& request, const CancelToken& cancel = {}) const;
    Result<EventDetail> detail(const std::string& ref, const CancelToken& cancel = {}) const;
    // The user's SQL part over the events the query's filter selects (Capability::SqlPipe).
    Result<SqlRows> sqlRows(const EventsQuery& query, const CancelToken& cancel = {}) const;

    // Why `query` cannot run here, or empty: a capability the source lacks.
    QString unsupported(const ExprPtr& filter, const std::string& sql) const;
    void clearCache() const;

protected:
    virtual Result<TimeRange> doDataRange(const CancelToken& cancel) const = 0;
    virtual Result<std::vector<ResultTable>> doRun(const std::vector<Query>& queries,
                                                   const CancelToken& cancel) const = 0;
    virtual Result<EventRowsPage> doEvents(const EventsRequest& request, const CancelToken& cancel) const = 0;
    virtual Result<EventDetail> doDetail(const std::string& ref, const CancelToken& cancel) const = 0;
    virtual Result<SqlRows> doSqlRows(const EventsQuery& query, const CancelToken& cancel) const;

private:
    mutable std::mutex m_cacheMutex;
    mutable std::list<std::pair<std::string, std::shared_ptr<const ResultTable>>> m_cache; // newest first
    mutable std::optional<TimeRange> m_range;
};

} // namespace ac
