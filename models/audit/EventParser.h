#pragma once

#include "EventStore.h"

#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ac {

struct ParseIssue {
    uint32_t line = 0; // 1-based within the parsed range
    std::string reason;
};

// Turns the text of one chunk of a file into columns with chunk-local dictionaries.
// One instance per worker thread; not thread-safe.
class EventParser {
public:
    struct Limits {
        size_t maxLineBytes;
        size_t maxIssues;
    };
    EventParser(Limits limits, uint32_t fileBuffer, uint32_t arenaBuffer);

    // JSON lines: every line of [begin, end) is one document (an event, or an EventList /
    // AKS export on one line). `firstLine` is the line number of `begin`.
    // `tick(bytes)` runs about every MiB with the bytes parsed since the last call; it
    // returns false to stop (cancel).
    void parseLines(const char* base, size_t capacity, size_t begin, size_t end, uint32_t firstLine,
                    const std::function<bool(qint64)>& tick);
    // Pretty-printed or concatenated JSON values: a single event, an array of events, an
    // EventList or an AKS diagnostic export.
    void parseDocuments(const char* base, size_t capacity, size_t begin, size_t end,
                        const std::function<bool(qint64)>& tick);

    uint32_t arenaBufferId() const { return m_arenaBuffer; }

    EventColumns columns;
    std::vector<ParseIssue> issues;
    qint64 skipped = 0;
    uint32_t lineCount = 0; // lines seen by parseLines
    std::string arena;      // unescaped AKS "log" strings; records with buffer arenaBuffer point here

private:
    struct Fields;
    // The JSON value being parsed: where its text was parsed from (possibly a padded copy),
    // and where that text lives in its buffer.
    struct Doc {
        const char* parsed;
        size_t capacity;
        uint64_t offset;
        uint32_t buffer;
        uint32_t line;
        int depth;
    };

    void handleValue(std::string_view json, size_t capacity, int depth, uint32_t buffer, uint64_t offset,
                     uint32_t line);
    simdjson::error_code collect(simdjson::ondemand::object obj, Fields& f, const Doc& doc, bool& container);
    // An error at depth 0 is returned, for recoverItems; deeper ones are reported here.
    simdjson::error_code handleItems(simdjson::ondemand::array items, const Doc& doc);
    // Splits a broken top-level list by its brackets and reads its items from the `skip`th on,
    // each on its own; false when `text` holds no list (a single value).
    bool recoverItems(const char* text, size_t length, size_t capacity, uint32_t buffer, uint64_t offset,
                      uint32_t line, size_t skip);
    void handleEmbeddedLog(std::string_view log, const Doc& doc);
    void addEvent(const Fields& f, uint32_t buffer, uint64_t offset, uint32_t length, uint32_t line);
    void reject(uint32_t line, std::string reason);

    // Per user, the ids its previous record had in columns that mostly follow the user
    // (operator, user agent, RBAC reason, source IP): a hit saves hashing a long string.
    struct UserHints {
        uint32_t op = 0, agent = 0, reason = 0, ip = 0;
    };
    std::vector<UserHints> m_hints;

    size_t m_topItems = 0; // items of the top-level list read so far
    Limits m_limits;
    uint32_t m_fileBuffer;
    uint32_t m_arenaBuffer;
    simdjson::ondemand::parser m_parsers[4];
    simdjson::padded_string m_scratch[4];
};

std::string describeJsonError(simdjson::error_code e);

} // namespace ac
