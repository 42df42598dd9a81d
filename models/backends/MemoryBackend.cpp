#include "MemoryBackend.h"

#include "query/Matcher.h"
#include "audit/Timestamp.h"

#include <QtConcurrent/QtConcurrentMap>

#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace ac {

namespace {
using Bitset = MemoryBackend::Bitset;

size_t wordCount(size_t bits)
{
    return (bits + 63) / 64;
}

template<typename F>
void forEachSet(const Bitset& b, F&& f)
{
    for (size_t w = 0; w < b.size(); ++w) {
        uint64_t word = b[w];
        while (word) {
            const int bit = std::countr_zero(word);
            f(static_cast<uint32_t>(w * 64 + static_cast<size_t>(bit)));
            word &= word - 1;
        }
    }
}

// Sets bit i in [lo, hi) where pred(i); split over the cores for large ranges.
template<typename Pred>
Bitset scan(size_t n, size_t lo, size_t hi, Pred&& pred)
{
    Bitset out(wordCount(n), 0);
    auto work = [&](size_t from, size_t to) {
        // Whole words per task, so that tasks never write the same word.
        for (size_t i = from; i < to; ++i)
            if (pred(i))
                out[i >> 6] |= uint64_t(1) << (i & 63);
    };
    const size_t span = hi > lo ? hi - lo : 0;
    if (span < (1u << 18)) {
        work(lo, hi);
        return out;
    }
    const size_t parts = 8;
    std::vector<std::pair<size_t, size_t>> ranges;
    size_t from = lo;
    for (size_t p = 1; p <= parts; ++p) {
        size_t to = p == parts ? hi : ((lo + span * p / parts) & ~size_t(63));
        to = std::clamp(to, from, hi);
        ranges.emplace_back(from, to);
        from = to;
    }
    QtConcurrent::blockingMap(ranges, [&](const std::pair<size_t, size_t>& r) { work(r.first, r.second); });
    return out;
}

std::string_view derivedName(const EventStore& s, Field f, uint32_t id)
{
    switch (f) {
    case Field::AccountType:
        return accountTypeName(s.accountTypeOfOperator()[id]);
    case Field::SourceScope:
        return sourceScopeName(s.scopeOfSourceIp()[id]);
    case Field::Category:
        return categoryName(s.categoryOfResourceId()[id]);
    case Field::Operation:
        return operationName(s.operationOfVerbId()[id]);
    default:
        return {};
    }
}

// Codes match as numbers, or as a class: "4xx".
bool codeMatches(std::string_view pattern, int code)
{
    const std::string p = toLower(pattern);
    if (p.size() == 3 && p[1] == 'x' && p[2] == 'x' && p[0] >= '1' && p[0] <= '5')
        return code / 100 == p[0] - '0';
    return wildcardMatch(p, std::to_string(code));
}

bool compare(Expr::Cmp cmp, double a, double b)
{
    switch (cmp) {
    case Expr::Cmp::Eq: return a == b;
    case Expr::Cmp::Ne: return a != b;
    case Expr::Cmp::Lt: return a < b;
    case Expr::Cmp::Le: return a <= b;
    case Expr::Cmp::Gt: return a > b;
    case Expr::Cmp::Ge: return a >= b;
    }
    return false;
}

bool textMatches(const Expr& e, std::string_view text)
{
    if (e.mode == Expr::Mode::Exact)
        return text == e.value;
    return TokenPattern(e.value).matches(text);
}

// Values of fields kept only in the raw JSON.
std::vector<std::string> rawValues(const EventStore& s, Field f, uint32_t record)
{
    if (f == Field::AuditId)
        return {s.auditIdText(record)};
    std::vector<std::string> out;
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(simdjson::padded_string(s.rawJson(record))).get(doc))
        return out;
    if (f == Field::RequestUri) {
        std::string_view uri;
        if (!doc["requestURI"].get(uri))
            out.emplace_back(uri);
    } else if (f == Field::UserGroups) {
        simdjson::dom::array groups;
        if (!doc["user"]["groups"].get(groups))
            for (auto g : groups) {
                std::string_view v;
                if (!g.get(v))
                    out.emplace_back(v);
            }
    }
    return out;
}

