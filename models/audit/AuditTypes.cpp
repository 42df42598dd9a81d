#include "AuditTypes.h"

#include <algorithm>

namespace ac {

namespace {
template <typename E, size_t N> E parseEnum(std::string_view s, const std::array<std::string_view, N>& names) {
    for (size_t i = 1; i < N; ++i)
        if (names[i] == s) return static_cast<E>(i);
    return static_cast<E>(0);
}

constexpr std::array<std::string_view, 5> kStages{"", "RequestReceived", "ResponseStarted", "ResponseComplete",
                                                  "Panic"};
constexpr std::array<std::string_view, 5> kLevels{"", "None", "Metadata", "Request", "RequestResponse"};
constexpr std::array<std::string_view, 6> kAccountTypes{"other", "ram-subaccount", "service-account",
                                                        "node",  "control-plane",  "anonymous"};
constexpr std::array<std::string_view, 3> kScopes{"unknown", "private", "public"};
constexpr std::array<std::string_view, 4> kCategories{"other", "compute", "network", "storage"};
constexpr std::array<std::string_view, 5> kOperations{"other", "create", "update", "delete", "access"};
constexpr std::array<std::string_view, 3> kDecisions{"", "allow", "forbid"};

bool isDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

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

std::string_view stageName(Stage s) {
    return kStages[static_cast<size_t>(s) % kStages.size()];
}
std::string_view levelName(Level l) {
    return kLevels[static_cast<size_t>(l) % kLevels.size()];
}
std::string_view accountTypeName(AccountType t) {
    return kAccountTypes[static_cast<size_t>(t) % kAccountTypes.size()];
}
std::string_view sourceScopeName(SourceScope s) {
    return kScopes[static_cast<size_t>(s) % kScopes.size()];
}
std::string_view categoryName(Category c) {
    return kCategories[static_cast<size_t>(c) % kCategories.size()];
}
std::string_view operationName(Operation o) {
    return kOperations[static_cast<size_t>(o) % kOperations.size()];
}
std::string_view decisionName(Decision d) {
    return kDecisions[static_cast<size_t>(d) % kDecisions.size()];
}

Stage parseStage(std::string_view s) {
    return parseEnum<Stage>(s, kStages);
}
Level parseLevel(std::string_view s) {
    return parseEnum<Level>(s, kLevels);
}
Decision parseDecision(std::string_view s) {
    return parseEnum<Decision>(s, kDecisions);
}

Category categoryOfResource(std::string_view resource) {
    for (const auto& r : kOverviewResources)
        if (r.resource == resource) return r.category;
    return Category::Other;
}

Operation operationOfVerb(std::string_view verb) {
    if (verb == "create") return Operation::Create;
    if (verb == "update" || verb == "patch") return Operation::Update;
    if (verb == "delete" || verb == "deletecollection") return Operation::Delete;
    if (verb == "get" || verb == "list" || verb == "watch") return Operation::Access;
    return Operation::Other;
}

AccountType accountTypeOf(std::string_view op) {
    // RAM sub-account ids: ^\d+(-\d+)?$
    if (const auto dash = op.find('-');
        dash == std::string_view::npos ? isDigits(op) : isDigits(op.substr(0, dash)) && isDigits(op.substr(dash + 1)))
        return AccountType::RamSubAccount;
    if (op.starts_with("system:serviceaccount:")) return AccountType::ServiceAccount;
    if (op.starts_with("system:node:") || op == "kubelet") return AccountType::Node;
    if (op == "system:anonymous") return AccountType::Anonymous;
    if (op == "system:apiserver" || op == "system:kube-scheduler" || op == "system:kube-controller-manager" ||
        op == "system:kube-proxy" || op == "kube-apiserver" || op == "system:unsecured" ||
        op.starts_with("system:kube-"))
        return AccountType::ControlPlane;
    return AccountType::Other;
}

std::string_view operatorOf(std::string_view username, std::string_view reason) {
    if (username != "kubernetes-admin") return username;
    constexpr std::string_view marker = " to User \"";
    const auto at = reason.rfind(marker);
    if (at == std::string_view::npos) return username;
    const auto start = at + marker.size();
    const auto end = reason.find('"', start);
    if (end == std::string_view::npos || end == start) return username;
    return reason.substr(start, end - start);
}

} // namespace ac
