#pragma once

#include "JsonDiff.h"
#include "backends/Backend.h"

#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ac {

// One Kubernetes object, as the audit log names it.
struct ObjectKey {
    std::string resource; // plural, "deployments" (no subresource)
    std::string ns;       // "" for cluster-scoped
    std::string name;

    // Every request on the object, its subresources included (deployments/scale, pods/exec …).
    // A namespace is matched by name alone: the API server logs a namespace as its own namespace.
    ExprPtr filter() const;
    QString label() const; // "deployments default/web", "namespaces prod"
    // The equivalent Log Service statement:
    // `objectRef.resource: deployments and objectRef.namespace: default and objectRef.name: web`.
    std::string searchText() const;
    // nullopt when the row names no object.
    static std::optional<ObjectKey> fromRow(const EventRow& row);
    bool operator==(const ObjectKey&) const = default;
};

// One request on the object, and what it changed.
struct HistoryEntry {
    enum class Kind : uint8_t {
        Read, // get/list/watch/other non-writes: shown in the timeline, no change
        Created,
        Updated,
        Patched,
        Deleted,
        Failed,      // a write whose final code is >= 400: nothing changed
        DryRun,      // requestURI has dryRun=All: nothing changed
        NotRecorded, // a write logged at level Metadata (or None): the log cannot show the change
        PatchShown,  // a patch that cannot be applied (a strategic merge patch with lists or directives
                     // and no responseObject, or a JSON patch on an unknown state): shown as sent, later
                     // diffs start from the next full state
        FirstSeen,   // a write with no earlier known state: the object as written becomes the known state
        Subresource, // a non-body subresource request (exec, attach, log, eviction, binding, proxy …)
    };
    EventRow row; // the request, as the events list shows it
    Kind kind = Kind::Read;
    std::string level; // Metadata, Request, RequestResponse; empty when the raw record is not available
    // One plain, translated sentence for the kinds other than Created, Updated, Patched and Read
    // (and for an Updated or Patched whose earlier values are unknown).
    QString explanation;
    // Created (the fields created), Updated, Patched, Deleted (empty), FirstSeen (the object as written).
    std::vector<FieldChange> changes;
    QJsonValue patch;  // the patch as sent (Patched and PatchShown)
    QString patchType; // "merge patch", "strategic merge", "JSON patch" (translated)
};

struct ObjectHistory {
    ObjectKey key;
    std::vector<HistoryEntry> entries; // newest first
    bool truncated = false;            // more requests than maxRequests: the oldest were left out

    // Indexes of the entries whose changes touch `field` (pathTouches), newest first: "who changed
    // spec.replicas". A FirstSeen entry changes nothing that is known and is left out.
    std::vector<size_t> changesTo(std::string_view field) const;
};

// Every request on `key` in `range`, replayed oldest first against the last known state of the
// object; at most the newest `maxRequests`. Fetches each request's detail (its raw JSON) from the
// backend; errors and cancellation come back as the Result's error.
Result<ObjectHistory> buildObjectHistory(const Backend& backend, const ObjectKey& key, const TimeRange& range,
                                         const CancelToken& cancel = {}, size_t maxRequests = 5000);

} // namespace ac