bool containsFolded(std::string_view hay, std::string_view lowerNeedle)
{
    if (lowerNeedle.empty())
        return true;
    if (hay.size() < lowerNeedle.size())
        return false;
    const char first = lowerNeedle.front();
    const char firstUpper = (first >= 'a' && first <= 'z') ? static_cast<char>(first - 'a' + 'A') : first;
    const char* p = hay.data();
    const char* end = hay.data() + hay.size() - lowerNeedle.size() + 1;
    while (p < end) {
        const char* a = static_cast<const char*>(std::memchr(p, first, static_cast<size_t>(end - p)));
        const char* b = first == firstUpper ? nullptr
                                            : static_cast<const char*>(std::memchr(p, firstUpper, static_cast<size_t>(end - p)));
        const char* hit = !a ? b : (!b ? a : std::min(a, b));
        if (!hit)
            return false;
        size_t k = 1;
        for (; k < lowerNeedle.size(); ++k) {
            char c = hit[k];
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            if (c != lowerNeedle[k])
                break;
        }
        if (k == lowerNeedle.size())
            return true;
        p = hit + 1;
    }
    return false;
}

struct Acc
{
    int64_t requests = 0;
    int64_t failures = 0;
    int64_t withCode = 0;
    std::unordered_set<uint32_t> distinct;
};

// A group-by key of one record as an integer, and its text.
struct KeyOf
{
    const EventStore& s;
    Field f;
    uint32_t operator()(uint32_t r) const
    {
        const auto& c = s.columns();
        const auto& info = fieldInfo(f);
        switch (info.kind) {
        case FieldKind::Dict:
            return c.column(info.column)[r];
        case FieldKind::DerivedDict: {
            const uint32_t id = c.column(info.column)[r];
            switch (f) {
            case Field::AccountType: return static_cast<uint32_t>(s.accountTypeOfOperator()[id]);
            case Field::SourceScope: return static_cast<uint32_t>(s.scopeOfSourceIp()[id]);
            case Field::Category: return static_cast<uint32_t>(s.categoryOfResourceId()[id]);
            case Field::Operation: return static_cast<uint32_t>(s.operationOfVerbId()[id]);
            default: return 0;
            }
        }
        case FieldKind::Enum:
            if (f == Field::Stage)
                return static_cast<uint32_t>(c.stage[r]);
            if (f == Field::Level)
                return static_cast<uint32_t>(c.level[r]);
            return static_cast<uint32_t>(c.decision[r]);
        case FieldKind::Number:
            return f == Field::Code ? static_cast<uint32_t>(c.code[r]) : static_cast<uint32_t>(c.latencyMs[r]);
        default:
            return 0;
        }
    }
    std::string text(uint32_t key) const
    {
        const auto& info = fieldInfo(f);
        switch (info.kind) {
        case FieldKind::Dict:
            return std::string(s.columns().dict(info.column).at(key));
        case FieldKind::DerivedDict:
            switch (f) {
            case Field::AccountType: return std::string(accountTypeName(static_cast<AccountType>(key)));
            case Field::SourceScope: return std::string(sourceScopeName(static_cast<SourceScope>(key)));
            case Field::Category: return std::string(categoryName(static_cast<Category>(key)));
            case Field::Operation: return std::string(operationName(static_cast<Operation>(key)));
            default: return {};
            }
        case FieldKind::Enum:
            if (f == Field::Stage)
                return std::string(stageName(static_cast<Stage>(key)));
            if (f == Field::Level)
                return std::string(levelName(static_cast<Level>(key)));
            return std::string(decisionName(static_cast<Decision>(key)));
        case FieldKind::Number:
            return std::to_string(static_cast<int32_t>(key));
        default:
            return {};
        }
    }
};
} // namespace

MemoryBackend::MemoryBackend(std::shared_ptr<const EventStore> store)
    : m_store(std::move(store))
{
}

TimeRange MemoryBackend::dataRange() const
{
    if (m_store->recordCount() == 0)
        return {0, 0};
    return {m_store->minTime(), m_store->maxTime() + 1};
}

