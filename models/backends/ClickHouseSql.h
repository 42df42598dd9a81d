#pragma once

#include "Backend.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// The query value compiled to ClickHouse SQL over the audit table of docs/clickhouse.md: one row
// per audit record with typed columns, the derived fields computed at ingest, and the raw event.
// Kept apart from the HTTP client so that the compilation is tested without a server. The SQL
// uses nothing newer than ClickHouse 18.16 (Debian 12's package) and runs on current releases.
namespace ac::ch {

struct CompileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Quoting: `identifier` and 'string' with backslash escapes; NUL as \0, so any byte stays data.
std::string ident(std::string_view name);
std::string literal(std::string_view text);
// database.table, both quoted.
std::string tableName(std::string_view database, std::string_view table);

// The table's DDL: a ReplacingMergeTree partitioned by day and ordered for time-range scans,
// keyed so that a record ingested twice is one row after a merge. `cluster` non-empty: the
// Distributed table over `localTable` on that cluster instead, sharded by request.
std::string createTableSql(std::string_view database, std::string_view table);
std::string createDistributedSql(std::string_view database, std::string_view table, std::string_view cluster,
                                 std::string_view localTable);
// The columns an INSERT … FORMAT TabSeparated names, in order.
const std::vector<std::string_view>& columnNames();

// One record's condition (the memory engine's semantics); the key a record groups under.
std::string condition(const Expr& e);
std::string keySql(Field f);

// Statements over `table` (already quoted). Columns as in SlsSql: k0, k1, b, n, f, w, d, t for a
// query (WITH TOTALS when grouped: the totals row's t is every matching request); n<i>, f<i>,
// w<i>, d<i> for ungrouped queries sharing one statement.
// `pre` (optional): a temporary table (matchingTableSql) holding the records in the query's range
// that match the part of the filter all queries of a batch share; the filter given is then the
// rest. The shared part is evaluated once per batch instead of once per statement.
std::string querySql(const Query& q, const std::string& table, const std::string& pre = {});
std::string scalarsSql(const std::vector<std::pair<ExprPtr, const Query*>>& conditions, const ExprPtr& common,
                       const TimeRange& range, const std::string& table, const std::string& pre = {});
// CREATE TEMPORARY TABLE `name` with the records in `range` that match `common` (every column;
// the raw event only when a remaining condition searches full text).
std::string matchingTableSql(const std::string& name, const ExprPtr& common, const TimeRange& range,
                             const std::string& table, bool withEvent);
// Columns lo, hi (µs) and n (records).
std::string dataRangeSql(const std::string& table);
// One page of the events list by keyset: `limit` rows at most, plus one to know whether more
// follow. Columns: rid, aid, rk, t, verb, op, usr, imp, ns, res, sub, nm, code, ip, ua, uri, lat,
// sf, sl.
std::string eventsSql(const EventsRequest& r, size_t limit, const std::string& table);
// Every stage of one request, once each, in stage order: the events columns plus ev (raw JSON).
std::string detailSql(const std::string& ref, const std::string& table);

} // namespace ac::ch
