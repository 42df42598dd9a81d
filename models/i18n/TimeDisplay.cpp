#include "TimeDisplay.h"

#include <atomic>

namespace ac {

namespace {
std::atomic_bool g_utc{false};

QString pattern(TimeDetail detail) {
    switch (detail) {
    case TimeDetail::Seconds:
        return QStringLiteral("yyyy-MM-dd HH:mm:ss");
    case TimeDetail::Minutes:
        return QStringLiteral("yyyy-MM-dd HH:mm");
    case TimeDetail::Date:
        return QStringLiteral("yyyy-MM-dd");
    }
    return {};
}
} // namespace

bool displayUtc() {
    return g_utc.load(std::memory_order_relaxed);
}

void setDisplayUtc(bool utc) {
    g_utc = utc;
}

QDateTime displayDateTime(int64_t micros) {
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return displayUtc() ? utc : utc.toLocalTime();
}

QString formatTime(int64_t micros, TimeDetail detail) {
    return displayDateTime(micros).toString(pattern(detail));
}

QString zoneName(int64_t micros) {
    if (displayUtc()) return QStringLiteral("UTC");
    const int offset = displayDateTime(micros).offsetFromUtc();
    if (offset == 0) return QStringLiteral("UTC");
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString formatTimeWithZone(int64_t micros, TimeDetail detail) {
    return formatTime(micros, detail) + QLatin1Char(' ') + zoneName(micros);
}

QString formatRange(int64_t fromMicros, int64_t toMicros, TimeDetail detail) {
    const QString fromZone = zoneName(fromMicros), toZone = zoneName(toMicros);
    if (fromZone == toZone)
        return formatTime(fromMicros, detail) + QStringLiteral(" – ") + formatTime(toMicros, detail) +
               QLatin1Char(' ') + toZone;
    return formatTimeWithZone(fromMicros, detail) + QStringLiteral(" – ") + formatTimeWithZone(toMicros, detail);
}

} // namespace ac
