#pragma once

#include "Backend.h"
#include "audit/EventStore.h"

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ac {

// Answers queries by scanning the in-memory columns of loaded files. Conditions on dictionary
// columns test each distinct string once and then compare integer ids.
class MemoryBackend final : public Backend {
public:
    explicit MemoryBackend(std::shared_ptr<const EventStore> store);

    QString name() const override { return QStringLiteral("memory"); }
    SourceInfo info() const override;
    bool hasCapability(Capability c) const override;
    TimeAnchor anchor() const override { return TimeAnchor::NewestEvent; }
    int64_t newestTypicalUs(const TimeRange& data) const override;

    const EventStore& store() const { return *m_store; }

    using Bitset = std::vector<uint64_t>;
    // Requests with at least one record in the range that satisfies the filter.
    Bitset matchRequests(const Query& query) const;
    // The event row of a request's last-stage record.
    EventRow rowOf(uint32_t record) const;

protected:
    Result<TimeRange> doDataRange(const CancelToken& cancel) const override;
    Result<std::vector<ResultTable>> doRun(const std::vector<Query>& queries, const CancelToken& cancel) const override;
    Result<EventRowsPage> doEvents(const EventsRequest& request, const CancelToken& cancel) const override;
    Result<EventDetail> doDetail(const std::string& ref, const CancelToken& cancel) const override;

private:
    using BitsetPtr = std::shared_ptr<const Bitset>;
    ResultTable runOne(const Query& query) const;
    BitsetPtr evalRecords(const Expr& e, size_t lo, size_t hi) const;
    Bitset evalLeaf(const Expr& e, size_t lo, size_t hi) const;
    Bitset evalNode(const Expr& e, size_t lo, size_t hi) const;
    // The rank of each id of a dictionary in byte order of its strings, computed once.
    const std::vector<uint32_t>& ranks(DictColumn column) const;

    std::shared_ptr<const EventStore> m_store;
    // Recently evaluated conditions: a report's queries share the user's filter, and facet
    // counts share all but one facet, so each is scanned once.
    mutable std::mutex m_cacheMutex;
    mutable std::list<std::pair<std::string, BitsetPtr>> m_cache;
    mutable std::mutex m_rankMutex;
    mutable std::array<std::vector<uint32_t>, kDictColumnCount> m_ranks;
    // Request ids in request-URI order (ties as every sort breaks them), built on the first URI
    // sort: the URI is only in the raw text, and a page must not read every match's.
    mutable std::once_flag m_uriOrderOnce;
    mutable std::vector<uint32_t> m_uriOrder;
};

} // namespace ac
