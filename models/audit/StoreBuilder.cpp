#include "StoreBuilder.h"

#include <QDateTime>

#include "EventParser.h"
#include "Pools.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace ac {

namespace {
template <typename T> void permute(std::vector<T>& v, const std::vector<uint32_t>& order) {
    std::vector<T> out(v.size());
    for (size_t i = 0; i < order.size(); ++i)
        out[i] = v[order[i]];
    v = std::move(out);
}
} // namespace

StoreBuilder::StoreBuilder(const std::vector<Cidr>& privateRanges)
    : m_store(std::make_unique<EventStore>()) {
    for (const auto& c : privateRanges)
        m_ips.addPrivateRange(c);
}

uint32_t StoreBuilder::addBuffer(std::shared_ptr<RawBuffer> buffer) {
    m_store->m_buffers.push_back(std::move(buffer));
    m_store->m_fileOfBuffer.push_back(static_cast<uint32_t>(m_store->m_files.size()));
    return static_cast<uint32_t>(m_store->m_buffers.size() - 1);
}

uint32_t StoreBuilder::reserveBuffer() {
    return addBuffer(nullptr);
}

void StoreBuilder::addFailedFile(const QString& path, const QString& error) {
    SourceFile f;
    f.path = path;
    f.error = error;
    m_store->m_files.push_back(f);
}

void StoreBuilder::addFile(const QString& path, const QString& format, qint64 bytes, const QString& warning,
                           const std::vector<EventParser*>& parsers) {
    SourceFile f;
    f.path = path;
    f.format = format;
    f.bytes = bytes;
    f.error = warning;
    for (EventParser* p : parsers) {
        f.records += static_cast<qint64>(p->columns.size());
        f.skipped += p->skipped;
        if (!p->arena.empty()) m_store->m_buffers[p->arenaBufferId()] = RawBuffer::fromString(std::move(p->arena));
        append(*p);
    }
    m_store->m_files.push_back(f);
}

void StoreBuilder::append(EventParser& parser) {
    EventColumns& dst = m_store->m_cols;
    EventColumns& src = parser.columns;
    if (dst.size() == 0) {
        // The first chunk's dictionaries become the store's: nothing to remap.
        dst = std::move(src);
        src = EventColumns();
        return;
    }
    const auto base = static_cast<uint32_t>(dst.size());
    // Each chunk column is freed as soon as it is appended: holding them all until the end
    // held half the store twice at the load's peak.
    auto cat = [](auto& to, auto& from) {
        to.insert(to.end(), from.begin(), from.end());
        std::remove_reference_t<decltype(from)>().swap(from);
    };
    cat(dst.time, src.time);
    cat(dst.latencyMs, src.latencyMs);
    cat(dst.code, src.code);
    cat(dst.stage, src.stage);
    cat(dst.level, src.level);
    cat(dst.decision, src.decision);
    cat(dst.auditId, src.auditId);
    cat(dst.rawBuffer, src.rawBuffer);
    cat(dst.rawOffset, src.rawOffset);
    cat(dst.rawLength, src.rawLength);
    cat(dst.line, src.line);
    for (auto& [rec, text] : src.auditIdText)
        dst.auditIdText.emplace(base + rec, std::move(text));
    // Dictionaries are independent of each other: merge them on all cores.
    std::vector<size_t> columns(kDictColumnCount);
    std::iota(columns.begin(), columns.end(), 0);
    QtConcurrent::blockingMap(leafPool(), columns, [&](size_t c) {
        const StringDictionary& local = src.dicts[c];
        std::vector<uint32_t> remap(local.size());
        for (uint32_t id = 0; id < local.size(); ++id)
            remap[id] = dst.dicts[c].intern(local.at(id));
        auto& out = dst.ids[c];
        const size_t at = out.size();
        out.resize(at + src.ids[c].size());
        for (size_t i = 0; i < src.ids[c].size(); ++i)
            out[at + i] = remap[src.ids[c][i]];
        std::vector<uint32_t>().swap(src.ids[c]);
        src.dicts[c] = StringDictionary();
    });
    src = EventColumns();
}

