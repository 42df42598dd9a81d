#include "ClickHouseSql.h"

#include "SqlCommon.h"
#include "audit/AuditTypes.h"
#include "audit/Timestamp.h"
#include "query/Matcher.h"

#include <algorithm>
#include <limits>

namespace ac::ch {

namespace {

using sqlc::cmpOp;
using sqlc::integer;
using sqlc::number;

// A request is shown by its last stage: the highest stage, then the latest record
// (last_key = stage_rank · 2^53 + time_us, one integer: far cheaper for argMax than a tuple).
const char* const kLast = "last_key";
// The records of a request lie within seconds of each other; the stages of a request that
// starts in range are looked for this far past its edges (the memory engine shows a request by
// its last stage wherever that lies).
const int64_t kMarginUs = int64_t(3600) * 1000000;

std::string columnOf(Field f) {
    switch (f) {
    case Field::Verb:
        return "verb";
    case Field::Stage:
        return "stage";
    case Field::Level:
        return "level";
    case Field::AuditId:
        return "audit_id";
    case Field::RequestUri:
        return "request_uri";
    case Field::UserAgent:
        return "user_agent";
    case Field::Username:
        return "username";
    case Field::UserGroups:
        return "user_groups";
    case Field::Resource:
        return "resource";
    case Field::Subresource:
        return "subresource";
    case Field::Namespace:
        return "namespace";
    case Field::Name:
        return "name";
    case Field::ApiGroup:
        return "api_group";
    case Field::Code:
        return "code";
    case Field::SourceIps:
        return "source_ip";
    case Field::Decision:
        return "decision";
    case Field::Reason:
        return "reason";
    case Field::ImpersonatedUser:
        return "impersonated_user";
    case Field::Time:
        return "time_us";
    case Field::Operator:
        return "operator";
    case Field::AccountType:
        return "account_type";
    case Field::SourceScope:
        return "source_scope";
    case Field::LatencyMs:
        return "latency_ms";
    case Field::Category:
        return "category";
    case Field::Operation:
        return "operation";
    case Field::Count:
        break;
    }
    return "verb";
}

// `key: value` (or the exact value) on one text value.
std::string textMatch(const Expr& e, const std::string& value) {
    if (e.mode == Expr::Mode::Exact) return "(" + value + " = " + literal(e.value) + ")";
    const std::string lower = toLower(e.value);
    if (TokenPattern::tokenize(lower).size() == 1 && lower.find_first_not_of("*") == std::string::npos)
        return "(" + value + " <> '')"; // `*`: any value at all
    const std::string re = sqlc::tokenRegex(e.value);
    if (re.empty()) return "0";
    return "match(lower(" + value + "), " + literal(re) + ")";
}

std::string leaf(const Expr& e) {
    const FieldInfo& info = fieldInfo(e.field);
    const std::string col = columnOf(e.field);
    switch (e.op) {
    case Expr::Op::Text:
        return "(positionCaseInsensitive(event, " + literal(toLower(e.value)) + ") > 0)";
    case Expr::Op::Compare:
        switch (e.field) {
        case Field::Code:
            return "(code <> 0 AND code" + cmpOp(e.cmp) + number(e.number) + ")";
        case Field::LatencyMs:
            return "(latency_ms >= 0 AND latency_ms" + cmpOp(e.cmp) + number(e.number) + ")";
        case Field::Time:
            return "(time_us" + cmpOp(e.cmp) + number(e.number) + ")";
        default:
            if (info.kind != FieldKind::Dict) return "0";
            // A text value compared as the number it spells, where it spells one.
            return "(match(" + col + ", '^[-+]?[0-9]+(\\\\.[0-9]*)?([eE][-+]?[0-9]+)?$') AND toFloat64OrZero(" + col +
                   ")" + cmpOp(e.cmp) + number(e.number) + ")";
        }
    case Expr::Op::Match:
        switch (info.kind) {
        case FieldKind::Dict:
        case FieldKind::DerivedDict:
            return textMatch(e, col);
        case FieldKind::Enum:
            return "(" + col + " <> '' AND " + textMatch(e, col) + ")";
        case FieldKind::Number:
            if (e.field == Field::Code) {
                if (sqlc::isCodeClass(e.value)) {
                    const int lo = (e.value[0] - '0') * 100;
                    return "(code >= " + integer(lo) + " AND code < " + integer(lo + 100) + ")";
                }
                return "(code > 0 AND code < 1000 AND match(toString(code), " +
                       literal(sqlc::wildcardRegex(toLower(e.value))) + "))";
            }
            return "(latency_ms >= 0 AND match(toString(latency_ms), " + literal(sqlc::wildcardRegex(toLower(e.value))) +
                   "))";
        case FieldKind::Time: {
            const auto t = parseRfc3339Micros(e.value);
            return t ? "(time_us = " + integer(*t) + ")" : "0";
        }
        case FieldKind::Raw:
            if (e.field == Field::UserGroups) return "arrayExists(g -> " + textMatch(e, "g") + ", user_groups)";
            return textMatch(e, col);
        }
        return "0";
    default:
        return "1";
    }
}

std::string rangeCondition(const TimeRange& range, int64_t margin = 0) {
    std::string out;
    if (range.from != std::numeric_limits<int64_t>::min())
        out = "time_us >= " + integer(range.from > std::numeric_limits<int64_t>::min() + margin ? range.from - margin
                                                                                                 : range.from);
    if (range.to != std::numeric_limits<int64_t>::max())
        out += (out.empty() ? "" : " AND ") +
               ("time_us < " + integer(range.to < std::numeric_limits<int64_t>::max() - margin ? range.to + margin
                                                                                             : range.to));
    return out;
}

bool isAll(const ExprPtr& e) {
    return !e || e->op == Expr::Op::All;
}

// `request_key IN (…)`: the requests with a record in range that matches `filter`, read from the
// table, or from `pre`, a temporary table of the batch's records in range that match the part of
// the filter every query shares (GLOBAL: a Distributed query ships that set to the shards).
std::string matchingKeys(const ExprPtr& filter, const TimeRange& range, const std::string& table,
                         const std::string& pre) {
    if (!pre.empty())
        return "request_key GLOBAL IN (SELECT request_key FROM " + pre +
               (isAll(filter) ? std::string() : " WHERE " + condition(*filter)) + ")";
    std::string matching = isAll(filter) ? std::string() : condition(*filter);
    const std::string inRange = rangeCondition(range);
    if (!inRange.empty()) matching = matching.empty() ? inRange : inRange + " AND " + matching;
    return "request_key IN (SELECT request_key FROM " + table + (matching.empty() ? "" : " WHERE " + matching) + ")";
}

// FROM … WHERE … GROUP BY request_key [HAVING …]: the requests with a record in range that
// matches, each group holding every record of the request near the range.
std::string requestsOf(const ExprPtr& filter, const TimeRange& range, const std::string& table,
                       const std::string& pre = {}) {
    const std::string inRange = rangeCondition(range);
    std::string where = rangeCondition(range, kMarginUs);
    std::string having;
    if (!isAll(filter) || !pre.empty())
        where += (where.empty() ? "" : " AND ") + matchingKeys(filter, range, table, pre);
    else if (!inRange.empty())
        having = " HAVING max(" + inRange + ") = 1";
    return " FROM " + table + (where.empty() ? std::string() : " WHERE " + where) + " GROUP BY request_key" + having;
}

std::string last(const std::string& expr) {
    return "argMax(" + expr + ", " + kLast + ")";
}

} // namespace

std::string ident(std::string_view name) {
    std::string out = "`";
    for (const char c : name) {
        if (c == '\0') {
            out += "\\0";
            continue;
        }
        if (c == '`' || c == '\\') out += '\\';
        out += c;
    }
    return out + '`';
}

std::string literal(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\0') {
            out += "\\0";
            continue;
        }
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + '\'';
}

