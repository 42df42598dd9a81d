#include "AuditTypes.h"

#include "Definitions.h"

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
} // namespace

// kOverviewResources is defined in Definitions.cpp, where it doubles as the category table.

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

// The derived classifications are data (Definitions.cpp); these keep the names the engine and the tests use.
Category categoryOfResource(std::string_view resource) {
    return definitions().category(resource);
}
Operation operationOfVerb(std::string_view verb) {
    return definitions().operation(verb);
}
AccountType accountTypeOf(std::string_view op) {
    return definitions().accountType(op);
}
std::string_view operatorOf(std::string_view username, std::string_view reason) {
    return definitions().operatorOf(username, reason);
}

} // namespace ac
