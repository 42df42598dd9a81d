#include "MemoryBackend.h"

#include "ScanKernels.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace ac {

using namespace kernels;

namespace {
class MemoryText {
    Q_DECLARE_TR_FUNCTIONS(MemoryBackend)
};
} // namespace

MemoryBackend::MemoryBackend(std::shared_ptr<const EventStore> store)
    : m_store(std::move(store)) {}

SourceInfo MemoryBackend::info() const {
    SourceInfo out;
    out.kind = QStringLiteral("files");
    QStringList names;
    for (const auto& f : m_store->files()) {
        out.files.push_back({f.path, f.format, f.error, f.bytes, f.records, f.skipped});
        names << f.path;
    }
    out.description = names.join(QStringLiteral(", "));
    out.records = static_cast<qint64>(m_store->recordCount());
    out.requests = static_cast<qint64>(m_store->requestCount());
    return out;
}

bool MemoryBackend::hasCapability(Capability c) const {
    switch (c) {
    case Capability::FullText:
    case Capability::ExactDistinct:
    case Capability::RawEvents:
        return true;
    case Capability::SqlPipe:
        return false;
    }
    return false;
}

Result<TimeRange> MemoryBackend::doDataRange(const CancelToken&) const {
    if (m_store->recordCount() == 0) return TimeRange{0, 0};
    return TimeRange{m_store->minTime(), m_store->maxTime() + 1};
}

Bitset MemoryBackend::evalLeaf(const Expr& e, size_t lo, size_t hi) const {
    const EventStore& s = *m_store;
    const auto& c = s.columns();
    const size_t n = s.recordCount();
    const auto& info = fieldInfo(e.field);

    if (e.op == Expr::Op::Text) {
        const FoldedSearcher searcher(toLower(e.value));
        const std::vector<bool> intact = s.intactBuffers(); // a truncated file is skipped, not read
        return scan(n, lo, hi, [&](size_t r) {
            const auto rec = static_cast<uint32_t>(r);
            return intact[s.bufferOf(rec)] && searcher.foundIn(s.rawJsonUnchecked(rec));
        });
    }
    if (e.op == Expr::Op::Compare) {
        switch (e.field) {
        case Field::Code:
            return scan(n, lo, hi, [&](size_t r) { return c.code[r] != 0 && compare(e.cmp, c.code[r], e.number); });
        case Field::LatencyMs:
            return scan(n, lo, hi,
                        [&](size_t r) { return c.latencyMs[r] >= 0 && compare(e.cmp, c.latencyMs[r], e.number); });
        case Field::Time:
            return scan(n, lo, hi, [&](size_t r) { return compare(e.cmp, static_cast<double>(c.time[r]), e.number); });
        default: {
            // Numeric comparison on a text field: compare its value as a number where it is one.
            if (info.kind != FieldKind::Dict) return Bitset(wordCount(n), 0);
            const auto& dict = c.dict(info.column);
            std::vector<uint8_t> ok(dict.size());
            for (uint32_t id = 0; id < dict.size(); ++id) {
                char* end = nullptr;
                const std::string v(dict.at(id));
                const double d = std::strtod(v.c_str(), &end);
                ok[id] = !v.empty() && end && *end == 0 && compare(e.cmp, d, e.number);
            }
            const auto& ids = c.column(info.column);
            return scan(n, lo, hi, [&](size_t r) { return ok[ids[r]] != 0; });
        }
        }
    }
    // Match
    switch (info.kind) {
    case FieldKind::Dict:
    case FieldKind::DerivedDict: {
        const auto& dict = c.dict(info.column);
        std::vector<uint8_t> ok(dict.size());
        if (info.kind == FieldKind::Dict) {
            if (e.mode == Expr::Mode::Exact) {
                if (const auto id = dict.find(e.value); id >= 0) ok[static_cast<size_t>(id)] = 1;
            } else {
                const TokenPattern pattern(e.value);
                for (uint32_t id = 0; id < dict.size(); ++id)
                    ok[id] = pattern.matches(dict.at(id));
            }
        } else {
            for (uint32_t id = 0; id < dict.size(); ++id)
                ok[id] = textMatches(e, derivedName(s, e.field, id));
        }
        const auto& ids = c.column(info.column);
        return scan(n, lo, hi, [&](size_t r) { return ok[ids[r]] != 0; });
    }
    case FieldKind::Enum: {
        std::array<uint8_t, 8> ok{};
        for (uint32_t v = 0; v < 8; ++v) {
            const std::string_view name = e.field == Field::Stage   ? stageName(static_cast<Stage>(v))
                                          : e.field == Field::Level ? levelName(static_cast<Level>(v))
                                                                    : decisionName(static_cast<Decision>(v));
            ok[v] = !name.empty() && textMatches(e, name);
        }
        if (e.field == Field::Stage)
            return scan(n, lo, hi, [&](size_t r) { return ok[static_cast<size_t>(c.stage[r]) & 7] != 0; });
        if (e.field == Field::Level)
            return scan(n, lo, hi, [&](size_t r) { return ok[static_cast<size_t>(c.level[r]) & 7] != 0; });
        return scan(n, lo, hi, [&](size_t r) { return ok[static_cast<size_t>(c.decision[r]) & 7] != 0; });
    }
    case FieldKind::Number:
        if (e.field == Field::Code) {
            std::vector<uint8_t> ok(1000);
            for (int code = 1; code < 1000; ++code)
                ok[static_cast<size_t>(code)] = codeMatches(e.value, code);
            return scan(n, lo, hi, [&](size_t r) {
                return c.code[r] > 0 && c.code[r] < 1000 && ok[static_cast<size_t>(c.code[r])];
            });
        }
        return scan(n, lo, hi, [&](size_t r) {
            return c.latencyMs[r] >= 0 && wildcardMatch(toLower(e.value), std::to_string(c.latencyMs[r]));
        });
    case FieldKind::Time: {
        const auto t = parseRfc3339Micros(e.value);
        return scan(n, lo, hi, [&](size_t r) { return t && c.time[r] == *t; });
    }
    case FieldKind::Raw: {
        const std::vector<bool> intact = s.intactBuffers();
        return scan(n, lo, hi, [&](size_t r) {
            if (!intact[s.bufferOf(static_cast<uint32_t>(r))]) return false;
            for (const auto& v : rawValues(s, e.field, static_cast<uint32_t>(r)))
                if (textMatches(e, v)) return true;
            return false;
        });
    }
    }
    return Bitset(wordCount(n), 0);
}

