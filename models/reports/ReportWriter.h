#pragma once

#include "Reports.h"
#include "audit/Loader.h"

#include <QByteArray>
#include <QJsonObject>

namespace ac {

// Renders reports for the command line and for export: JSON (for scripts), text (for a
// terminal) and CSV (for a spreadsheet).
namespace writer {
QJsonObject loadedJson(const EventStore* store, const LoadResult& load);
QJsonObject overviewJson(const OverviewReport& r);
QJsonArray resourcesJson(const ResourceOperationsReport& r);
QJsonObject detailJson(const ResourceDetailReport& r, const EventStore* store);
QJsonObject eventSummaryJson(const EventStore& store, uint32_t record);

QByteArray loadedText(const EventStore* store, const LoadResult& load);
QByteArray overviewText(const OverviewReport& r);
QByteArray resourcesText(const ResourceOperationsReport& r);
QByteArray detailText(const ResourceDetailReport& r, const EventStore* store);

QByteArray overviewCsv(const OverviewReport& r);
QByteArray resourcesCsv(const ResourceOperationsReport& r);
QByteArray detailCsv(const ResourceDetailReport& r, const EventStore* store);

QString isoTime(int64_t micros);
QByteArray csvField(const QString& s);
} // namespace writer

} // namespace ac
