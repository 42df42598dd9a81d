// The lint checklist of ../shared/reference/audit-policy.md §8: what loads but probably does not do what was meant.
#include "PolicySource.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_set>

namespace ac::policy_detail {

namespace {

using Severity = PolicyDiagnostic::Severity;

QString q(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool has(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

template <size_t N> bool has(const std::array<std::string_view, N>& a, std::string_view s) {
    return std::find(a.begin(), a.end(), s) != a.end();
}

bool hasUpper(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

std::string lower(std::string_view s) {
    std::string r;
    for (char c : s)
        r += char(std::tolower(static_cast<unsigned char>(c)));
    return r;
}

std::string join(const std::vector<std::string>& v) {
    std::string r;
    for (const std::string& s : v)
        r += (r.empty() ? "" : ", ") + s;
    return r;
}

constexpr std::array<std::string_view, 9> kResourceVerbs{
    "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "proxy"};
constexpr std::array<std::string_view, 7> kNonResourceVerbs{"get", "post", "put", "patch", "delete", "head", "options"};
// Written as a resource's prefix, these are API groups (apps/deployments).
constexpr std::array<std::string_view, 7> kGroupNames{"apps",        "batch",      "extensions", "policy",
                                                      "autoscaling", "networking", "core"};

enum class Kind { Any, Resource, NonResource };

Kind kindOf(const PolicyRule& r) {
    if (!r.resources.empty() || !r.namespaces.empty()) return Kind::Resource; // checker.go checks this branch first
    if (!r.nonResourceURLs.empty()) return Kind::NonResource;
    return Kind::Any;
}

bool isCatchAll(const PolicyRule& r) {
    return r.users.empty() && r.userGroups.empty() && r.verbs.empty() && kindOf(r) == Kind::Any;
}

// checker.go's resource-string test for a request on resource R, subresource S.
bool patternMatches(std::string_view p, std::string_view res, std::string_view sub) {
    const std::string combined = sub.empty() ? std::string(res) : std::string(res) + '/' + std::string(sub);
    if (p == combined || p == "*") return true;
    if (!sub.empty() && p.size() > 2 && p.substr(0, 2) == "*/" && p.substr(2) == sub) return true;
    return p.size() > 2 && p.substr(p.size() - 2) == "/*" && p.substr(0, p.size() - 2) == res;
}

// Whether pattern p matches every request that pattern r matches (provably; false when unsure).
bool patternCovers(std::string_view p, std::string_view r) {
    if (p == r || p == "*") return true;
    if (r == "*") return false;
    const size_t slash = r.find('/');
    const std::string_view rRes = r.substr(0, slash);
    const std::string_view rSub = slash == std::string_view::npos ? std::string_view() : r.substr(slash + 1);
    if (p.size() > 2 && p.substr(p.size() - 2) == "/*") return rRes == p.substr(0, p.size() - 2);
    if (p.size() > 2 && p.substr(0, 2) == "*/")
        return !rSub.empty() && rRes != "*" && rRes.find('*') == std::string_view::npos && rSub == p.substr(2);
    return false;
}

// Every element of `later` is in `earlier`, or `earlier` places no constraint.
bool listCovers(const std::vector<std::string>& earlier, const std::vector<std::string>& later) {
    if (earlier.empty()) return true;
    if (later.empty()) return false;
    if (earlier.size() * later.size() <= 4096)
        return std::all_of(later.begin(), later.end(), [&](const std::string& s) { return has(earlier, s); });
    const std::unordered_set<std::string_view> set(earlier.begin(), earlier.end()); // long lists: linear
    return std::all_of(later.begin(), later.end(), [&](const std::string& s) { return set.count(s) > 0; });
}

bool urlCovers(std::string_view p, std::string_view u) {
    if (p == u || p == "*") return true;
    if (p.empty() || p.back() != '*') return false;
    while (!p.empty() && p.back() == '*')
        p.remove_suffix(1);
    while (!u.empty() && u.back() == '*')
        u.remove_suffix(1);
    return u.substr(0, p.size()) == p;
}

// One (group, resource string) of the later rule, with that entry's resourceNames, against all earlier entries.
bool entryCovers(const std::vector<GroupResources>& earlier, const GroupResources& g, const std::string* res) {
    return std::any_of(earlier.begin(), earlier.end(), [&](const GroupResources& a) {
        if (a.group != g.group && a.group != "*") return false;
        if (a.resources.empty()) return true;
        if (!res) return a.resourceNames.empty() && has(a.resources, "*");
        if (!listCovers(a.resourceNames, g.resourceNames)) return false;
        return std::any_of(a.resources.begin(), a.resources.end(),
                           [&](const std::string& p) { return patternCovers(p, *res); });
    });
}

// Whether `earlier` matches every request `later` matches (reference §3), so that `later` is never used.
bool ruleCovers(const PolicyRule& earlier, const PolicyRule& later) {
    if (!listCovers(earlier.users, later.users) || !listCovers(earlier.userGroups, later.userGroups) ||
        !listCovers(earlier.verbs, later.verbs))
        return false;
    const Kind ek = kindOf(earlier), lk = kindOf(later);
    if (ek == Kind::Any) return true;
    if (ek != lk) return false;
    if (ek == Kind::NonResource)
        return std::all_of(later.nonResourceURLs.begin(), later.nonResourceURLs.end(), [&](const std::string& u) {
            return std::any_of(earlier.nonResourceURLs.begin(), earlier.nonResourceURLs.end(),
                               [&](const std::string& p) { return urlCovers(p, u); });
        });
    if (!listCovers(earlier.namespaces, later.namespaces)) return false;
    if (earlier.resources.empty()) return true;
    if (later.resources.empty()) return false;
    return std::all_of(later.resources.begin(), later.resources.end(), [&](const GroupResources& g) {
        if (g.resources.empty()) return entryCovers(earlier.resources, g, nullptr);
        return std::all_of(g.resources.begin(), g.resources.end(),
                           [&](const std::string& r) { return entryCovers(earlier.resources, g, &r); });
    });
}

struct Linter {
    const AuditPolicy& p;
    const PolicySource& src;
    std::vector<PolicyDiagnostic>& out;

    void add(Severity s, SourcePos pos, std::string path, QString message) {
        addDiagnostic(out, s, pos, std::move(path), std::move(message));
    }

    void run() {
        policyStages();
        // The shadow check compares rule pairs: bounded, so that a huge file cannot stall the editor.
        const bool shadows = p.rules.size() <= 2000;
        for (size_t i = 0; i < p.rules.size(); ++i) {
            rule(i);
            for (size_t j = 0; shadows && j < i; ++j)
                if (ruleCovers(p.rules[j], p.rules[i])) {
                    add(Severity::Warning, p.rules[i].pos, rulePath(i),
                        PolicyText::tr("never used: the rule at line %1 comes first and matches every request this "
                                       "one matches")
                            .arg(p.rules[j].pos.line));
                    break;
                }
        }
        if (!p.rules.empty() && std::none_of(p.rules.begin(), p.rules.end(), isCatchAll))
            add(Severity::Info, p.rules.back().pos, rulePath(p.rules.size() - 1),
                PolicyText::tr("no catch-all rule at the end (one with only a level): requests that match no rule "
                               "are not audited"));
    }

    static bool allStages(const std::vector<Stage>& a, const std::vector<Stage>& b = {}) {
        for (Stage s : {Stage::RequestReceived, Stage::ResponseStarted, Stage::ResponseComplete, Stage::Panic})
            if (std::find(a.begin(), a.end(), s) == a.end() && std::find(b.begin(), b.end(), s) == b.end())
                return false;
        return true;
    }

    void policyStages() {
        if (allStages(p.omitStages))
            add(Severity::Warning, src.omitStages.key, "omitStages",
                PolicyText::tr("every stage is omitted, so the policy records nothing"));
    }

    void rule(size_t i) {
        const PolicyRule& r = p.rules[i];
        const RuleSource& rs = src.rules[i];
        const std::string path = rulePath(i);
        const Kind kind = kindOf(r);

        literalWildcards(r.users, rs.users, path + ".users", "users");
        literalWildcards(r.userGroups, rs.userGroups, path + ".userGroups", "userGroups");
        literalWildcards(r.verbs, rs.verbs, path + ".verbs", "verbs");
        literalWildcards(r.namespaces, rs.namespaces, path + ".namespaces", "namespaces");
        for (size_t g = 0; g < r.resources.size(); ++g)
            literalWildcards(r.resources[g].resourceNames, rs.resources[g].resourceNames,
                             path + ".resources.resourceNames", "resourceNames");
        verbs(r, rs, path, kind);
        for (size_t g = 0; g < r.resources.size(); ++g)
            resourceStrings(r, g, rs.resources[g], path);
        resourceNamesVerbs(r, rs, path);
        namespaces(r, rs, path);
        execVerbs(r, rs, path);
        sensitiveBodies(i, path);
        urls(r, rs, path);
        levels(r, rs, path, kind);
        anonymous(r, rs, path);
    }

    void literalWildcards(const std::vector<std::string>& v, const ListSource& ls, const std::string& path,
                          const char* field) {
        static const std::string_view sa = "system:serviceaccount:";
        for (size_t k = 0; k < v.size(); ++k) {
            const std::string& s = v[k];
            if (s.find('*') == std::string::npos) continue;
            const std::string ns =
                s.size() > sa.size() + 2 && s.compare(0, sa.size(), sa) == 0 && s.compare(s.size() - 2, 2, ":*") == 0
                    ? s.substr(sa.size(), s.size() - sa.size() - 2)
                    : std::string();
            if (!ns.empty() && ns.find_first_of(":*") == std::string::npos && std::string_view(field) == "users")
                add(Severity::Warning, ls.items[k], path,
                    PolicyText::tr("“%1” is taken literally (users has no wildcards): for every service account of "
                                   "the namespace use userGroups: [“system:serviceaccounts:%2”]")
                        .arg(q(s), q(ns)));
            else
                add(Severity::Warning, ls.items[k], path,
                    PolicyText::tr("“%1” is taken literally (%2 has no wildcards), so it matches nothing real")
                        .arg(q(s), QLatin1String(field)));
        }
    }

    void verbs(const PolicyRule& r, const RuleSource& rs, const std::string& path, Kind kind) {
        for (size_t k = 0; k < r.verbs.size(); ++k) {
            const std::string& v = r.verbs[k];
            if (v.find('*') != std::string::npos) continue; // literalWildcards()
            const bool resourceVerb = has(kResourceVerbs, v), nonResourceVerb = has(kNonResourceVerbs, v);
            const SourcePos pos = rs.verbs.items[k];
            const std::string vpath = path + ".verbs";
            if (hasUpper(v))
                add(Severity::Warning, pos, vpath,
                    PolicyText::tr("verb “%1” never matches: request verbs are lower case (“%2”)")
                        .arg(q(v), q(lower(v))));
            else if (kind == Kind::Resource && !resourceVerb)
                add(Severity::Warning, pos, vpath,
                    PolicyText::tr("verb “%1” matches no resource request: their verbs are get, list, watch, "
                                   "create, update, patch, delete, deletecollection and proxy")
                        .arg(q(v)));
            else if (kind == Kind::NonResource && !nonResourceVerb)
                add(Severity::Warning, pos, vpath,
                    PolicyText::tr("verb “%1” matches no non-resource request: their verbs are get, post, put, "
                                   "patch, delete, head and options")
                        .arg(q(v)));
            else if (kind == Kind::Any && !resourceVerb && !nonResourceVerb)
                add(Severity::Warning, pos, vpath,
                    PolicyText::tr("unknown verb “%1”: resource requests use get, list, watch, create, update, "
                                   "patch, delete, deletecollection and proxy; non-resource requests use get, post, "
                                   "put, patch, delete, head and options")
                        .arg(q(v)));
        }
    }

    // Resource strings that never match (reference §3.1 table) and the subresource notes.
    void resourceStrings(const PolicyRule& r, size_t g, const GroupResourcesSource& gs, const std::string& path) {
        const GroupResources& gr = r.resources[g];
        const std::string rpath = path + ".resources.resources";
        // The rule's strings for the same group, across all its entries.
        std::vector<std::string> same;
        for (const GroupResources& o : r.resources)
            if (o.group == gr.group) same.insert(same.end(), o.resources.begin(), o.resources.end());
        for (size_t k = 0; k < gr.resources.size(); ++k) {
            const std::string& s = gr.resources[k];
            const SourcePos pos = gs.resources.items[k];
            if (s == "*") continue;
            const size_t slash = s.find('/');
            const std::string res = s.substr(0, slash);
            const std::string sub = slash == std::string::npos ? std::string() : s.substr(slash + 1);
            const bool groupPrefix =
                slash != std::string::npos && (has(kGroupNames, res) || res.find('.') != std::string::npos);
            if (s == "*/*")
                add(Severity::Warning, pos, rpath,
                    PolicyText::tr("“*/*” never matches: use “*” for every resource and subresource"));
            else if (groupPrefix && sub.find('/') == std::string::npos)
                add(Severity::Warning, pos, rpath,
                    PolicyText::tr("“%1” never matches: the API group goes in “group” (group: “%2”, resources: [“%3”])")
                        .arg(q(s), q(res == "core" ? std::string() : res), q(sub)));
            else if (slash == std::string::npos && s.find('.') != std::string::npos)
                add(Severity::Warning, pos, rpath,
                    PolicyText::tr("“%1” never matches: the API group goes in “group” (group: “%2”, resources: [“%3”])")
                        .arg(q(s), q(s.substr(s.find('.') + 1)), q(s.substr(0, s.find('.')))));
            else if (res.empty() || (slash != std::string::npos && (sub.empty() || sub.find('/') != std::string::npos)))
                add(Severity::Warning, pos, rpath,
                    PolicyText::tr("“%1” never matches: write “resource” or “resource/subresource”").arg(q(s)));
            else if ((res != "*" && res.find('*') != std::string::npos) ||
                     (sub != "*" && sub.find('*') != std::string::npos))
                add(Severity::Warning, pos, rpath,
                    PolicyText::tr("“%1” never matches: “*” is a wildcard only as “*”, “*/subresource” or "
                                   "“resource/*”")
                        .arg(q(s)));
            else if (hasUpper(s))
                add(Severity::Warning, pos, rpath,
                    PolicyText::tr("“%1” never matches: resource names are lower case (“%2”)").arg(q(s), q(lower(s))));
            else if (sub == "*" && !has(same, res))
                add(Severity::Info, pos, rpath,
                    PolicyText::tr("“%1” also matches “%2” itself, not only its subresources").arg(q(s), q(res)));
            else if (sub.empty() && r.level > Level::None && !has(same, "*"))
                bareResource(s, gr.group, same, pos, rpath);
        }
    }

    void bareResource(const std::string& res, const std::string& group, const std::vector<std::string>& same,
                      SourcePos pos, const std::string& path) {
        struct Subresources {
            std::string_view group, resource, list;
        };
        static constexpr std::array<Subresources, 8> table{{
            {"", "pods", "pods/exec, pods/attach, pods/portforward, pods/log, pods/ephemeralcontainers"},
            {"", "nodes", "nodes/proxy, nodes/status"},
            {"", "services", "services/proxy, services/status"},
            {"", "serviceaccounts", "serviceaccounts/token"},
            {"apps", "deployments", "deployments/scale, deployments/status"},
            {"apps", "statefulsets", "statefulsets/scale, statefulsets/status"},
            {"apps", "replicasets", "replicasets/scale, replicasets/status"},
            {"apps", "daemonsets", "daemonsets/status"},
        }};
        const auto it = std::find_if(table.begin(), table.end(),
                                     [&](const Subresources& t) { return t.group == group && t.resource == res; });
        if (it == table.end()) return;
        const std::string prefix = res + '/';
        if (std::any_of(same.begin(), same.end(), [&](const std::string& s) { return s.rfind(prefix, 0) == 0; }))
            return;
        add(Severity::Info, pos, path,
            PolicyText::tr("“%1” does not cover its subresources (%2): list them too, or use “%1/*”")
                .arg(q(res), q(it->list)));
    }

    void resourceNamesVerbs(const PolicyRule& r, const RuleSource& rs, const std::string& path) {
        std::vector<std::string> nameless;
        for (std::string_view v : {"create", "list", "watch", "deletecollection"})
            if (has(r.verbs, v)) nameless.emplace_back(v);
        for (size_t g = 0; g < r.resources.size(); ++g) {
            const GroupResources& gr = r.resources[g];
            if (gr.resourceNames.empty() || gr.resources.empty()) continue;
            const SourcePos pos = rs.resources[g].resourceNames.key;
            if (r.verbs.empty())
                add(Severity::Info, pos, path + ".resources.resourceNames",
                    PolicyText::tr("resourceNames match only requests that name an object: creates, lists, watches "
                                   "and deletecollections of them fall through to later rules"));
            else if (!nameless.empty())
                add(Severity::Warning, pos, path + ".resources.resourceNames",
                    PolicyText::tr("resourceNames do not match %1 requests, which carry no object name (list and "
                                   "watch have one only with a metadata.name field selector)")
                        .arg(q(join(nameless))));
        }
    }

    void namespaces(const PolicyRule& r, const RuleSource& rs, const std::string& path) {
        const auto it = std::find(r.namespaces.begin(), r.namespaces.end(), std::string());
        if (it == r.namespaces.end()) return;
        const bool aboutNamespaces =
            r.resources.empty() || std::any_of(r.resources.begin(), r.resources.end(), [](const GroupResources& g) {
                if (!g.group.empty() && g.group != "*") return false;
                return g.resources.empty() || std::any_of(g.resources.begin(), g.resources.end(), [](const auto& s) {
                           return patternMatches(s, "namespaces", "");
                       });
            });
        if (aboutNamespaces)
            add(Severity::Warning, rs.namespaces.items[size_t(it - r.namespaces.begin())], path + ".namespaces",
                PolicyText::tr("namespaces: [\"\"] matches cluster-scoped requests but not get, update or delete of "
                               "Namespace objects (their namespace is their own name)"));
    }

    void execVerbs(const PolicyRule& r, const RuleSource& rs, const std::string& path) {
        if (!has(r.verbs, "create") || has(r.verbs, "get")) return;
        std::vector<std::string> listed;
        for (const GroupResources& g : r.resources)
            if (g.group.empty() || g.group == "*")
                for (std::string_view s : {"pods/exec", "pods/attach", "pods/portforward"})
                    if (has(g.resources, s) && !has(listed, s)) listed.emplace_back(s);
        if (!listed.empty())
            add(Severity::Warning, rs.verbs.key, path + ".verbs",
                PolicyText::tr("%1 sessions opened over WebSocket (newer kubectl) have verb “get”, which this rule "
                               "leaves out: add “get” to verbs")
                    .arg(q(join(listed))));
    }

    // Request bodies of secrets and tokens (reference §8), only where no earlier rule takes those requests.
    void sensitiveBodies(size_t i, const std::string& path) {
        const PolicyRule& r = p.rules[i];
        if (r.level < Level::Request || r.level >= Level::Count) return;
        struct Sensitive {
            std::string_view group, resource, subresource, combined;
            bool createOnly;
        };
        static constexpr std::array<Sensitive, 4> sensitive{{
            {"", "secrets", "", "secrets", false},
            {"", "configmaps", "", "configmaps", false},
            {"", "serviceaccounts", "token", "serviceaccounts/token", true},
            {"authentication.k8s.io", "tokenreviews", "", "tokenreviews", true},
        }};
        const QString level = q(levelName(r.level));
        for (const Sensitive& t : sensitive) {
            if (t.createOnly && !r.verbs.empty() && !has(r.verbs, "create")) continue;
            for (size_t g = 0; g < r.resources.size(); ++g) {
                const GroupResources& gr = r.resources[g];
                if (gr.group != t.group && gr.group != "*") continue;
                std::optional<size_t> match;
                bool explicitly = false;
                for (size_t k = 0; k < gr.resources.size() && !explicitly; ++k)
                    if (patternMatches(gr.resources[k], t.resource, t.subresource)) {
                        match = k;
                        explicitly = gr.resources[k] == t.combined;
                    }
                if (!gr.resources.empty() && !match) continue;
                // The requests of this entry for that resource alone: does an earlier rule take all of them?
                PolicyRule only = r;
                only.resources = {
                    GroupResources{std::string(t.group), {std::string(t.combined)}, gr.resourceNames, {}}};
                if (std::any_of(p.rules.begin(), p.rules.begin() + ptrdiff_t(i),
                                [&](const PolicyRule& e) { return ruleCovers(e, only); }))
                    break;
                const GroupResourcesSource& gs = src.rules[i].resources[g];
                if (explicitly)
                    add(Severity::Warning, gs.resources.items[*match], path + ".resources",
                        PolicyText::tr("level %1 records the bodies of “%2”, which hold secrets or tokens: use "
                                       "Metadata for them, as the GKE and ACK defaults do")
                            .arg(level, q(t.combined)));
                else
                    add(Severity::Warning, match ? gs.resources.items[*match] : gr.pos, path + ".resources",
                        PolicyText::tr("level %1 also records the bodies of “%2” (secrets or tokens), which this "
                                       "entry covers: put a Metadata rule for them before this one")
                            .arg(level, q(t.combined)));
                break;
            }
        }
    }

    void urls(const PolicyRule& r, const RuleSource& rs, const std::string& path) {
        for (size_t k = 0; k < r.nonResourceURLs.size(); ++k) {
            std::string prefix = r.nonResourceURLs[k];
            if (prefix.size() < 2 || prefix.back() != '*') continue;
            while (!prefix.empty() && prefix.back() == '*')
                prefix.pop_back();
            if (prefix.empty() || prefix.back() == '/' || prefix.find('*') != std::string::npos) continue;
            add(Severity::Warning, rs.nonResourceURLs.items[k], path + ".nonResourceURLs",
                PolicyText::tr("“%1” is a plain prefix and also matches paths such as “%2x”: list “%2” and “%2/*” "
                               "to match one path and what is below it")
                    .arg(q(r.nonResourceURLs[k]), q(prefix)));
        }
    }

    void levels(const PolicyRule& r, const RuleSource& rs, const std::string& path, Kind kind) {
        const bool body = r.level == Level::Request || r.level == Level::RequestResponse;
        if (body && kind == Kind::NonResource)
            add(Severity::Warning, rs.level, path + ".level",
                PolicyText::tr("level %1 records nothing more than Metadata for non-resource URLs")
                    .arg(q(levelName(r.level))));
        else if (r.level == Level::Request && !r.verbs.empty() &&
                 std::all_of(r.verbs.begin(), r.verbs.end(),
                             [](const std::string& v) { return v == "get" || v == "list" || v == "watch"; }))
            add(Severity::Info, rs.level, path + ".level",
                PolicyText::tr("level Request records nothing more than Metadata for get, list and watch (they have "
                               "no request body)"));
        if (r.omitManagedFields && (r.level == Level::None || r.level == Level::Metadata))
            add(Severity::Warning, rs.omitManagedFields, path + ".omitManagedFields",
                PolicyText::tr("omitManagedFields has no effect at level %1: only Request and RequestResponse record "
                               "objects")
                    .arg(q(levelName(r.level))));
        if (r.level > Level::None && r.level < Level::Count && !r.omitStages.empty() && !allStages(p.omitStages) &&
            allStages(p.omitStages, r.omitStages))
            add(Severity::Warning, rs.omitStages.key, path + ".omitStages",
                PolicyText::tr("every stage is omitted, so this rule records nothing (as if its level were None)"));
    }

    void anonymous(const PolicyRule& r, const RuleSource& rs, const std::string& path) {
        if (r.level <= Level::None || r.level >= Level::Count) return;
        const auto note = [&](const std::vector<std::string>& v, const ListSource& ls, const char* field,
                              std::string_view name) {
            const auto it = std::find(v.begin(), v.end(), name);
            if (it == v.end()) return false;
            add(Severity::Info, ls.items[size_t(it - v.begin())], path + '.' + field,
                PolicyText::tr("requests that fail authentication have no user, so this rule does not catch them; "
                               "only rules without users and userGroups do"));
            return true;
        };
        if (!note(r.users, rs.users, "users", "system:anonymous"))
            note(r.userGroups, rs.userGroups, "userGroups", "system:unauthenticated");
    }
};

} // namespace

void lintPolicy(const AuditPolicy& policy, const PolicySource& source, std::vector<PolicyDiagnostic>& out) {
    Linter{policy, source, out}.run();
}

} // namespace ac::policy_detail
