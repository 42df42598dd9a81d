#include "EventLines.h"

#include "audit/JsonScan.h"

#include <QCoreApplication>

namespace ac {

namespace {
class EventLinesText {
    Q_DECLARE_TR_FUNCTIONS(EventLines)
};
constexpr qsizetype kBlock = 1 << 20;
} // namespace

Result<qint64> forEachRequest(const Backend& backend, EventsQuery query, qint64 limit,
                              const std::function<std::optional<BackendError>(const EventRow&)>& visit,
                              const CancelToken& cancel) {
    EventsRequest request;
    request.query = std::move(query);
    request.query.sort = EventSort::Time;
    request.query.descending = false;
    qint64 visited = 0;
    for (bool more = true; more && (limit <= 0 || visited < limit);) {
        request.limit = limit > 0 ? static_cast<size_t>(std::min<qint64>(limit - visited, 2000)) : 2000;
        Result<EventRowsPage> page = backend.events(request, cancel);
        if (!page) return page.error();
        more = page->more && !page->rows.empty();
        if (!page->rows.empty()) request.after = cursorOf(page->rows.back(), request.query.sort);
        for (const EventRow& row : page->rows) {
            if (auto error = visit(row)) return *error;
            ++visited;
        }
    }
    return visited;
}

Result<qint64> writeEventLines(const Backend& backend, EventsQuery query, const EventLinesOptions& options,
                               const std::function<bool(const QByteArray&)>& sink, const CancelToken& cancel) {
    QByteArray out;
    const Result<qint64> written = forEachRequest(
        backend, std::move(query), options.limit,
        [&](const EventRow& row) -> std::optional<BackendError> {
            const Result<EventDetail> detail = backend.detail(row.ref, cancel);
            if (!detail) return detail.error();
            for (size_t k = 0; k < detail->stages.size(); ++k) {
                const EventStageDetail& st = detail->stages[k];
                if (!options.allStages && k != detail->shown) continue;
                if (st.unavailable)
                    return BackendError{
                        EventLinesText::tr("%1 changed on disk since it was loaded; its events are not written")
                            .arg(st.provenance)};
                const bool multiline = st.rawJson.find('\n') != std::string::npos;
                out += QByteArray::fromStdString(multiline ? compactJson(st.rawJson) : st.rawJson);
                out += '\n';
            }
            if (out.size() > kBlock) {
                if (!sink(out)) return BackendError::cancelledError();
                out.clear();
            }
            return std::nullopt;
        },
        cancel);
    if (!written) return written;
    if (!out.isEmpty() && !sink(out)) return BackendError::cancelledError();
    return written;
}

} // namespace ac
