#include "Query.h"

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
