#pragma once

#include "Backend.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// What the SQL compilers of the remote sources (Log Service, ClickHouse) share: the memory
// engine's token and wildcard semantics as regular expressions (RE2 and Presto read the same
// syntax), numbers as SQL text, and the events list's keyset over the per-request columns both
// compilers name alike (rid, aid, rk, t, verb, op, usr, imp, ns, res, sub, nm, code, ip, ua, uri,
// lat).
namespace ac::sqlc {

std::string integer(int64_t v);
// A double as SQL text: integral values without a fraction.
std::string number(double v);
// " = ", " <> ", " < ", …
std::string cmpOp(Expr::Cmp c);
bool isCodeClass(std::string_view v); // "4xx"

// Log Service's `key: value` token semantics as a regular expression over the lowercased text:
// the pattern's tokens, consecutive, each bounded by delimiters or the ends; `*` and `?` inside
// a token. Empty when the pattern has no token (it matches nothing).
std::string tokenRegex(std::string_view pattern);
// A whole-value wildcard pattern (`*`, `?`) as an anchored regular expression.
std::string wildcardRegex(std::string_view pattern);

// The filter's top-level AND as a list (nothing for none or "everything").
std::vector<ExprPtr> conjuncts(const ExprPtr& filter);
// The conjuncts every list has (each once), and one list's others as an AND (null: none), for
// the queries of a batch that share part of their filter.
std::vector<ExprPtr> sharedConjuncts(const std::vector<std::vector<ExprPtr>>& lists);
ExprPtr otherConjuncts(const std::vector<ExprPtr>& list, const std::vector<ExprPtr>& shared);

// The column a query's metric sorts by (n, f, d), or `successRate` for the success rate.
std::string metricColumn(Metric m, std::string_view successRate);

// The events list's sort columns, and a cursor's key as SQL values of them (`literal` quotes a
// string in the dialect at hand).
std::vector<std::string> sortColumns(EventSort sort);
std::vector<std::string> cursorValues(EventSort sort, const EventCursor& c,
                                      const std::function<std::string(std::string_view)>& literal);
// (c1, c2, …) > (v1, v2, …) spelled out (row comparisons are not portable).
std::string tupleAfter(const std::vector<std::string>& cols, const std::vector<std::string>& vals, bool greater);

// A JSON string literal of `s` appended to `out` (events rebuilt from Log Service records, rows
// sent to ClickHouse).
void appendJsonString(std::string& out, std::string_view s);

} // namespace ac::sqlc
