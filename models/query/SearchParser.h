#pragma once

#include "Filter.h"

#include <optional>
#include <string>
#include <string_view>

namespace ac {

// The Log Service search statement, as ACK users type it: `key: value`, `and`/`or`/`not` in
// any case with an implicit `and`, parentheses, quoted values and names, `*`/`?` wildcards,
// numeric comparisons, bare words and phrases as full-text search, and an analytic part after
// `|` that is kept as text (only Log Service runs it).
struct SearchStatement {
    ExprPtr filter;  // Expr::all() for an empty statement
    std::string sql; // the text after the first unquoted `|`, trimmed; empty when none
};

struct SearchError {
    int column = 0;      // 1-based, in characters
    std::string message; // what was expected, or what is wrong
    std::string toString() const;
};

struct SearchResult {
    std::optional<SearchStatement> statement;
    SearchError error;
    bool ok() const { return statement.has_value(); }
};

SearchResult parseSearch(std::string_view text);

// The canonical field names and the derived ones, for completion.
std::vector<std::string_view> searchFieldNames();

} // namespace ac
