#pragma once

#include "Backend.h"
#include "audit/EventStore.h"

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ac {

// Answers queries by scanning the in-memory columns. Conditions on dictionary columns test
// each distinct string once and then compare integer ids.
class MemoryBackend final : public Backend {
public:
    explicit MemoryBackend(std::shared_ptr<const EventStore> store);

    QString name() const override { return QStringLiteral("memory"); }
    TimeRange dataRange() const override;
    ResultTable run(const Query& query) const override;
    EventPage events(const Query& query, size_t offset, size_t limit) const override;

    const EventStore& store() const { return *m_store; }
    std::shared_ptr<const EventStore> storePtr() const { return m_store; }

    using Bitset = std::vector<uint64_t>;
    // Requests with at least one record in the range that satisfies the filter.
    Bitset matchRequests(const Query& query) const;
    // Records (not requests) in the range that satisfy the filter, in time order.
    std::vector<uint32_t> matchRecords(const Query& query, size_t limit = SIZE_MAX) const;
    void clearCache() const;

private:
    using BitsetPtr = std::shared_ptr<const Bitset>;
    BitsetPtr evalRecords(const Expr& e, size_t lo, size_t hi) const;
    Bitset evalLeaf(const Expr& e, size_t lo, size_t hi) const;
    Bitset evalNode(const Expr& e, size_t lo, size_t hi) const;

    std::shared_ptr<const EventStore> m_store;
    // Recently evaluated conditions: a report's queries share the user's filter, and facet
    // counts share all but one facet, so each is scanned once.
    mutable std::mutex m_cacheMutex;
    mutable std::list<std::pair<std::string, BitsetPtr>> m_cache;
};

} // namespace ac
