#pragma once

#include <cstddef>
#include <optional>

namespace ac {

// Memory this process can still take before the system (or its cgroup) kills it: the least of
// MemAvailable and, inside a cgroup with a limit, that limit less the anonymous memory already
// charged to it. Page cache counts as available: the kernel drops it under pressure. Empty
// when neither can be read.
std::optional<size_t> availableMemory();

// Parses a size such as 512M, 20G, 1.5G or a plain number of bytes; empty when malformed.
std::optional<size_t> parseByteSize(const char* text);

} // namespace ac
