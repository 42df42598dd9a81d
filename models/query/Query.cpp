#include "Query.h"

#include <algorithm>

namespace ac {

bool Query::operator==(const Query& o) const {
    return range == o.range && sameExpr(filter, o.filter) && groupBy == o.groupBy && metric == o.metric &&
           (metric != Metric::Distinct || distinctOf == o.distinctOf) && bucketUs == o.bucketUs && limit == o.limit &&
           order == o.order;
}

std::string Query::cacheKey() const {
    return toString() + " #order " + std::to_string(static_cast<int>(order)) + " #bucket " + std::to_string(bucketUs) +
           " #distinct " + std::to_string(static_cast<int>(distinctOf)) + " #from " + std::to_string(range.from) +
           " #to " + std::to_string(range.to) + " #limit " + std::to_string(limit);
}

double metricValue(Metric m, int64_t requests, int64_t failures, int64_t withCode, int64_t distinct) {
    switch (m) {
    case Metric::Requests:
    case Metric::Records:
        return static_cast<double>(requests);
    case Metric::Failures:
        return static_cast<double>(failures);
    case Metric::SuccessRate:
        return withCode ? static_cast<double>(withCode - failures) / static_cast<double>(withCode) : 1.0;
    case Metric::Distinct:
        return static_cast<double>(distinct);
    }
    return 0;
}

void sortRows(Query::Order order, std::vector<ResultRow>& rows) {
    auto keyLess = [](const ResultRow& a, const ResultRow& b) {
        if (a.bucket != b.bucket) return a.bucket < b.bucket;
        return a.keys < b.keys;
    };
    if (order == Query::Order::KeyAsc)
        std::sort(rows.begin(), rows.end(), keyLess);
    else
        std::sort(rows.begin(), rows.end(), [&](const ResultRow& a, const ResultRow& b) {
            return a.value != b.value ? a.value > b.value : keyLess(a, b);
        });
}

std::string Query::toString() const {
    static constexpr const char* metrics[] = {"requests", "records", "failures", "successRate", "distinct"};
    std::string out = filter ? filter->toString() : "*";
    out += " | ";
    out += metrics[static_cast<int>(metric)];
    if (metric == Metric::Distinct) out += "(" + std::string(fieldInfo(distinctOf).name) + ")";
    if (!groupBy.empty() || bucketUs > 0) {
        out += " by ";
        bool first = true;
        for (Field f : groupBy) {
            out += first ? "" : ", ";
            out += fieldInfo(f).name;
            first = false;
        }
        if (bucketUs > 0) out += (first ? "" : ", ") + std::string("time/") + std::to_string(bucketUs / 1000000) + "s";
    }
    if (!range.isAll()) out += " in [" + std::to_string(range.from) + ", " + std::to_string(range.to) + ")";
    if (limit) out += " limit " + std::to_string(limit);
    return out;
}

} // namespace ac
