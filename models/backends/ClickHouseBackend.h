#pragma once

#include "Backend.h"
#include "ClickHouseClient.h"

namespace ac {

// A ClickHouse audit table (docs/clickhouse.md) as a source: every report, filter, search, event
// page and detail is one SQL statement run by the server, which sends back only the figures and
// rows a page shows. A Distributed table over a cluster works the same way.
class ClickHouseBackend final : public Backend {
public:
    ClickHouseBackend(ClickHouseLocation location, QString password, ClickHouseClientOptions options = {});

    QString name() const override;
    SourceInfo info() const override;
    bool hasCapability(Capability c) const override;
    TimeAnchor anchor() const override { return TimeAnchor::Now; }
    const ClickHouseClient& client() const { return m_client; }
    // The server's version, asked once (empty when it could not be asked).
    QString serverVersion(const CancelToken& cancel = {}) const;

protected:
    Result<TimeRange> doDataRange(const CancelToken& cancel) const override;
    Result<std::vector<ResultTable>> doRun(const std::vector<Query>& queries, const CancelToken& cancel) const override;
    Result<EventRowsPage> doEvents(const EventsRequest& request, const CancelToken& cancel) const override;
    Result<EventDetail> doDetail(const std::string& ref, const CancelToken& cancel) const override;

private:
    std::string table() const;
    ClickHouseClient m_client;
};

} // namespace ac