MemoryBackend::BitsetPtr MemoryBackend::evalRecords(const Expr& e, size_t lo, size_t hi) const {
    const std::string key = e.toString() + '@' + std::to_string(lo) + '-' + std::to_string(hi);
    {
        std::lock_guard lock(m_cacheMutex);
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
            if (it->first == key) {
                m_cache.splice(m_cache.begin(), m_cache, it);
                return it->second;
            }
    }
    auto result = std::make_shared<const Bitset>(evalNode(e, lo, hi));
    throwIfCancelled(); // a scan cut short by a cancel is never cached
    std::lock_guard lock(m_cacheMutex);
    m_cache.emplace_front(key, result);
    if (m_cache.size() > 48) m_cache.pop_back();
    return result;
}

Bitset MemoryBackend::evalNode(const Expr& e, size_t lo, size_t hi) const {
    const size_t n = m_store->recordCount();
    switch (e.op) {
    case Expr::Op::All:
        return scan(n, lo, hi, [](size_t) { return true; });
    case Expr::Op::And: {
        Bitset acc = *evalRecords(*e.children.front(), lo, hi);
        for (size_t i = 1; i < e.children.size(); ++i) {
            const BitsetPtr b = evalRecords(*e.children[i], lo, hi);
            for (size_t w = 0; w < acc.size(); ++w)
                acc[w] &= (*b)[w];
        }
        return acc;
    }
    case Expr::Op::Or: {
        Bitset acc(wordCount(n), 0);
        for (const auto& child : e.children) {
            const BitsetPtr b = evalRecords(*child, lo, hi);
            for (size_t w = 0; w < acc.size(); ++w)
                acc[w] |= (*b)[w];
        }
        return acc;
    }
    case Expr::Op::Not: {
        Bitset b = *evalRecords(*e.children.front(), lo, hi);
        const BitsetPtr range = evalRecords(*Expr::all(), lo, hi);
        for (size_t w = 0; w < b.size(); ++w)
            b[w] = ~b[w] & (*range)[w];
        return b;
    }
    default:
        return evalLeaf(e, lo, hi);
    }
}

Bitset MemoryBackend::matchRequests(const Query& q) const {
    const EventStore& s = *m_store;
    const auto& time = s.columns().time;
    const auto lo = static_cast<size_t>(std::lower_bound(time.begin(), time.end(), q.range.from) - time.begin());
    const auto hi = static_cast<size_t>(std::lower_bound(time.begin(), time.end(), q.range.to) - time.begin());
    Bitset requests(wordCount(s.requestCount()), 0);
    if (lo >= hi) return requests;
    const BitsetPtr records = evalRecords(q.filter ? *q.filter : *Expr::all(), lo, hi);
    const auto& requestOf = s.requestOfRecord();
    forEachSet(*records, [&](uint32_t r) {
        const uint32_t req = requestOf[r];
        requests[req >> 6] |= uint64_t(1) << (req & 63);
    });
    return requests;
}