std::string tableName(std::string_view database, std::string_view table) {
    return ident(database) + "." + ident(table);
}

const std::vector<std::string_view>& columnNames() {
    static const std::vector<std::string_view> names{
        "day",         "time_us",     "stage_us",     "request_id",   "audit_id",     "stage",
        "stage_rank",  "level",       "verb",         "username",     "user_groups",  "impersonated_user",
        "resource",    "subresource", "namespace",    "name",         "api_group",    "request_uri",
        "user_agent",  "code",        "source_ip",    "decision",     "reason",       "latency_ms",
        "operator",    "account_type", "source_scope", "category",    "operation",    "source_file",
        "source_line", "event",        "event_hash",  "request_key", "last_key"};
    return names;
}

std::string createTableSql(std::string_view database, std::string_view table) {
    return "CREATE TABLE IF NOT EXISTS " + tableName(database, table) +
           " (day Date, time_us Int64, stage_us Int64, request_id String, audit_id String, stage String, "
           "stage_rank UInt8, level String, verb String, username String, user_groups Array(String), "
           "impersonated_user String, resource String, subresource String, namespace String, name String, "
           "api_group String, request_uri String, user_agent String, code Int16, source_ip String, decision String, "
           "reason String, latency_ms Int32, operator String, account_type String, source_scope String, "
           "category String, operation String, source_file String, source_line UInt32, event String, "
           "event_hash UInt64, request_key FixedString(16), last_key Int64) ENGINE = ReplacingMergeTree() "
           "PARTITION BY day ORDER BY (time_us, request_key, stage_rank, stage_us, event_hash)";
}

