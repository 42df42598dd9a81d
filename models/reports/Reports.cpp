#include "Reports.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace ac {

namespace defs {
ExprPtr created() {
    return Expr::exact(Field::Verb, "create");
}
ExprPtr deleted() {
    return Expr::anyOf(Field::Verb, {"delete", "deletecollection"});
}
ExprPtr exec() {
    return Expr::and_({Expr::exact(Field::Resource, "pods"), Expr::exact(Field::Subresource, "exec")});
}
ExprPtr attach() {
    return Expr::and_({Expr::exact(Field::Resource, "pods"), Expr::exact(Field::Subresource, "attach")});
}
ExprPtr secretAccess() {
    return Expr::and_({Expr::exact(Field::Resource, "secrets"), Expr::anyOf(Field::Verb, {"get", "list", "watch"})});
}
ExprPtr unauthorized() {
    return Expr::or_({Expr::compare(Field::Code, Expr::Cmp::Eq, 401), Expr::compare(Field::Code, Expr::Cmp::Eq, 403)});
}
ExprPtr publicAccess() {
    return Expr::exact(Field::SourceScope, "public");
}
ExprPtr succeeded() {
    return Expr::compare(Field::Code, Expr::Cmp::Lt, 400);
}
ExprPtr failed() {
    return Expr::compare(Field::Code, Expr::Cmp::Ge, 400);
}
ExprPtr onResource(std::string_view resource) {
    const auto slash = resource.find('/');
    if (slash == std::string_view::npos)
        return Expr::and_({Expr::exact(Field::Resource, std::string(resource)), Expr::exact(Field::Subresource, "")});
    return Expr::and_({Expr::exact(Field::Resource, std::string(resource.substr(0, slash))),
                       Expr::exact(Field::Subresource, std::string(resource.substr(slash + 1)))});
}
} // namespace defs

namespace {
ExprPtr within(const ReportScope& scope, ExprPtr e) {
    if (!scope.filter) return e;
    if (!e) return scope.filter;
    return Expr::and_({scope.filter, std::move(e)});
}

size_t countOf(QueryBatch& batch, const ReportScope& scope, ExprPtr e) {
    Query q;
    q.range = scope.range;
    q.filter = within(scope, std::move(e));
    return batch.add(std::move(q));
}

size_t topBy(QueryBatch& batch, const ReportScope& scope, Field f, size_t top) {
    Query q;
    q.range = scope.range;
    q.filter = scope.filter;
    q.groupBy = {f};
    q.limit = top;
    return batch.add(std::move(q));
}

// A trend query, and the range and bucket its points fill.
struct TrendPlan {
    size_t index = 0;
    TimeRange range;
    int64_t bucketUs = 0;
    std::vector<TrendPoint> points(const QueryBatch& batch) const {
        return toTrend(batch.result(index), range, bucketUs);
    }
};
TrendPlan trendOf(QueryBatch& batch, const ReportScope& scope, const TimeRange& data) {
    TrendPlan t;
    t.range = effectiveRange(data, scope.range);
    t.bucketUs = autoBucketUs(t.range);
    Query q;
    q.range = scope.range;
    q.filter = scope.filter;
    q.bucketUs = t.bucketUs;
    q.order = Query::Order::KeyAsc;
    t.index = batch.add(std::move(q));
    return t;
}
} // namespace

size_t QueryBatch::add(Query q) {
    m_queries.push_back(std::move(q));
    return m_queries.size() - 1;
}

std::optional<BackendError> QueryBatch::run(const Backend& backend, const CancelToken& cancel) {
    Result<std::vector<ResultTable>> r = backend.run(m_queries, cancel);
    if (!r) return r.error();
    m_results = std::move(r).value();
    return std::nullopt;
}

EventsQuery eventsOf(const ReportScope& scope, ExprPtr condition) {
    EventsQuery q;
    q.range = scope.range;
    q.filter = within(scope, std::move(condition));
    return q;
}

int64_t autoBucketUs(const TimeRange& range, int maxBuckets) {
    static constexpr std::array<int64_t, 12> steps{60,       300,       900,   1800,      3600,       3 * 3600,
                                                   6 * 3600, 12 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400};
    const int64_t span = std::max<int64_t>(range.to - range.from, 1);
    for (int64_t s : steps)
        if (span / (s * 1000000) < maxBuckets) return s * 1000000;
    // Centuries of data (an event dated 9999): whole years, still at most maxBuckets of them.
    const int64_t year = steps.back() * 1000000;
    const int64_t years = span / year / std::max(maxBuckets, 1) + 1;
    return years > std::numeric_limits<int64_t>::max() / year ? std::numeric_limits<int64_t>::max() / 2 : years * year;
}

TimeRange effectiveRange(const TimeRange& data, const TimeRange& range) {
    TimeRange out{std::max(range.from, data.from), std::min(range.to, data.to)};
    if (out.to < out.from) out.to = out.from;
    return out;
}

