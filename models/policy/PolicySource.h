#pragma once

#include "policy/AuditPolicy.h"

#include <QCoreApplication>

#include <string>
#include <vector>

// Internal to models/policy: where each value of a decoded AuditPolicy was written, kept beside the plain
// data (parallel to its vectors) so that the lint can point at the element it talks about.
namespace ac::policy_detail {

class PolicyText {
    Q_DECLARE_TR_FUNCTIONS(AuditPolicy)
};

struct ListSource {
    SourcePos key; // line 0 when the key is absent
    std::vector<SourcePos> items;
};

struct GroupResourcesSource {
    SourcePos group; // the value, else the entry
    ListSource resources, resourceNames;
};

struct RuleSource {
    SourcePos level; // the value, else the key, else the rule
    ListSource users, userGroups, verbs, namespaces, nonResourceURLs, omitStages;
    SourcePos resourcesKey;
    std::vector<GroupResourcesSource> resources;
    SourcePos omitManagedFields;   // the key
    bool levelUndecodable = false; // reported already
};

struct PolicySource {
    SourcePos root, apiVersion, kind, rulesKey;
    ListSource omitStages;
    std::vector<RuleSource> rules;
    bool apiVersionUndecodable = false, kindUndecodable = false; // reported already
};

void addDiagnostic(std::vector<PolicyDiagnostic>& out, PolicyDiagnostic::Severity severity, SourcePos pos,
                   std::string path, QString message);

// The checklist of warnings and notes (reference §8) over a decoded policy; validation errors are not repeated.
void lintPolicy(const AuditPolicy& policy, const PolicySource& source, std::vector<PolicyDiagnostic>& out);

inline std::string rulePath(size_t i) {
    return "rules[" + std::to_string(i) + ']';
}

} // namespace ac::policy_detail