std::string createDistributedSql(std::string_view database, std::string_view table, std::string_view cluster,
                                 std::string_view localTable) {
    // Sharded by request: every stage of a request on one shard, so that per-request grouping
    // and the IN of a filter run where the data is.
    return "CREATE TABLE IF NOT EXISTS " + tableName(database, table) + " AS " + tableName(database, localTable) +
           " ENGINE = Distributed(" + ident(cluster) + ", " + ident(database) + ", " + ident(localTable) +
           ", cityHash64(request_key))";
}

std::string condition(const Expr& e) {
    switch (e.op) {
    case Expr::Op::All:
        return "1";
    case Expr::Op::And:
    case Expr::Op::Or: {
        std::string out = "(";
        for (size_t i = 0; i < e.children.size(); ++i) {
            if (i) out += e.op == Expr::Op::And ? " AND " : " OR ";
            out += condition(*e.children[i]);
        }
        return out + ")";
    }
    case Expr::Op::Not:
        return "(NOT " + condition(*e.children.front()) + ")";
    default:
        return leaf(e);
    }
}

std::string keySql(Field f) {
    switch (fieldInfo(f).kind) {
    case FieldKind::Dict:
    case FieldKind::DerivedDict:
    case FieldKind::Enum:
        return columnOf(f);
    case FieldKind::Number:
        return "toString(" + columnOf(f) + ")";
    default:
        return "''"; // the memory engine does not group by raw-only fields either
    }
}

