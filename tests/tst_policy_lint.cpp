// Loading and linting audit policies: the apiserver's decoding and validation errors, the lint checklist of
// ../shared/reference/audit-policy.md §8, each with its position, and the bundled ACK default policy.
#include "policy/AuditPolicy.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace ac;
using Severity = PolicyDiagnostic::Severity;

namespace {

constexpr int kError = int(Severity::Error), kWarning = int(Severity::Warning), kInfo = int(Severity::Info);

// Line 1 is apiVersion, line 2 kind; a policy body starts on line 3.
QByteArray v1(const char* body) {
    return QByteArray("apiVersion: audit.k8s.io/v1\nkind: Policy\n") + body;
}

QString describe(const std::vector<PolicyDiagnostic>& ds) {
    QString s;
    for (const PolicyDiagnostic& d : ds)
        s += QStringLiteral("\n  %1 %2:%3 [%4] %5")
                 .arg(QLatin1Char("EWI"[int(d.severity)]))
                 .arg(d.pos.line)
                 .arg(d.pos.column)
                 .arg(QString::fromStdString(d.path), d.message);
    return s;
}

int count(const LoadedPolicy& p, Severity s) {
    return int(std::count_if(p.diagnostics.begin(), p.diagnostics.end(),
                             [s](const PolicyDiagnostic& d) { return d.severity == s; }));
}

QByteArray ackDefaultPolicy() {
    QFile f(QStringLiteral(AC_SOURCE_DIR "/resources/policies/ack-default-audit-policy.yaml"));
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Loads without errors or warnings (notes are fine). Plain literals here and below wherever the YAML holds a
// "/*": moc takes that for a comment inside a raw string and then misses the test class.
const char kCleanPolicy[] = "apiVersion: audit.k8s.io/v1\n"
                            "kind: Policy\n"
                            "omitStages: [RequestReceived]\n"
                            "rules:\n"
                            "  - level: None\n"
                            "    users: [\"system:kube-proxy\"]\n"
                            "    verbs: [\"watch\"]\n"
                            "    resources:\n"
                            "      - group: \"\"\n"
                            "        resources: [\"endpoints\", \"services\", \"services/status\"]\n"
                            "  - level: None\n"
                            "    nonResourceURLs: [\"/healthz\", \"/healthz/*\", \"/version\"]\n"
                            "  - level: None\n"
                            "    resources:\n"
                            "      - group: coordination.k8s.io\n"
                            "        resources: [\"leases\"]\n"
                            "        resourceNames: [\"kube-scheduler\"]\n"
                            "    verbs: [\"get\", \"update\"]\n"
                            "  - level: Metadata\n"
                            "    resources:\n"
                            "      - group: \"\"\n"
                            "        resources: [\"secrets\", \"configmaps\", \"serviceaccounts/token\"]\n"
                            "      - group: authentication.k8s.io\n"
                            "        resources: [\"tokenreviews\"]\n"
                            "  - level: RequestResponse\n"
                            "    verbs: [\"create\", \"update\", \"patch\", \"delete\"]\n"
                            "    resources:\n"
                            "      - group: \"\"\n"
                            "        resources: [\"pods\", \"pods/*\"]\n"
                            "      - group: \"apps\"\n"
                            "    omitManagedFields: true\n"
                            "  - level: Metadata\n";

} // namespace

class TstPolicyLint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One policy, one diagnostic that it must produce (others may come with it).
    void diagnostic_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("loadable");

