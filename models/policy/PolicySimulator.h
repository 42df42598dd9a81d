#pragma once

#include "AuditPolicy.h"
#include "audit/EventStore.h"
#include "backends/Backend.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace ac {

// What the policy sees of a request (k8s.io/apiserver GetAuthorizerAttributes), rebuilt from a
// recorded event as ../shared/reference/audit-policy.md §7 says.
struct RequestAttributes {
    bool hasUser = false; // failed authentication has none
    std::string user;
    std::vector<std::string> groups;
    std::string verb;
    bool isResource = false; // objectRef present
    std::string apiGroup, resource, subresource, ns, name;
    std::string path; // non-resource requests: requestURI without the query, percent-decoded
};

// The rule that decides a request: the first that matches, or none (level None, the policy's
// omitStages). omitMask has bit (1 << Stage) set for each stage that is not logged.
struct PolicyDecision {
    int rule = -1;
    Level level = Level::None;
    uint32_t omitMask = 0;
};

bool ruleMatches(const PolicyRule& rule, const RequestAttributes& request);
PolicyDecision evaluatePolicy(const AuditPolicy& policy, const RequestAttributes& request);

// The result of replaying a policy over recorded requests: per rule the requests it decides,
// per level and stage what the log would hold, and what it would not.
struct SimulationResult {
    struct Tally {
        int64_t requests = 0, records = 0, bytes = 0;
        void add(const Tally& t) {
            requests += t.requests;
            records += t.records;
            bytes += t.bytes;
        }
    };
    static constexpr size_t kLevels = static_cast<size_t>(Level::Count);
    static constexpr size_t kStages = static_cast<size_t>(Stage::Count);
    std::vector<int64_t> ruleHits; // requests per rule, in rule order
    int64_t unmatched = 0;         // requests no rule matches (level None)
    Tally recorded, kept, dropped;
    std::array<Tally, kLevels> recordedByLevel{}, keptByLevel{};
    std::array<Tally, kStages> recordedByStage{}, keptByStage{};
    // Requests the policy would log at a higher level than they were recorded at: the log
    // cannot show the bodies it would add, so their bytes are a lower bound.
    int64_t aboveRecorded = 0;
    std::vector<int32_t> ruleOfRequest; // per request id: the deciding rule, -1 for none
    std::vector<Level> levelOfRequest;  // per request id: the level the policy gives it
    bool cancelled = false;
};

// Replays `policy` over every request of `store` (Level None included). Only a memory source
// holds the whole events a replay needs.
SimulationResult simulatePolicy(const AuditPolicy& policy, const EventStore& store, const CancelToken& cancel = {});
// The attributes of the request `record` belongs to, from its earliest recorded stage.
RequestAttributes attributesOf(const EventStore& store, uint32_t record, bool withGroups = true);

} // namespace ac