std::string querySql(const Query& q, const std::string& table, const std::string& pre) {
    const size_t keys = std::min<size_t>(q.groupBy.size(), 2);
    std::string inner;
    if (q.metric == Metric::Records) {
        // Every record in range of a matching request, each once (a record ingested twice and
        // not merged yet is one).
        inner = "SELECT request_key, code AS lc, time_us AS tl, " + keySql(q.distinctOf) + " AS dv";
        for (size_t i = 0; i < keys; ++i)
            inner += ", " + keySql(q.groupBy[i]) + " AS k" + integer(int64_t(i));
        std::string where = rangeCondition(q.range);
        if (!isAll(q.filter) || !pre.empty())
            where += (where.empty() ? "" : " AND ") + matchingKeys(q.filter, q.range, table, pre);
        inner += " FROM " + table + (where.empty() ? std::string() : " WHERE " + where) +
                 " LIMIT 1 BY request_key, stage_rank, stage_us, time_us, event_hash";
    } else {
        inner = "SELECT request_key, " + last("code") + " AS lc, " + last("time_us") + " AS tl, " +
                last(keySql(q.distinctOf)) + " AS dv";
        for (size_t i = 0; i < keys; ++i)
            inner += ", " + last(keySql(q.groupBy[i])) + " AS k" + integer(int64_t(i));
        inner += requestsOf(q.filter, q.range, table, pre);
    }
    std::string select = "SELECT ";
    std::string group;
    for (size_t i = 0; i < keys; ++i) {
        select += "k" + integer(int64_t(i)) + ", ";
        group += (group.empty() ? "" : ", ") + ("k" + integer(int64_t(i)));
    }
    if (q.bucketUs > 0) {
        // A request shown by a stage past the range's edge counts in the edge's bucket.
        std::string t = "tl";
        if (q.range.to != std::numeric_limits<int64_t>::max()) t = "least(" + t + ", " + integer(q.range.to - 1) + ")";
        if (q.range.from != std::numeric_limits<int64_t>::min())
            t = "greatest(" + t + ", " + integer(q.range.from) + ")";
        select += "intDiv(" + t + ", " + integer(q.bucketUs) + ") * " + integer(q.bucketUs) + " AS b, ";
        group += std::string(group.empty() ? "" : ", ") + "b";
    }
    select += "count() AS n, countIf(lc >= 400) AS f, countIf(lc <> 0) AS w, uniqExact(dv) AS d, ";
    select += q.metric == Metric::Records ? "uniqExact(request_key) AS t" : "count() AS t";
    std::string sql = select + " FROM (" + inner + ")";
    if (!group.empty()) {
        sql += " GROUP BY " + group + " WITH TOTALS";
        std::string keyOrder;
        if (q.bucketUs > 0) keyOrder = "b";
        for (size_t i = 0; i < keys; ++i)
            keyOrder += (keyOrder.empty() ? "" : ", ") + ("k" + integer(int64_t(i)));
        sql += " ORDER BY " + (q.order == Query::Order::KeyAsc ? keyOrder : sqlc::metricColumn(q.metric, "if(w = 0, 1., (w - f) / w)") + " DESC, " + keyOrder);
        if (q.limit) sql += " LIMIT " + integer(static_cast<int64_t>(q.limit));
    }
    return sql;
}

std::string scalarsSql(const std::vector<std::pair<ExprPtr, const Query*>>& conditions, const ExprPtr& common,
                       const TimeRange& range, const std::string& table, const std::string& pre) {
    const std::string inRange = rangeCondition(range);
    std::string inner = "SELECT request_key, " + last("code") + " AS lc";
    std::string outer = "SELECT ";
    for (size_t i = 0; i < conditions.size(); ++i) {
        const std::string n = integer(int64_t(i));
        const auto& [cond, query] = conditions[i];
        std::string m;
        if (!pre.empty()) {
            // The condition on the records of `pre`, so that one record matches all of the filter.
            m = matchingKeys(cond, range, table, pre);
        } else {
            m = isAll(cond) ? std::string() : condition(*cond);
            if (!inRange.empty()) m = m.empty() ? inRange : inRange + " AND " + m;
        }
        inner += ", max(" + (m.empty() ? std::string("1") : m) + ") AS m" + n;
        inner += ", " + last(keySql(query->distinctOf)) + " AS dv" + n;
        outer += std::string(i ? ", " : "") + "countIf(m" + n + " = 1) AS n" + n + ", countIf(m" + n +
                 " = 1 AND lc >= 400) AS f" + n + ", countIf(m" + n + " = 1 AND lc <> 0) AS w" + n +
                 ", uniqExactIf(dv" + n + ", m" + n + " = 1) AS d" + n;
    }
    std::string where = rangeCondition(range, kMarginUs);
    if (!isAll(common) || !pre.empty())
        where += (where.empty() ? "" : " AND ") + matchingKeys(common, range, table, pre);
    inner += " FROM " + table + (where.empty() ? std::string() : " WHERE " + where) + " GROUP BY request_key";
    return outer + " FROM (" + inner + ")";
}