namespace {
struct Counts {
    int64_t requests = 0;
    int64_t failures = 0;
    int64_t withCode = 0;
    void add(int code) {
        ++requests;
        if (code != 0) {
            ++withCode;
            failures += code >= 400;
        }
    }
};

// How many distinct keys a field can have, for a dense array of groups; 0 when too many.
size_t keyDomain(const EventStore& s, Field f) {
    const auto& info = fieldInfo(f);
    switch (info.kind) {
    case FieldKind::Dict:
        return s.columns().dict(info.column).size();
    case FieldKind::DerivedDict:
    case FieldKind::Enum:
        return 8;
    case FieldKind::Number:
        return f == Field::Code ? 32768 : 0;
    default:
        return 1;
    }
}

double metricValue(Metric m, const Counts& c, size_t distinct) {
    switch (m) {
    case Metric::Requests:
    case Metric::Records:
        return static_cast<double>(c.requests);
    case Metric::Failures:
        return static_cast<double>(c.failures);
    case Metric::SuccessRate:
        return c.withCode ? static_cast<double>(c.withCode - c.failures) / static_cast<double>(c.withCode) : 1.0;
    case Metric::Distinct:
        return static_cast<double>(distinct);
    }
    return 0;
}

int64_t floorTo(int64_t t, int64_t step) {
    return (t >= 0 ? t / step : (t - step + 1) / step) * step;
}
} // namespace

ResultTable MemoryBackend::runOne(const Query& q) const {
    const EventStore& s = *m_store;
    const auto& c = s.columns();
    ResultTable table;
    table.keyFields = q.groupBy;
    table.bucketed = q.bucketUs > 0;

    const Bitset requests = matchRequests(q);
    for (const auto& w : requests)
        table.totalRequests += std::popcount(w);
    std::vector<KeyOf> keys;
    for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i)
        keys.push_back({s, q.groupBy[i]});

    // Visits the records that count: each matching request's last stage, or for the Records
    // metric every record in range of a matching request.
    const auto lo = static_cast<size_t>(std::lower_bound(c.time.begin(), c.time.end(), q.range.from) - c.time.begin());
    const auto hi = static_cast<size_t>(std::lower_bound(c.time.begin(), c.time.end(), q.range.to) - c.time.begin());
    auto visit = [&](auto&& f) {
        if (q.metric == Metric::Records) {
            const auto& requestOf = s.requestOfRecord();
            for (size_t r = lo; r < hi; ++r) {
                const uint32_t req = requestOf[r];
                if (requests[req >> 6] >> (req & 63) & 1) f(static_cast<uint32_t>(r));
            }
        } else {
            const auto& last = s.requestLastRecord();
            forEachSet(requests, [&](uint32_t req) { f(last[req]); });
        }
    };

    auto finish = [&](ResultRow row, const Counts& counts, size_t distinct) {
        row.requests = counts.requests;
        row.failures = counts.failures;
        row.withCode = counts.withCode;
        row.value = metricValue(q.metric, counts, distinct);
        table.rows.push_back(std::move(row));
    };

    // Dense path: at most one key and a bounded number of buckets, counted in an array.
    const size_t domain = keys.empty() ? 1 : keyDomain(s, q.groupBy.front());
    const int64_t firstBucket = q.bucketUs > 0 && lo < hi ? floorTo(c.time[lo], q.bucketUs) : 0;
    const size_t buckets =
        q.bucketUs > 0 && lo < hi
            ? static_cast<size_t>((floorTo(c.time[hi - 1], q.bucketUs) - firstBucket) / q.bucketUs + 1)
            : 1;
    if (q.metric != Metric::Distinct && keys.size() <= 1 && domain > 0 && domain * buckets <= (size_t(1) << 22)) {
        std::vector<Counts> cells(domain * buckets);
        visit([&](uint32_t r) {
            const size_t key = keys.empty() ? 0 : keys.front()(r);
            // A request's last stage can lie outside the range that matched it (legacy events
            // time each stage): it counts in the nearest bucket of the range.
            size_t bucket = 0;
            if (q.bucketUs > 0) {
                const int64_t b = (c.time[r] - firstBucket) / q.bucketUs;
                bucket = static_cast<size_t>(std::clamp<int64_t>(b, 0, static_cast<int64_t>(buckets) - 1));
            }
            cells[key * buckets + bucket].add(c.code[r]);
        });
        for (size_t cell = 0; cell < cells.size(); ++cell) {
            if (cells[cell].requests == 0) continue;
            ResultRow row;
            if (!keys.empty()) row.keys.push_back(keys.front().text(static_cast<uint32_t>(cell / buckets)));
            row.bucket = q.bucketUs > 0 ? firstBucket + static_cast<int64_t>(cell % buckets) * q.bucketUs : 0;
            finish(std::move(row), cells[cell], 0);
        }
    } else {
        struct GroupKey {
            uint32_t k[2]{0, 0};
            int64_t bucket = 0;
            bool operator==(const GroupKey&) const = default;
        };
        struct Hash {
            size_t operator()(const GroupKey& g) const {
                return std::hash<uint64_t>{}((uint64_t(g.k[0]) << 32 | g.k[1]) ^
                                             static_cast<uint64_t>(g.bucket) * 0x9E3779B97F4A7C15ULL);
            }
        };
        struct Group {
            Counts counts;
            std::unordered_set<uint32_t> distinct;
        };
        std::unordered_map<GroupKey, Group, Hash> groups;
        const KeyOf distinctKey{s, q.distinctOf};
        visit([&](uint32_t r) {
            GroupKey g;
            for (size_t i = 0; i < keys.size(); ++i)
                g.k[i] = keys[i](r);
            if (q.bucketUs > 0) g.bucket = floorTo(c.time[r], q.bucketUs);
            Group& group = groups[g];
            group.counts.add(c.code[r]);
            if (q.metric == Metric::Distinct) group.distinct.insert(distinctKey(r));
        });
        for (auto& [g, group] : groups) {
            ResultRow row;
            for (size_t i = 0; i < keys.size(); ++i)
                row.keys.push_back(keys[i].text(g.k[i]));
            row.bucket = g.bucket;
            finish(std::move(row), group.counts, group.distinct.size());
        }
    }
    // No match at all still answers a metric without groups (0 requests, rate 1).
    if (keys.empty() && q.bucketUs == 0 && table.rows.empty()) finish(ResultRow(), Counts(), 0);

    table.groups = table.rows.size();
    auto keyLess = [](const ResultRow& a, const ResultRow& b) {
        if (a.bucket != b.bucket) return a.bucket < b.bucket;
        return a.keys < b.keys;
    };
    if (q.order == Query::Order::KeyAsc)
        std::sort(table.rows.begin(), table.rows.end(), keyLess);
    else
        std::sort(table.rows.begin(), table.rows.end(), [&](const ResultRow& a, const ResultRow& b) {
            return a.value != b.value ? a.value > b.value : keyLess(a, b);
        });
    if (q.limit && table.rows.size() > q.limit) table.rows.resize(q.limit);
    return table;
}

