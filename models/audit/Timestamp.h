#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ac {

// RFC 3339 as the API server writes it ("2026-11-28T10:00:00.123456Z", any number of
// fraction digits, "Z" or "+08:00"), to microseconds since the Unix epoch. Hand-written
// because it runs once per record on the load path.
std::optional<int64_t> parseRfc3339Micros(std::string_view s);
std::string formatRfc3339Micros(int64_t micros);

} // namespace ac
