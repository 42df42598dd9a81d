#pragma once

#include "Backend.h"
#include "audit/EventStore.h"

#include <memory>
#include <vector>

namespace ac {

// Answers queries by scanning the in-memory columns. Conditions on dictionary columns test
// each distinct string once and then compare integer ids.
class MemoryBackend final : public Backend
{
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

private:
    Bitset evalRecords(const Expr& e, size_t lo, size_t hi) const;
    Bitset evalLeaf(const Expr& e, size_t lo, size_t hi) const;

    std::shared_ptr<const EventStore> m_store;
};

} // namespace ac