std::vector<KeyCount> toKeyCounts(const ResultTable& table) {
    std::vector<KeyCount> out;
    for (const auto& r : table.rows)
        out.push_back({r.keys.empty() ? std::string() : r.keys.front(), static_cast<int64_t>(r.value), r.failures});
    return out;
}

std::vector<TrendPoint> toTrend(const ResultTable& table, const TimeRange& range, int64_t bucketUs) {
    std::map<int64_t, int64_t> counts;
    for (const auto& r : table.rows)
        counts[r.bucket] += static_cast<int64_t>(r.value);
    std::vector<TrendPoint> out;
    if (bucketUs <= 0 || range.to <= range.from) return out;
    const auto floorTo = [bucketUs](int64_t t) {
        return (t >= 0 ? t / bucketUs : (t - bucketUs + 1) / bucketUs) * bucketUs;
    };
    for (int64_t t = floorTo(range.from); t < range.to; t += bucketUs) {
        const auto it = counts.find(t);
        out.push_back({t, it == counts.end() ? 0 : it->second});
    }
    return out;
}

Assemble<OverviewReport> OverviewReport::plan(QueryBatch& batch, const ReportScope& scope, const TimeRange& data,
                                              size_t top) {
    const std::array<size_t, 8> counts{countOf(batch, scope, nullptr),
                                       countOf(batch, scope, defs::publicAccess()),
                                       countOf(batch, scope, defs::unauthorized()),
                                       countOf(batch, scope, defs::created()),
                                       countOf(batch, scope, defs::deleted()),
                                       countOf(batch, scope, defs::exec()),
                                       countOf(batch, scope, defs::attach()),
                                       countOf(batch, scope, defs::secretAccess())};
    const std::array<size_t, 4> tops{topBy(batch, scope, Field::Operator, top),
                                     topBy(batch, scope, Field::Namespace, top), topBy(batch, scope, Field::Verb, top),
                                     topBy(batch, scope, Field::Code, top)};
    const TrendPlan trend = trendOf(batch, scope, data);
    return [counts, tops, trend](const QueryBatch& b) {
        OverviewReport r;
        int64_t* figures[] = {&r.total,   &r.publicAccess, &r.unauthorized, &r.created,
                              &r.deleted, &r.exec,         &r.attach,       &r.secretAccess};
        int64_t* failedOf[] = {&r.failed.total,   &r.failed.publicAccess, &r.failed.unauthorized, &r.failed.created,
                             &r.failed.deleted, &r.failed.exec,         &r.failed.attach,       &r.failed.secretAccess};
        int64_t* succeededOf[] = {&r.succeeded.total,   &r.succeeded.publicAccess, &r.succeeded.unauthorized,
                                &r.succeeded.created, &r.succeeded.deleted,      &r.succeeded.exec,
                                &r.succeeded.attach,  &r.succeeded.secretAccess};
        for (size_t i = 0; i < counts.size(); ++i) {
            const ResultTable& t = b.result(counts[i]);
            *figures[i] = t.totalRequests;
            *failedOf[i] = t.rows.empty() ? 0 : t.rows.front().failures;
            *succeededOf[i] = t.rows.empty() ? 0 : t.rows.front().withCode - t.rows.front().failures;
        }
        r.byOperator = toKeyCounts(b.result(tops[0]));
        r.byNamespace = toKeyCounts(b.result(tops[1]));
        r.byVerb = toKeyCounts(b.result(tops[2]));
        r.byCode = toKeyCounts(b.result(tops[3]));
        r.trend = trend.points(b);
        r.bucketUs = trend.bucketUs;
        return r;
    };
}

Result<OverviewReport> OverviewReport::compute(const Backend& backend, const ReportScope& scope, size_t top,
                                               const CancelToken& cancel) {
    return computeReport<OverviewReport>(
        backend, cancel, [&](QueryBatch& batch, const TimeRange& data) { return plan(batch, scope, data, top); });
}

Assemble<OverviewLists> OverviewLists::plan(QueryBatch& batch, const ReportScope& scope, size_t top) {
    auto by = [&](Field f, ExprPtr e) {
        Query q;
        q.range = scope.range;
        q.filter = within(scope, std::move(e));
        q.groupBy = {f};
        q.limit = top;
        return batch.add(std::move(q));
    };
    const size_t ram = by(Field::Operator, Expr::exact(Field::AccountType, "ram-subaccount"));
    const size_t deletions = by(Field::Resource, defs::deleted());
    const size_t publicIps = by(Field::SourceIps, defs::publicAccess());
    return [=](const QueryBatch& b) {
        OverviewLists r;
        r.byRamAccount = toKeyCounts(b.result(ram));
        r.deletionsByResource = toKeyCounts(b.result(deletions));
        r.publicBySourceIp = toKeyCounts(b.result(publicIps));
        r.execs = eventsOf(scope, defs::exec());
        r.attaches = eventsOf(scope, defs::attach());
        r.secretAccesses = eventsOf(scope, defs::secretAccess());
        r.deletions = eventsOf(scope, defs::deleted());
        r.publicAccesses = eventsOf(scope, defs::publicAccess());
        return r;
    };
}

