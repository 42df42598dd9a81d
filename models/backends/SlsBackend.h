#pragma once

#include "Backend.h"
#include "SlsClient.h"

namespace ac {

// A Log Service logstore as a source: every report, filter, search, event page and detail is run
// by Log Service (its index answers the search statement, its SQL engine counts), so nothing is
// downloaded that the page does not show. See docs/architecture.md, "Log Service".
class SlsBackend final : public Backend {
public:
    SlsBackend(SlsLocation location, SlsCredentials credentials, SlsClientOptions options = {});

    QString name() const override;
    SourceInfo info() const override;
    bool hasCapability(Capability c) const override;
    TimeAnchor anchor() const override { return TimeAnchor::Now; }
    const SlsClient& client() const { return m_client; }

protected:
    Result<TimeRange> doDataRange(const CancelToken& cancel) const override;
    Result<std::vector<ResultTable>> doRun(const std::vector<Query>& queries, const CancelToken& cancel) const override;
    Result<EventRowsPage> doEvents(const EventsRequest& request, const CancelToken& cancel) const override;
    Result<EventDetail> doDetail(const std::string& ref, const CancelToken& cancel) const override;
    Result<SqlRows> doSqlRows(const EventsQuery& query, const CancelToken& cancel) const override;

private:
    SlsGetLogs call(const TimeRange& range, const std::string& search, const std::string& sql) const;
    SlsClient m_client;
};

} // namespace ac
