#include "Matcher.h"

namespace ac {

bool TokenPattern::isDelimiter(char c) {
    // Log Service's default token delimiters: , '";=()[]{}?@&<>/: and whitespace.
    switch (c) {
    case ',':
    case ' ':
    case '\'':
    case '"':
    case ';':
    case '=':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '?':
    case '@':
    case '&':
    case '<':
    case '>':
    case '/':
    case ':':
    case '\n':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

std::vector<std::string_view> TokenPattern::tokenize(std::string_view text) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isDelimiter(text[i]))
            ++i;
        const size_t start = i;
        while (i < text.size() && !isDelimiter(text[i]))
            ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

std::string toLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {

constexpr size_t npos = std::string_view::npos;

// Whether `segment` (`?` any byte) matches the bytes from `s` on, of which there are enough.
bool matchesAt(std::string_view segment, const char* s) {
    for (size_t k = 0; k < segment.size(); ++k)
        if (segment[k] != '?' && segment[k] != s[k]) return false;
    return true;
}

// Knuth–Morris–Pratt over any sequence of m ≥ 1 items. `same(i, j)` compares the pattern's
// items i and j; failure[i] is the length of the longest proper border of its first i + 1.
template <typename Same> std::vector<size_t> failureTable(size_t m, Same same) {
    std::vector<size_t> failure(m, 0);
    size_t k = 0;
    for (size_t i = 1; i < m; ++i) {
        for (;;) {
            if (same(i, k)) {
                ++k;
                break;
            }
            if (k == 0) break;
            k = failure[k - 1];
        }
        failure[i] = k;
    }
    return failure;
}

// The first position of the m-item pattern in an n-item text, or npos, in O(n + m)
// comparisons; `at(q, i)` compares the pattern's item q with the text's item i. A one-item
// pattern never reads `failure`.
template <typename At> size_t kmpFind(size_t m, const std::vector<size_t>& failure, size_t n, At at) {
    size_t q = 0;
    for (size_t i = 0; i < n; ++i) {
        for (;;) {
            if (at(q, i)) {
                ++q;
                break;
            }
            if (q == 0) break;
            q = failure[q - 1];
        }
        if (q == m) return i + 1 - m;
    }
    return npos;
}

size_t byteOf(char c) {
    return static_cast<unsigned char>(c);
}

} // namespace

WildcardPattern::WildcardPattern(std::string_view pattern)
    : m_pattern(pattern) {
    m_literal = pattern.find_first_of("*?") == npos;
    const size_t first = pattern.find('*');
    if (first == npos) {
        m_head = m_minLength = pattern.size();
        return;
    }
    m_hasStar = true;
    const size_t last = pattern.rfind('*');
    m_head = first;
    m_tail = pattern.size() - last - 1;
    m_minLength = m_head + m_tail;
    for (size_t i = first + 1; i < last;) {
        const size_t star = pattern.find('*', i); // at most `last`
        if (star > i) {
            m_middle.push_back(prepare(pattern, i, star - i));
            m_minLength += star - i;
        }
        i = star + 1;
    }
}

WildcardPattern::Segment WildcardPattern::prepare(std::string_view pattern, size_t begin, size_t size) {
    Segment s;
    s.begin = begin;
    s.size = size;
    const std::string_view seg = pattern.substr(begin, size);
    if (seg.find('?') == npos) {
        s.failure = failureTable(size, [seg](size_t i, size_t j) { return seg[i] == seg[j]; });
        return s;
    }
    s.words = (size + 63) / 64;
    s.index.assign(256, 0);
    size_t distinct = 0;
    for (const char c : seg)
        if (c != '?' && s.index[byteOf(c)] == 0) s.index[byteOf(c)] = static_cast<uint16_t>(++distinct);
    std::vector<uint64_t> marks(s.words, 0); // the `?`s, which every byte matches
    for (size_t k = 0; k < size; ++k)
        if (seg[k] == '?') marks[k / 64] |= uint64_t(1) << (k % 64);
    s.masks.assign((distinct + 1) * s.words, 0);
    for (size_t row = 0; row <= distinct; ++row)
        for (size_t w = 0; w < s.words; ++w)
            s.masks[row * s.words + w] = marks[w];
    for (size_t k = 0; k < size; ++k)
        if (seg[k] != '?') s.masks[s.index[byteOf(seg[k])] * s.words + k / 64] |= uint64_t(1) << (k % 64);
    return s;
}

size_t WildcardPattern::find(const Segment& s, std::string_view text) const {
    if (s.words == 0) {
        const std::string_view seg = std::string_view(m_pattern).substr(s.begin, s.size);
        return kmpFind(s.size, s.failure, text.size(), [seg, text](size_t q, size_t i) { return seg[q] == text[i]; });
    }
    // Shift-and: bit k of `d` says the segment's first k + 1 bytes end at the byte just read.
    const uint64_t found = uint64_t(1) << ((s.size - 1) % 64);
    const uint16_t* index = s.index.data();
    const uint64_t* masks = s.masks.data();
    if (s.words == 1) {
        uint64_t d = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            d = ((d << 1) | 1) & masks[index[byteOf(text[i])]];
            if (d & found) return i + 1 - s.size;
        }
        return npos;
    }
    const size_t words = s.words;
    std::vector<uint64_t> d(words, 0);
    size_t top = 0; // the words above it are zero
    for (size_t i = 0; i < text.size(); ++i) {
        const uint64_t* mask = masks + index[byteOf(text[i])] * words;
        uint64_t carry = 1;
        for (size_t w = 0; w <= top; ++w) {
            const uint64_t out = d[w] >> 63;
            d[w] = ((d[w] << 1) | carry) & mask[w];
            carry = out;
        }
        if (carry != 0 && top + 1 < words) { // past the last word, a carry is past the segment
            ++top;
            d[top] = mask[top] & 1;
        }
        while (top > 0 && d[top] == 0)
            --top;
        if (d[words - 1] & found) return i + 1 - s.size;
    }
    return npos;
}

bool WildcardPattern::matches(std::string_view text) const {
    const std::string_view p = m_pattern;
    if (m_literal) return text == p;
    if (!m_hasStar) return text.size() == p.size() && matchesAt(p, text.data());
    if (text.size() < m_minLength) return false;
    if (!matchesAt(p.substr(0, m_head), text.data()) ||
        !matchesAt(p.substr(p.size() - m_tail), text.data() + (text.size() - m_tail)))
        return false;
    // The middle segments, each at its leftmost place between the head and the tail.
    size_t pos = m_head;
    const size_t end = text.size() - m_tail;
    for (const Segment& s : m_middle) {
        const size_t at = find(s, text.substr(pos, end - pos));
        if (at == npos) return false;
        pos += at + s.size;
    }
    return true;
}

bool wildcardMatch(std::string_view p, std::string_view t) {
    const size_t first = p.find('*');
    if (first == npos) return p.size() == t.size() && matchesAt(p, t.data());
    const size_t last = p.rfind('*');
    if (first == last) { // a head and a tail: nothing to search for, nothing to prepare
        const size_t tail = p.size() - last - 1;
        return first + tail <= t.size() && matchesAt(p.substr(0, first), t.data()) &&
               matchesAt(p.substr(last + 1), t.data() + (t.size() - tail));
    }
    return WildcardPattern(p).matches(t);
}

TokenPattern::TokenPattern(std::string_view pattern) {
    // `?` is a wildcard in a pattern, not a delimiter.
    size_t i = 0;
    while (i < pattern.size()) {
        while (i < pattern.size() && pattern[i] != '?' && isDelimiter(pattern[i]))
            ++i;
        const size_t start = i;
        while (i < pattern.size() && (pattern[i] == '?' || !isDelimiter(pattern[i])))
            ++i;
        if (i > start) {
            m_tokens.emplace_back(toLower(pattern.substr(start, i - start)));
            m_literal = m_literal && m_tokens.back().isLiteral();
        }
    }
    if (m_literal && m_tokens.size() > 1)
        m_failure = failureTable(m_tokens.size(),
                                 [this](size_t a, size_t b) { return m_tokens[a].text() == m_tokens[b].text(); });
}

bool TokenPattern::matches(std::string_view text) const {
    if (m_tokens.empty()) return false;
    if (m_tokens.size() == 1 && m_tokens.front().text() == "*") return !text.empty();
    // Lowercased once; the tokens are views into it.
    const std::string lower = toLower(text);
    const std::vector<std::string_view> raw = tokenize(lower);
    const size_t k = m_tokens.size();
    if (raw.size() < k) return false;
    if (m_literal) // KMP over the token sequence: O(length of the text + length of the pattern)
        return kmpFind(k, m_failure, raw.size(), [this, &raw](size_t q, size_t at) {
                   return raw[at] == std::string_view(m_tokens[q].text());
               }) != npos;
    // A wildcard token: every start in turn, at most k token matches each (the usual pattern
    // is one token, so this is one match per token of the text).
    for (size_t start = 0; start + k <= raw.size(); ++start) {
        size_t j = 0;
        while (j < k && m_tokens[j].matches(raw[start + j]))
            ++j;
        if (j == k) return true;
    }
    return false;
}

} // namespace ac
