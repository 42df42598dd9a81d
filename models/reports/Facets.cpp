#include "Facets.h"

namespace ac {

std::vector<KeyCount> facetChoices(const Backend& backend, const FilterState& state, const TimeRange& range,
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
    return toKeyCounts(backend.run(q));
}

ReportScope scopeOf(const FilterState& state, int64_t anchorUs) {
    return {state.time.resolve(anchorUs), state.filter()};
}

} // namespace ac
