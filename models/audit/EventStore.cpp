#include "EventStore.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <functional>

namespace ac {

void EventColumns::reserve(size_t n) {
    time.reserve(n);
    latencyMs.reserve(n);
    code.reserve(n);
    stage.reserve(n);
    level.reserve(n);
    decision.reserve(n);
    auditId.reserve(n);
    for (auto& c : ids)
        c.reserve(n);
    rawBuffer.reserve(n);
    rawOffset.reserve(n);
    rawLength.reserve(n);
    line.reserve(n);
}

std::vector<uint32_t> EventStore::stagesOf(uint32_t record) const {
    const uint32_t request = m_requestOf[record];
    std::vector<uint32_t> out;
    // Stages of one request share its receive time, so they sit next to each other in time order.
    const int64_t t = m_cols.time[record];
    const auto lo = std::lower_bound(m_cols.time.begin(), m_cols.time.end(), t) - m_cols.time.begin();
    for (auto i = static_cast<size_t>(lo); i < m_cols.size() && m_cols.time[i] == t; ++i)
        if (m_requestOf[i] == request) out.push_back(static_cast<uint32_t>(i));
    if (out.empty()) out.push_back(record);
    std::stable_sort(out.begin(), out.end(),
                     [this](uint32_t a, uint32_t b) { return m_cols.stage[a] < m_cols.stage[b]; });
    return out;
}

std::string_view EventStore::rawJsonUnchecked(uint32_t record) const {
    const auto& buf = m_buffers[m_cols.rawBuffer[record]];
    if (!buf) return {};
    return {buf->data() + m_cols.rawOffset[record], m_cols.rawLength[record]};
}

std::string_view EventStore::rawJson(uint32_t record) const {
    const auto& buf = m_buffers[m_cols.rawBuffer[record]];
    if (!buf || !buf->intact()) return {};
    return rawJsonUnchecked(record);
}

std::vector<bool> EventStore::intactBuffers() const {
    std::vector<bool> out(m_buffers.size());
    for (size_t i = 0; i < m_buffers.size(); ++i)
        out[i] = m_buffers[i] && m_buffers[i]->intact();
    return out;
}

std::optional<std::string> EventStore::rawString(uint32_t record, std::string_view key, bool checked) const {
    // Parsed, not searched: a body could hold the same key, and key order is not guaranteed.
    const auto& buf = m_buffers[m_cols.rawBuffer[record]];
    if (!buf || (checked && !buf->intact())) return std::nullopt;
    const size_t offset = m_cols.rawOffset[record];
    const size_t length = m_cols.rawLength[record];
    thread_local simdjson::ondemand::parser parser;
    thread_local simdjson::padded_string copy;
    simdjson::padded_string_view view;
    if (buf->capacity() - offset >= length + simdjson::SIMDJSON_PADDING) {
        view = simdjson::padded_string_view(buf->data() + offset, length, buf->capacity() - offset);
    } else {
        copy = simdjson::padded_string(buf->data() + offset, length);
        view = copy;
    }
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    std::string_view value;
    if (parser.iterate(view).get(doc) || doc.get_object().get(object) ||
        object.find_field_unordered(key).get_string().get(value))
        return std::nullopt;
    return std::string(value);
}

std::string EventStore::auditIdText(uint32_t record) const {
    if (const auto it = m_cols.auditIdText.find(record); it != m_cols.auditIdText.end()) return it->second;
    return formatAuditId(m_cols.auditId[record]);
}

const SourceFile& EventStore::sourceOf(uint32_t record) const {
    return m_files[m_fileOfBuffer[m_cols.rawBuffer[record]]];
}

size_t EventStore::memoryBytes() const {
    const auto& c = m_cols;
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    size_t total = bytes(c.time) + bytes(c.latencyMs) + bytes(c.code) + bytes(c.stage) + bytes(c.level) +
                   bytes(c.decision) + bytes(c.auditId) + bytes(c.rawBuffer) + bytes(c.rawOffset) + bytes(c.rawLength) +
                   bytes(c.line) + bytes(m_requestOf) + bytes(m_requestLast);
    for (size_t i = 0; i < kDictColumnCount; ++i)
        total += bytes(c.ids[i]) + c.dicts[i].memoryBytes();
    for (const auto& [rec, text] : c.auditIdText)
        total += sizeof(rec) + text.capacity() + 32;
    return total;
}

size_t EventStore::rawBytes() const {
    size_t total = 0;
    for (const auto& b : m_buffers)
        if (b) total += b->size();
    return total;
}

std::string formatAuditId(const AuditId& id) {
    if (id.isNull()) return {};
    char buf[40];
    const auto h = id.hi, l = id.lo;
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(h >> 32),
                  static_cast<unsigned long long>((h >> 16) & 0xffff), static_cast<unsigned long long>(h & 0xffff),
                  static_cast<unsigned long long>(l >> 48), static_cast<unsigned long long>(l & 0xffffffffffffULL));
    return buf;
}

AuditId parseAuditId(std::string_view text, bool* isUuid) {
    *isUuid = true;
    if (text.empty()) return {};
    // Lowercase canonical UUIDs only: anything else keeps its text, so it prints back as written.
    static constexpr auto kHex = [] {
        std::array<int8_t, 256> t{};
        t.fill(-1);
        for (int c = '0'; c <= '9'; ++c)
            t[static_cast<size_t>(c)] = static_cast<int8_t>(c - '0');
        for (int c = 'a'; c <= 'f'; ++c)
            t[static_cast<size_t>(c)] = static_cast<int8_t>(c - 'a' + 10);
        return t;
    }();
    AuditId id;
    if (text.size() == 36 && text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-') {
        // Branch-free over the fixed groups 8-4-4-4-12; any non-hex digit sets `bad`'s sign bit.
        int bad = 0;
        auto digits = [&](size_t from, size_t n, uint64_t acc) {
            for (size_t i = from; i < from + n; ++i) {
                const int8_t v = kHex[static_cast<unsigned char>(text[i])];
                bad |= v;
                acc = (acc << 4) | static_cast<uint64_t>(v & 0xf);
            }
            return acc;
        };
        id.hi = digits(14, 4, digits(9, 4, digits(0, 8, 0)));
        id.lo = digits(24, 12, digits(19, 4, 0));
        if (bad >= 0 && !id.isNull()) return id;
    }
    *isUuid = false;
    const uint64_t h = std::hash<std::string_view>{}(text);
    return {h | 1, h * 0x9E3779B97F4A7C15ULL + text.size()};
}

uint32_t firstTimeOutlier(const std::vector<int64_t>& t, int64_t nowUs) {
    const size_t n = t.size();
    if (n < 2) return static_cast<uint32_t>(n);
    const size_t most = std::max<size_t>(10, n / 1000);
    constexpr int64_t kDay = int64_t(86400) * 1000000;
    size_t end = n; // records [end, n) are outliers
    // In the future: only a few, or the clock of this machine is the odd one out.
    const auto future = std::upper_bound(t.begin(), t.end(), nowUs + kDay);
    if (const auto after = static_cast<size_t>(t.end() - future); after > 0 && after <= most && after < n)
        end = n - after;
    // Far after the rest (at least ten events): the lowest wide gap among the newest few.
    for (size_t j = std::max<size_t>(end > most ? end - most : 1, 10); j < end; ++j) {
        const int64_t gap = t[j] - t[j - 1];
        if (gap > 30 * kDay && gap > t[j - 1] - t.front()) {
            end = j;
            break;
        }
    }
    return static_cast<uint32_t>(end);
}

} // namespace ac
