#pragma once

#include "Reports.h"
#include "backends/Source.h"

#include <QByteArray>
#include <QJsonObject>

namespace ac {

// Renders reports for the command line and for export: JSON (for scripts), text (for a
// terminal) and CSV (for a spreadsheet).
namespace writer {
// What was opened: the source's files and counts (backend may be null when nothing opened).
QJsonObject loadedJson(const Backend* backend, const OpenedSource& opened);
QJsonObject overviewJson(const OverviewReport& r);
QJsonArray resourcesJson(const ResourceOperationsReport& r);
// `operations`: the first rows of r.operations, newest first.
QJsonObject detailJson(const ResourceDetailReport& r, const std::vector<EventRow>& operations);
QJsonObject eventSummaryJson(const EventRow& row);

QByteArray loadedText(const Backend* backend, const OpenedSource& opened);
QByteArray overviewText(const OverviewReport& r);
QByteArray resourcesText(const ResourceOperationsReport& r);
QByteArray detailText(const ResourceDetailReport& r, const std::vector<EventRow>& operations);

QByteArray overviewCsv(const OverviewReport& r);
QByteArray resourcesCsv(const ResourceOperationsReport& r);
QByteArray detailCsv(const ResourceDetailReport& r, const std::vector<EventRow>& operations);

QString isoTime(int64_t micros);
QByteArray csvField(const QString& s);
} // namespace writer

} // namespace ac