        // --- the apiserver refuses these (reference §1, §4)
        QTest::newRow("YAML syntax") << v1("rules:\n- level: [None\n") << kError << "" << 5 << 1 << "YAML syntax error"
                                     << false;
        QTest::newRow("tab indentation") << QByteArray("rules:\n\t- level: None\n") << kError << "" << 2 << 2
                                         << "YAML syntax error" << false;
        QTest::newRow("users: a string") << v1("rules:\n- level: None\n  users: alice\n") << kError << "rules[0].users"
                                         << 5 << 10 << "failed decoding rules[0].users: expected a list of strings"
                                         << false;
        QTest::newRow("rules: {}") << v1("rules: {}\n") << kError << "rules" << 3 << 8
                                   << "failed decoding rules: expected a list of rules, found a map" << false;
        QTest::newRow("resources: a map")
            << v1("rules:\n- level: None\n  resources: {group: apps}\n") << kError << "rules[0].resources" << 5 << 14
            << "failed decoding rules[0].resources" << false;
        QTest::newRow("level: a number") << v1("rules:\n- level: 5\n") << kError << "rules[0].level" << 4 << 10
                                         << "expected a string, found a number; quote it (\"5\")" << false;
        QTest::newRow("users: [yes]") << v1("rules:\n- level: None\n  users: [yes]\n") << kError << "rules[0].users[0]"
                                      << 5 << 11 << "expected a string, found a boolean" << false;
        QTest::newRow("omitManagedFields quoted")
            << v1("rules:\n- level: Request\n  omitManagedFields: \"true\"\n") << kError << "rules[0].omitManagedFields"
            << 5 << 22 << "expected true or false, found a string" << false;
        QTest::newRow("policy not a map") << QByteArray("- level: None\n") << kError << "" << 1 << 1
                                          << "failed decoding Policy: expected a map" << false;
        QTest::newRow("v1beta1") << QByteArray(
                                        "apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n- level: None\n")
                                 << kError << "apiVersion" << 1 << 13
                                 << "removed in Kubernetes 1.24 (only audit.k8s.io/v1 loads since then)" << false;
        QTest::newRow("v1alpha1") << QByteArray(
                                         "apiVersion: audit.k8s.io/v1alpha1\nkind: Policy\nrules:\n- level: None\n")
                                  << kError << "apiVersion" << 1 << 13 << "removed in Kubernetes 1.24" << false;
        QTest::newRow("other group version")
            << QByteArray("apiVersion: audit.k8s.io/v2\nkind: Policy\nrules: [{level: None}]\n") << kError
            << "apiVersion" << 1 << 13 << "unknown group version “audit.k8s.io/v2”" << false;
        QTest::newRow("no apiVersion") << QByteArray("kind: Policy\nrules:\n- level: None\n") << kError << "apiVersion"
                                       << 1 << 1 << "unknown group version: apiVersion is missing" << false;
        QTest::newRow("no kind") << QByteArray("apiVersion: audit.k8s.io/v1\nrules:\n- level: None\n") << kError
                                 << "kind" << 1 << 1 << "kind is missing" << false;
        QTest::newRow("wrong kind") << QByteArray(
                                           "apiVersion: audit.k8s.io/v1\nkind: AuditPolicy\nrules: [{level: None}]\n")
                                    << kError << "kind" << 2 << 7 << "kind must be “Policy”, not “AuditPolicy”"
                                    << false;
        QTest::newRow("level missing") << v1("rules:\n- users: [alice]\n") << kError << "rules[0].level" << 4 << 1
                                       << "level is required" << false;
        QTest::newRow("level empty") << v1("rules:\n  - level:\n") << kError << "rules[0].level" << 4 << 5
                                     << "level is required" << false;
        QTest::newRow("level lower case") << v1("rules:\n- level: metadata\n") << kError << "rules[0].level" << 4 << 10
                                          << "unsupported level “metadata”" << false;
        QTest::newRow("policy omitStages")
            << v1("omitStages: [RequestReceived, ResponseStart]\nrules:\n- level: None\n") << kError << "omitStages[1]"
            << 3 << 31 << "unknown stage “ResponseStart”" << false;
        QTest::newRow("rule omitStages") << v1("rules:\n- level: None\n  omitStages:\n  - requestReceived\n") << kError
                                         << "rules[0].omitStages[0]" << 6 << 5 << "unknown stage “requestReceived”"
                                         << false;
        QTest::newRow("URLs with resources")
            << v1("rules:\n- level: None\n  resources: [{group: \"\"}]\n  nonResourceURLs: [\"/healthz\"]\n") << kError
            << "rules[0].nonResourceURLs" << 6 << 3 << "cannot have nonResourceURLs together with resources" << false;
        QTest::newRow("URLs with namespaces")
            << v1("rules:\n- level: None\n  namespaces: [default]\n  nonResourceURLs: [\"/healthz\"]\n") << kError
            << "rules[0].nonResourceURLs" << 6 << 3 << "together with resources or namespaces" << false;
        QTest::newRow("URL without /") << v1("rules:\n- level: None\n  nonResourceURLs: [\"/a\", \"healthz\"]\n")
                                       << kError << "rules[0].nonResourceURLs[1]" << 5 << 27
                                       << "“healthz” must begin with “/”" << false;
        QTest::newRow("URL empty") << v1("rules:\n- level: None\n  nonResourceURLs: [\"\"]\n") << kError
                                   << "rules[0].nonResourceURLs[0]" << 5 << 21 << "must begin with “/”" << false;
        QTest::newRow("URL * inside") << v1("rules:\n- level: None\n  nonResourceURLs: [\"/logs/*/x\"]\n") << kError
                                      << "rules[0].nonResourceURLs[0]" << 5 << 21
                                      << "the wildcard “*” may only be the last character" << false;
        QTest::newRow("group with version")
            << v1("rules:\n- level: None\n  resources:\n  - group: rbac.authorization.k8s.io/v1\n") << kError
            << "rules[0].resources.group" << 6 << 12 << "leave out the version (“rbac.authorization.k8s.io”)" << false;
        QTest::newRow("group upper case")
            << v1("rules:\n- level: None\n  resources:\n  - group: Apps\n") << kError << "rules[0].resources.group" << 6
            << 12 << "“Apps” is not an API group" << false;
        QTest::newRow("resourceNames alone")
            << v1("rules:\n- level: None\n  resources:\n  - group: apps\n    resourceNames: [web]\n") << kError
            << "rules[0].resources.resourceNames" << 7 << 5 << "resourceNames needs at least one resource" << false;
        QTest::newRow("no rules") << v1("rules: []\n") << kError << "rules" << 3 << 1 << "no rules" << false;
        QTest::newRow("no rules key") << v1("omitStages: [RequestReceived]\n") << kError << "rules" << 1 << 1
                                      << "no rules" << false;
        QTest::newRow("empty file") << QByteArray() << kError << "rules" << 1 << 1 << "no rules" << false;

