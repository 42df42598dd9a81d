// The memory backend's events: rows, keyset pages in every sort, details by reference. The
// query logic is in MemoryBackend.cpp; the scan kernels in ScanKernels.h.
#include "MemoryBackend.h"
#include "ScanKernels.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <numeric>
#include <optional>

namespace ac {

using namespace kernels;

namespace {
class MemoryText {
    Q_DECLARE_TR_FUNCTIONS(MemoryBackend)
};
} // namespace

const std::vector<uint32_t>& MemoryBackend::ranks(DictColumn column) const {
    std::lock_guard lock(m_rankMutex);
    auto& rank = m_ranks[static_cast<size_t>(column)];
    const StringDictionary& dict = m_store->columns().dict(column);
    if (rank.size() == dict.size()) return rank;
    std::vector<uint32_t> order(dict.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return dict.at(a) < dict.at(b); });
    rank.assign(dict.size(), 0);
    for (uint32_t i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    return rank;
}

EventRow MemoryBackend::rowOf(uint32_t r) const {
    const EventStore& s = *m_store;
    const auto& c = s.columns();
    auto str = [&](DictColumn d) { return std::string(s.str(d, r)); };
    EventRow row;
    row.time = c.time[r];
    row.auditId = s.auditIdText(r);
    row.stage = c.stage[r];
    row.verb = str(DictColumn::Verb);
    row.operatorName = str(DictColumn::Operator);
    row.user = str(DictColumn::Username);
    row.impersonatedUser = str(DictColumn::ImpersonatedUser);
    row.ns = str(DictColumn::Namespace);
    row.resource = str(DictColumn::Resource);
    row.subresource = str(DictColumn::Subresource);
    row.name = str(DictColumn::Name);
    row.code = c.code[r];
    row.sourceIp = str(DictColumn::SourceIp);
    row.userAgent = str(DictColumn::UserAgent);
    row.requestUri = s.rawString(r, "requestURI").value_or(std::string());
    row.latencyMs = c.latencyMs[r];
    row.ref = std::to_string(r);
    row.origin = s.sourceOf(r).path;
    row.originLine = c.line[r];
    return row;
}

namespace {
// A row's place in sort order: the primary key as an integer (a dictionary rank, a time, a
// code), or as text for fields kept only in the raw JSON; then the auditID.
struct SortKey {
    int64_t primary = 0;
    std::string text; // for text-keyed sorts
    AuditId id;
    std::string idText; // only where the store has non-UUID auditIDs
    uint32_t record = 0;
};

// The position of `text` among a dictionary's sorted values: 2·rank + 1 when it is one of
// them, 2·(the rank it would take) when it falls between two.
int64_t dictPosition(const StringDictionary& dict, const std::vector<uint32_t>& rank, std::string_view text) {
    if (const auto id = dict.find(text); id >= 0) return 2 * int64_t(rank[static_cast<size_t>(id)]) + 1;
    // Not one of this store's values (a cursor from elsewhere, rare): binary search over ids in
    // rank order, built for this one lookup.
    std::vector<uint32_t> byRank(rank.size());
    for (uint32_t id = 0; id < rank.size(); ++id)
        byRank[rank[id]] = id;
    const auto it = std::lower_bound(byRank.begin(), byRank.end(), text,
                                     [&](uint32_t id, std::string_view t) { return dict.at(id) < t; });
    return 2 * int64_t(it - byRank.begin());
}

// The dictionary column a sort orders by, for the sorts that order by one string column.
std::optional<DictColumn> dictColumnOf(EventSort sort) {
    switch (sort) {
    case EventSort::Operator:
        return DictColumn::Operator;
    case EventSort::Verb:
        return DictColumn::Verb;
    case EventSort::Namespace:
        return DictColumn::Namespace;
    case EventSort::Name:
        return DictColumn::Name;
    case EventSort::SourceIp:
        return DictColumn::SourceIp;
    case EventSort::UserAgent:
        return DictColumn::UserAgent;
    case EventSort::User:
        return DictColumn::Username;
    case EventSort::ImpersonatedUser:
        return DictColumn::ImpersonatedUser;
    default:
        return std::nullopt;
    }
}

int64_t parseNumberKey(const std::string& key) {
    return std::strtoll(key.c_str(), nullptr, 10) - (int64_t(1) << 62);
}
} // namespace

Result<EventRowsPage> MemoryBackend::doEvents(const EventsRequest& req, const CancelToken& cancel) const {
    const EventStore& s = *m_store;
    const auto& c = s.columns();
    Bitset requests;
    try {
        const CancelScope scope(cancel);
        Query q;
        q.range = req.query.range;
        q.filter = req.query.filter;
        requests = matchRequests(q);
    } catch (const Cancelled&) {
        return BackendError::cancelledError();
    }

    const EventSort sort = req.query.sort;
    const bool textIds = !c.auditIdText.empty();
    const bool textKey = sort == EventSort::RequestUri;
    // The primary key of a record, as an integer where the field allows it: a dictionary rank,
    // or the number itself.
    const std::optional<DictColumn> dict = dictColumnOf(sort);
    std::function<int64_t(uint32_t)> primary;
    if (dict) {
        const auto& rank = ranks(*dict);
        const auto& ids = c.column(*dict);
        primary = [&rank, &ids](uint32_t r) { return 2 * int64_t(rank[ids[r]]) + 1; };
    } else if (sort == EventSort::Resource) {
        // (resource, subresource): the cursor joins them with U+001F, below every printable byte.
        const auto& rr = ranks(DictColumn::Resource);
        const auto& sr = ranks(DictColumn::Subresource);
        const auto& ri = c.column(DictColumn::Resource);
        const auto& si = c.column(DictColumn::Subresource);
        primary = [&rr, &sr, &ri, &si](uint32_t r) {
            return (2 * int64_t(rr[ri[r]]) + 1) << 32 | (2 * int64_t(sr[si[r]]) + 1);
        };
    } else if (sort == EventSort::Time) {
        primary = [&](uint32_t r) { return c.time[r]; };
    } else if (sort == EventSort::Code) {
        primary = [&](uint32_t r) { return int64_t(c.code[r]); };
    } else if (sort == EventSort::Latency) {
        primary = [&](uint32_t r) { return int64_t(c.latencyMs[r]); };
    } else if (sort == EventSort::Stage) {
        primary = [&](uint32_t r) { return int64_t(c.stage[r]); };
    } else {
        primary = [](uint32_t) { return int64_t(0); }; // request URI, auditID: the ties decide
    }

    // A file truncated since the load is never read: its rows sort with an empty URI, as they show.
    const std::vector<bool> intact = textKey ? s.intactBuffers() : std::vector<bool>();
    auto keyOf = [&](uint32_t r) {
        SortKey k;
        k.record = r;
        k.primary = primary(r);
        if (textKey && intact[s.bufferOf(r)]) k.text = s.rawString(r, "requestURI", false).value_or(std::string());
        k.id = c.auditId[r];
        if (textIds) k.idText = s.auditIdText(r);
        return k;
    };
    // The cursor as a key of the same form.
    auto cursorKey = [&](const EventCursor& cur) {
        SortKey k;
        if (dict) {
            k.primary = dictPosition(c.dict(*dict), ranks(*dict), cur.key);
        } else if (sort == EventSort::Resource) {
            const auto sep = cur.key.find('\x1f');
            const std::string res = cur.key.substr(0, sep);
            const std::string sub = sep == std::string::npos ? std::string() : cur.key.substr(sep + 1);
            k.primary = dictPosition(c.dict(DictColumn::Resource), ranks(DictColumn::Resource), res) << 32 |
                        dictPosition(c.dict(DictColumn::Subresource), ranks(DictColumn::Subresource), sub);
        } else if (sort == EventSort::RequestUri) {
            k.text = cur.key;
        } else if (sort != EventSort::AuditId && sort != EventSort::Count) {
            k.primary = parseNumberKey(cur.key); // time, code, latency, stage
        }
        bool uuid = false;
        k.id = parseAuditId(cur.auditId, &uuid);
        k.idText = cur.auditId;
        k.record = static_cast<uint32_t>(std::strtoul(cur.ref.c_str(), nullptr, 10));
        return k;
    };
    // Ascending order of (primary, text, auditID).
    // The record breaks the last ties: requests without an auditID share the empty one.
    auto ascending = [&](const SortKey& a, const SortKey& b) {
        if (a.primary != b.primary) return a.primary < b.primary;
        if (textKey && a.text != b.text) return a.text < b.text;
        if (textIds) {
            if (a.idText != b.idText) return a.idText < b.idText;
        } else if (a.id.hi != b.id.hi || a.id.lo != b.id.lo) {
            return a.id.hi != b.id.hi ? a.id.hi < b.id.hi : a.id.lo < b.id.lo;
        }
        return a.record < b.record;
    };
    // Display order, and the direction this page walks it.
    const bool desc = req.query.descending;
    auto before = [&](const SortKey& a, const SortKey& b) { return desc ? ascending(b, a) : ascending(a, b); };
    const bool backward = req.before.has_value();
    std::optional<SortKey> bound;
    if (req.after) bound = cursorKey(*req.after);
    if (req.before) bound = cursorKey(*req.before);
    // Walking order: display order forward, its reverse when paging back.
    auto walkLess = [&](const SortKey& a, const SortKey& b) { return backward ? before(b, a) : before(a, b); };

    const size_t limit = std::max<size_t>(req.limit, 1);
    const auto& last = s.requestLastRecord();
    if (textKey) {
        // Every request in URI order, once; a page then walks it from the cursor, testing bits.
        std::call_once(m_uriOrderOnce, [&] {
            std::vector<SortKey> keys;
            keys.reserve(s.requestCount());
            for (uint32_t r = 0; r < s.requestCount(); ++r)
                keys.push_back(keyOf(last[r]));
            std::sort(keys.begin(), keys.end(), ascending);
            m_uriOrder.reserve(keys.size());
            for (const SortKey& k : keys)
                m_uriOrder.push_back(s.requestOf(k.record));
        });
        const std::vector<uint32_t>& order = m_uriOrder;
        // Walking increases the index when the page goes in ascending key order.
        const bool up = desc == backward;
        auto keyAt = [&](size_t i) { return keyOf(last[order[i]]); };
        size_t start = up ? 0 : order.size(); // the first index (up) or one past the last (down) to walk
        if (bound) {
            // The boundary: the first index whose key is greater than the bound in ascending order
            // (walking up), or the first not less than it (walking down, which starts just below).
            size_t lo = 0, hi = order.size();
            while (lo < hi) {
                const size_t mid = (lo + hi) / 2;
                const SortKey k = keyAt(mid);
                if (up ? !ascending(*bound, k) : ascending(k, *bound))
                    lo = mid + 1;
                else
                    hi = mid;
            }
            start = lo;
        }
        EventRowsPage page;
        auto matches = [&](uint32_t request) { return (requests[request >> 6] >> (request & 63) & 1) != 0; };
        size_t walked = 0;
        for (size_t i = start; up ? i < order.size() : i > 0;) {
            const uint32_t request = up ? order[i] : order[i - 1];
            up ? ++i : --i;
            if ((++walked & 65535) == 0 && cancel.isCancelled()) return BackendError::cancelledError();
            if (!matches(request)) continue;
            if (page.rows.size() == limit) {
                page.more = true;
                break;
            }
            page.rows.push_back(rowOf(last[request]));
        }
        if (backward) std::reverse(page.rows.begin(), page.rows.end());
        return page;
    }

    // The `limit` first rows in walking order past the bound: a bounded heap whose top is the
    // worst row kept, so memory stays at one page whatever the number of matches.
    std::vector<SortKey> heap;
    heap.reserve(limit + 1);
    size_t qualifying = 0;
    auto visit = [&](uint32_t request) {
        SortKey k = keyOf(last[request]);
        if (bound && !walkLess(*bound, k)) return;
        ++qualifying;
        if (heap.size() == limit) {
            if (!walkLess(k, heap.front())) return;
            std::pop_heap(heap.begin(), heap.end(), walkLess);
            heap.back() = std::move(k);
        } else {
            heap.push_back(std::move(k));
        }
        std::push_heap(heap.begin(), heap.end(), walkLess);
    };
    // Request ids follow time order: for a time sort, walking them in the page's direction
    // fills the heap with the answer first, and every later request is one rejected compare.
    const bool newestFirst = desc != backward;
    if (sort == EventSort::Time && newestFirst) {
        for (size_t w = requests.size(); w-- > 0;) {
            if ((w & 1023) == 0 && cancel.isCancelled()) return BackendError::cancelledError();
            for (uint64_t word = requests[w]; word;) {
                const int bit = 63 - std::countl_zero(word);
                word &= ~(uint64_t(1) << bit);
                visit(static_cast<uint32_t>(w * 64 + static_cast<size_t>(bit)));
            }
        }
    } else {
        for (size_t w = 0; w < requests.size(); ++w) {
            if ((w & 1023) == 0 && cancel.isCancelled()) return BackendError::cancelledError();
            for (uint64_t word = requests[w]; word; word &= word - 1)
                visit(static_cast<uint32_t>(w * 64 + static_cast<size_t>(std::countr_zero(word))));
        }
    }
    std::sort(heap.begin(), heap.end(), before);
    EventRowsPage page;
    page.more = qualifying > heap.size();
    page.rows.reserve(heap.size());
    for (const SortKey& k : heap)
        page.rows.push_back(rowOf(k.record));
    return page;
}

Result<EventDetail> MemoryBackend::doDetail(const std::string& ref, const CancelToken&) const {
    const EventStore& s = *m_store;
    char* end = nullptr;
    const unsigned long long r = std::strtoull(ref.c_str(), &end, 10);
    if (ref.empty() || !end || *end || r >= s.recordCount())
        return BackendError{MemoryText::tr("No event %1 in these files.").arg(QString::fromStdString(ref))};
    const auto record = static_cast<uint32_t>(r);
    EventDetail out;
    for (uint32_t stage : s.stagesOf(record)) {
        EventStageDetail d;
        d.row = rowOf(stage);
        const std::string_view raw = s.rawJson(stage);
        d.rawJson.assign(raw.data(), raw.size());
        d.unavailable = raw.empty();
        d.provenance = MemoryText::tr("%1, line %2").arg(s.sourceOf(stage).path).arg(s.columns().line[stage]);
        if (stage == record) out.shown = out.stages.size();
        out.stages.push_back(std::move(d));
    }
    return out;
}

} // namespace ac
