#include "Reports.h"

#include <algorithm>
#include <array>
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

int64_t countOf(const Backend& b, const ReportScope& scope, ExprPtr e) {
    Query q;
    q.range = scope.range;
    q.filter = within(scope, std::move(e));
    return b.run(q).totalRequests;
}

std::vector<KeyCount> topBy(const Backend& b, const ReportScope& scope, Field f, size_t top) {
    Query q;
    q.range = scope.range;
    q.filter = scope.filter;
    q.groupBy = {f};
    q.limit = top;
    return toKeyCounts(b.run(q));
}

std::vector<TrendPoint> trendOf(const Backend& b, const ReportScope& scope, ExprPtr e, int64_t& bucketUs) {
    const TimeRange range = effectiveRange(b, scope.range);
    bucketUs = autoBucketUs(range);
    Query q;
    q.range = scope.range;
    q.filter = within(scope, std::move(e));
    q.bucketUs = bucketUs;
    q.order = Query::Order::KeyAsc;
    return toTrend(b.run(q), range, bucketUs);
}
} // namespace

int64_t autoBucketUs(const TimeRange& range, int maxBuckets) {
    static constexpr std::array<int64_t, 12> steps{60,       300,       900,   1800,      3600,       3 * 3600,
                                                   6 * 3600, 12 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400};
    const int64_t span = std::max<int64_t>(range.to - range.from, 1);
    for (int64_t s : steps)
        if (span / (s * 1000000) < maxBuckets) return s * 1000000;
    return steps.back() * 1000000;
}

TimeRange effectiveRange(const Backend& backend, const TimeRange& range) {
    const TimeRange data = backend.dataRange();
    TimeRange out{std::max(range.from, data.from), std::min(range.to, data.to)};
    if (out.to < out.from) out.to = out.from;
    return out;
}

std::vector<KeyCount> toKeyCounts(const ResultTable& table) {
    std::vector<KeyCount> out;
    for (const auto& r : table.rows)
        out.push_back({r.keys.empty() ? std::string() : r.keys.front(), static_cast<int64_t>(r.value)});
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

OverviewReport OverviewReport::compute(const Backend& b, const ReportScope& scope, size_t top) {
    OverviewReport r;
    r.total = countOf(b, scope, nullptr);
    r.publicAccess = countOf(b, scope, defs::publicAccess());
    r.unauthorized = countOf(b, scope, defs::unauthorized());
    r.created = countOf(b, scope, defs::created());
    r.deleted = countOf(b, scope, defs::deleted());
    r.exec = countOf(b, scope, defs::exec());
    r.attach = countOf(b, scope, defs::attach());
    r.secretAccess = countOf(b, scope, defs::secretAccess());
    r.byOperator = topBy(b, scope, Field::Operator, top);
    r.byNamespace = topBy(b, scope, Field::Namespace, top);
    r.byVerb = topBy(b, scope, Field::Verb, top);
    r.byCode = topBy(b, scope, Field::Code, top);
    r.trend = trendOf(b, scope, nullptr, r.bucketUs);
    return r;
}

OverviewLists OverviewLists::compute(const Backend& b, const ReportScope& scope, size_t listLimit, size_t top) {
    OverviewLists r;
    auto by = [&](Field f, ExprPtr e) {
        Query q;
        q.range = scope.range;
        q.filter = within(scope, std::move(e));
        q.groupBy = {f};
        q.limit = top;
        return toKeyCounts(b.run(q));
    };
    auto list = [&](ExprPtr e) {
        Query q;
        q.range = scope.range;
        q.filter = within(scope, std::move(e));
        return b.events(q, 0, listLimit);
    };
    r.byRamAccount = by(Field::Operator, Expr::exact(Field::AccountType, "ram-subaccount"));
    r.deletionsByResource = by(Field::Resource, defs::deleted());
    r.publicBySourceIp = by(Field::SourceIps, defs::publicAccess());
    r.execs = list(defs::exec());
    r.attaches = list(defs::attach());
    r.secretAccesses = list(defs::secretAccess());
    r.deletions = list(defs::deleted());
    r.publicAccesses = list(defs::publicAccess());
    return r;
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

ResourceOperationsReport ResourceOperationsReport::compute(const Backend& b, const ReportScope& scope) {
    ResourceOperationsReport r;
    std::vector<std::string> names;
    for (const auto& info : kOverviewResources) {
        r.rows.push_back({std::string(info.resource), info.category});
        names.emplace_back(info.resource);
    }
    // One query for the whole table: resource × operation over requests on the resource itself.
    Query q;
    q.range = scope.range;
    q.filter = within(scope, Expr::and_({Expr::anyOf(Field::Resource, names), Expr::exact(Field::Subresource, "")}));
    q.groupBy = {Field::Resource, Field::Operation};
    for (const auto& row : b.run(q).rows) {
        auto it = std::find_if(r.rows.begin(), r.rows.end(), [&](const Row& x) { return x.resource == row.keys[0]; });
        if (it == r.rows.end()) continue;
        const auto n = static_cast<int64_t>(row.value);
        const std::string& op = row.keys[1];
        if (op == operationName(Operation::Create))
            it->create += n;
        else if (op == operationName(Operation::Update))
            it->update += n;
        else if (op == operationName(Operation::Delete))
            it->del += n;
        else if (op == operationName(Operation::Access))
            it->access += n;
    }
    return r;
}

ResourceDetailReport ResourceDetailReport::compute(const Backend& b, const ReportScope& scope,
                                                   const std::string& resource, size_t operations) {
    ResourceDetailReport r;
    r.resource = resource;
    const ReportScope on{scope.range, within(scope, defs::onResource(resource))};
    Query rate;
    rate.range = on.range;
    rate.filter = on.filter;
    rate.metric = Metric::SuccessRate;
    const ResultTable rt = b.run(rate);
    r.total = rt.totalRequests;
    r.successRate = rt.rows.empty() ? 1.0 : rt.rows.front().value;
    r.byNamespace = topBy(b, on, Field::Namespace, 200);
    r.byOperation = topBy(b, on, Field::Operation, 10);
    r.byVerb = topBy(b, on, Field::Verb, 20);
    r.trend = trendOf(b, on, nullptr, r.bucketUs);
    Query list;
    list.range = on.range;
    list.filter = on.filter;
    r.operations = b.events(list, 0, operations);
    return r;
}

} // namespace ac
