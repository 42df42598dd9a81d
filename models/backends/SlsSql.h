#pragma once

#include "Backend.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// The query value compiled to what Log Service runs: a search statement (its index does the
// filtering) and an SQL part after `|` (its analytic engine does the counting). Kept apart from
// the HTTP client so that the compilation is tested without a server (tst_sls).
namespace ac::sls {

struct CompileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// SQL quoting: "identifier" with "" inside, 'string' with '' inside (a backslash is no escape in
// Log Service SQL). NUL cannot be sent and throws CompileError.
std::string ident(std::string_view name);
std::string literal(std::string_view text);
// A value in the search statement: bare when it is one plain token (wildcards allowed), else a
// double-quoted phrase with \" and \\ escaped.
std::string searchValue(std::string_view value);

// A filter split into the search statement (the conjuncts Log Service's index can answer with its
// `key: value` token semantics) and an SQL condition (the rest: exact values, derived fields such
// as operator or category, numeric comparisons on text). Full text has no SQL form, so full text
// under OR or NOT together with an SQL-only condition throws CompileError.
struct Condition {
    std::string search = "*";
    std::string where; // empty: none
};
Condition compile(const ExprPtr& filter);
// The SQL boolean for one condition, for aggregates that share a search statement.
std::string sqlCondition(const Expr& e);

// Per-record SQL values, as the memory engine defines them: text for keys, numbers where numeric.
std::string fieldSql(Field f);
std::string requestIdSql(); // auditID, or the record's own key for events without one
// The same request id computed from a raw record, for details.
std::string requestIdOf(const std::string& auditId, const std::string& received, const std::string& stageTs,
                        const std::string& uri, const std::string& user, const std::string& verb);

// The SQL part of one query, per request (its last stage among the matching records); the columns
// are k0, k1, b (bucket µs), n (requests or records), f (failures), w (with a code), d (distinct),
// g (groups before the limit), t (all matching requests). `timeWhere` restricts the records to
// the query's exact time range.
std::string querySql(const Query& q, const std::string& where);
// Several ungrouped queries that share a search statement in one statement: column n<i>, f<i>,
// w<i>, d<i> for the i-th condition (empty: every record the search matches).
std::string scalarsSql(const std::vector<std::pair<std::string, const Query*>>& conditions,
                       const std::string& commonWhere, const TimeRange& range);
std::string rangeWhere(const TimeRange& range);
// The first and last record time (µs) as columns lo and hi.
std::string dataRangeSql();

// One page of the events list by keyset; `chunk` rows at most, plus one to know whether more follow.
// Columns: rid, aid, t, stage, verb, op, usr, imp, ns, res, sub, nm, code, ip, ua, uri, lat.
std::string eventsSql(const EventsRequest& r, const std::string& where, size_t chunk,
                      const std::optional<EventCursor>& after, const std::optional<EventCursor>& before);

// [from, to) in whole seconds covering a µs range, for GetLogs; the SQL refines to the µs.
std::pair<int64_t, int64_t> secondsOf(const TimeRange& range, int64_t nowSeconds);

} // namespace ac::sls