        // --- loads, with a warning
        QTest::newRow("group *") << v1("rules:\n- level: None\n  resources:\n  - group: \"*\"\n") << kWarning
                                 << "rules[0].resources.group" << 6 << 12 << "needs Kubernetes 1.36 or later" << true;
        // Unknown keys (reference §1: the lenient decoder drops them, and the rule then matches more).
        QTest::newRow("Users:") << v1("rules:\n- level: None\n  Users: [alice]\n") << kWarning << "rules[0].Users" << 5
                                << 3
                                << "dropped: the apiserver ignores unknown key “Users” (did you mean “users”?); "
                                   "the rule then matches more"
                                << true;
        QTest::newRow("namespace:") << v1("rules:\n- level: None\n  namespace: [a]\n") << kWarning
                                    << "rules[0].namespace" << 5 << 3 << "(did you mean “namespaces”?); the rule then"
                                    << true;
        QTest::newRow("resource:") << v1("rules:\n- level: None\n  resource: [pods]\n") << kWarning
                                   << "rules[0].resource" << 5 << 3
                                   << "unknown key “resource” (did you mean “resources”?)" << true;
        QTest::newRow("user:") << v1("rules:\n- level: None\n  user: [a]\n") << kWarning << "rules[0].user" << 5 << 3
                               << "(did you mean “users”?)" << true;
        QTest::newRow("groups:") << v1("rules:\n- level: None\n  groups: [g]\n") << kWarning << "rules[0].groups" << 5
                                 << 3 << "(did you mean “userGroups”?)" << true;
        QTest::newRow("nonResourceURL:") << v1("rules:\n- level: None\n  nonResourceURL: [\"/x\"]\n") << kWarning
                                         << "rules[0].nonResourceURL" << 5 << 3 << "(did you mean “nonResourceURLs”?)"
                                         << true;
        QTest::newRow("omitStage:") << v1("rules:\n- level: None\n  omitStage: [Panic]\n") << kWarning
                                    << "rules[0].omitStage" << 5 << 3
                                    << "unknown key “omitStage” (did you mean “omitStages”?)" << true;
        QTest::newRow("Level:") << v1("rules:\n- Level: None\n") << kWarning << "rules[0].Level" << 4 << 3
                                << "unknown key “Level” (did you mean “level”?)" << false;
        QTest::newRow("unknown rule key")
            << v1("rules:\n- level: None\n  comment: x\n") << kWarning << "rules[0].comment" << 5 << 3
            << "dropped: the apiserver ignores unknown key “comment”; the rule then "
               "matches more"
            << true;
        QTest::newRow("resourceNames in the rule")
            << v1("rules:\n- level: None\n  resourceNames: [a]\n") << kWarning << "rules[0].resourceNames" << 5 << 3
            << "belongs in a resources entry" << true;
        QTest::newRow("level at the top") << v1("level: None\nrules:\n- level: None\n") << kWarning << "level" << 3 << 1
                                          << "“level” belongs in a rule, not at the top level" << true;
        QTest::newRow("unknown top key") << v1("rule:\n- level: None\n") << kWarning << "rule" << 3 << 1
                                         << "unknown key “rule” (did you mean “rules”?)" << false;
        QTest::newRow("apiGroups in an entry")
            << v1("rules:\n- level: None\n  resources:\n  - apiGroups: [apps]\n") << kWarning
            << "rules[0].resources[0].apiGroups" << 6 << 5 << "(did you mean “group”?)" << true;
        // The reference's trap (reader_test.go): verbs indented into the resources entry; the rule then takes every
        // verb.
        QTest::newRow("verbs mis-indented") << v1(R"(rules:
  - level: None
    resources:
      - group: ""
        resources: ["pods"]
        verbs: ["get"]
  - level: Metadata
)") << kWarning << "rules[0].resources[0].verbs"
                                            << 8 << 9
                                            << "dropped: “verbs” belongs to the rule, not to a resources entry "
                                               "(mis-indented?); the rule then matches more"
                                            << true;
        QTest::newRow("duplicate key") << v1("rules:\n- level: None\n  level: Metadata\n") << kWarning
                                       << "rules[0].level" << 5 << 3 << "duplicate key “level”" << true;
        QTest::newRow("second document") << v1("rules:\n- level: None\n---\nrules: []\n") << kWarning << "" << 6 << 1
                                         << "only the first YAML document is read" << true;
        // Shadowed rules (first match wins).
        QTest::newRow("after a catch-all")
            << v1("rules:\n- level: Metadata\n- level: None\n  users: [alice]\n") << kWarning << "rules[1]" << 5 << 1
            << "never used: the rule at line 4 comes first" << true;
        QTest::newRow("superset lists") << v1("rules:\n"
                                              "- level: None\n"
                                              "  users: [alice, bob]\n"
                                              "  resources:\n"
                                              "  - group: \"\"\n"
                                              "    resources: [\"pods/*\", \"*/status\"]\n"
                                              "  - group: apps\n"
                                              "- level: Metadata\n"
                                              "  users: [alice]\n"
                                              "  verbs: [get]\n"
                                              "  namespaces: [default]\n"
                                              "  resources:\n"
                                              "  - group: \"\"\n"
                                              "    resources: [pods, pods/log, nodes/status]\n"
                                              "  - group: apps\n"
                                              "    resources: [deployments]\n"
                                              "    resourceNames: [web]\n"
                                              "- level: Metadata\n")
                                        << kWarning << "rules[1]" << 10 << 1 << "never used: the rule at line 4"
                                        << true;
        QTest::newRow("URL prefix covers") << v1(R"(rules:
- level: None
  nonResourceURLs: ["/healthz*"]
- level: None
  nonResourceURLs: ["/healthz/etcd", "/healthzx*"]
- level: Metadata
)") << kWarning << "rules[1]" << 6 << 1 << "never used: the rule at line 4"
                                           << true;
        QTest::newRow("namespaces covers") << v1(R"(rules:
- level: None
  namespaces: [kube-system]
- level: Metadata
  namespaces: [kube-system]
  resources: [{group: apps, resources: [deployments]}]
- level: Metadata
)") << kWarning << "rules[1]" << 6 << 1 << "never used: the rule at line 4"
                                           << true;
        // Wildcards that are literal strings.
        QTest::newRow("users *") << v1("rules:\n- level: None\n  users: [\"*\"]\n") << kWarning << "rules[0].users" << 5
                                 << 11 << "“*” is taken literally (users has no wildcards)" << true;
        QTest::newRow("service accounts *")
            << v1("rules:\n- level: None\n  users: [\"system:serviceaccount:ci:*\"]\n") << kWarning << "rules[0].users"
            << 5 << 11 << "use userGroups: [“system:serviceaccounts:ci”]" << true;
        QTest::newRow("userGroups *") << v1("rules:\n- level: None\n  userGroups: [\"system:*\"]\n") << kWarning
                                      << "rules[0].userGroups" << 5 << 16 << "(userGroups has no wildcards)" << true;
        QTest::newRow("verbs *") << v1("rules:\n- level: None\n  verbs: [\"*\"]\n") << kWarning << "rules[0].verbs" << 5
                                 << 11 << "(verbs has no wildcards)" << true;
        QTest::newRow("namespaces *") << v1("rules:\n- level: None\n  namespaces: [\"kube-*\"]\n") << kWarning
                                      << "rules[0].namespaces" << 5 << 16 << "“kube-*” is taken literally" << true;
        QTest::newRow("resourceNames *")
            << v1("rules:\n- level: None\n  resources:\n  - resources: [pods]\n    resourceNames: [\"web-*\"]\n")
            << kWarning << "rules[0].resources.resourceNames" << 7 << 21 << "(resourceNames has no wildcards)" << true;
        // Verbs.
        QTest::newRow("verb upper case") << v1("rules:\n- level: None\n  verbs: [get, GET]\n") << kWarning
                                         << "rules[0].verbs" << 5 << 16 << "request verbs are lower case (“get”)"
                                         << true;
        QTest::newRow("HTTP verb on resources")
            << v1("rules:\n- level: None\n  verbs: [post]\n  resources: [{group: \"\"}]\n") << kWarning
            << "rules[0].verbs" << 5 << 11 << "verb “post” matches no resource request" << true;
        QTest::newRow("resource verb on URLs")
            << v1("rules:\n- level: None\n  verbs: [list]\n  nonResourceURLs: [\"/metrics\"]\n") << kWarning
            << "rules[0].verbs" << 5 << 11 << "verb “list” matches no non-resource request" << true;
        QTest::newRow("unknown verb") << v1("rules:\n- level: None\n  verbs: [read]\n") << kWarning << "rules[0].verbs"
                                      << 5 << 11 << "unknown verb “read”" << true;
        // Resource strings that never match.
        const char* const strings = "rules:\n- level: None\n  resources:\n  - group: \"\"\n    resources: [%1]\n";
        const auto resources = [strings](const char* list) {
            return v1(QByteArray(strings).replace("%1", list).constData());
        };
        QTest::newRow("*/*") << resources("\"*/*\"") << kWarning << "rules[0].resources.resources" << 7 << 17
                             << "“*/*” never matches: use “*”" << true;
        QTest::newRow("po*") << resources("\"po*\"") << kWarning << "rules[0].resources.resources" << 7 << 17
                             << "“*” is a wildcard only as “*”, “*/subresource” or “resource/*”" << true;
        QTest::newRow("two slashes") << resources("pods/log/x") << kWarning << "rules[0].resources.resources" << 7 << 17
                                     << "write “resource” or “resource/subresource”" << true;
        QTest::newRow("upper case") << resources("Pods") << kWarning << "rules[0].resources.resources" << 7 << 17
                                    << "resource names are lower case (“pods”)" << true;
        QTest::newRow("apps/deployments")
            << resources("apps/deployments") << kWarning << "rules[0].resources.resources" << 7 << 17
            << "the API group goes in “group” (group: “apps”, resources: [“deployments”])" << true;
        QTest::newRow("deployments.apps") << resources("deployments.apps") << kWarning << "rules[0].resources.resources"
                                          << 7 << 17 << "(group: “apps”, resources: [“deployments”])" << true;
        QTest::newRow("pods misses exec")
            << resources("pods").replace("None", "Metadata") << kInfo << "rules[0].resources.resources" << 7 << 17
            << "“pods” does not cover its subresources (pods/exec," << true;
        QTest::newRow("pods/* includes pods") << resources("\"pods/*\"") << kInfo << "rules[0].resources.resources" << 7
                                              << 17 << "“pods/*” also matches “pods” itself" << true;
        // resourceNames and requests without a name.
        QTest::newRow("resourceNames with create") << v1(R"(rules:
- level: None
  verbs: [get, create, list]
  resources:
  - group: ""
    resources: [configmaps]
    resourceNames: [leader]
)") << kWarning << "rules[0].resources.resourceNames"
                                                   << 9 << 5 << "resourceNames do not match create, list requests"
                                                   << true;
        QTest::newRow("resourceNames without verbs")
            << v1("rules:\n- level: None\n  resources:\n  - resources: [configmaps]\n    resourceNames: [leader]\n")
            << kInfo << "rules[0].resources.resourceNames" << 7 << 5 << "match only requests that name an object"
            << true;
        QTest::newRow("namespaces [\"\"]")
            << v1("rules:\n- level: Metadata\n  namespaces: [\"\"]\n") << kWarning << "rules[0].namespaces" << 5 << 16
            << "not get, update or delete of Namespace objects" << true;
        QTest::newRow("exec by create only") << v1(R"(rules:
- level: Metadata
  verbs: [create]
  resources:
  - group: ""
    resources: [pods/exec, pods/attach]
)") << kWarning << "rules[0].verbs" << 5 << 3 << "pods/exec, pods/attach sessions opened over WebSocket"
                                             << true;
        // Bodies of secrets and tokens.
        QTest::newRow("Request on secrets")
            << v1("rules:\n- level: Request\n  resources:\n  - group: \"\"\n    resources: [pods, secrets]\n")
            << kWarning << "rules[0].resources" << 7 << 23 << "level Request records the bodies of “secrets”" << true;
        QTest::newRow("configmaps in a namespace") << v1(R"(rules:
- level: RequestResponse
  namespaces: [kube-system]
  resources:
  - group: ""
    resources: [configmaps]
)") << kWarning << "rules[0].resources" << 8 << 17 << "records the bodies of “configmaps”"
                                                   << true;
        QTest::newRow("tokenreviews") << v1(R"(rules:
- level: Request
  resources:
  - group: authentication.k8s.io
    resources: [tokenreviews]
)") << kWarning << "rules[0].resources"
                                      << 7 << 17 << "the bodies of “tokenreviews”, which hold secrets or tokens"
                                      << true;
        QTest::newRow("token through a group") << v1(R"(rules:
- level: Metadata
  resources:
  - group: ""
    resources: [secrets, configmaps]
- level: RequestResponse
  resources:
  - group: ""
- level: Metadata
)") << kWarning << "rules[1].resources" << 10 << 3
                                               << "level RequestResponse also records the bodies of "
                                                  "“serviceaccounts/token”"
                                               << true;
        QTest::newRow("token through */token")
            << v1("rules:\n- level: Request\n  resources:\n  - group: \"\"\n    resources: [\"*/token\"]\n") << kWarning
            << "rules[0].resources" << 7 << 17 << "also records the bodies of “serviceaccounts/token”" << true;
        // Levels, stages and fields that have no effect.
        QTest::newRow("body level on URLs")
            << v1("rules:\n- level: RequestResponse\n  nonResourceURLs: [\"/metrics\"]\n") << kWarning
            << "rules[0].level" << 4 << 10 << "records nothing more than Metadata for non-resource URLs" << true;
        QTest::newRow("Request on reads")
            << v1("rules:\n- level: Request\n  verbs: [get, list, watch]\n") << kInfo << "rules[0].level" << 4 << 10
            << "records nothing more than Metadata for get, list and watch" << true;
        QTest::newRow("omitManagedFields at Metadata")
            << v1("rules:\n- level: Metadata\n  omitManagedFields: true\n") << kWarning << "rules[0].omitManagedFields"
            << 5 << 3 << "omitManagedFields has no effect at level Metadata" << true;
        QTest::newRow("rule omits every stage") << v1(R"(omitStages: [RequestReceived]
rules:
- level: Metadata
  omitStages: [ResponseStarted, ResponseComplete, Panic]
)") << kWarning << "rules[0].omitStages" << 6 << 3
                                                << "so this rule records nothing" << true;
        QTest::newRow("policy omits every stage")
            << v1("omitStages: [Panic, RequestReceived, ResponseStarted, ResponseComplete]\nrules:\n- level: None\n")
            << kWarning << "omitStages" << 3 << 1 << "so the policy records nothing" << true;
        QTest::newRow("/healthz*") << v1("rules:\n- level: None\n  nonResourceURLs: [\"/healthz*\"]\n") << kWarning
                                   << "rules[0].nonResourceURLs" << 5 << 21
                                   << "“/healthz*” is a plain prefix and also matches paths such as “/healthzx”"
                                   << true;
        QTest::newRow("/api*") << v1("rules:\n- level: None\n  nonResourceURLs: [/version, /api*]\n") << kWarning
                               << "rules[0].nonResourceURLs" << 5 << 31 << "list “/api” and “/api/*”" << true;
        QTest::newRow("no catch-all") << v1("rules:\n- level: Metadata\n  verbs: [create]\n") << kInfo << "rules[0]"
                                      << 4 << 1 << "no catch-all rule at the end" << true;
        QTest::newRow("anonymous") << v1("rules:\n- level: Metadata\n  users: [\"system:anonymous\"]\n- level: None\n")
                                   << kInfo << "rules[0].users" << 5 << 11
                                   << "requests that fail authentication have no user" << true;
        QTest::newRow("unauthenticated") << v1("rules:\n- level: Metadata\n  userGroups: [system:unauthenticated]\n")
                                         << kInfo << "rules[0].userGroups" << 5 << 16
                                         << "requests that fail authentication have no user" << true;
    }
    void diagnostic() {
        QFETCH(QByteArray, yaml);
        QFETCH(int, severity);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(bool, loadable);
        const LoadedPolicy p = loadPolicy(yaml.toStdString());
        const bool found = std::any_of(p.diagnostics.begin(), p.diagnostics.end(), [&](const PolicyDiagnostic& d) {
            return int(d.severity) == severity && QString::fromStdString(d.path) == path && d.pos.line == line &&
                   d.pos.column == column && d.message.contains(message);
        });
        if (!found) QFAIL(qPrintable(QStringLiteral("not reported; the diagnostics are:") + describe(p.diagnostics)));
        QCOMPARE(p.loadable(), loadable);
        QVERIFY(std::is_sorted(p.diagnostics.begin(), p.diagnostics.end(), [](const auto& a, const auto& b) {
            return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
        }));
    }

    // First match wins, but only a provable superset makes a rule dead: none of these is reported.
    void notShadowed_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("other users") << v1("rules:\n- level: None\n  users: [alice]\n- level: None\n  users: [bob]\n");
        QTest::newRow("users narrow the earlier rule")
            << v1("rules:\n- level: None\n  users: [alice]\n- level: None\n  verbs: [get]\n");
        QTest::newRow("groups versus users")
            << v1("rules:\n- level: None\n  userGroups: [dev]\n- level: None\n  users: [alice]\n");
        QTest::newRow("resources versus URLs")
            << v1("rules:\n- level: None\n  resources: [{group: \"\"}]\n- level: None\n  nonResourceURLs: [\"/x\"]\n");
        QTest::newRow("namespaces versus URLs")
            << v1("rules:\n- level: None\n  namespaces: [a]\n- level: None\n  nonResourceURLs: [\"/x\"]\n");
        QTest::newRow("selector-less later") << v1("rules:\n- level: None\n  verbs: [get]\n- level: Metadata\n");
        QTest::newRow("other group") << v1(R"(rules:
- level: None
  resources: [{group: "", resources: [pods]}]
- level: None
  resources: [{group: apps, resources: [pods]}]
)");
        QTest::newRow("pods does not cover pods/log") << v1(R"(rules:
- level: None
  resources: [{group: "", resources: [pods]}]
- level: None
  resources: [{group: "", resources: [pods/log]}]
)");
        QTest::newRow("resourceNames narrow") << v1(R"(rules:
- level: None
  resources: [{group: "", resources: [configmaps], resourceNames: [a]}]
- level: None
  resources: [{group: "", resources: [configmaps]}]
)");
        QTest::newRow("*/status misses a bare resource") << v1(R"(rules:
- level: None
  resources: [{group: "", resources: ["*/status"]}]
- level: None
  resources: [{group: "", resources: [nodes]}]
)");
        QTest::newRow("exact URL misses a prefix") << v1(R"(rules:
- level: None
  nonResourceURLs: [/healthz]
- level: None
  nonResourceURLs: ["/healthz*"]
)");
        QTest::newRow("one resource of two") << v1(R"(rules:
- level: None
  resources: [{group: "", resources: [pods]}]
- level: None
  resources: [{group: "", resources: [pods, services]}]
)");
        QTest::newRow("namespaces narrow")
            << v1("rules:\n- level: None\n  namespaces: [a]\n- level: None\n  resources: [{group: apps}]\n");
    }
    void notShadowed() {
        QFETCH(QByteArray, yaml);
        const LoadedPolicy p = loadPolicy(yaml.toStdString());
        for (const PolicyDiagnostic& d : p.diagnostics)
            QVERIFY2(!d.message.contains(QLatin1String("never used")), qPrintable(describe(p.diagnostics)));
    }

    void cleanPolicy() {
        const LoadedPolicy p = loadPolicy(kCleanPolicy);
        QVERIFY2(p.loadable(), qPrintable(describe(p.diagnostics)));
        QCOMPARE(count(p, Severity::Error), 0);
        QVERIFY2(count(p, Severity::Warning) == 0, qPrintable(describe(p.diagnostics)));
        QCOMPARE(p.policy.rules.size(), size_t(6));
    }

    // What the simulator is given: the values and where they were written.
    void decodedValues() {
        const LoadedPolicy p = loadPolicy(kCleanPolicy);
        const AuditPolicy& a = p.policy;
        QCOMPARE(a.apiVersion, std::string("audit.k8s.io/v1"));
        QCOMPARE(a.kind, std::string("Policy"));
        QCOMPARE(a.omitStages, std::vector<Stage>{Stage::RequestReceived});
        QCOMPARE(a.omitManagedFields, false);
        QCOMPARE(a.rules[0].level, Level::None);
        QCOMPARE(a.rules[0].levelText, std::string("None"));
        QCOMPARE(a.rules[0].pos.line, 5);
        QCOMPARE(a.rules[0].pos.column, 3);
        QCOMPARE(a.rules[0].users, std::vector<std::string>{"system:kube-proxy"});
        QCOMPARE(a.rules[0].resources.size(), size_t(1));
        QCOMPARE(a.rules[0].resources[0].group, std::string());
        QCOMPARE(a.rules[0].resources[0].resources,
                 (std::vector<std::string>{"endpoints", "services", "services/status"}));
        QCOMPARE(a.rules[0].resources[0].pos.line, 9);
        QCOMPARE(a.rules[0].resources[0].pos.column, 7);
        QCOMPARE(a.rules[1].nonResourceURLs.size(), size_t(3));
        QCOMPARE(a.rules[2].resources[0].resourceNames, std::vector<std::string>{"kube-scheduler"});
        QCOMPARE(a.rules[4].level, Level::RequestResponse);
        QCOMPARE(a.rules[4].omitManagedFields, std::optional<bool>(true));
        QCOMPARE(a.rules[4].resources[1].group, std::string("apps"));
        QVERIFY(a.rules[4].resources[1].resources.empty());
        QCOMPARE(a.rules[3].omitManagedFields, std::optional<bool>());
        QCOMPARE(a.rules[5].pos.line, 32);

        const LoadedPolicy stages =
            loadPolicy(v1("omitManagedFields: yes\nrules:\n- level: Request\n  omitStages: [Panic, ResponseStarted]\n  "
                          "omitManagedFields: false\n")
                           .toStdString());
        QCOMPARE(stages.policy.omitManagedFields, true);
        QCOMPARE(stages.policy.rules[0].omitStages, (std::vector<Stage>{Stage::Panic, Stage::ResponseStarted}));
        QCOMPARE(stages.policy.rules[0].omitManagedFields, std::optional<bool>(false));

        // Dropped keys are dropped: the rule is left without the selector, as on the apiserver.
        const LoadedPolicy dropped =
            loadPolicy(v1("rules:\n- level: None\n  Users: [alice]\n  verbs: [get]\n").toStdString());
        QVERIFY(dropped.policy.rules[0].users.empty());
        QCOMPARE(dropped.policy.rules[0].verbs, std::vector<std::string>{"get"});
        // Of duplicate keys the last one counts.
        const LoadedPolicy duplicate = loadPolicy(v1("rules:\n- level: None\n  level: Metadata\n").toStdString());
        QCOMPARE(duplicate.policy.rules[0].level, Level::Metadata);
        // JSON is YAML too.
        const LoadedPolicy json =
            loadPolicy(R"({"apiVersion": "audit.k8s.io/v1", "kind": "Policy", "rules": [{"level": "Metadata"}]})");
        QVERIFY2(json.diagnostics.empty(), qPrintable(describe(json.diagnostics)));
        QCOMPARE(json.policy.rules.size(), size_t(1));
    }

    void ackDefault() {
        QByteArray text = ackDefaultPolicy();
        const LoadedPolicy p = loadPolicy(text.toStdString());
        // The help page's policy is v1beta1: only 1.23 and older load it.
        QCOMPARE(count(p, Severity::Error), 1);
        const auto error = std::find_if(p.diagnostics.begin(), p.diagnostics.end(),
                                        [](const PolicyDiagnostic& d) { return d.severity == Severity::Error; });
        QCOMPARE(error->path, std::string("apiVersion"));
        QVERIFY(error->message.contains(QLatin1String("1.24")));
        QVERIFY(!p.loadable());
        // Still decoded, so that a simulation can run for older clusters.
        const AuditPolicy& a = p.policy;
        QCOMPARE(a.rules.size(), size_t(12));
        QCOMPARE(a.omitStages, std::vector<Stage>{Stage::RequestReceived});
        QCOMPARE(a.rules[0].users, std::vector<std::string>{"system:kube-proxy"});
        QCOMPARE(a.rules[4].users.size(), size_t(3));
        QCOMPARE(a.rules[6].nonResourceURLs, (std::vector<std::string>{"/healthz*", "/version", "/swagger*"}));
        QCOMPARE(a.rules[8].level, Level::Metadata);
        QCOMPARE(a.rules[8].resources.size(), size_t(2));
        QCOMPARE(a.rules[9].level, Level::Request);
        QCOMPARE(a.rules[9].resources.size(), size_t(14));
        QCOMPARE(a.rules[10].level, Level::RequestResponse);
        QCOMPARE(a.rules[10].resources.size(), size_t(14));
        QCOMPARE(a.rules[11].level, Level::Metadata);
        QCOMPARE(a.rules[11].pos.line, 105);
        // Its RequestResponse rule takes the whole core group, so TokenRequests (serviceaccounts/token) are
        // recorded with their tokens: no earlier rule lists them.
        QVERIFY(std::any_of(p.diagnostics.begin(), p.diagnostics.end(), [](const PolicyDiagnostic& d) {
            return d.path == "rules[10].resources" && d.pos.line == 90 && d.pos.column == 7 &&
                   d.message.contains(QLatin1String("serviceaccounts/token"));
        }));
        for (const PolicyDiagnostic& d : p.diagnostics)
            QVERIFY2(!d.message.contains(QLatin1String("never used")), qPrintable(describe(p.diagnostics)));

        // As audit.k8s.io/v1 it loads.
        const LoadedPolicy v1Policy = loadPolicy(text.replace("audit.k8s.io/v1beta1", "audit.k8s.io/v1").toStdString());
        QVERIFY2(v1Policy.loadable(), qPrintable(describe(v1Policy.diagnostics)));
        QCOMPARE(v1Policy.policy.rules.size(), size_t(12));
    }
};

QTEST_GUILESS_MAIN(TstPolicyLint)
#include "tst_policy_lint.moc"
