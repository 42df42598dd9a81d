#pragma once

#include "Reports.h"
#include "query/FilterState.h"

namespace ac {

// The choices of one facet of the filter bar, each with its count of requests under all the
// other active filters (so that picking one never leads to an empty page).
Assemble<std::vector<KeyCount>> planFacet(QueryBatch& batch, const FilterState& state, const TimeRange& range,
                                          FilterState::Facet facet, bool ramSubAccountsOnly = true, size_t limit = 500);
Result<std::vector<KeyCount>> facetChoices(const Backend& backend, const FilterState& state, const TimeRange& range,
                                           FilterState::Facet facet, bool ramSubAccountsOnly = true,
                                           size_t limit = 500);

// The report scope of a filter bar: its combined filter and its resolved time range.
ReportScope scopeOf(const FilterState& state, int64_t anchorUs);

} // namespace ac
