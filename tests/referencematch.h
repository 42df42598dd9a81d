#pragma once
// The plain, quadratic matchers that tst_search and fuzz_search hold the memory engine's
// wildcard and token matchers to. No Qt: the fuzz targets include it too.

#include <string>
#include <string_view>
#include <vector>

namespace testref {

// A whole-value wildcard match (`*` any run, `?` one byte): ok[i][j] says whether the pattern's
// first i bytes match the text's first j.
inline bool wildcard(std::string_view p, std::string_view t) {
    std::vector<std::vector<char>> ok(p.size() + 1, std::vector<char>(t.size() + 1, 0));
    ok[0][0] = 1;
    for (size_t i = 1; i <= p.size(); ++i)
        for (size_t j = 0; j <= t.size(); ++j)
            ok[i][j] = p[i - 1] == '*' ? (ok[i - 1][j] || (j > 0 && ok[i][j - 1]))
                                       : (j > 0 && ok[i - 1][j - 1] && (p[i - 1] == '?' || p[i - 1] == t[j - 1]));
    return ok[p.size()][t.size()] != 0;
}

// Log Service's `key: value`: the pattern's tokens (lowercase) against every run of as many
// tokens of the text (lowercase), split where `isDelimiter` says; `*` alone is any non-empty text.
template <typename IsDelimiter>
bool tokens(const std::vector<std::string>& want, std::string_view text, IsDelimiter&& isDelimiter) {
    if (want.size() == 1 && want.front() == "*") return !text.empty();
    std::vector<std::string> have{std::string()};
    for (const char c : text) {
        if (isDelimiter(c)) {
            if (!have.back().empty()) have.emplace_back();
        } else {
            have.back() += c;
        }
    }
    if (have.back().empty()) have.pop_back();
    for (size_t start = 0; start + want.size() <= have.size(); ++start) {
        bool all = true;
        for (size_t k = 0; all && k < want.size(); ++k)
            all = wildcard(want[k], have[start + k]);
        if (all) return true;
    }
    return false;
}

} // namespace testref
