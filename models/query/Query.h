#pragma once

#include "Filter.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace ac {

struct TimeRange {
    int64_t from = std::numeric_limits<int64_t>::min(); // µs, inclusive
    int64_t to = std::numeric_limits<int64_t>::max();   // µs, exclusive
    bool isAll() const {
        return from == std::numeric_limits<int64_t>::min() && to == std::numeric_limits<int64_t>::max();
    }
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

enum class Metric : uint8_t {
    Requests,    // distinct requests (auditIDs)
    Records,     // audit records (stages)
    Failures,    // requests whose final code is >= 400
    SuccessRate, // share of requests whose final code is < 400
    Distinct,    // distinct values of `distinctOf` among the requests
};

// A report's question as plain data: which requests, grouped how, counted how.
struct Query {
    TimeRange range;
    ExprPtr filter;             // null: everything
    std::vector<Field> groupBy; // at most two
    Metric metric = Metric::Requests;
    Field distinctOf = Field::Operator;
    int64_t bucketUs = 0; // > 0: also group by time bucket of this width
    size_t limit = 0;     // 0: all groups
    enum class Order : uint8_t { ValueDesc, KeyAsc } order = Order::ValueDesc;

    bool operator==(const Query& o) const;
    std::string toString() const;
    // Every field that changes the answer, for caches (toString() is for people).
    std::string cacheKey() const;
};

struct ResultRow {
    std::vector<std::string> keys; // one per groupBy field
    int64_t bucket = 0;            // bucket start, µs
    double value = 0;              // the metric
    int64_t requests = 0;          // requests behind the value
    int64_t failures = 0;          // of those, the ones whose final code is >= 400
    int64_t withCode = 0;          // of those, the ones with a final code at all
};

// A row's metric from its counts, as every backend computes it.
double metricValue(Metric m, int64_t requests, int64_t failures, int64_t withCode, int64_t distinct);
// Rows in a query's order: by value, largest first, or by bucket and keys; ties by bucket and keys.
void sortRows(Query::Order order, std::vector<ResultRow>& rows);

struct ResultTable {
    std::vector<Field> keyFields;
    bool bucketed = false;
    std::vector<ResultRow> rows;
    int64_t totalRequests = 0; // all matching requests, before grouping and limit
    size_t groups = 0;         // groups before the limit
};

} // namespace ac
