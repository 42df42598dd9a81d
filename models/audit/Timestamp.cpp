#include "Timestamp.h"

#include <cstdio>

namespace ac {

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil-days formula).
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}
} // namespace

std::optional<int64_t> parseRfc3339Micros(std::string_view s) {
    int year, mon, day, hh, mm, ss;
    if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mon) || s[7] != '-' ||
        !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hh) ||
        s[13] != ':' || !digits(s, 14, 2, mm) || s[16] != ':' || !digits(s, 17, 2, ss))
        return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (mon < 1 || mon > 12 || day < 1 || day > kDays[mon - 1] + (mon == 2 && leap) || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    size_t pos = 19;
    int64_t micros = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 6) micros = micros * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        if (n == 0) return std::nullopt;
        for (int i = n; i < 6; ++i)
            micros *= 10;
    }
    int64_t offsetSeconds = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om))
            return std::nullopt;
        if (oh > 23 || om > 59) return std::nullopt; // RFC 3339: time-numoffset is a valid hour and minute
        offsetSeconds = (oh * 3600 + om * 60) * (s[pos] == '+' ? 1 : -1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;
    const int64_t days = daysFromCivil(year, static_cast<unsigned>(mon), static_cast<unsigned>(day));
    const int64_t secs = days * 86400 + hh * 3600 + mm * 60 + ss - offsetSeconds;
    // In UTC, still within years 0000 to 9999: what formatRfc3339Micros can write back.
    constexpr int64_t kFirst = -62167219200, kAfterLast = 253402300800; // 0000-01-01, 10000-01-01
    if (secs < kFirst || secs >= kAfterLast) return std::nullopt;
    return secs * 1000000 + micros;
}

std::string formatRfc3339Micros(int64_t micros) {
    int64_t secs = micros / 1000000;
    int64_t frac = micros % 1000000;
    if (frac < 0) {
        frac += 1000000;
        --secs;
    }
    int64_t days = secs / 86400;
    int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%06lldZ", static_cast<long long>(y), m, d,
                  static_cast<long long>(rem / 3600), static_cast<long long>(rem / 60 % 60),
                  static_cast<long long>(rem % 60), static_cast<long long>(frac));
    return buf;
}

} // namespace ac
