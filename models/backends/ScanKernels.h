#pragma once

// The memory backend's scan kernels: bitsets over records, parallel scans, per-field key
// extraction and the case-insensitive text search. Internal to MemoryBackend.cpp; a header of
// their own keeps that file to the query logic.
#include "MemoryBackend.h"
#include "audit/Pools.h"
#include "audit/Timestamp.h"
#include "query/Matcher.h"

#include <QtConcurrent/QtConcurrentMap>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace ac::kernels {
using Bitset = MemoryBackend::Bitset;

inline size_t wordCount(size_t bits) {
    return (bits + 63) / 64;
}

template <typename F> void forEachSet(const Bitset& b, F&& f) {
    for (size_t w = 0; w < b.size(); ++w) {
        uint64_t word = b[w];
        while (word) {
            const int bit = std::countr_zero(word);
            f(static_cast<uint32_t>(w * 64 + static_cast<size_t>(bit)));
            word &= word - 1;
        }
    }
}

// The cancel flag of the backend call running on this thread (null: none). Scans started on
// the thread check it between blocks of records; MemoryBackend throws Cancelled after them.
inline thread_local const std::atomic_bool* t_cancel = nullptr;
struct Cancelled {};
inline void throwIfCancelled() {
    if (t_cancel && t_cancel->load(std::memory_order_relaxed)) throw Cancelled{};
}

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

