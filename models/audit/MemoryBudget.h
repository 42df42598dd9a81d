#pragma once

#include <cstddef>
#include <optional>

namespace ac {

// What memory is still free is a question for the system: os::availableMemory() (models/os).

// Parses a size such as 512M, 20G, 1.5G or a plain number of bytes; empty when malformed.
std::optional<size_t> parseByteSize(const char* text);

} // namespace ac
