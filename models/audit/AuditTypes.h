#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ac {

// Ordered as the API server emits them, so that "the last stage" of a request is a max().
enum class Stage : uint8_t { Unknown, RequestReceived, ResponseStarted, ResponseComplete, Panic, Count };
enum class Level : uint8_t { Unknown, None, Metadata, Request, RequestResponse, Count };
enum class AccountType : uint8_t { Other, RamSubAccount, ServiceAccount, Node, ControlPlane, Anonymous, Count };
enum class SourceScope : uint8_t { Unknown, Private, Public, Count };
enum class Category : uint8_t { Other, Compute, Network, Storage, Count };
enum class Operation : uint8_t { Other, Create, Update, Delete, Access, Count };
enum class Decision : uint8_t { Unknown, Allow, Forbid, Count };

// The string-valued fields kept as dictionary-encoded columns.
enum class DictColumn : uint8_t {
    Verb,
    Username,
    Operator,
    ImpersonatedUser,
    Namespace,
    Resource,
    Subresource,
    ApiGroup,
    Name,
    SourceIp,
    UserAgent,
    Reason,
    Count
};
constexpr size_t kDictColumnCount = static_cast<size_t>(DictColumn::Count);

std::string_view stageName(Stage s);
std::string_view levelName(Level l);
std::string_view accountTypeName(AccountType t);
std::string_view sourceScopeName(SourceScope s);
std::string_view categoryName(Category c);
std::string_view operationName(Operation o);
std::string_view decisionName(Decision d);

Stage parseStage(std::string_view s);
Level parseLevel(std::string_view s);
Decision parseDecision(std::string_view s);

// Derived classifications; see docs/architecture.md, "Definitions".
Category categoryOfResource(std::string_view resource);
Operation operationOfVerb(std::string_view verb);
AccountType accountTypeOf(std::string_view operatorName);
// The account behind kubernetes-admin: the RBAC reason ends in `… to User "X"`.
std::string_view operatorOf(std::string_view username, std::string_view reason);

// The eleven resources of the ACK resource-operation overview, in report order.
struct ResourceInfo {
    std::string_view resource;
    Category category;
};
extern const std::array<ResourceInfo, 11> kOverviewResources;

} // namespace ac
