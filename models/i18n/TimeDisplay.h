#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace ac {

// How the window shows times: one format everywhere ("2026-11-28 11:59:17"), in local time or
// UTC as Preferences say, and always with the zone ("UTC+08:00", "UTC"). Exports and the
// command line use UTC (RFC 3339) whatever this says.
bool displayUtc();
void setDisplayUtc(bool utc); // not thread-safe: set it from the GUI thread before showing data

enum class TimeDetail : uint8_t { Seconds, Minutes, Date };
QDateTime displayDateTime(int64_t micros);
QString formatTime(int64_t micros, TimeDetail detail = TimeDetail::Seconds);
// "UTC" or "UTC+08:00" (the offset at that instant, so summer time shows as it was).
QString zoneName(int64_t micros);
QString formatTimeWithZone(int64_t micros, TimeDetail detail = TimeDetail::Seconds);
// A range "2026-11-21 12:00 – 2026-11-28 11:59 UTC+08:00", the zone once when both ends share it.
QString formatRange(int64_t fromMicros, int64_t toMicros, TimeDetail detail = TimeDetail::Minutes);

} // namespace ac
