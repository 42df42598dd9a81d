#include "MemoryBudget.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace ac {

namespace {
// The first number after `key` in a small text file such as /proc/meminfo, times `scale`.
std::optional<size_t> readField(const char* path, const char* key, size_t scale) {
    FILE* f = std::fopen(path, "re");
    if (!f) return std::nullopt;
    char line[256];
    std::optional<size_t> value;
    const size_t keyLength = std::strlen(key);
    while (std::fgets(line, sizeof line, f))
        if (std::strncmp(line, key, keyLength) == 0) {
            value = static_cast<size_t>(std::strtoull(line + keyLength, nullptr, 10)) * scale;
            break;
        }
    std::fclose(f);
    return value;
}

std::optional<size_t> readNumber(const char* path) {
    FILE* f = std::fopen(path, "re");
    if (!f) return std::nullopt;
    char text[64] = {};
    const bool ok = std::fgets(text, sizeof text, f) != nullptr;
    std::fclose(f);
    if (!ok || !std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt; // "max": no limit
    return static_cast<size_t>(std::strtoull(text, nullptr, 10));
}
} // namespace

std::optional<size_t> availableMemory() {
    std::optional<size_t> best = readField("/proc/meminfo", "MemAvailable:", 1024);
    // cgroup v2: this process's group is named in /proc/self/cgroup as "0::/path".
    if (FILE* f = std::fopen("/proc/self/cgroup", "re")) {
        char line[512];
        std::string group;
        while (std::fgets(line, sizeof line, f))
            if (std::strncmp(line, "0::", 3) == 0) {
                group = line + 3;
                while (!group.empty() && (group.back() == '\n' || group.back() == '\r'))
                    group.pop_back();
            }
        std::fclose(f);
        if (!group.empty()) {
            const std::string dir = "/sys/fs/cgroup" + (group == "/" ? std::string() : group);
            const auto limit = readNumber((dir + "/memory.max").c_str());
            const auto anon = readField((dir + "/memory.stat").c_str(), "anon ", 1);
            if (limit && anon) {
                const size_t left = *limit > *anon ? *limit - *anon : 0;
                best = best ? std::min(*best, left) : left;
            }
        }
    }
    return best;
}

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
