#include "PolicySimulator.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace ac {

namespace {
bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// checker.go ruleMatchesResource: group, resources (exact, "*", "*/sub", "res/*"), names.
bool resourceMatches(const PolicyRule& rule, const RequestAttributes& r) {
    if (!rule.namespaces.empty() && !contains(rule.namespaces, r.ns)) return false;
    if (rule.resources.empty()) return true;
    const std::string combined = r.subresource.empty() ? r.resource : r.resource + '/' + r.subresource;
    for (const GroupResources& gr : rule.resources) {
        if (gr.group != r.apiGroup && gr.group != "*") continue;
        if (gr.resources.empty()) return true;
        if (!gr.resourceNames.empty() && !contains(gr.resourceNames, r.name)) continue;
        for (const std::string& res : gr.resources) {
            if (res == combined || res == "*") return true;
            if (res.starts_with("*/") && !r.subresource.empty() && res.substr(2) == r.subresource) return true;
            // "pods/*" compares only the part before "/*": plain "pods" matches too (checker.go line 209).
            if (res.size() > 2 && res.ends_with("/*") && std::string_view(res).substr(0, res.size() - 2) == r.resource)
                return true;
        }
    }
    return false;
}

bool pathMatches(const std::vector<std::string>& specs, std::string_view path) {
    for (const std::string& spec : specs) {
        if (spec == "*" || spec == path) return true;
        if (spec.ends_with('*')) {
            const std::string_view prefix = std::string_view(spec).substr(0, spec.find_last_not_of('*') + 1);
            if (path.starts_with(prefix)) return true;
        }
    }
    return false;
}

int hexValue(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

std::string pathOf(std::string_view uri) {
    uri = uri.substr(0, uri.find('?'));
    std::string out;
    for (size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size() && hexValue(uri[i + 1]) >= 0 && hexValue(uri[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(uri[i + 1]) * 16 + hexValue(uri[i + 2]));
            i += 2;
        } else {
            out += uri[i];
        }
    }
    return out;
}

// user.groups and the sizes of the bodies a lower level would leave out, from the raw event.
struct RawExtras {
    std::vector<std::string> groups;
    int64_t bodyBytes = 0;
};
// `dropRequest`/`dropResponse`: count the requestObject / responseObject a lower level leaves out.
RawExtras extrasOf(std::string_view raw, bool groups, bool dropRequest = false, bool dropResponse = false) {
    RawExtras out;
    if (raw.empty() || (!groups && !dropRequest && !dropResponse)) return out;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(simdjson::padded_string(raw)).get(doc)) return out;
    if (groups) {
        simdjson::dom::array list;
        if (!doc["user"]["groups"].get(list))
            for (auto g : list) {
                std::string_view v;
                if (!g.get(v)) out.groups.emplace_back(v);
            }
    }
    for (const char* key : {"requestObject", "responseObject"}) {
        if (!(std::strcmp(key, "requestObject") == 0 ? dropRequest : dropResponse)) continue;
        {
            simdjson::dom::element body;
            // The member as a compact line writes it: "key": value and its comma.
            if (!doc[key].get(body))
                out.bodyBytes += static_cast<int64_t>(simdjson::minify(body).size() + std::strlen(key) + 4);
        }
    }
    return out;
}

bool needsGroups(const AuditPolicy& policy) {
    return std::any_of(policy.rules.begin(), policy.rules.end(),
                       [](const PolicyRule& r) { return !r.userGroups.empty(); });
}
} // namespace

bool ruleMatches(const PolicyRule& rule, const RequestAttributes& r) {
    if (!rule.users.empty() && (!r.hasUser || !contains(rule.users, r.user))) return false;
    if (!rule.userGroups.empty()) {
        if (!r.hasUser) return false;
        if (std::none_of(r.groups.begin(), r.groups.end(),
                         [&](const std::string& g) { return contains(rule.userGroups, g); }))
            return false;
    }
    if (!rule.verbs.empty() && !contains(rule.verbs, r.verb)) return false;
    // Resource selectors route to resource requests only, nonResourceURLs to the others
    // (checker.go lines 123–131); a rule with neither matches both.
    if (!rule.resources.empty() || !rule.namespaces.empty()) return r.isResource && resourceMatches(rule, r);
    if (!rule.nonResourceURLs.empty()) return !r.isResource && pathMatches(rule.nonResourceURLs, r.path);
    return true;
}

PolicyDecision evaluatePolicy(const AuditPolicy& policy, const RequestAttributes& r) {
    PolicyDecision d;
    for (Stage s : policy.omitStages)
        d.omitMask |= 1u << static_cast<unsigned>(s);
    for (size_t i = 0; i < policy.rules.size(); ++i) {
        const PolicyRule& rule = policy.rules[i];
        if (!ruleMatches(rule, r)) continue;
        d.rule = static_cast<int>(i);
        d.level = rule.level;
        for (Stage s : rule.omitStages) // a union: a rule cannot re-enable a stage
            d.omitMask |= 1u << static_cast<unsigned>(s);
        return d;
    }
    return d;
}

