#include "IpClassifier.h"

#include "Definitions.h"

#include <algorithm>
#include <arpa/inet.h>
#include <charconv>
#include <cstring>
#include <string>

namespace ac {

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
    if (text.empty() || text.size() > 45) return std::nullopt;
    char buf[64];
    std::memcpy(buf, text.data(), text.size());
    buf[text.size()] = 0;
    IpAddress ip{};
    in_addr v4{};
    if (inet_pton(AF_INET, buf, &v4) == 1) {
        ip[10] = 0xff;
        ip[11] = 0xff;
        std::memcpy(ip.data() + 12, &v4, 4);
        return ip;
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, buf, &v6) == 1) {
        std::memcpy(ip.data(), &v6, 16);
        return ip;
    }
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
