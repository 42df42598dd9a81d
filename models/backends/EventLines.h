#pragma once

#include "Backend.h"

#include <QByteArray>

#include <functional>

namespace ac {

// The requests a query selects, in time order, as the lines `audit-console events` prints: the
// raw JSON of each request's last stage (or of every stage), one per line. A pretty-printed
// event loses only the line breaks and indentation between its tokens; every other byte is as
// the source holds it. The evidence bundle writes the same lines, so the two agree byte for byte.
struct EventLinesOptions {
    bool allStages = false;
    qint64 limit = 0; // 0: every request
};
// `sink` gets the lines in blocks of about 1 MiB and returns false to stop. The requests
// written, or the error (a file changed on disk since it was loaded, a remote failure).
Result<qint64> writeEventLines(const Backend& backend, EventsQuery query, const EventLinesOptions& options,
                               const std::function<bool(const QByteArray&)>& sink, const CancelToken& cancel = {});

} // namespace ac