// Sets bit i in [lo, hi) where pred(i); split over the cores for large ranges.
template <typename Pred> Bitset scan(size_t n, size_t lo, size_t hi, Pred&& pred) {
    Bitset out(wordCount(n), 0);
    const std::atomic_bool* cancel = t_cancel;
    auto work = [&](size_t from, size_t to) {
        // Whole words per task, so that tasks never write the same word.
        for (size_t block = from; block < to; block += 16384) {
            if (cancel && cancel->load(std::memory_order_relaxed)) return;
            const size_t end = std::min(to, block + 16384);
            for (size_t i = block; i < end; ++i)
                if (pred(i)) out[i >> 6] |= uint64_t(1) << (i & 63);
        }
    };
    const size_t span = hi > lo ? hi - lo : 0;
    if (span < (1u << 18)) {
        work(lo, hi);
        throwIfCancelled();
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
    QtConcurrent::blockingMap(leafPool(), ranges, [&](const std::pair<size_t, size_t>& r) { work(r.first, r.second); });
    throwIfCancelled();
    return out;
}

inline std::string_view derivedName(const EventStore& s, Field f, uint32_t id) {
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
inline bool codeMatches(std::string_view pattern, int code) {
    const std::string p = toLower(pattern);
    if (p.size() == 3 && p[1] == 'x' && p[2] == 'x' && p[0] >= '1' && p[0] <= '5') return code / 100 == p[0] - '0';
    return wildcardMatch(p, std::to_string(code));
}

inline bool compare(Expr::Cmp cmp, double a, double b) {
    switch (cmp) {
    case Expr::Cmp::Eq:
        return a == b;
    case Expr::Cmp::Ne:
        return a != b;
    case Expr::Cmp::Lt:
        return a < b;
    case Expr::Cmp::Le:
        return a <= b;
    case Expr::Cmp::Gt:
        return a > b;
    case Expr::Cmp::Ge:
        return a >= b;
    }
    return false;
}

inline bool textMatches(const Expr& e, std::string_view text) {
    if (e.mode == Expr::Mode::Exact) return text == e.value;
    return TokenPattern(e.value).matches(text);
}

// Values of fields kept only in the raw JSON; the caller checked the record's buffer is intact.
inline std::vector<std::string> rawValues(const EventStore& s, Field f, uint32_t record) {
    if (f == Field::AuditId) return {s.auditIdText(record)};
    if (f == Field::RequestUri) {
        if (auto uri = s.rawString(record, "requestURI", false)) return {std::move(*uri)};
        return {};
    }
    std::vector<std::string> out;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(simdjson::padded_string(s.rawJsonUnchecked(record))).get(doc)) return out;
    simdjson::dom::array groups;
    if (!doc["user"]["groups"].get(groups))
        for (auto g : groups) {
            std::string_view v;
            if (!g.get(v)) out.emplace_back(v);
        }
    return out;
}

// Case-insensitive Horspool search: full-text search scans every byte of the raw events, and
// skipping by the needle's length keeps it far below one comparison per byte.
class FoldedSearcher {
public:
    explicit FoldedSearcher(std::string lowerNeedle)
        : m_needle(std::move(lowerNeedle)) {
        const size_t n = m_needle.size();
        m_skip.fill(n == 0 ? 1 : n);
        for (size_t i = 0; i + 1 < n; ++i) {
            const auto c = static_cast<unsigned char>(m_needle[i]);
            m_skip[c] = n - 1 - i;
            if (c >= 'a' && c <= 'z') m_skip[c - 'a' + 'A'] = n - 1 - i;
        }
    }

    bool foundIn(std::string_view hay) const {
        const size_t n = m_needle.size();
        if (n == 0) return true;
        if (hay.size() < n) return false;
        const char* p = hay.data();
        const char* last = hay.data() + hay.size() - n;
        const auto lastNeedle = static_cast<unsigned char>(m_needle[n - 1]);
        while (p <= last) {
            const auto c = static_cast<unsigned char>(p[n - 1]);
            if (fold(c) == lastNeedle && matchesAt(p)) return true;
            p += m_skip[c];
        }
        return false;
    }

private:
    static unsigned char fold(unsigned char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
    }
    bool matchesAt(const char* p) const {
        for (size_t k = 0; k + 1 < m_needle.size(); ++k)
            if (fold(static_cast<unsigned char>(p[k])) != static_cast<unsigned char>(m_needle[k])) return false;
        return true;
    }

    std::string m_needle;
    std::array<size_t, 256> m_skip{};
};

// A group-by key of one record as an integer, and its text.
struct KeyOf {
    const EventStore& s;
    Field f;
    uint32_t operator()(uint32_t r) const {
        const auto& c = s.columns();
        const auto& info = fieldInfo(f);
        switch (info.kind) {
        case FieldKind::Dict:
            return c.column(info.column)[r];
        case FieldKind::DerivedDict: {
            const uint32_t id = c.column(info.column)[r];
            switch (f) {
            case Field::AccountType:
                return static_cast<uint32_t>(s.accountTypeOfOperator()[id]);
            case Field::SourceScope:
                return static_cast<uint32_t>(s.scopeOfSourceIp()[id]);
            case Field::Category:
                return static_cast<uint32_t>(s.categoryOfResourceId()[id]);
            case Field::Operation:
                return static_cast<uint32_t>(s.operationOfVerbId()[id]);
            default:
                return 0;
            }
        }
        case FieldKind::Enum:
            if (f == Field::Stage) return static_cast<uint32_t>(c.stage[r]);
            if (f == Field::Level) return static_cast<uint32_t>(c.level[r]);
            return static_cast<uint32_t>(c.decision[r]);
        case FieldKind::Number:
            return f == Field::Code ? static_cast<uint32_t>(c.code[r]) : static_cast<uint32_t>(c.latencyMs[r]);
        default:
            return 0;
        }
    }
    std::string text(uint32_t key) const {
        const auto& info = fieldInfo(f);
        switch (info.kind) {
        case FieldKind::Dict:
            return std::string(s.columns().dict(info.column).at(key));
        case FieldKind::DerivedDict:
            switch (f) {
            case Field::AccountType:
                return std::string(accountTypeName(static_cast<AccountType>(key)));
            case Field::SourceScope:
                return std::string(sourceScopeName(static_cast<SourceScope>(key)));
            case Field::Category:
                return std::string(categoryName(static_cast<Category>(key)));
            case Field::Operation:
                return std::string(operationName(static_cast<Operation>(key)));
            default:
                return {};
            }
        case FieldKind::Enum:
            if (f == Field::Stage) return std::string(stageName(static_cast<Stage>(key)));
            if (f == Field::Level) return std::string(levelName(static_cast<Level>(key)));
            return std::string(decisionName(static_cast<Decision>(key)));
        case FieldKind::Number:
            return std::to_string(static_cast<int32_t>(key));
        default:
            return {};
        }
    }
};
} // namespace ac::kernels
