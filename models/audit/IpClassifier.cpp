#include "IpClassifier.h"

#include "Definitions.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>

namespace ac {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A dotted quad as inet_pton(AF_INET) takes it: four decimal parts of 0–255, none with a
// leading zero, and nothing else.
bool parseV4(std::string_view s, uint8_t* out) {
    size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= s.size() || s[i] != '.') return false;
            ++i;
        }
        const size_t start = i;
        unsigned value = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            value = value * 10 + unsigned(s[i] - '0');
            if (value > 255) return false;
            ++i;
        }
        if (i == start || (i - start > 1 && s[start] == '0')) return false;
        out[part] = static_cast<uint8_t>(value);
    }
    return i == s.size();
}

// RFC 4291 text as inet_pton(AF_INET6) takes it: up to eight groups of one to four hex digits,
// one "::" for a run of zero groups, and optionally a dotted quad as the last 32 bits.
bool parseV6(std::string_view s, uint8_t* out) {
    uint8_t bytes[16] = {};
    size_t n = 0; // bytes written
    std::optional<size_t> gap;
    size_t i = 0;
    if (s.empty()) return false;
    if (s[0] == ':') {
        if (s.size() < 2 || s[1] != ':') return false;
        i = 1; // the second colon opens the gap below
    }
    size_t group = i; // where the current group began
    int digits = 0;
    unsigned value = 0;
    while (i < s.size()) {
        const char c = s[i++];
        if (const int d = hexValue(c); d >= 0) {
            if (digits == 4) return false;
            value = value << 4 | unsigned(d);
            ++digits;
            continue;
        }
        if (c == ':') {
            group = i;
            if (digits == 0) {
                if (gap) return false; // a second "::"
                gap = n;
                continue;
            }
            if (i == s.size() || n + 2 > sizeof bytes) return false; // a trailing single colon
            bytes[n++] = static_cast<uint8_t>(value >> 8);
            bytes[n++] = static_cast<uint8_t>(value);
            digits = 0;
            value = 0;
            continue;
        }
        if (c == '.' && n + 4 <= sizeof bytes && parseV4(s.substr(group), bytes + n)) {
            n += 4;
            digits = 0;
            break;
        }
        return false;
    }
    if (digits > 0) {
        if (n + 2 > sizeof bytes) return false;
        bytes[n++] = static_cast<uint8_t>(value >> 8);
        bytes[n++] = static_cast<uint8_t>(value);
    }
    if (gap) {
        if (n == sizeof bytes) return false; // "::" must stand for at least one group
        const size_t tail = n - *gap;
        std::memmove(bytes + sizeof bytes - tail, bytes + *gap, tail);
        std::memset(bytes + *gap, 0, sizeof bytes - tail - *gap);
        n = sizeof bytes;
    }
    if (n != sizeof bytes) return false;
    std::memcpy(out, bytes, sizeof bytes);
    return true;
}

} // namespace

std::optional<IpAddress> parseIp(std::string_view text) {
    // Source IPs sometimes carry a port or brackets ("[::1]:443"); only the address counts.
    if (text.size() >= 2 && text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        text = text.substr(1, close - 1);
    }
    // "10.1.2.3:443": one colon after a dotted quad is a port.
    if (const auto colon = text.find(':'); colon != std::string_view::npos &&
                                           text.find(':', colon + 1) == std::string_view::npos &&
                                           text.substr(0, colon).find('.') != std::string_view::npos)
        text = text.substr(0, colon);
    // Parsed here rather than by inet_pton, which is not in every system's C library.
    IpAddress ip{};
    if (parseV4(text, ip.data() + 12)) {
        ip[10] = 0xff;
        ip[11] = 0xff;
        return ip;
    }
    if (parseV6(text, ip.data())) return ip;
    return std::nullopt;
}

bool Cidr::contains(const IpAddress& ip) const {
    const int fullBytes = prefixBits / 8;
    if (std::memcmp(ip.data(), base.data(), static_cast<size_t>(fullBytes)) != 0) return false;
    const int rest = prefixBits % 8;
    if (rest == 0) return true;
    const auto mask = static_cast<uint8_t>(0xff << (8 - rest));
    return (ip[static_cast<size_t>(fullBytes)] & mask) == (base[static_cast<size_t>(fullBytes)] & mask);
}

std::optional<Cidr> Cidr::parse(std::string_view text) {
    const auto slash = text.find('/');
    const auto addr = parseIp(text.substr(0, slash));
    if (!addr) return std::nullopt;
    const bool v4 = (*addr)[10] == 0xff && (*addr)[11] == 0xff &&
                    std::all_of(addr->begin(), addr->begin() + 10, [](uint8_t b) { return b == 0; });
    int bits = v4 ? 32 : 128;
    if (slash != std::string_view::npos) {
        const auto p = text.substr(slash + 1);
        const auto [ptr, ec] = std::from_chars(p.data(), p.data() + p.size(), bits);
        if (ec != std::errc() || ptr != p.data() + p.size() || bits < 0 || bits > (v4 ? 32 : 128)) return std::nullopt;
    }
    Cidr c;
    c.base = *addr;
    c.prefixBits = v4 ? bits + 96 : bits;
    return c;
}

IpClassifier::IpClassifier() {
    const auto ranges = definitions().privateRanges;
    m_private.reserve(ranges.size());
    // value(), not *: a typo in the table should stop the program at start-up, not misclassify silently.
    for (const auto r : ranges)
        m_private.push_back(Cidr::parse(r).value());
}

SourceScope IpClassifier::classify(std::string_view ipText) const {
    const auto ip = parseIp(ipText);
    if (!ip) return SourceScope::Unknown;
    for (const auto& c : m_private)
        if (c.contains(*ip)) return SourceScope::Private;
    return SourceScope::Public;
}

} // namespace ac
