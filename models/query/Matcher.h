#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ac {

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
    std::vector<std::string> m_tokens; // lowercase
};

bool wildcardMatch(std::string_view pattern, std::string_view text); // both lowercase
std::string toLower(std::string_view s);

} // namespace ac
