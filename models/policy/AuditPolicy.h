#pragma once

#include "audit/AuditTypes.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ac {

// A kube-apiserver audit Policy (audit.k8s.io/v1, and v1beta1/v1alpha1, which 1.24 removed) as
// plain data, with where each part was written, for lint and simulation. The semantics follow
// ../shared/reference/audit-policy.md (k8s.io/apiserver pkg/audit/policy/checker.go).
struct SourcePos {
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
};

struct GroupResources {
    std::string group; // "" is the core group
    std::vector<std::string> resources;
    std::vector<std::string> resourceNames;
    SourcePos pos;
};

struct PolicyRule {
    Level level = Level::Unknown;
    std::string levelText; // as written
    std::vector<std::string> users, userGroups, verbs, namespaces, nonResourceURLs;
    std::vector<GroupResources> resources;
    std::vector<Stage> omitStages;
    std::optional<bool> omitManagedFields;
    SourcePos pos; // the rule's "-"
};

struct AuditPolicy {
    std::string apiVersion, kind;
    std::vector<Stage> omitStages;
    bool omitManagedFields = false;
    std::vector<PolicyRule> rules;
};

struct PolicyDiagnostic {
    enum class Severity : uint8_t { Error, Warning, Info };
    Severity severity = Severity::Warning;
    SourcePos pos;
    std::string path; // the field path the apiserver reports, e.g. "rules[2].level"
    QString message;  // translated
};

struct LoadedPolicy {
    AuditPolicy policy;
    std::vector<PolicyDiagnostic> diagnostics; // in file order
    // The apiserver would refuse it (any Error), so a simulation of it says so.
    bool loadable() const;
};

// Parses and lints YAML (or JSON) text the way the apiserver loads it: strict-then-lenient
// decoding (unknown keys dropped, and warned about), apiVersion/kind, validation, at least one
// rule; then the warnings of the reference's lint checklist. Never throws.
LoadedPolicy loadPolicy(const std::string& text);

} // namespace ac
