#include "Definitions.h"

#include <algorithm>
#include <array>

namespace ac {

// Declared in AuditTypes.h for the reports; defined here because it is also the category table.
const std::array<ResourceInfo, 11> kOverviewResources{{
    {"deployments", Category::Compute},
    {"statefulsets", Category::Compute},
    {"cronjobs", Category::Compute},
    {"daemonsets", Category::Compute},
    {"jobs", Category::Compute},
    {"pods", Category::Compute},
    {"services", Category::Network},
    {"ingresses", Category::Network},
    {"configmaps", Category::Storage},
    {"secrets", Category::Storage},
    {"persistentvolumeclaims", Category::Storage},
}};

namespace {

using Match = AccountRule::Match;

// RAM ids first: a purely numeric name can be nothing else. The named control-plane users are listed although the
// system:kube- prefix covers three of them, so that the table reads as the list of known components.
constexpr auto kAccountRules = std::to_array<AccountRule>({
    {AccountType::RamSubAccount, Match::Digits, {}},
    {AccountType::ServiceAccount, Match::Prefix, "system:serviceaccount:"},
    {AccountType::Node, Match::Prefix, "system:node:"},
    {AccountType::Node, Match::Exact, "kubelet"},
    {AccountType::Anonymous, Match::Exact, "system:anonymous"},
    {AccountType::ControlPlane, Match::Exact, "system:apiserver"},
    {AccountType::ControlPlane, Match::Exact, "system:kube-scheduler"},
    {AccountType::ControlPlane, Match::Exact, "system:kube-controller-manager"},
    {AccountType::ControlPlane, Match::Exact, "system:kube-proxy"},
    {AccountType::ControlPlane, Match::Exact, "kube-apiserver"},
    {AccountType::ControlPlane, Match::Exact, "system:unsecured"},
    {AccountType::ControlPlane, Match::Prefix, "system:kube-"},
});

// RFC 1918, loopback, link-local, CGNAT 100.64/10, the unspecified addresses, IPv6 loopback, ULA and link-local.
constexpr auto kPrivateRanges = std::to_array<std::string_view>({
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "100.64.0.0/10",
    "0.0.0.0/32",
    "::1/128",
    "::/128",
    "fc00::/7",
    "fe80::/10",
});

constexpr auto kOperations = std::to_array<OperationRule>({
    {"create", Operation::Create},
    {"update", Operation::Update},
    {"patch", Operation::Update},
    {"delete", Operation::Delete},
    {"deletecollection", Operation::Delete},
    {"get", Operation::Access},
    {"list", Operation::Access},
    {"watch", Operation::Access},
});

// Constant initialisation rules out an order-of-initialisation problem for callers in other static initialisers.
constinit const Definitions kDefinitions{
    .accountRules = kAccountRules,
    .operatorRule = {.adminUser = "kubernetes-admin", .reasonMarker = " to User \""},
    .privateRanges = kPrivateRanges,
    .categories = kOverviewResources,
    .operations = kOperations,
};

bool isDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ^[0-9]+(-[0-9]+)?$ without a regex engine: this runs once per distinct operator at load.
bool isRamSubAccountId(std::string_view s) {
    const auto dash = s.find('-');
    return dash == std::string_view::npos ? isDigits(s) : isDigits(s.substr(0, dash)) && isDigits(s.substr(dash + 1));
}

} // namespace

bool AccountRule::matches(std::string_view value) const {
    switch (match) {
    case Match::Exact:
        return value == pattern;
    case Match::Prefix:
        return value.starts_with(pattern);
    case Match::Digits:
        return isRamSubAccountId(value);
    }
    return false;
}

AccountType Definitions::accountType(std::string_view operatorName) const {
    for (const auto& rule : accountRules)
        if (rule.matches(operatorName)) return rule.type;
    return AccountType::Other;
}

std::string_view Definitions::operatorOf(std::string_view username, std::string_view reason) const {
    if (username != operatorRule.adminUser) return username;
    const auto marker = operatorRule.reasonMarker;
    const auto at = reason.rfind(marker);
    if (at == std::string_view::npos) return username;
    const auto start = at + marker.size();
    const auto end = reason.find('"', start);
    if (end == std::string_view::npos || end == start) return username;
    return reason.substr(start, end - start);
}

Category Definitions::category(std::string_view resource) const {
    for (const auto& r : categories)
        if (r.resource == resource) return r.category;
    return Category::Other;
}

Operation Definitions::operation(std::string_view verb) const {
    for (const auto& o : operations)
        if (o.verb == verb) return o.operation;
    return Operation::Other;
}

const Definitions& definitions() {
    return kDefinitions;
}

} // namespace ac
