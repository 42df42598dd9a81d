#include "Facets.h"

namespace ac {

Assemble<std::vector<KeyCount>> planFacet(QueryBatch& batch, const FilterState& state, const TimeRange& range,
                                          FilterState::Facet facet, bool ramSubAccountsOnly, size_t limit) {
    Query q;
    q.range = range;
    ExprPtr others = state.filter(facet);
    switch (facet) {
    case FilterState::Facet::Namespace:
        q.groupBy = {Field::Namespace};
        break;
    case FilterState::Facet::Account:
        q.groupBy = {Field::Operator};
        if (ramSubAccountsOnly) others = Expr::and_({others, Expr::exact(Field::AccountType, "ram-subaccount")});
        break;
    case FilterState::Facet::Code:
        q.groupBy = {Field::Code};
        break;
    }
    q.filter = others;
    q.limit = limit;
    const size_t index = batch.add(std::move(q));
    return [index](const QueryBatch& b) { return toKeyCounts(b.result(index)); };
}

Result<std::vector<KeyCount>> facetChoices(const Backend& backend, const FilterState& state, const TimeRange& range,
                                           FilterState::Facet facet, bool ramSubAccountsOnly, size_t limit) {
    return computeReport<std::vector<KeyCount>>(backend, {}, [&](QueryBatch& batch, const TimeRange&) {
        return planFacet(batch, state, range, facet, ramSubAccountsOnly, limit);
    });
}

ReportScope scopeOf(const FilterState& state, int64_t anchorUs) {
    return {state.time.resolve(anchorUs), state.filter()};
}

} // namespace ac
