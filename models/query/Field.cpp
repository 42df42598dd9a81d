#include "Field.h"

#include <array>

namespace ac {

namespace {
using K = FieldKind;
using C = DictColumn;
constexpr std::array<FieldInfo, static_cast<size_t>(Field::Count)> kFields{{
    {Field::Verb, "verb", K::Dict, C::Verb},
    {Field::Stage, "stage", K::Enum, C::Count},
    {Field::Level, "level", K::Enum, C::Count},
    {Field::AuditId, "auditID", K::Raw, C::Count},
    {Field::RequestUri, "requestURI", K::Raw, C::Count},
    {Field::UserAgent, "userAgent", K::Dict, C::UserAgent},
    {Field::Username, "user.username", K::Dict, C::Username},
    {Field::UserGroups, "user.groups", K::Raw, C::Count},
    {Field::Resource, "objectRef.resource", K::Dict, C::Resource},
    {Field::Subresource, "objectRef.subresource", K::Dict, C::Subresource},
    {Field::Namespace, "objectRef.namespace", K::Dict, C::Namespace},
    {Field::Name, "objectRef.name", K::Dict, C::Name},
    {Field::ApiGroup, "objectRef.apiGroup", K::Dict, C::ApiGroup},
    {Field::Code, "responseStatus.code", K::Number, C::Count},
    {Field::SourceIps, "sourceIPs", K::Dict, C::SourceIp},
    {Field::Decision, "annotations.authorization.k8s.io/decision", K::Enum, C::Count},
    {Field::Reason, "annotations.authorization.k8s.io/reason", K::Dict, C::Reason},
    {Field::ImpersonatedUser, "impersonatedUser.username", K::Dict, C::ImpersonatedUser},
    {Field::Time, "requestReceivedTimestamp", K::Time, C::Count},
    {Field::Operator, "operator", K::Dict, C::Operator},
    {Field::AccountType, "accountType", K::DerivedDict, C::Operator},
    {Field::SourceScope, "sourceScope", K::DerivedDict, C::SourceIp},
    {Field::LatencyMs, "latencyMs", K::Number, C::Count},
    {Field::Category, "category", K::DerivedDict, C::Resource},
    {Field::Operation, "operation", K::DerivedDict, C::Verb},
}};

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}
} // namespace

const FieldInfo& fieldInfo(Field f) {
    return kFields[static_cast<size_t>(f)];
}

std::span<const FieldInfo> allFields() {
    return kFields;
}

std::optional<Field> fieldByName(std::string_view name) {
    for (const auto& f : kFields)
        if (iequals(f.name, name)) return f.field;
    if (iequals(name, "timestamp")) return Field::Time;
    return std::nullopt;
}

} // namespace ac
