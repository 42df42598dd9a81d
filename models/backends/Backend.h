#pragma once

#include "query/Query.h"

#include <QString>

namespace ac {

// Runs queries. A report never knows which backend answers it.
class Backend {
public:
    virtual ~Backend() = default;
    virtual QString name() const = 0;
    // First and last event time the backend holds ([from, to) µs), for presets and buckets.
    virtual TimeRange dataRange() const = 0;
    virtual ResultTable run(const Query& query) const = 0;
    // Matching requests (their last-stage records), newest first.
    virtual EventPage events(const Query& query, size_t offset, size_t limit) const = 0;
};

} // namespace ac
