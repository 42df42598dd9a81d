#pragma once

#include "Filter.h"
#include "Query.h"

#include <optional>
#include <string>
#include <vector>

namespace ac {

// Time presets as in the ACK console, measured back from an anchor: the newest event for
// files, now for remote sources.
enum class TimePreset : uint8_t { Last15Minutes, LastHour, LastDay, Last7Days, Last30Days, All, Absolute, Custom };

struct TimeSelection {
    TimePreset preset = TimePreset::Last7Days;
    TimeRange absolute;       // for Absolute
    int64_t customSpanUs = 0; // for Custom: `--last 90m`
    TimeRange resolve(int64_t anchorUs) const;
    std::string label() const; // "7d", "all", "2026-11-28T10:00Z – …"
    // "15m", "1h", "1d", "7d", "30d", "all", or any "<n>m|h|d".
    static std::optional<TimeSelection> parse(std::string_view text);
    bool operator==(const TimeSelection&) const = default;
};

// Nodes, service accounts, the API server, scheduler and controller manager: the ACK
// documentation's `NOT user.username: node NOT … serviceaccount NOT … apiserver NOT …
// kube-scheduler NOT … kube-controller-manager`, as the set to hide.
ExprPtr systemComponentsFilter();

// The one filter bar: facets, the system-components switch, the search statement and time.
struct FilterState {
    enum class Facet : uint8_t { Namespace, Account, Code };

    std::vector<std::string> namespaces; // exact; "" is cluster-scoped
    std::vector<std::string> accounts;   // operators (RAM sub-accounts or any)
    std::vector<std::string> codes;      // "403" or a class "4xx"
    bool hideSystem = false;
    ExprPtr search;  // the parsed search statement; null: none
    std::string sql; // the analytic part after `|`, for sources that run it
    TimeSelection time;

    // The conjunction of everything set; `except` leaves one facet out, for its own counts.
    ExprPtr filter(std::optional<Facet> except = std::nullopt) const;
    bool isEmpty() const;
    bool operator==(const FilterState& o) const;
};

} // namespace ac
