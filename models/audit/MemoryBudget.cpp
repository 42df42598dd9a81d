#include "MemoryBudget.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ac {

std::optional<size_t> parseByteSize(const char* text) {
    if (!text || !*text) return std::nullopt;
    char* end = nullptr;
    const double number = std::strtod(text, &end);
    if (end == text || !(number >= 0) || !std::isfinite(number)) return std::nullopt;
    double scale = 1;
    switch (std::toupper(static_cast<unsigned char>(*end))) {
    case 0:
        break;
    case 'K':
        scale = 1024.0;
        break;
    case 'M':
        scale = 1024.0 * 1024;
        break;
    case 'G':
        scale = 1024.0 * 1024 * 1024;
        break;
    case 'T':
        scale = 1024.0 * 1024 * 1024 * 1024;
        break;
    default:
        return std::nullopt;
    }
    if (*end && end[1] && !((end[1] == 'B' || end[1] == 'b' || end[1] == 'i') && (!end[2] || end[2] == 'B')))
        return std::nullopt;
    const double bytes = number * scale;
    if (bytes > 1.8e19) return std::nullopt;
    return static_cast<size_t>(bytes);
}

} // namespace ac
