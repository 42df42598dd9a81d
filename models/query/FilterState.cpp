#include "FilterState.h"

#include "audit/Timestamp.h"

#include <charconv>

namespace ac {

namespace {
constexpr int64_t kMinute = 60LL * 1000000;

} // namespace

ExprPtr systemComponentsFilter() {
    std::vector<ExprPtr> terms;
    for (const char* t : {"node", "serviceaccount", "apiserver", "kube-scheduler", "kube-controller-manager"})
        terms.push_back(Expr::match(Field::Username, t));
    return Expr::or_(std::move(terms));
}

TimeRange TimeSelection::resolve(int64_t anchorUs) const {
    auto back = [anchorUs](int64_t span) { return TimeRange{anchorUs - span, anchorUs}; };
    switch (preset) {
    case TimePreset::Last15Minutes:
        return back(15 * kMinute);
    case TimePreset::LastHour:
        return back(60 * kMinute);
    case TimePreset::LastDay:
        return back(24 * 60 * kMinute);
    case TimePreset::Last7Days:
        return back(7 * 24 * 60 * kMinute);
    case TimePreset::Last30Days:
        return back(30 * 24 * 60 * kMinute);
    case TimePreset::Custom:
        return back(customSpanUs);
    case TimePreset::Absolute:
        return absolute;
    case TimePreset::All:
        break;
    }
    return {};
}

std::string TimeSelection::label() const {
    switch (preset) {
    case TimePreset::Last15Minutes:
        return "15m";
    case TimePreset::LastHour:
        return "1h";
    case TimePreset::LastDay:
        return "1d";
    case TimePreset::Last7Days:
        return "7d";
    case TimePreset::Last30Days:
        return "30d";
    case TimePreset::All:
        return "all";
    case TimePreset::Custom: {
        const int64_t m = customSpanUs / kMinute;
        return m % 1440 == 0 ? std::to_string(m / 1440) + "d"
               : m % 60 == 0 ? std::to_string(m / 60) + "h"
                             : std::to_string(m) + "m";
    }
    case TimePreset::Absolute:
        return formatRfc3339Micros(absolute.from) + " – " + formatRfc3339Micros(absolute.to);
    }
    return {};
}

std::optional<TimeSelection> TimeSelection::parse(std::string_view text) {
    TimeSelection t;
    if (text == "all") {
        t.preset = TimePreset::All;
        return t;
    }
    if (text.size() < 2) return std::nullopt;
    int64_t n = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size() - 1, n);
    if (ec != std::errc() || ptr != text.data() + text.size() - 1 || n <= 0 || n > 36500 * 1440) return std::nullopt;
    const char unit = text.back();
    const int64_t minutes = unit == 'm' ? n : unit == 'h' ? n * 60 : unit == 'd' ? n * 1440 : -1;
    if (minutes < 0) return std::nullopt;
    switch (minutes) {
    case 15:
        t.preset = TimePreset::Last15Minutes;
        break;
    case 60:
        t.preset = TimePreset::LastHour;
        break;
    case 1440:
        t.preset = TimePreset::LastDay;
        break;
    case 7 * 1440:
        t.preset = TimePreset::Last7Days;
        break;
    case 30 * 1440:
        t.preset = TimePreset::Last30Days;
        break;
    default:
        t.preset = TimePreset::Custom;
        t.customSpanUs = minutes * kMinute;
    }
    return t;
}

ExprPtr FilterState::filter(std::optional<Facet> except) const {
    std::vector<ExprPtr> parts;
    if (!namespaces.empty() && except != Facet::Namespace) parts.push_back(Expr::anyOf(Field::Namespace, namespaces));
    if (!accounts.empty() && except != Facet::Account) parts.push_back(Expr::anyOf(Field::Operator, accounts));
    if (!codes.empty() && except != Facet::Code) {
        std::vector<ExprPtr> c;
        for (const auto& code : codes)
            c.push_back(Expr::match(Field::Code, code));
        parts.push_back(Expr::or_(std::move(c)));
    }
    if (hideSystem) parts.push_back(Expr::not_(systemComponentsFilter()));
    if (search && search->op != Expr::Op::All) parts.push_back(search);
    if (parts.empty()) return nullptr;
    return Expr::and_(std::move(parts));
}

bool FilterState::isEmpty() const {
    return namespaces.empty() && accounts.empty() && codes.empty() && !hideSystem &&
           (!search || search->op == Expr::Op::All) && sql.empty();
}

bool FilterState::operator==(const FilterState& o) const {
    return namespaces == o.namespaces && accounts == o.accounts && codes == o.codes && hideSystem == o.hideSystem &&
           sameExpr(search, o.search) && sql == o.sql && time == o.time;
}

} // namespace ac