void StoreBuilder::sortByTime(EventColumns& c) {
    if (std::is_sorted(c.time.begin(), c.time.end())) return;
    std::vector<uint32_t> order(c.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&c](uint32_t a, uint32_t b) { return c.time[a] < c.time[b]; });
    permute(c.time, order);
    permute(c.latencyMs, order);
    permute(c.code, order);
    permute(c.stage, order);
    permute(c.level, order);
    permute(c.decision, order);
    permute(c.auditId, order);
    permute(c.rawBuffer, order);
    permute(c.rawOffset, order);
    permute(c.rawLength, order);
    permute(c.line, order);
    for (auto& ids : c.ids)
        permute(ids, order);
    if (!c.auditIdText.empty()) {
        std::vector<uint32_t> newIndex(order.size());
        for (uint32_t i = 0; i < order.size(); ++i)
            newIndex[order[i]] = i;
        std::unordered_map<uint32_t, std::string> moved;
        for (auto& [rec, text] : c.auditIdText)
            moved.emplace(newIndex[rec], std::move(text));
        c.auditIdText = std::move(moved);
    }
}

void StoreBuilder::groupRequests() {
    EventStore& s = *m_store;
    const size_t n = s.m_cols.size();
    s.m_requestOf.resize(n);
    s.m_requestLast.clear();
    s.m_requestLast.reserve(n);
    // Open addressing over record indices keyed by auditID: UUIDs are random, so hi ^ lo
    // is already a good hash.
    // At most three quarters full: linear probing stays short, and the table (transient, at the
    // load's peak) is half what a half-full one would be.
    size_t slotCount = 16;
    while (slotCount * 3 < n * 4)
        slotCount <<= 1;
    std::vector<uint32_t> table(slotCount, UINT32_MAX);
    const size_t mask = slotCount - 1;
    const auto& ids = s.m_cols.auditId;
    const auto& stage = s.m_cols.stage;
    for (uint32_t r = 0; r < n; ++r) {
        uint32_t request = UINT32_MAX;
        if (!ids[r].isNull()) {
            size_t i = (ids[r].hi ^ (ids[r].lo * 0x9E3779B97F4A7C15ULL)) & mask;
            for (;; i = (i + 1) & mask) {
                const uint32_t first = table[i];
                if (first == UINT32_MAX) {
                    table[i] = r;
                    break;
                }
                if (ids[first] == ids[r]) {
                    request = s.m_requestOf[first];
                    break;
                }
            }
        }
        if (request == UINT32_MAX) {
            request = static_cast<uint32_t>(s.m_requestLast.size());
            s.m_requestLast.push_back(r);
        } else if (stage[r] >= stage[s.m_requestLast[request]]) {
            s.m_requestLast[request] = r;
        }
        s.m_requestOf[r] = request;
    }
    // Not shrunk: a copy at the peak would cost more than the unused tail (a request has one
    // to four records, so the tail is a fraction of n).
}

void StoreBuilder::deriveAttributes() {
    EventStore& s = *m_store;
    const auto& cols = s.m_cols;
    const auto& ips = cols.dict(DictColumn::SourceIp);
    s.m_scopeOfIp.resize(ips.size());
    for (uint32_t i = 0; i < ips.size(); ++i)
        s.m_scopeOfIp[i] = m_ips.classify(ips.at(i));
    const auto& ops = cols.dict(DictColumn::Operator);
    s.m_accountOfOperator.resize(ops.size());
    for (uint32_t i = 0; i < ops.size(); ++i)
        s.m_accountOfOperator[i] = accountTypeOf(ops.at(i));
    const auto& res = cols.dict(DictColumn::Resource);
    s.m_categoryOfResource.resize(res.size());
    for (uint32_t i = 0; i < res.size(); ++i)
        s.m_categoryOfResource[i] = categoryOfResource(res.at(i));
    const auto& verbs = cols.dict(DictColumn::Verb);
    s.m_operationOfVerb.resize(verbs.size());
    for (uint32_t i = 0; i < verbs.size(); ++i)
        s.m_operationOfVerb[i] = operationOfVerb(verbs.at(i));
}

std::shared_ptr<const EventStore> StoreBuilder::finish() {
    sortByTime(m_store->m_cols);
    m_store->m_firstOutlier =
        firstTimeOutlier(m_store->m_cols.time, QDateTime::currentMSecsSinceEpoch() * 1000);
    groupRequests();
    deriveAttributes();
    return std::shared_ptr<const EventStore>(m_store.release());
}

} // namespace ac
