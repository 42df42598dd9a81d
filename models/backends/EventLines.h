#pragma once

#include "Backend.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace ac {

// The requests a query selects, in time order, as the lines `audit-console events` prints: the
// raw JSON of each request's last stage (or of every stage), one per line. A pretty-printed
// event loses only the line breaks and indentation between its tokens; every other byte is as
// the source holds it. The evidence bundle writes the same lines, so the two agree byte for byte.
// Every request `query` selects, in time order (each by its last stage), paged by keyset as the
// window pages; at most `limit` (0: all). `visit` returns an error to stop with it. The requests
// visited, or the error.
Result<qint64> forEachRequest(const Backend& backend, EventsQuery query, qint64 limit,
                              const std::function<std::optional<BackendError>(const EventRow&)>& visit,
                              const CancelToken& cancel = {});

struct EventLinesOptions {
    bool allStages = false;
    qint64 limit = 0; // 0: every request
};
// `sink` gets the lines in blocks of about 1 MiB and returns false to stop. The requests
// written, or the error (a file changed on disk since it was loaded, a remote failure).
Result<qint64> writeEventLines(const Backend& backend, EventsQuery query, const EventLinesOptions& options,
                               const std::function<bool(const QByteArray&)>& sink, const CancelToken& cancel = {});

} // namespace ac