Bitset MemoryBackend::evalLeaf(const Expr& e, size_t lo, size_t hi) const
{
    const EventStore& s = *m_store;
    const auto& c = s.columns();
    const size_t n = s.recordCount();
    const auto& info = fieldInfo(e.field);

    if (e.op == Expr::Op::Text) {
        const std::string needle = toLower(e.value);
        return scan(n, lo, hi, [&](size_t r) { return containsFolded(s.rawJson(static_cast<uint32_t>(r)), needle); });
    }
    if (e.op == Expr::Op::Compare) {
        switch (e.field) {
        case Field::Code:
            return scan(n, lo, hi, [&](size_t r) { return c.code[r] != 0 && compare(e.cmp, c.code[r], e.number); });
        case Field::LatencyMs:
            return scan(n, lo, hi, [&](size_t r) { return c.latencyMs[r] >= 0 && compare(e.cmp, c.latencyMs[r], e.number); });
        case Field::Time:
            return scan(n, lo, hi, [&](size_t r) { return compare(e.cmp, static_cast<double>(c.time[r]), e.number); });
        default: {
            // Numeric comparison on a text field: compare its value as a number where it is one.
            if (info.kind != FieldKind::Dict)
                return Bitset(wordCount(n), 0);
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
                if (const auto id = dict.find(e.value); id >= 0)
                    ok[static_cast<size_t>(id)] = 1;
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
            const std::string_view name = e.field == Field::Stage ? stageName(static_cast<Stage>(v))
                : e.field == Field::Level                         ? levelName(static_cast<Level>(v))
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
            return scan(n, lo, hi, [&](size_t r) { return c.code[r] > 0 && c.code[r] < 1000 && ok[static_cast<size_t>(c.code[r])]; });
        }
        return scan(n, lo, hi, [&](size_t r) { return c.latencyMs[r] >= 0 && wildcardMatch(toLower(e.value), std::to_string(c.latencyMs[r])); });
    case FieldKind::Time: {
        const auto t = parseRfc3339Micros(e.value);
        return scan(n, lo, hi, [&](size_t r) { return t && c.time[r] == *t; });
    }
    case FieldKind::Raw:
        return scan(n, lo, hi, [&](size_t r) {
            for (const auto& v : rawValues(s, e.field, static_cast<uint32_t>(r)))
                if (textMatches(e, v))
                    return true;
            return false;
        });
    }
    return Bitset(wordCount(n), 0);
}

Bitset MemoryBackend::evalRecords(const Expr& e, size_t lo, size_t hi) const
{
    const size_t n = m_store->recordCount();
    switch (e.op) {
    case Expr::Op::All:
        return scan(n, lo, hi, [](size_t) { return true; });
    case Expr::Op::And: {
        Bitset acc = evalRecords(*e.children.front(), lo, hi);
        for (size_t i = 1; i < e.children.size(); ++i) {
            const Bitset b = evalRecords(*e.children[i], lo, hi);
            for (size_t w = 0; w < acc.size(); ++w)
                acc[w] &= b[w];
        }
        return acc;
    }
    case Expr::Op::Or: {
        Bitset acc(wordCount(n), 0);
        for (const auto& child : e.children) {
            const Bitset b = evalRecords(*child, lo, hi);
            for (size_t w = 0; w < acc.size(); ++w)
                acc[w] |= b[w];
        }
        return acc;
    }
    case Expr::Op::Not: {
        Bitset b = evalRecords(*e.children.front(), lo, hi);
        const Bitset range = scan(n, lo, hi, [](size_t) { return true; });
        for (size_t w = 0; w < b.size(); ++w)
            b[w] = ~b[w] & range[w];
        return b;
    }
    default:
        return evalLeaf(e, lo, hi);
    }
}

Bitset MemoryBackend::matchRequests(const Query& q) const
{
    const EventStore& s = *m_store;
    const auto& time = s.columns().time;
    const auto lo = static_cast<size_t>(std::lower_bound(time.begin(), time.end(), q.range.from) - time.begin());
    const auto hi = static_cast<size_t>(std::lower_bound(time.begin(), time.end(), q.range.to) - time.begin());
    Bitset requests(wordCount(s.requestCount()), 0);
    if (lo >= hi)
        return requests;
    const Bitset records = evalRecords(q.filter ? *q.filter : *Expr::all(), lo, hi);
    const auto& requestOf = s.requestOfRecord();
    forEachSet(records, [&](uint32_t r) {
        const uint32_t req = requestOf[r];
        requests[req >> 6] |= uint64_t(1) << (req & 63);
    });
    return requests;
}

ResultTable MemoryBackend::run(const Query& q) const
{
    const EventStore& s = *m_store;
    const auto& c = s.columns();
    ResultTable table;
    table.keyFields = q.groupBy;
    table.bucketed = q.bucketUs > 0;

    const Bitset requests = matchRequests(q);
    std::vector<KeyOf> keys;
    for (Field f : q.groupBy)
        keys.push_back({s, f});
    const KeyOf distinctKey{s, q.distinctOf};

    struct GroupKey
    {
        uint32_t k[2]{0, 0};
        int64_t bucket = 0;
        bool operator==(const GroupKey&) const = default;
    };
    struct Hash
    {
        size_t operator()(const GroupKey& g) const
        {
            return std::hash<uint64_t>{}((uint64_t(g.k[0]) << 32 | g.k[1]) ^ static_cast<uint64_t>(g.bucket) * 0x9E3779B97F4A7C15ULL);
        }
    };
    std::unordered_map<GroupKey, Acc, Hash> groups;

    auto add = [&](uint32_t record, int64_t weight) {
        GroupKey g;
        for (size_t i = 0; i < keys.size() && i < 2; ++i)
            g.k[i] = keys[i](record);
        if (q.bucketUs > 0) {
            const int64_t t = c.time[record];
            g.bucket = (t >= 0 ? t / q.bucketUs : (t - q.bucketUs + 1) / q.bucketUs) * q.bucketUs;
        }
        Acc& a = groups[g];
        a.requests += weight;
        const int code = c.code[record];
        if (code != 0) {
            ++a.withCode;
            if (code >= 400)
                ++a.failures;
        }
        if (q.metric == Metric::Distinct)
            a.distinct.insert(distinctKey(record));
    };

    const auto& last = s.requestLastRecord();
    if (q.metric == Metric::Records) {
        // Count the records of the matching requests that fall in the range.
        const auto& requestOf = s.requestOfRecord();
        const auto lo = std::lower_bound(c.time.begin(), c.time.end(), q.range.from) - c.time.begin();
        const auto hi = std::lower_bound(c.time.begin(), c.time.end(), q.range.to) - c.time.begin();
        for (auto r = lo; r < hi; ++r) {
            const uint32_t req = requestOf[static_cast<size_t>(r)];
            if (requests[req >> 6] >> (req & 63) & 1)
                add(static_cast<uint32_t>(r), 1);
        }
    } else {
        forEachSet(requests, [&](uint32_t req) { add(last[req], 1); });
    }

    for (const auto& w : requests)
        table.totalRequests += std::popcount(w);
    table.groups = groups.size();
    table.rows.reserve(groups.size());
    for (auto& [g, a] : groups) {
        ResultRow row;
        for (size_t i = 0; i < keys.size() && i < 2; ++i)
            row.keys.push_back(keys[i].text(g.k[i]));
        row.bucket = g.bucket;
        row.requests = a.requests;
        switch (q.metric) {
        case Metric::Requests:
        case Metric::Records:
            row.value = static_cast<double>(a.requests);
            break;
        case Metric::Failures:
            row.value = static_cast<double>(a.failures);
            break;
        case Metric::SuccessRate:
            row.value = a.withCode ? static_cast<double>(a.withCode - a.failures) / static_cast<double>(a.withCode) : 1.0;
            break;
        case Metric::Distinct:
            row.value = static_cast<double>(a.distinct.size());
            break;
        }
        table.rows.push_back(std::move(row));
    }
    auto keyLess = [](const ResultRow& a, const ResultRow& b) {
        if (a.bucket != b.bucket)
            return a.bucket < b.bucket;
        return a.keys < b.keys;
    };
    if (q.order == Query::Order::KeyAsc)
        std::sort(table.rows.begin(), table.rows.end(), keyLess);
    else
        std::sort(table.rows.begin(), table.rows.end(), [&](const ResultRow& a, const ResultRow& b) {
            return a.value != b.value ? a.value > b.value : keyLess(a, b);
        });
    if (q.limit && table.rows.size() > q.limit)
        table.rows.resize(q.limit);
    return table;
}

EventPage MemoryBackend::events(const Query& q, size_t offset, size_t limit) const
{
    const Bitset requests = matchRequests(q);
    const auto& last = m_store->requestLastRecord();
    EventPage page;
    for (const auto& w : requests)
        page.total += static_cast<size_t>(std::popcount(w));
    // Request ids follow time order, so walking the bitset backwards is newest first.
    size_t skipped = 0;
    for (size_t w = requests.size(); w-- > 0 && page.records.size() < limit;) {
        uint64_t word = requests[w];
        while (word && page.records.size() < limit) {
            const int bit = 63 - std::countl_zero(word);
            word &= ~(uint64_t(1) << bit);
            if (skipped++ < offset)
                continue;
            page.records.push_back(last[static_cast<uint32_t>(w * 64 + static_cast<size_t>(bit))]);
        }
    }
    return page;
}

} // namespace ac
