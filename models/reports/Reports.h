#pragma once

#include "backends/Backend.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ac {

// What every report of one window or command shares: the time range and the user's filter.
struct ReportScope {
    TimeRange range;
    ExprPtr filter; // null: everything
};

// The definitions of the important events, the same in every report, backend and test.
namespace defs {
ExprPtr created();                             // verb create (subresources included, as `verb: create` counts in SLS)
ExprPtr deleted();                             // verb delete or deletecollection
ExprPtr exec();                                // pods/exec
ExprPtr attach();                              // pods/attach
ExprPtr secretAccess();                        // secrets read: get, list, watch
ExprPtr unauthorized();                        // final code 401 or 403
ExprPtr publicAccess();                        // first source IP outside private, loopback, link-local and CGNAT ranges
ExprPtr onResource(std::string_view resource); // "pods", or "pods/exec" for a subresource
ExprPtr succeeded();                           // a status code below 400
ExprPtr failed();                              // a status code of 400 or more
} // namespace defs

// The queries of one or more reports, sent to the backend in one call; each report plans its
// queries into a batch and then assembles itself from the answers.
class QueryBatch {
public:
    size_t add(Query q);
    const std::vector<Query>& queries() const { return m_queries; }
    const ResultTable& result(size_t i) const { return m_results[i]; }
    // Runs every query planned so far; the error, if any.
    std::optional<BackendError> run(const Backend& backend, const CancelToken& cancel = {});

private:
    std::vector<Query> m_queries;
    std::vector<ResultTable> m_results;
};
template <typename R> using Assemble = std::function<R(const QueryBatch&)>;

// Plans one report into a fresh batch, runs it and assembles the answer.
template <typename R, typename Plan>
Result<R> computeReport(const Backend& backend, const CancelToken& cancel, Plan&& plan) {
    Result<TimeRange> data = backend.dataRange(cancel);
    if (!data) return data.error();
    QueryBatch batch;
    Assemble<R> assemble = plan(batch, data.value());
    if (auto error = batch.run(backend, cancel)) return *error;
    return assemble(batch);
}

// The events of a report's list: the scope narrowed by `condition`, newest first.
EventsQuery eventsOf(const ReportScope& scope, ExprPtr condition);

// A bucket width that gives at most ~maxBuckets buckets over `range`.
int64_t autoBucketUs(const TimeRange& range, int maxBuckets = 120);
// Time range actually covered: the scope's, clipped to the data's.
TimeRange effectiveRange(const TimeRange& data, const TimeRange& range);

struct KeyCount {
    std::string key;
    int64_t count = 0;
    int64_t failed = 0; // of `count`, requests whose final code is >= 400
};
struct TrendPoint {
    int64_t time = 0; // bucket start, µs
    int64_t count = 0;
};

// The overview's figures: requests, and the important events among them.
struct OverviewFigures {
    int64_t total = 0, publicAccess = 0, unauthorized = 0, created = 0, deleted = 0, exec = 0, attach = 0,
            secretAccess = 0;
};

struct OverviewReport : OverviewFigures {
    OverviewFigures failed;    // of each figure, the requests whose final code is >= 400
    OverviewFigures succeeded; // of each figure, the requests whose final code is below 400
    std::vector<KeyCount> byOperator, byNamespace, byVerb, byCode;
    std::vector<TrendPoint> trend;
    int64_t bucketUs = 0;

    static Assemble<OverviewReport> plan(QueryBatch& batch, const ReportScope& scope, const TimeRange& data,
                                         size_t top = 10);
    static Result<OverviewReport> compute(const Backend& backend, const ReportScope& scope, size_t top = 10,
                                          const CancelToken& cancel = {});
};

struct ResourceOperationsReport {
    struct Row {
        std::string resource;
        Category category = Category::Other;
        int64_t create = 0, update = 0, del = 0, access = 0;
        int64_t createFailed = 0, updateFailed = 0, delFailed = 0, accessFailed = 0; // final code >= 400
    };
    std::vector<Row> rows; // the eleven resources of the ACK report, in its order

    static Assemble<ResourceOperationsReport> plan(QueryBatch& batch, const ReportScope& scope);
    static Result<ResourceOperationsReport> compute(const Backend& backend, const ReportScope& scope,
                                                    const CancelToken& cancel = {});
};

struct ResourceDetailReport {
    std::string resource;
    int64_t total = 0;
    int64_t failed = 0;       // requests whose final code is >= 400
    double successRate = 1.0; // of the requests with a final code, the share below 400
    std::vector<KeyCount> byNamespace, byOperation, byVerb;
    std::vector<TrendPoint> trend;
    int64_t bucketUs = 0;
    EventsQuery operations; // the requests on the resource, newest first

    static Assemble<ResourceDetailReport> plan(QueryBatch& batch, const ReportScope& scope, const TimeRange& data,
                                               const std::string& resource);
    static Result<ResourceDetailReport> compute(const Backend& backend, const ReportScope& scope,
                                                const std::string& resource, const CancelToken& cancel = {});
};

// The overview page's breakdowns and lists of important events.
struct OverviewLists {
    std::vector<KeyCount> byRamAccount;        // requests per RAM sub-account (resolved operator)
    std::vector<KeyCount> deletionsByResource; // delete/deletecollection per resource
    std::vector<KeyCount> publicBySourceIp;    // public-network requests per first source IP
    EventsQuery execs, attaches, secretAccesses, deletions, publicAccesses; // newest first

    static Assemble<OverviewLists> plan(QueryBatch& batch, const ReportScope& scope, size_t top = 15);
};

// What a `pods/exec` request ran, decoded from its requestURI
// (`…/exec?command=sh&command=-c&command=ls%20-l&container=web&stdin=true&tty=true`).
struct ExecCommand {
    std::string container;
    std::string command; // the arguments joined by spaces
    bool stdinAttached = false;
    bool tty = false;
};
ExecCommand parseExecUri(std::string_view requestUri);

std::vector<KeyCount> toKeyCounts(const ResultTable& table);
// Bucketed counts with the empty buckets of `range` filled in.
std::vector<TrendPoint> toTrend(const ResultTable& table, const TimeRange& range, int64_t bucketUs);

} // namespace ac
