#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ac {

// One lowercase wildcard pattern, prepared once and matched against many whole values: `*`
// is any run of bytes (empty too), `?` exactly one byte, every other byte itself.
//
// The pattern is cut at its stars into segments. The first must match at the start of the
// value, the last at its end, and those between are found left to right, each at its leftmost
// occurrence after the one before (leftmost is never worse for a later segment). A segment
// without `?` is found with Knuth–Morris–Pratt; one with `?` with shift-and over ⌈m/64⌉
// 64-bit words. A match therefore costs O(n + m) for patterns without `?` in a middle segment,
// and at most O(n·⌈m/64⌉) for one with (m the longest such segment; one word, so linear, up to
// 64 bytes). The segments between stars never rescan text: each search starts where the
// previous one's match ended.
class WildcardPattern {
public:
    explicit WildcardPattern(std::string_view pattern); // lowercase
    bool matches(std::string_view text) const;          // the whole of `text`, lowercase
    const std::string& text() const { return m_pattern; }
    bool isLiteral() const { return m_literal; } // neither `*` nor `?`

private:
    struct Segment {
        size_t begin = 0, size = 0;  // in m_pattern
        std::vector<size_t> failure; // KMP table, for a segment without `?`
        // Shift-and, for a segment with `?`: `words` 64-bit words per mask; masks[index[c]·words…]
        // has bit k set where the segment's byte k is `?` or c. Index 0 is the mask of a byte
        // that occurs nowhere in the segment (its `?`s only).
        size_t words = 0;
        std::vector<uint16_t> index; // 256 entries
        std::vector<uint64_t> masks;
    };
    static Segment prepare(std::string_view pattern, size_t begin, size_t size);
    size_t find(const Segment& s, std::string_view text) const; // leftmost match, or npos

    std::string m_pattern;
    bool m_literal = true;
    bool m_hasStar = false;
    size_t m_head = 0, m_tail = 0; // the bytes before the first star and after the last
    size_t m_minLength = 0;        // every byte but the stars
    std::vector<Segment> m_middle; // non-empty segments between the first and last star
};

// SLS `key: value` semantics on one text value: the value is split into tokens at Log
// Service's default delimiters, and matches when the pattern's tokens appear in it
// consecutively, case-insensitively, with `*` and `?` wildcards inside a token.
class TokenPattern {
public:
    explicit TokenPattern(std::string_view pattern);
    bool matches(std::string_view text) const;
    bool isEmpty() const { return m_tokens.empty(); }

    static bool isDelimiter(char c);
    static std::vector<std::string_view> tokenize(std::string_view text);

private:
    std::vector<WildcardPattern> m_tokens; // lowercase
    bool m_literal = true;                 // no token has a wildcard
    std::vector<size_t> m_failure;         // KMP over the tokens, for a literal pattern of several
};

bool wildcardMatch(std::string_view pattern, std::string_view text); // both lowercase
std::string toLower(std::string_view s);

} // namespace ac