std::string matchingTableSql(const std::string& name, const ExprPtr& common, const TimeRange& range,
                             const std::string& table, bool withEvent) {
    std::string cols;
    for (const std::string_view c : columnNames())
        if (withEvent || c != "event") cols += (cols.empty() ? "" : ", ") + std::string(c);
    std::string where = condition(*common);
    if (const std::string r = rangeCondition(range); !r.empty()) where = r + " AND " + where;
    return "CREATE TEMPORARY TABLE " + name + " AS SELECT " + cols + " FROM " + table + " WHERE " + where;
}

std::string dataRangeSql(const std::string& table) {
    return "SELECT min(time_us) AS lo, max(time_us) AS hi, count() AS n FROM " + table;
}

namespace {
// The events list's per-request columns: alias and expression.
const std::vector<std::pair<std::string, std::string>>& rowColumns() {
    static const std::vector<std::pair<std::string, std::string>> columns{
        {"rid", "any(request_id)"},       {"aid", "any(audit_id)"},          {"rk", last("stage_rank")},
        {"t", last("time_us")},           {"verb", last("verb")},            {"op", last("operator")},
        {"usr", last("username")},        {"imp", last("impersonated_user")}, {"ns", last("namespace")},
        {"res", last("resource")},        {"sub", last("subresource")},      {"nm", last("name")},
        {"code", last("code")},           {"ip", last("source_ip")},         {"ua", last("user_agent")},
        {"uri", last("request_uri")},     {"lat", last("latency_ms")},       {"sf", last("source_file")},
        {"sl", last("source_line")}};
    return columns;
}
std::string selectList(const std::vector<std::string>& aliases) {
    std::string out;
    for (const auto& [alias, expr] : rowColumns())
        if (aliases.empty() || std::find(aliases.begin(), aliases.end(), alias) != aliases.end())
            out += (out.empty() ? "" : ", ") + expr + " AS " + alias;
    return out;
}
} // namespace

std::string eventsSql(const EventsRequest& r, size_t limit, const std::string& table) {
    std::vector<std::string> cols = sqlc::sortColumns(r.query.sort);
    cols.push_back("aid");
    cols.push_back("rid");
    // Paging back walks the other way and the caller turns the rows round.
    const bool backward = r.before.has_value();
    const bool descending = r.query.descending != backward;
    std::string order = " ORDER BY ";
    for (size_t i = 0; i < cols.size(); ++i)
        order += (i ? ", " : "") + cols[i] + (descending ? " DESC" : " ASC");
    const std::string page = " LIMIT " + integer(static_cast<int64_t>(limit + 1));
    // First the page's requests, from their sort columns only; then every column of just those.
    std::string keys = "SELECT request_key FROM (SELECT request_key, " + selectList(cols) +
                       requestsOf(r.query.filter, r.query.range, table) + ")";
    if (const auto& c = backward ? r.before : r.after) {
        std::vector<std::string> vals =
            sqlc::cursorValues(r.query.sort, *c, [](std::string_view v) { return literal(v); });
        vals.push_back(literal(c->auditId));
        vals.push_back(literal(c->ref));
        keys += " WHERE " + sqlc::tupleAfter(cols, vals, !descending);
    }
    keys += order + page;
    std::string where = rangeCondition(r.query.range, kMarginUs);
    where += (where.empty() ? "" : " AND ") + ("request_key IN (" + keys + ")");
    return "SELECT * FROM (SELECT " + selectList({}) + " FROM " + table + " WHERE " + where +
           " GROUP BY request_key)" + order + page;
}

std::string detailSql(const std::string& ref, const std::string& table) {
    return "SELECT request_id AS rid, audit_id AS aid, stage_rank AS rk, time_us AS t, verb, operator AS op, "
           "username AS usr, impersonated_user AS imp, namespace AS ns, resource AS res, subresource AS sub, name AS "
           "nm, code, source_ip AS ip, user_agent AS ua, request_uri AS uri, latency_ms AS lat, source_file AS sf, "
           "source_line AS sl, event AS ev FROM " +
           table + " WHERE request_id = " + literal(ref) +
           " ORDER BY stage_rank, time_us, stage_us, event_hash LIMIT 1 BY stage_rank, stage_us, time_us, event_hash LIMIT 100";
}

} // namespace ac::ch
