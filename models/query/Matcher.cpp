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

TokenPattern::TokenPattern(std::string_view pattern) {
    // `?` is a wildcard in a pattern, not a delimiter.
    size_t i = 0;
    while (i < pattern.size()) {
        while (i < pattern.size() && pattern[i] != '?' && isDelimiter(pattern[i]))
            ++i;
        const size_t start = i;
        while (i < pattern.size() && (pattern[i] == '?' || !isDelimiter(pattern[i])))
            ++i;
        if (i > start) m_tokens.push_back(toLower(pattern.substr(start, i - start)));
    }
}

bool wildcardMatch(std::string_view p, std::string_view t) {
    size_t pi = 0, ti = 0, starP = std::string_view::npos, starT = 0;
    while (ti < t.size()) {
        if (pi < p.size() && (p[pi] == '?' || p[pi] == t[ti])) {
            ++pi;
            ++ti;
        } else if (pi < p.size() && p[pi] == '*') {
            starP = pi++;
            starT = ti;
        } else if (starP != std::string_view::npos) {
            pi = starP + 1;
            ti = ++starT;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*')
        ++pi;
    return pi == p.size();
}

bool TokenPattern::matches(std::string_view text) const {
    if (m_tokens.empty()) return false;
    if (m_tokens.size() == 1 && m_tokens.front() == "*") return !text.empty();
    const auto raw = tokenize(text);
    if (raw.size() < m_tokens.size()) return false;
    for (size_t start = 0; start + m_tokens.size() <= raw.size(); ++start) {
        bool all = true;
        for (size_t k = 0; all && k < m_tokens.size(); ++k)
            all = wildcardMatch(m_tokens[k], toLower(raw[start + k]));
        if (all) return true;
    }
    return false;
}

} // namespace ac
