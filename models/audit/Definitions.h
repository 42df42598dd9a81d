#pragma once

#include "AuditTypes.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace ac {

// The derived fields as data rather than code (docs/architecture.md, "Definitions"): the memory engine applies these
// tables once per dictionary id at load, and a SQL or Log Service backend compiles the same tables into expressions,
// so every backend classifies a record the same way.

// One account-type rule. The rules are tried in order, the first match wins, and no match means AccountType::Other.
struct AccountRule {
    enum class Match : uint8_t {
        Exact,  // value == pattern
        Prefix, // value starts with pattern
        Digits, // kRamSubAccountRegex, the RAM sub-account id (uid or uid-timestamp); pattern is unused
    };
    AccountType type;
    Match match;
    std::string_view pattern;

    bool matches(std::string_view value) const;
};

// What a compiler emits for Match::Digits. [0-9] rather than \d: the native matcher takes ASCII digits only, and some
// regex engines let \d match other Unicode digits.
inline constexpr std::string_view kRamSubAccountRegex = R"(^[0-9]+(-[0-9]+)?$)";

// `operator`: kubernetes-admin is the shared kubeconfig user, so the account behind it comes from the RBAC reason,
// `… to User "X"`. The name after the last marker counts, up to the next '"'; when the username is another user, the
// marker is missing, or the name is empty or unterminated, the operator is the username.
struct OperatorRule {
    std::string_view adminUser;
    std::string_view reasonMarker;
};

struct OperationRule {
    std::string_view verb;
    Operation operation;
};

struct Definitions {
    std::span<const AccountRule> accountRules; // ordered: precedence is the order
    OperatorRule operatorRule;
    // Built-in private ranges as CIDR text; the user's VPC ranges are added at run time (IpClassifier).
    std::span<const std::string_view> privateRanges;
    // resource → category; the same rows, in report order, are the overview's resources (kOverviewResources).
    std::span<const ResourceInfo> categories;
    std::span<const OperationRule> operations; // verb → operation

    AccountType accountType(std::string_view operatorName) const;
    std::string_view operatorOf(std::string_view username, std::string_view reason) const;
    Category category(std::string_view resource) const;
    Operation operation(std::string_view verb) const;
};

// The built-in definitions; constant-initialised, so safe to use from other static initialisers.
const Definitions& definitions();

} // namespace ac