RequestAttributes attributesOf(const EventStore& s, uint32_t record, bool withGroups) {
    RequestAttributes a;
    auto str = [&](DictColumn c) { return std::string(s.str(c, record)); };
    a.user = str(DictColumn::Username);
    a.hasUser = !a.user.empty();
    a.verb = str(DictColumn::Verb);
    a.resource = str(DictColumn::Resource);
    a.isResource = !a.resource.empty();
    a.subresource = str(DictColumn::Subresource);
    a.apiGroup = str(DictColumn::ApiGroup);
    a.ns = str(DictColumn::Namespace);
    // A create names its object only in the body, which the recorded objectRef was filled from
    // later: the policy saw no name (request.go lines 129–152).
    a.name = a.verb == "create" && a.subresource.empty() ? std::string() : str(DictColumn::Name);
    if (!a.isResource) a.path = pathOf(s.rawString(record, "requestURI").value_or(std::string()));
    if (withGroups) a.groups = extrasOf(s.rawJson(record), true).groups;
    return a;
}

SimulationResult simulatePolicy(const AuditPolicy& policy, const EventStore& s, const CancelToken& cancel) {
    SimulationResult out;
    out.ruleHits.assign(policy.rules.size(), 0);
    const auto& c = s.columns();
    const size_t requests = s.requestCount();
    out.ruleOfRequest.assign(requests, -1);
    out.levelOfRequest.assign(requests, Level::None);
    const bool groups = needsGroups(policy);
    for (uint32_t req = 0; req < requests; ++req) {
        if ((req & 4095) == 0 && cancel.isCancelled()) {
            out.cancelled = true;
            return out;
        }
        const std::vector<uint32_t> stages = s.stagesOf(s.lastRecordOf(req));
        // The attributes come from the earliest stage: a RequestReceived event still has the URL-only values.
        const RequestAttributes attrs = attributesOf(s, stages.front(), groups);
        const PolicyDecision d = evaluatePolicy(policy, attrs);
        out.ruleOfRequest[req] = d.rule;
        out.levelOfRequest[req] = d.level;
        if (d.rule >= 0)
            ++out.ruleHits[static_cast<size_t>(d.rule)];
        else
            ++out.unmatched;
        const Level recordedLevel = c.level[stages.back()];
        // A level that is not one (a policy with errors) logs nothing, as None does.
        const bool logs = d.level > Level::None;
        // Going down drops the bodies the new level does not record; going up cannot add what was
        // never recorded.
        const bool dropRequest = logs && d.level < Level::Request && recordedLevel >= Level::Request;
        const bool dropResponse = logs && d.level < Level::RequestResponse && recordedLevel >= Level::RequestResponse;
        SimulationResult::Tally recordedReq, keptReq;
        recordedReq.requests = keptReq.requests = 0;
        bool anyKept = false;
        for (uint32_t rec : stages) {
            const int64_t bytes = c.rawLength[rec];
            const auto stage = static_cast<size_t>(c.stage[rec]);
            const auto level = static_cast<size_t>(c.level[rec]);
            SimulationResult::Tally one{0, 1, bytes};
            out.recordedByStage[stage].add(one);
            out.recordedByLevel[level].add(one);
            recordedReq.add(one);
            const bool logged = logs && !(d.omitMask >> stage & 1u);
            if (!logged) continue;
            int64_t keptBytes = bytes;
            if (dropRequest || dropResponse)
                keptBytes =
                    std::max<int64_t>(0, bytes - extrasOf(s.rawJson(rec), false, dropRequest, dropResponse).bodyBytes);
            const SimulationResult::Tally k{0, 1, keptBytes};
            out.keptByStage[stage].add(k);
            out.keptByLevel[static_cast<size_t>(d.level)].add(k);
            keptReq.add(k);
            anyKept = true;
        }
        recordedReq.requests = 1;
        out.recorded.add(recordedReq);
        if (anyKept && recordedLevel != Level::Unknown && d.level > recordedLevel) ++out.aboveRecorded;
        if (anyKept) {
            keptReq.requests = 1;
            out.keptByLevel[static_cast<size_t>(d.level)].requests += 1;
        }
        out.kept.add(keptReq);
        out.recordedByLevel[static_cast<size_t>(recordedLevel)].requests += 1;
        SimulationResult::Tally gone{anyKept ? 0 : 1, recordedReq.records - keptReq.records,
                                     recordedReq.bytes - keptReq.bytes};
        out.dropped.add(gone);
    }
    return out;
}

} // namespace ac
