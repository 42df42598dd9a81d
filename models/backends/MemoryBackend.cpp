#include "MemoryBackend.h"

#include "ScanKernels.h"

#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace ac {

using namespace kernels;

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

int64_t MemoryBackend::newestTypicalUs(const TimeRange& data) const {
    return m_store->recordCount() == 0 ? data.to : m_store->anchorTime() + 1;
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
        // Full-text words (and their negations) read each record's raw text: they run last, and
        // only over the records the other conditions left (an alert rule's `NOT edge-hub NOT …`).
        auto isText = [](const Expr& c) {
            return c.op == Expr::Op::Text || (c.op == Expr::Op::Not && c.children.front()->op == Expr::Op::Text);
        };
        std::optional<Bitset> acc;
        for (const auto& child : e.children) {
            if (isText(*child)) continue;
            const BitsetPtr b = evalRecords(*child, lo, hi);
            if (!acc) {
                acc = *b;
                continue;
            }
            for (size_t w = 0; w < acc->size(); ++w)
                (*acc)[w] &= (*b)[w];
        }
        if (!acc) acc = *evalRecords(*Expr::all(), lo, hi);
        for (const auto& child : e.children) {
            if (!isText(*child)) continue;
            const bool negated = child->op == Expr::Op::Not;
            const Expr& text = negated ? *child->children.front() : *child;
            const FoldedSearcher searcher(toLower(text.value));
            const std::vector<bool> intact = m_store->intactBuffers();
            Bitset next(acc->size(), 0);
            forEachSet(*acc, [&](uint32_t r) {
                // A truncated file's records match no word (as in evalLeaf), so NOT keeps them.
                const bool found = intact[m_store->bufferOf(r)] && searcher.foundIn(m_store->rawJsonUnchecked(r));
                if (found != negated) next[r >> 6] |= uint64_t(1) << (r & 63);
            });
            *acc = std::move(next);
        }
        return std::move(*acc);
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
        row.value = metricValue(q.metric, counts.requests, counts.failures, counts.withCode, static_cast<int64_t>(distinct));
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
    sortRows(q.order, table.rows);
    if (q.limit && table.rows.size() > q.limit) table.rows.resize(q.limit);
    return table;
}

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

} // namespace ac
