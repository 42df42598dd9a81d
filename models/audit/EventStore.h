#pragma once

#include "AuditTypes.h"
#include "RawBuffer.h"
#include "StringDictionary.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ac {

// 128 bits of an auditID. UUIDs are stored as their value; any other text as a hash of it
// (its text is kept on the side), so grouping the stages of a request is an integer compare.
struct AuditId {
    uint64_t hi = 0;
    uint64_t lo = 0;
    bool isNull() const { return hi == 0 && lo == 0; }
    friend bool operator==(const AuditId&, const AuditId&) = default;
};

// One column per audit-record attribute. The loader fills one of these per chunk of a file
// (with chunk-local dictionaries); EventStore appends them into its own.
struct EventColumns {
    std::vector<int64_t> time;      // requestReceivedTimestamp (or the legacy `timestamp`), µs since epoch
    std::vector<int32_t> latencyMs; // stageTimestamp - requestReceivedTimestamp, -1 when unknown
    std::vector<int16_t> code;      // responseStatus.code, 0 when absent
    std::vector<Stage> stage;
    std::vector<Level> level;
    std::vector<Decision> decision;
    std::vector<AuditId> auditId;
    std::array<std::vector<uint32_t>, kDictColumnCount> ids;
    std::array<StringDictionary, kDictColumnCount> dicts;
    // Where the record's JSON text is: buffer index, byte offset and length, and the line of
    // the source file it starts on.
    std::vector<uint32_t> rawBuffer;
    std::vector<uint64_t> rawOffset;
    std::vector<uint32_t> rawLength;
    std::vector<uint32_t> line;
    std::unordered_map<uint32_t, std::string> auditIdText; // record → text, only for non-UUID ids

    size_t size() const { return time.size(); }
    void reserve(size_t n);
    const std::vector<uint32_t>& column(DictColumn c) const { return ids[static_cast<size_t>(c)]; }
    const StringDictionary& dict(DictColumn c) const { return dicts[static_cast<size_t>(c)]; }
};

struct SourceFile {
    QString path;
    QString format;     // "json-lines", "json-document", "gzip json-lines", …
    qint64 bytes = 0;   // on disk
    qint64 records = 0; // records loaded from it
    qint64 skipped = 0; // lines or items rejected
    QString error;      // why nothing (or not all) could be read; empty when fine
};

// The loaded, immutable store. Records are sorted by time; a request is the group of records
// sharing an auditID, represented by its last-stage record.
class EventStore {
public:
    EventStore() = default;
    EventStore(const EventStore&) = delete;
    EventStore& operator=(const EventStore&) = delete;

    const EventColumns& columns() const { return m_cols; }
    size_t recordCount() const { return m_cols.size(); }
    size_t requestCount() const { return m_requestLast.size(); }

    // Derived attributes, one entry per dictionary id of the column they derive from.
    const std::vector<SourceScope>& scopeOfSourceIp() const { return m_scopeOfIp; }
    const std::vector<AccountType>& accountTypeOfOperator() const { return m_accountOfOperator; }
    const std::vector<Category>& categoryOfResourceId() const { return m_categoryOfResource; }
    const std::vector<Operation>& operationOfVerbId() const { return m_operationOfVerb; }

    uint32_t requestOf(uint32_t record) const { return m_requestOf[record]; }
    uint32_t lastRecordOf(uint32_t request) const { return m_requestLast[request]; }
    const std::vector<uint32_t>& requestOfRecord() const { return m_requestOf; }
    const std::vector<uint32_t>& requestLastRecord() const { return m_requestLast; }
    // All records of the request `record` belongs to, in stage order.
    std::vector<uint32_t> stagesOf(uint32_t record) const;

    std::string_view str(DictColumn c, uint32_t record) const { return m_cols.dict(c).at(m_cols.column(c)[record]); }
    // The record's JSON text; empty when its file was truncated since it was loaded.
    std::string_view rawJson(uint32_t record) const;
    // The same without the truncation check, for scans that called intactBuffers() first.
    std::string_view rawJsonUnchecked(uint32_t record) const;
    // Per buffer index: whether its text can still be read (see RawBuffer::intact()).
    std::vector<bool> intactBuffers() const;
    uint32_t bufferOf(uint32_t record) const { return m_cols.rawBuffer[record]; }
    // A top-level string field that is not a column (requestURI), read from the raw text.
    std::optional<std::string> rawString(uint32_t record, std::string_view key, bool checked = true) const;
    std::string auditIdText(uint32_t record) const;
    const SourceFile& sourceOf(uint32_t record) const;
    const std::vector<SourceFile>& files() const { return m_files; }
    int64_t minTime() const { return m_cols.size() ? m_cols.time.front() : 0; }
    int64_t maxTime() const { return m_cols.size() ? m_cols.time.back() : 0; }
    // The newest time that is not an outlier: a few events far in the future, or far after all
    // the others (a clock set to 9999), do not move "the last 7 days". Records from
    // firstTimeOutlier() on (in time order) are those outliers; none when it is recordCount().
    int64_t anchorTime() const { return m_firstOutlier ? m_cols.time[m_firstOutlier - 1] : maxTime(); }
    uint32_t firstTimeOutlier() const { return m_firstOutlier; }

    // Bytes held by columns, dictionaries and indexes (not the mapped or decompressed files).
    size_t memoryBytes() const;
    size_t rawBytes() const;

private:
    friend class Loader;
    friend class StoreBuilder;

    EventColumns m_cols;
    std::vector<std::shared_ptr<RawBuffer>> m_buffers;
    std::vector<uint32_t> m_fileOfBuffer;
    std::vector<SourceFile> m_files;
    std::vector<uint32_t> m_requestOf;
    std::vector<uint32_t> m_requestLast;
    std::vector<SourceScope> m_scopeOfIp;
    std::vector<AccountType> m_accountOfOperator;
    std::vector<Category> m_categoryOfResource;
    std::vector<Operation> m_operationOfVerb;
    uint32_t m_firstOutlier = 0;
};

// The index after the last record that counts for the anchor, in times sorted ascending: at
// most max(10, n/1000) records are set aside, those more than a day after `nowUs`, or above a
// gap wider than 30 days and than the whole span of the (at least ten) records below it.
uint32_t firstTimeOutlier(const std::vector<int64_t>& sortedTimes, int64_t nowUs);

std::string formatAuditId(const AuditId& id);
AuditId parseAuditId(std::string_view text, bool* isUuid);

} // namespace ac
