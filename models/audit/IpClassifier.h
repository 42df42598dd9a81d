#pragma once

#include "AuditTypes.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace ac {

// An IPv4 address is held as its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so one prefix
// test serves both families.
using IpAddress = std::array<uint8_t, 16>;

std::optional<IpAddress> parseIp(std::string_view text);

struct Cidr {
    IpAddress base{};
    int prefixBits = 0; // over the 128-bit form
    bool contains(const IpAddress& ip) const;
    static std::optional<Cidr> parse(std::string_view text);
};

// Decides public vs private for the first source IP. Private: RFC 1918, loopback,
// link-local, CGNAT 100.64/10, IPv6 ULA, unspecified, plus user-configured VPC ranges.
class IpClassifier {
public:
    IpClassifier();
    void addPrivateRange(const Cidr& cidr) { m_private.push_back(cidr); }
    SourceScope classify(std::string_view ipText) const;

private:
    std::vector<Cidr> m_private;
};

} // namespace ac
