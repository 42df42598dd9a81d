#pragma once

#include "EventStore.h"
#include "IpClassifier.h"

#include <memory>
#include <vector>

namespace ac {

class EventParser;

// Assembles the store from the loader's per-chunk parsers: merges chunk-local dictionaries,
// sorts records by time, groups them into requests and derives the per-id attributes.
class StoreBuilder {
public:
    explicit StoreBuilder(const std::vector<Cidr>& privateRanges);
    uint32_t addBuffer(std::shared_ptr<RawBuffer> buffer);
    uint32_t reserveBuffer();
    void addFailedFile(const QString& path, const QString& error);
    void addFile(const QString& path, const QString& format, qint64 bytes, const QString& warning,
                 const std::vector<EventParser*>& parsers);
    std::shared_ptr<const EventStore> finish();

    // Exposed for tests and benchmarks that build stores without files.
    static void sortByTime(EventColumns& cols);

private:
    void append(EventParser& parser);
    void groupRequests();
    void deriveAttributes();

    std::unique_ptr<EventStore> m_store;
    IpClassifier m_ips;
};

} // namespace ac