namespace {
// The calling thread's cancel flag for the scans of one call, restored however the call ends.
struct CancelScope {
    explicit CancelScope(const CancelToken& cancel)
        : previous(t_cancel) {
        t_cancel = cancel.flag();
    }
    ~CancelScope() { t_cancel = previous; }
    CancelScope(const CancelScope&) = delete;
    CancelScope& operator=(const CancelScope&) = delete;
    const std::atomic_bool* previous;
};
} // namespace

Result<std::vector<ResultTable>> MemoryBackend::doRun(const std::vector<Query>& queries,
                                                      const CancelToken& cancel) const {
    const CancelScope scope(cancel);
    std::vector<ResultTable> out;
    try {
        for (const Query& q : queries) {
            throwIfCancelled();
            out.push_back(runOne(q));
        }
    } catch (const Cancelled&) {
        return BackendError::cancelledError();
    }
    return out;
}

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
    // Binary search over ids in rank order, without materializing that order.
    std::vector<uint32_t> byRank(rank.size());
    for (uint32_t id = 0; id < rank.size(); ++id)
        byRank[rank[id]] = id;
    const auto it = std::lower_bound(byRank.begin(), byRank.end(), text,
                                     [&](uint32_t id, std::string_view t) { return dict.at(id) < t; });
    return 2 * int64_t(it - byRank.begin());
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
    // The primary key of a record, as an integer where the field allows it.
    std::function<int64_t(uint32_t)> primary;
    auto dictKey = [&](DictColumn d) {
        const auto& rank = ranks(d);
        const auto& ids = c.column(d);
        return std::function<int64_t(uint32_t)>([&rank, &ids](uint32_t r) { return 2 * int64_t(rank[ids[r]]) + 1; });
    };
    switch (sort) {
    case EventSort::Time:
        primary = [&](uint32_t r) { return c.time[r]; };
        break;
    case EventSort::Code:
        primary = [&](uint32_t r) { return int64_t(c.code[r]); };
        break;
    case EventSort::Latency:
        primary = [&](uint32_t r) { return int64_t(c.latencyMs[r]); };
        break;
    case EventSort::Stage:
        primary = [&](uint32_t r) { return int64_t(c.stage[r]); };
        break;
    case EventSort::Operator:
        primary = dictKey(DictColumn::Operator);
        break;
    case EventSort::Verb:
        primary = dictKey(DictColumn::Verb);
        break;
    case EventSort::Namespace:
        primary = dictKey(DictColumn::Namespace);
        break;
    case EventSort::Name:
        primary = dictKey(DictColumn::Name);
        break;
    case EventSort::SourceIp:
        primary = dictKey(DictColumn::SourceIp);
        break;
    case EventSort::UserAgent:
        primary = dictKey(DictColumn::UserAgent);
        break;
    case EventSort::User:
        primary = dictKey(DictColumn::Username);
        break;
    case EventSort::ImpersonatedUser:
        primary = dictKey(DictColumn::ImpersonatedUser);
        break;
    case EventSort::Resource: {
        // (resource, subresource): the cursor joins them with U+001F, below every printable byte.
        const auto& rr = ranks(DictColumn::Resource);
        const auto& sr = ranks(DictColumn::Subresource);
        const auto& ri = c.column(DictColumn::Resource);
        const auto& si = c.column(DictColumn::Subresource);
        primary = [&rr, &sr, &ri, &si](uint32_t r) {
            return (2 * int64_t(rr[ri[r]]) + 1) << 32 | (2 * int64_t(sr[si[r]]) + 1);
        };
        break;
    }
    case EventSort::RequestUri:
    case EventSort::AuditId:
    case EventSort::Count:
        primary = [](uint32_t) { return int64_t(0); };
        break;
    }

    // A file truncated since the load is never read: its rows sort with an empty URI, as they show.
    const std::vector<bool> intact = textKey ? s.intactBuffers() : std::vector<bool>();
    auto keyOf = [&](uint32_t r) {
        SortKey k;
        k.record = r;
        k.primary = primary(r);
        if (textKey && intact[s.bufferOf(r)])
            k.text = s.rawString(r, "requestURI", false).value_or(std::string());
        k.id = c.auditId[r];
        if (textIds) k.idText = s.auditIdText(r);
        return k;
    };
    // The cursor as a key of the same form.
    auto cursorKey = [&](const EventCursor& cur) {
        SortKey k;
        switch (sort) {
        case EventSort::Time:
        case EventSort::Code:
        case EventSort::Latency:
        case EventSort::Stage:
            k.primary = parseNumberKey(cur.key);
            break;
        case EventSort::Operator:
            k.primary = dictPosition(c.dict(DictColumn::Operator), ranks(DictColumn::Operator), cur.key);
            break;
        case EventSort::Verb:
            k.primary = dictPosition(c.dict(DictColumn::Verb), ranks(DictColumn::Verb), cur.key);
            break;
        case EventSort::Namespace:
            k.primary = dictPosition(c.dict(DictColumn::Namespace), ranks(DictColumn::Namespace), cur.key);
            break;
        case EventSort::Name:
            k.primary = dictPosition(c.dict(DictColumn::Name), ranks(DictColumn::Name), cur.key);
            break;
        case EventSort::SourceIp:
            k.primary = dictPosition(c.dict(DictColumn::SourceIp), ranks(DictColumn::SourceIp), cur.key);
            break;
        case EventSort::UserAgent:
            k.primary = dictPosition(c.dict(DictColumn::UserAgent), ranks(DictColumn::UserAgent), cur.key);
            break;
        case EventSort::User:
            k.primary = dictPosition(c.dict(DictColumn::Username), ranks(DictColumn::Username), cur.key);
            break;
        case EventSort::ImpersonatedUser:
            k.primary = dictPosition(c.dict(DictColumn::ImpersonatedUser), ranks(DictColumn::ImpersonatedUser),
                                     cur.key);
            break;
        case EventSort::Resource: {
            const auto sep = cur.key.find('\x1f');
            const std::string res = cur.key.substr(0, sep);
            const std::string sub = sep == std::string::npos ? std::string() : cur.key.substr(sep + 1);
            k.primary = dictPosition(c.dict(DictColumn::Resource), ranks(DictColumn::Resource), res) << 32 |
                        dictPosition(c.dict(DictColumn::Subresource), ranks(DictColumn::Subresource), sub);
            break;
        }
        case EventSort::RequestUri:
            k.text = cur.key;
            break;
        case EventSort::AuditId:
        case EventSort::Count:
            break;
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
