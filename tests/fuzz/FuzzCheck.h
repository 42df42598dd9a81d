#pragma once

// What the fuzz targets share: a check that stops the run (libFuzzer then saves the input as a
// crash), and the invariants of parsed event columns.

#include "audit/EventStore.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

// A property that must hold for every input. On failure the condition is printed and the
// process traps, which libFuzzer reports as a crash with the input that caused it.
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                       \
            __builtin_trap();                                                                                          \
        }                                                                                                              \
    } while (false)

namespace acfuzz {

inline bool isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A record's raw text: one JSON object, perhaps with JSON white space around it (an AKS "log"
// string may start with some; a list item's text runs up to the next `,` or `]`).
inline bool looksLikeObject(std::string_view raw) {
    while (!raw.empty() && isJsonSpace(raw.front()))
        raw.remove_prefix(1);
    while (!raw.empty() && isJsonSpace(raw.back()))
        raw.remove_suffix(1);
    return raw.size() >= 2 && raw.front() == '{' && raw.back() == '}';
}

// Every column has one entry per record, every id names an entry of its dictionary, and the
// enumerations and numbers stay in their ranges.
inline void checkColumns(const ac::EventColumns& c) {
    const size_t n = c.size();
    FUZZ_CHECK(c.time.size() == n);
    FUZZ_CHECK(c.latencyMs.size() == n);
    FUZZ_CHECK(c.code.size() == n);
    FUZZ_CHECK(c.stage.size() == n);
    FUZZ_CHECK(c.level.size() == n);
    FUZZ_CHECK(c.decision.size() == n);
    FUZZ_CHECK(c.auditId.size() == n);
    FUZZ_CHECK(c.rawBuffer.size() == n);
    FUZZ_CHECK(c.rawOffset.size() == n);
    FUZZ_CHECK(c.rawLength.size() == n);
    FUZZ_CHECK(c.line.size() == n);
    for (size_t col = 0; col < ac::kDictColumnCount; ++col) {
        const auto& ids = c.ids[col];
        const auto& dict = c.dicts[col];
        FUZZ_CHECK(ids.size() == n);
        FUZZ_CHECK(dict.size() >= 1 && dict.at(0).empty()); // id 0: the empty string
        for (const uint32_t id : ids)
            FUZZ_CHECK(id < dict.size());
    }
    for (size_t r = 0; r < n; ++r) {
        FUZZ_CHECK(c.latencyMs[r] >= -1);
        FUZZ_CHECK(c.code[r] >= 0 && c.code[r] <= 999);
        FUZZ_CHECK(c.stage[r] < ac::Stage::Count);
        FUZZ_CHECK(c.level[r] < ac::Level::Count);
        FUZZ_CHECK(c.decision[r] < ac::Decision::Count);
        FUZZ_CHECK(c.rawLength[r] >= 2);
        FUZZ_CHECK(c.line[r] >= 1);
    }
    for (const auto& entry : c.auditIdText)
        FUZZ_CHECK(entry.first < n);
}

} // namespace acfuzz
