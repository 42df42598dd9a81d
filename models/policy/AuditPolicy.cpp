// Loading an audit Policy the way kube-apiserver does (reference §1 and §4): YAML decoding where unknown and
// duplicate keys are dropped with a warning, wrong types fail, then apiVersion/kind, validation and the rule count.
#include "AuditPolicy.h"

#include "PolicySource.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <exception>
#include <map>
#include <regex>
#include <string_view>
#include <tuple>

namespace ac {

using namespace policy_detail;
using Severity = PolicyDiagnostic::Severity;

namespace policy_detail {
void addDiagnostic(std::vector<PolicyDiagnostic>& out, Severity severity, SourcePos pos, std::string path,
                   QString message) {
    out.push_back({severity, pos, std::move(path), std::move(message)});
}
} // namespace policy_detail

bool LoadedPolicy::loadable() const {
    return std::none_of(diagnostics.begin(), diagnostics.end(),
                        [](const PolicyDiagnostic& d) { return d.severity == PolicyDiagnostic::Severity::Error; });
}

namespace {

QString q(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

enum class Context { Policy, Rule, GroupResources };

constexpr std::array<std::string_view, 6> kPolicyKeys{"apiVersion", "kind",       "metadata",
                                                      "rules",      "omitStages", "omitManagedFields"};
constexpr std::array<std::string_view, 9> kRuleKeys{"level",           "users",      "userGroups",
                                                    "verbs",           "resources",  "namespaces",
                                                    "nonResourceURLs", "omitStages", "omitManagedFields"};
constexpr std::array<std::string_view, 3> kGroupResourcesKeys{"group", "resources", "resourceNames"};
// Dropping one of these widens the rule.
constexpr std::array<std::string_view, 7> kSelectorKeys{"users",           "userGroups", "verbs",        "namespaces",
                                                        "nonResourceURLs", "resources",  "resourceNames"};

template <size_t N> bool contains(const std::array<std::string_view, N>& a, std::string_view s) {
    return std::find(a.begin(), a.end(), s) != a.end();
}

// Lower case without a trailing "s": "Users", "user" and "users" compare equal.
std::string normalizedKey(std::string_view key) {
    std::string s;
    for (char c : key)
        s += char(std::tolower(static_cast<unsigned char>(c)));
    if (s.size() > 1 && s.back() == 's') s.pop_back();
    return s;
}

template <size_t N> std::string_view similarKey(const std::array<std::string_view, N>& keys, std::string_view key) {
    const std::string n = normalizedKey(key);
    for (std::string_view k : keys)
        if (normalizedKey(k) == n) return k;
    return {};
}

// A plain (unquoted) scalar as YAML 1.1 resolves it, which is what the apiserver's YAML-to-JSON step does.
enum class ScalarKind { String, Null, Bool, Number };

ScalarKind resolvePlain(const std::string& s) {
    static const std::array<std::string_view, 5> nulls{"", "~", "null", "Null", "NULL"};
    static const std::array<std::string_view, 22> bools{"y",  "Y",  "yes",  "Yes",  "YES",  "n",     "N",     "no",
                                                        "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                                                        "on", "On", "ON",   "off",  "Off",  "OFF"};
    if (contains(nulls, s)) return ScalarKind::Null;
    if (contains(bools, s)) return ScalarKind::Bool;
    // (std::regex recurses per character: no number is that long anyway)
    if (s.empty() || s.size() > 200 || !std::strchr("+-.0123456789", s.front())) return ScalarKind::String;
    static const std::regex special(R"([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))");
    static const std::regex integer(R"([-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+))");
    static const std::regex real(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
    std::string digits = s;
    digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
    if (std::regex_match(s, special) || std::regex_match(digits, integer) || std::regex_match(s, real))
        return ScalarKind::Number;
    return ScalarKind::String;
}

ScalarKind scalarKind(const YAML::Node& n) {
    const std::string& tag = n.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") return ScalarKind::String;
    if (tag == "tag:yaml.org,2002:bool") return ScalarKind::Bool;
    if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float") return ScalarKind::Number;
    if (tag == "tag:yaml.org,2002:null") return ScalarKind::Null;
    return resolvePlain(n.Scalar());
}

QString describe(const YAML::Node& n) {
    switch (n.Type()) {
    case YAML::NodeType::Sequence:
        return PolicyText::tr("a list");
    case YAML::NodeType::Map:
        return PolicyText::tr("a map");
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return PolicyText::tr("nothing (null)");
    case YAML::NodeType::Scalar:
        break;
    }
    switch (scalarKind(n)) {
    case ScalarKind::Bool:
        return PolicyText::tr("a boolean");
    case ScalarKind::Number:
        return PolicyText::tr("a number");
    case ScalarKind::Null:
        return PolicyText::tr("nothing (null)");
    case ScalarKind::String:
        break;
    }
    return PolicyText::tr("a string");
}

bool isDnsSubdomain(const std::string& s) {
    static const std::regex re(R"([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)");
    return s.size() <= 253 && std::regex_match(s, re);
}

struct Field {
    SourcePos key;
    YAML::Node value;
};
using Fields = std::map<std::string, Field, std::less<>>;

class Decoder {
public:
    Decoder(const std::string& text, std::vector<PolicyDiagnostic>& out)
        : m_text(text)
        , m_out(out) {
        m_lineStarts.push_back(0);
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') m_lineStarts.push_back(i + 1);
    }

    SourcePos at(const YAML::Mark& m) const {
        if (m.is_null() || m.line < 0) return {};
        return {m.line + 1, m.column + 1};
    }

    void decode(const YAML::Node& root, AuditPolicy& p, PolicySource& src) {
        src.root = root.IsNull() ? SourcePos{1, 1} : at(root.Mark());
        if (root.IsNull()) return;
        if (!root.IsMap()) {
            failed(src.root, std::string(), PolicyText::tr("a map (apiVersion, kind, rules…)"), describe(root));
            return;
        }
        const Fields f = fields(root, Context::Policy, std::string());
        if (auto it = f.find("apiVersion"); it != f.end()) {
            src.apiVersion = valuePos(it->second);
            src.apiVersionUndecodable = !string(it->second, "apiVersion", p.apiVersion);
        }
        if (auto it = f.find("kind"); it != f.end()) {
            src.kind = valuePos(it->second);
            src.kindUndecodable = !string(it->second, "kind", p.kind);
        }
        if (auto it = f.find("metadata"); it != f.end()) {
            const YAML::Node& v = it->second.value;
            if (!v.IsNull() && !v.IsMap())
                failed(valuePos(it->second), "metadata", PolicyText::tr("a map"), describe(v));
        }
        if (auto it = f.find("omitStages"); it != f.end()) {
            std::vector<std::string> names;
            strings(it->second, "omitStages", names, src.omitStages);
            for (const std::string& n : names)
                p.omitStages.push_back(parseStage(n));
            policyStageNames = std::move(names);
        }
        if (auto it = f.find("omitManagedFields"); it != f.end())
            p.omitManagedFields = boolean(it->second, "omitManagedFields").value_or(false);
        if (auto it = f.find("rules"); it != f.end()) {
            src.rulesKey = it->second.key;
            const YAML::Node& v = it->second.value;
            if (v.IsSequence()) {
                for (size_t i = 0; i < v.size(); ++i) {
                    PolicyRule& r = p.rules.emplace_back();
                    RuleSource& rs = src.rules.emplace_back();
                    r.pos = itemPos(v[i], it->second.key);
                    rule(v[i], rulePath(i), r, rs);
                }
            } else if (!v.IsNull()) {
                failed(valuePos(it->second), "rules", PolicyText::tr("a list of rules"), describe(v));
            }
        }
    }

    // The stage names as written (parseStage() loses unknown ones), for validation.
    std::vector<std::string> policyStageNames;
    std::vector<std::vector<std::string>> ruleStageNames;

private:
    void failed(SourcePos pos, const std::string& path, const QString& expected, const QString& found) {
        addDiagnostic(m_out, Severity::Error, pos, path,
                      PolicyText::tr("failed decoding %1: expected %2, found %3")
                          .arg(path.empty() ? QStringLiteral("Policy") : q(path), expected, found));
    }

    SourcePos offsetPos(size_t offset) const {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - 1;
        return {int(it - m_lineStarts.begin()) + 1, int(offset - *it) + 1};
    }

    // A block sequence item starts at its "-", which yaml-cpp's mark (the content) does not include.
    SourcePos itemPos(const YAML::Node& n, SourcePos fallback) const {
        const YAML::Mark m = n.Mark();
        if (m.is_null() || m.pos < 0 || size_t(m.pos) > m_text.size()) return fallback;
        size_t i = size_t(m.pos);
        while (i > 0 &&
               (m_text[i - 1] == ' ' || m_text[i - 1] == '\t' || m_text[i - 1] == '\r' || m_text[i - 1] == '\n'))
            --i;
        if (i > 0 && m_text[i - 1] == '-') return offsetPos(i - 1);
        return n.IsNull() ? fallback : at(m);
    }

    // A null value's mark is that of the next token, so point at its key instead.
    SourcePos valuePos(const Field& f) const { return f.value.IsNull() ? f.key : at(f.value.Mark()); }

    Fields fields(const YAML::Node& map, Context context, const std::string& path) {
        Fields result;
        // By value: yaml-cpp's iterators hand out temporaries.
        for (const auto& pair : map) {
            const YAML::Node k = pair.first;
            const std::string key = k.IsScalar() ? k.Scalar() : std::string();
            const SourcePos pos = at(k.Mark());
            const std::string keyPath = path.empty() ? key : path + '.' + key;
            const bool known = context == Context::Policy ? contains(kPolicyKeys, key)
                               : context == Context::Rule ? contains(kRuleKeys, key)
                                                          : contains(kGroupResourcesKeys, key);
            if (!known) {
                unknownKey(context, key, pos, keyPath);
                continue;
            }
            if (result.count(key))
                addDiagnostic(m_out, Severity::Warning, pos, keyPath,
                              PolicyText::tr("duplicate key “%1”: the apiserver keeps only the last one").arg(q(key)));
            result[key] = Field{pos, pair.second};
        }
        return result;
    }

    void unknownKey(Context context, const std::string& key, SourcePos pos, const std::string& path) {
        QString head;
        std::string_view target;
        if (context == Context::Policy) {
            if (std::string_view s = similarKey(kPolicyKeys, key); !s.empty()) {
                target = s;
                head = PolicyText::tr("dropped: the apiserver ignores unknown key “%1” (did you mean “%2”?)")
                           .arg(q(key), q(s));
            } else if (!similarKey(kRuleKeys, key).empty()) {
                head =
                    PolicyText::tr("dropped: “%1” belongs in a rule, not at the top level of the policy").arg(q(key));
            }
        } else if (context == Context::Rule) {
            const std::string n = normalizedKey(key);
            std::string_view s =
                n == "group" && key != "group" ? std::string_view("userGroups") : similarKey(kRuleKeys, key);
            if (!s.empty()) {
                target = s;
                head = PolicyText::tr("dropped: the apiserver ignores unknown key “%1” (did you mean “%2”?)")
                           .arg(q(key), q(s));
            } else if (n == "group" || n == "apigroup" || n == "resourcename") {
                target = n == "resourcename" ? "resourceNames" : "group";
                head =
                    PolicyText::tr("dropped: “%1” belongs in a resources entry (- group: …), not directly in the rule")
                        .arg(q(key));
            }
        } else {
            const std::string n = normalizedKey(key);
            std::string_view s = n == "apigroup" ? std::string_view("group") : similarKey(kGroupResourcesKeys, key);
            if (!s.empty()) {
                target = s;
                head = PolicyText::tr("dropped: the apiserver ignores unknown key “%1” (did you mean “%2”?)")
                           .arg(q(key), q(s));
            } else if (std::string_view r = similarKey(kRuleKeys, key); !r.empty()) {
                target = r;
                head = PolicyText::tr("dropped: “%1” belongs to the rule, not to a resources entry (mis-indented?)")
                           .arg(q(key));
            }
        }
        const bool widens = context != Context::Policy && (target.empty() || contains(kSelectorKeys, target)) &&
                            !(context == Context::Rule && target == "group");
        if (head.isEmpty()) head = PolicyText::tr("dropped: the apiserver ignores unknown key “%1”").arg(q(key));
        if (widens) head = PolicyText::tr("%1; %2").arg(head, PolicyText::tr("the rule then matches more"));
        addDiagnostic(m_out, Severity::Warning, pos, path, head);
    }

    // Go's JSON decoding of a YAML value into a string field: null leaves it empty, a number or a boolean fails.
    bool string(const Field& f, const std::string& path, std::string& out) {
        return stringValue(f.value, valuePos(f), path, out);
    }

    bool stringValue(const YAML::Node& v, SourcePos pos, const std::string& path, std::string& out) {
        if (v.IsNull()) return true;
        if (v.IsScalar()) {
            const ScalarKind kind = scalarKind(v);
            if (kind == ScalarKind::String || kind == ScalarKind::Null) {
                if (kind == ScalarKind::String) out = v.Scalar();
                return true;
            }
            addDiagnostic(m_out, Severity::Error, pos, path,
                          PolicyText::tr("failed decoding %1: expected a string, found %2; quote it (\"%3\")")
                              .arg(q(path), describe(v), q(v.Scalar())));
            out = v.Scalar(); // as written, so that the lint does not see an empty string
            return false;
        }
        failed(pos, path, PolicyText::tr("a string"), describe(v));
        return false;
    }

    static constexpr size_t kMaxStrings = 200000;
    size_t m_decodedStrings = 0;

    void strings(const Field& f, const std::string& path, std::vector<std::string>& out, ListSource& src) {
        src.key = f.key;
        const YAML::Node& v = f.value;
        if (v.IsNull()) return;
        if (!v.IsSequence()) {
            failed(valuePos(f), path, PolicyText::tr("a list of strings"), describe(v));
            return;
        }
        for (size_t i = 0; i < v.size(); ++i) {
            // Aliases share nodes, so a small file can expand to millions of values: a budget.
            if (++m_decodedStrings > kMaxStrings) throw std::length_error("too many values");
            const SourcePos pos = v[i].IsNull() ? itemPos(v[i], f.key) : at(v[i].Mark());
            std::string s;
            stringValue(v[i], pos, path + '[' + std::to_string(i) + ']', s);
            out.push_back(std::move(s));
            src.items.push_back(pos);
        }
    }

    std::optional<bool> boolean(const Field& f, const std::string& path) {
        const YAML::Node& v = f.value;
        if (v.IsNull()) return std::nullopt;
        if (v.IsScalar() && scalarKind(v) == ScalarKind::Bool) {
            static const std::array<std::string_view, 11> yes{"y",    "Y",    "yes", "Yes", "YES", "true",
                                                              "True", "TRUE", "on",  "On",  "ON"};
            return contains(yes, v.Scalar());
        }
        if (v.IsScalar() && scalarKind(v) == ScalarKind::Null) return std::nullopt;
        failed(valuePos(f), path, PolicyText::tr("true or false"), describe(v));
        return std::nullopt;
    }

    void rule(const YAML::Node& v, const std::string& path, PolicyRule& r, RuleSource& src) {
        src.level = r.pos;
        ruleStageNames.emplace_back();
        if (v.IsNull()) return;
        if (!v.IsMap()) {
            failed(at(v.Mark()), path, PolicyText::tr("a map (level, users, resources…)"), describe(v));
            return;
        }
        const Fields f = fields(v, Context::Rule, path);
        if (auto it = f.find("level"); it != f.end()) {
            src.level = valuePos(it->second);
            src.levelUndecodable = !string(it->second, path + ".level", r.levelText);
            r.level = parseLevel(r.levelText);
        }
        const auto list = [&](const char* key, std::vector<std::string>& out, ListSource& ls) {
            if (auto it = f.find(key); it != f.end()) strings(it->second, path + '.' + key, out, ls);
        };
        list("users", r.users, src.users);
        list("userGroups", r.userGroups, src.userGroups);
        list("verbs", r.verbs, src.verbs);
        list("namespaces", r.namespaces, src.namespaces);
        list("nonResourceURLs", r.nonResourceURLs, src.nonResourceURLs);
        if (auto it = f.find("omitStages"); it != f.end()) {
            std::vector<std::string>& names = ruleStageNames.back();
            strings(it->second, path + ".omitStages", names, src.omitStages);
            for (const std::string& n : names)
                r.omitStages.push_back(parseStage(n));
        }
        if (auto it = f.find("omitManagedFields"); it != f.end()) {
            src.omitManagedFields = it->second.key;
            r.omitManagedFields = boolean(it->second, path + ".omitManagedFields");
        }
        if (auto it = f.find("resources"); it != f.end()) {
            src.resourcesKey = it->second.key;
            const YAML::Node& rv = it->second.value;
            if (rv.IsSequence()) {
                for (size_t i = 0; i < rv.size(); ++i) {
                    GroupResources& g = r.resources.emplace_back();
                    GroupResourcesSource& gs = src.resources.emplace_back();
                    g.pos = itemPos(rv[i], it->second.key);
                    groupResources(rv[i], path + ".resources[" + std::to_string(i) + ']', g, gs);
                }
            } else if (!rv.IsNull()) {
                failed(valuePos(it->second), path + ".resources",
                       PolicyText::tr("a list of entries (- group: …, resources: […])"), describe(rv));
            }
        }
    }

    void groupResources(const YAML::Node& v, const std::string& path, GroupResources& g, GroupResourcesSource& src) {
        src.group = g.pos;
        if (v.IsNull()) return;
        if (!v.IsMap()) {
            failed(at(v.Mark()), path, PolicyText::tr("a map (group, resources, resourceNames)"), describe(v));
            return;
        }
        const Fields f = fields(v, Context::GroupResources, path);
        if (auto it = f.find("group"); it != f.end()) {
            src.group = valuePos(it->second);
            string(it->second, path + ".group", g.group);
        }
        if (auto it = f.find("resources"); it != f.end())
            strings(it->second, path + ".resources", g.resources, src.resources);
        if (auto it = f.find("resourceNames"); it != f.end())
            strings(it->second, path + ".resourceNames", g.resourceNames, src.resourceNames);
    }

    const std::string& m_text;
    std::vector<PolicyDiagnostic>& m_out;
    std::vector<size_t> m_lineStarts;
};

QString stageError(const std::string& stage) {
    return PolicyText::tr("unknown stage “%1”: allowed stages are RequestReceived, ResponseStarted, ResponseComplete "
                          "and Panic (case-sensitive)")
        .arg(q(stage));
}

void checkApiVersionAndKind(const AuditPolicy& p, const PolicySource& src, std::vector<PolicyDiagnostic>& out) {
    if (src.apiVersionUndecodable) {
    } else if (p.apiVersion == "audit.k8s.io/v1beta1" || p.apiVersion == "audit.k8s.io/v1alpha1") {
        addDiagnostic(out, Severity::Error, src.apiVersion, "apiVersion",
                      PolicyText::tr("“%1” was removed in Kubernetes 1.24 (only audit.k8s.io/v1 loads since then): "
                                     "use apiVersion: audit.k8s.io/v1, or keep this for older clusters")
                          .arg(q(p.apiVersion)));
    } else if (p.apiVersion.empty()) {
        addDiagnostic(out, Severity::Error, src.root, "apiVersion",
                      PolicyText::tr("unknown group version: apiVersion is missing; it must be audit.k8s.io/v1"));
    } else if (p.apiVersion != "audit.k8s.io/v1") {
        addDiagnostic(
            out, Severity::Error, src.apiVersion, "apiVersion",
            PolicyText::tr("unknown group version “%1”: apiVersion must be audit.k8s.io/v1").arg(q(p.apiVersion)));
    }
    if (src.kindUndecodable) {
    } else if (p.kind.empty()) {
        addDiagnostic(out, Severity::Error, src.root, "kind", PolicyText::tr("kind is missing: it must be “Policy”"));
    } else if (p.kind != "Policy") {
        addDiagnostic(out, Severity::Error, src.kind, "kind",
                      PolicyText::tr("kind must be “Policy”, not “%1”").arg(q(p.kind)));
    }
}

// reference §1 (apiVersion, kind, rule count) and §4 (validation.go)
void validate(const AuditPolicy& p, const PolicySource& src, const Decoder& d, std::vector<PolicyDiagnostic>& out) {
    checkApiVersionAndKind(p, src, out);
    for (size_t i = 0; i < d.policyStageNames.size(); ++i)
        if (parseStage(d.policyStageNames[i]) == Stage::Unknown)
            addDiagnostic(out, Severity::Error, src.omitStages.items[i], "omitStages[" + std::to_string(i) + ']',
                          stageError(d.policyStageNames[i]));

    for (size_t i = 0; i < p.rules.size(); ++i) {
        const PolicyRule& r = p.rules[i];
        const RuleSource& rs = src.rules[i];
        const std::string path = rulePath(i);
        if (!rs.levelUndecodable && r.levelText.empty())
            addDiagnostic(out, Severity::Error, rs.level, path + ".level",
                          PolicyText::tr("level is required: None, Metadata, Request or RequestResponse"));
        else if (!rs.levelUndecodable && r.level == Level::Unknown)
            addDiagnostic(out, Severity::Error, rs.level, path + ".level",
                          PolicyText::tr("unsupported level “%1”: use None, Metadata, Request or RequestResponse "
                                         "(case-sensitive)")
                              .arg(q(r.levelText)));
        for (size_t j = 0; j < r.nonResourceURLs.size(); ++j) {
            const std::string& url = r.nonResourceURLs[j];
            if (url == "*") continue;
            const std::string upath = path + ".nonResourceURLs[" + std::to_string(j) + ']';
            if (url.empty() || url.front() != '/')
                addDiagnostic(
                    out, Severity::Error, rs.nonResourceURLs.items[j], upath,
                    PolicyText::tr("“%1” must begin with “/” (or be “*” for every non-resource URL)").arg(q(url)));
            if (!url.empty() && url.find('*') < url.size() - 1)
                addDiagnostic(out, Severity::Error, rs.nonResourceURLs.items[j], upath,
                              PolicyText::tr("“%1”: the wildcard “*” may only be the last character").arg(q(url)));
        }
        for (size_t g = 0; g < r.resources.size(); ++g) {
            const GroupResources& gr = r.resources[g];
            const GroupResourcesSource& gs = rs.resources[g];
            if (gr.group == "*")
                addDiagnostic(out, Severity::Warning, gs.group, path + ".resources.group",
                              PolicyText::tr("group “*” (every API group) needs Kubernetes 1.36 or later; older "
                                             "apiservers reject the policy"));
            else if (!gr.group.empty() && !isDnsSubdomain(gr.group)) {
                const size_t slash = gr.group.find('/');
                if (slash != std::string::npos && slash > 0 && isDnsSubdomain(gr.group.substr(0, slash)))
                    addDiagnostic(out, Severity::Error, gs.group, path + ".resources.group",
                                  PolicyText::tr("“%1” is not an API group: leave out the version (“%2”)")
                                      .arg(q(gr.group), q(gr.group.substr(0, slash))));
                else
                    addDiagnostic(out, Severity::Error, gs.group, path + ".resources.group",
                                  PolicyText::tr("“%1” is not an API group: use its lower-case DNS name, such as "
                                                 "“apps” or “rbac.authorization.k8s.io”, or \"\" for the core group")
                                      .arg(q(gr.group)));
            }
            if (!gr.resourceNames.empty() && gr.resources.empty())
                addDiagnostic(out, Severity::Error, gs.resourceNames.key, path + ".resources.resourceNames",
                              PolicyText::tr("resourceNames needs at least one resource in the same entry"));
        }
        const std::vector<std::string>& stages = d.ruleStageNames[i];
        for (size_t j = 0; j < stages.size(); ++j)
            if (parseStage(stages[j]) == Stage::Unknown)
                addDiagnostic(out, Severity::Error, rs.omitStages.items[j],
                              path + ".omitStages[" + std::to_string(j) + ']', stageError(stages[j]));
        if (!r.nonResourceURLs.empty() && (!r.resources.empty() || !r.namespaces.empty()))
            addDiagnostic(out, Severity::Error, rs.nonResourceURLs.key, path + ".nonResourceURLs",
                          PolicyText::tr("a rule cannot have nonResourceURLs together with resources or namespaces: "
                                         "split it into two rules"));
    }
    if (p.rules.empty())
        addDiagnostic(out, Severity::Error, src.rulesKey.line ? src.rulesKey : src.root, "rules",
                      PolicyText::tr("no rules: the apiserver refuses a policy without rules (a minimal one is "
                                     "“- level: Metadata”)"));
}

} // namespace

LoadedPolicy loadPolicy(const std::string& text) {
    LoadedPolicy result;
    std::vector<PolicyDiagnostic>& out = result.diagnostics;
    // Policies are a few kilobytes; anything far larger is not one, and would only stall the editor.
    constexpr size_t kMaxBytes = size_t(4) << 20;
    if (text.size() > kMaxBytes) {
        addDiagnostic(out, Severity::Error, {}, std::string(),
                      PolicyText::tr("the file has %1 MiB; an audit policy is read up to %2 MiB")
                          .arg(text.size() >> 20)
                          .arg(kMaxBytes >> 20));
        return result;
    }
    try {
        std::vector<YAML::Node> docs;
        try {
            docs = YAML::LoadAll(text);
        } catch (const YAML::Exception& e) {
            const SourcePos pos = e.mark.is_null() ? SourcePos{} : SourcePos{e.mark.line + 1, e.mark.column + 1};
            addDiagnostic(out, Severity::Error, pos, std::string(),
                          PolicyText::tr("YAML syntax error: %1").arg(q(e.msg)));
            return result;
        }
        Decoder decoder(text, out);
        PolicySource source;
        decoder.decode(docs.empty() ? YAML::Node() : docs.front(), result.policy, source);
        for (size_t i = 1; i < docs.size(); ++i)
            if (!docs[i].IsNull()) {
                addDiagnostic(out, Severity::Warning, decoder.at(docs[i].Mark()), std::string(),
                              PolicyText::tr("only the first YAML document is read: the apiserver ignores this one"));
                break;
            }
        validate(result.policy, source, decoder, out);
        lintPolicy(result.policy, source, out);
    } catch (const std::length_error&) {
        result.policy = AuditPolicy();
        addDiagnostic(
            out, Severity::Error, {}, std::string(),
            PolicyText::tr("the policy expands to more than %1 values (through YAML aliases?): it is not read")
                .arg(200000));
    } catch (const std::exception& e) {
        addDiagnostic(out, Severity::Error, {}, std::string(),
                      PolicyText::tr("cannot read the policy: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    std::stable_sort(out.begin(), out.end(), [](const PolicyDiagnostic& a, const PolicyDiagnostic& b) {
        return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
    });
    return result;
}

} // namespace ac
