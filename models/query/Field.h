#pragma once

#include "audit/AuditTypes.h"

#include <optional>
#include <span>
#include <string_view>

namespace ac {

// Every field a query can name: the flattened names the SLS logstore uses, so that a query
// copied from the ACK documentation works unchanged, plus the fields derived at load.
enum class Field : uint8_t {
    Verb,
    Stage,
    Level,
    AuditId,
    RequestUri,
    UserAgent,
    Username,
    UserGroups,
    Resource,
    Subresource,
    Namespace,
    Name,
    ApiGroup,
    Code,
    SourceIps,
    Decision,
    Reason,
    ImpersonatedUser,
    Time,
    Operator,
    AccountType,
    SourceScope,
    LatencyMs,
    Category,
    Operation,
    Count
};

enum class FieldKind : uint8_t {
    Dict,        // a dictionary column
    DerivedDict, // an attribute of each id of a dictionary column (accountType of operator, …)
    Enum,        // a small enum column (stage, level, decision)
    Number,      // responseStatus.code, latencyMs
    Time,        // requestReceivedTimestamp
    Raw,         // only in the raw JSON (requestURI, user.groups, auditID text)
};

struct FieldInfo {
    Field field;
    std::string_view name;
    FieldKind kind;
    DictColumn column; // for Dict and DerivedDict
};

const FieldInfo& fieldInfo(Field f);
std::span<const FieldInfo> allFields();
// Exact canonical name, case-insensitively; also the legacy `timestamp`.
std::optional<Field> fieldByName(std::string_view name);

} // namespace ac