namespace {
int hexValue(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

std::string percentDecode(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}
} // namespace

ExecCommand parseExecUri(std::string_view uri) {
    ExecCommand out;
    const auto q = uri.find('?');
    if (q == std::string_view::npos) return out;
    std::string_view rest = uri.substr(q + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string key = percentDecode(pair.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? std::string() : percentDecode(pair.substr(eq + 1));
        if (key == "command") {
            if (!out.command.empty()) out.command += ' ';
            // An argument with spaces is shown quoted, so that `sh -c "ls -l"` reads right.
            out.command += value.find(' ') != std::string::npos ? "\"" + value + "\"" : value;
        } else if (key == "container") {
            out.container = value;
        } else if (key == "stdin") {
            out.stdinAttached = value == "true" || value == "1";
        } else if (key == "tty") {
            out.tty = value == "true" || value == "1";
        }
    }
    return out;
}

Assemble<ResourceOperationsReport> ResourceOperationsReport::plan(QueryBatch& batch, const ReportScope& scope) {
    std::vector<std::string> names;
    for (const auto& info : kOverviewResources)
        names.emplace_back(info.resource);
    // One query for the whole table: resource × operation over requests on the resource itself.
    Query q;
    q.range = scope.range;
    q.filter = within(scope, Expr::and_({Expr::anyOf(Field::Resource, names), Expr::exact(Field::Subresource, "")}));
    q.groupBy = {Field::Resource, Field::Operation};
    const size_t index = batch.add(std::move(q));
    return [index](const QueryBatch& b) {
        ResourceOperationsReport r;
        for (const auto& info : kOverviewResources)
            r.rows.push_back({std::string(info.resource), info.category});
        for (const auto& row : b.result(index).rows) {
            auto it =
                std::find_if(r.rows.begin(), r.rows.end(), [&](const Row& x) { return x.resource == row.keys[0]; });
            if (it == r.rows.end()) continue;
            const auto n = static_cast<int64_t>(row.value);
            const std::string& op = row.keys[1];
            if (op == operationName(Operation::Create)) {
                it->create += n;
                it->createFailed += row.failures;
            } else if (op == operationName(Operation::Update)) {
                it->update += n;
                it->updateFailed += row.failures;
            } else if (op == operationName(Operation::Delete)) {
                it->del += n;
                it->delFailed += row.failures;
            } else if (op == operationName(Operation::Access)) {
                it->access += n;
                it->accessFailed += row.failures;
            }
        }
        return r;
    };
}

Result<ResourceOperationsReport> ResourceOperationsReport::compute(const Backend& backend, const ReportScope& scope,
                                                                   const CancelToken& cancel) {
    return computeReport<ResourceOperationsReport>(
        backend, cancel, [&](QueryBatch& batch, const TimeRange&) { return plan(batch, scope); });
}

Assemble<ResourceDetailReport> ResourceDetailReport::plan(QueryBatch& batch, const ReportScope& scope,
                                                          const TimeRange& data, const std::string& resource) {
    const ReportScope on{scope.range, within(scope, defs::onResource(resource))};
    Query rate;
    rate.range = on.range;
    rate.filter = on.filter;
    rate.metric = Metric::SuccessRate;
    const size_t rateAt = batch.add(std::move(rate));
    const size_t namespaces = topBy(batch, on, Field::Namespace, 200);
    const size_t operations = topBy(batch, on, Field::Operation, 10);
    const size_t verbs = topBy(batch, on, Field::Verb, 20);
    const TrendPlan trend = trendOf(batch, on, data);
    return [=](const QueryBatch& b) {
        ResourceDetailReport r;
        r.resource = resource;
        const ResultTable& rt = b.result(rateAt);
        r.total = rt.totalRequests;
        r.failed = rt.rows.empty() ? 0 : rt.rows.front().failures;
        r.successRate = rt.rows.empty() ? 1.0 : rt.rows.front().value;
        r.byNamespace = toKeyCounts(b.result(namespaces));
        r.byOperation = toKeyCounts(b.result(operations));
        r.byVerb = toKeyCounts(b.result(verbs));
        r.trend = trend.points(b);
        r.bucketUs = trend.bucketUs;
        r.operations = eventsOf(on, nullptr);
        return r;
    };
}

Result<ResourceDetailReport> ResourceDetailReport::compute(const Backend& backend, const ReportScope& scope,
                                                           const std::string& resource, const CancelToken& cancel) {
    return computeReport<ResourceDetailReport>(
        backend, cancel, [&](QueryBatch& batch, const TimeRange& data) { return plan(batch, scope, data, resource); });
}

} // namespace ac
