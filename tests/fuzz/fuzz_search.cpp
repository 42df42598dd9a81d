// libFuzzer target: the search statement parser, and what is done with a parsed statement
// without a server: printing it back (which must parse to the same expression), compiling it
// to Log Service and ClickHouse SQL, and matching its values with the memory engine's token and
// wildcard matchers, held to plain reference implementations.
//
// Besides the statement, an input with a line break also gives the matchers a pattern (its
// first line) and a text (the rest) directly.

#include "../referencematch.h"
#include "FuzzCheck.h"

#include "backends/ClickHouseSql.h"
#include "backends/SlsSql.h"
#include "backends/SqlCommon.h"
#include "query/Matcher.h"
#include "query/SearchParser.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using ac::Expr;
using ac::ExprPtr;

namespace {

// Values longer than this skip the quadratic reference matcher.
constexpr size_t kReferenceLimit = 256;
// At most this many of a statement's values are matched against each other.
constexpr size_t kValueLimit = 6;

// Log Service's `key: value` worked out the plain way: the pattern's tokens (`?` is a wildcard
// there, not a delimiter) against every run of as many tokens of the lowercased text.
bool referenceTokens(std::string_view pattern, std::string_view text) {
    std::vector<std::string> want{std::string()};
    for (const char c : pattern) {
        if (c != '?' && ac::TokenPattern::isDelimiter(c)) {
            if (!want.back().empty()) want.emplace_back();
        } else {
            want.back() += c;
        }
    }
    if (want.back().empty()) want.pop_back();
    if (want.empty()) return false;
    for (std::string& w : want)
        w = ac::toLower(w);
    return testref::tokens(want, ac::toLower(text), [](char c) { return ac::TokenPattern::isDelimiter(c); });
}

void checkMatchers(std::string_view pattern, std::string_view text) {
    const std::string p = ac::toLower(pattern), t = ac::toLower(text);
    const ac::WildcardPattern prepared(p);
    const bool wild = prepared.matches(t);
    FUZZ_CHECK(ac::wildcardMatch(p, t) == wild);
    const ac::TokenPattern tokens(pattern);
    const bool tokenMatch = tokens.matches(text);
    if (p.size() <= kReferenceLimit && t.size() <= kReferenceLimit) {
        FUZZ_CHECK(testref::wildcard(p, t) == wild);
        FUZZ_CHECK(referenceTokens(pattern, text) == tokenMatch);
    }
    (void)ac::sqlc::tokenRegex(pattern);
    (void)ac::sqlc::wildcardRegex(pattern);
}

// The values of an expression's terms (field values and full-text words), depth first.
void collectValues(const Expr& e, std::vector<std::string>& out) {
    if (e.op == Expr::Op::Match || e.op == Expr::Op::Text) out.push_back(e.value);
    for (const ExprPtr& c : e.children)
        collectValues(*c, out);
}

void compileAll(const ExprPtr& filter) {
    ac::Query q;
    q.filter = filter;
    q.groupBy = {ac::Field::Verb};
    ac::EventsRequest events;
    events.query.filter = filter;
    try {
        const ac::sls::Condition cond = ac::sls::compile(filter);
        FUZZ_CHECK(!cond.search.empty());
        (void)ac::sls::sqlCondition(*filter);
        (void)ac::sls::querySql(q, cond.where);
        (void)ac::sls::eventsSql(events, cond.where, 100, std::nullopt, std::nullopt);
    } catch (const ac::sls::CompileError&) {
        // Full text under OR/NOT with an SQL-only condition, or a NUL: refused with a reason.
    }
    try {
        (void)ac::ch::condition(*filter);
        const std::string table = ac::ch::tableName("default", "audit_events");
        (void)ac::ch::querySql(q, table);
        (void)ac::ch::eventsSql(events, 100, table);
    } catch (const ac::ch::CompileError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const ac::SearchResult parsed = ac::parseSearch(text);
    if (!parsed.ok()) {
        FUZZ_CHECK(parsed.error.column >= 1);
        FUZZ_CHECK(!parsed.error.message.empty());
        (void)parsed.error.toString();
    } else {
        const ExprPtr& filter = parsed.statement->filter;
        FUZZ_CHECK(filter != nullptr);
        // The printed statement parses back to the same expression, and prints the same.
        const std::string printed = filter->toString();
        const ac::SearchResult back = ac::parseSearch(printed);
        if (!back.ok())
            std::fprintf(stderr, "printed: %s\nerror: %s\n", printed.c_str(), back.error.toString().c_str());
        FUZZ_CHECK(back.ok());
        if (!ac::sameExpr(back.statement->filter, filter))
            std::fprintf(stderr, "printed: %s\nreprinted: %s\n", printed.c_str(),
                         back.statement->filter->toString().c_str());
        FUZZ_CHECK(ac::sameExpr(back.statement->filter, filter));
        FUZZ_CHECK(back.statement->filter->toString() == printed);
        FUZZ_CHECK(back.statement->sql.empty());
        (void)filter->hasText();

        compileAll(filter);

        // Each value as a pattern against each value as a text (a few of them).
        std::vector<std::string> values;
        collectValues(*filter, values);
        if (values.size() > kValueLimit) values.resize(kValueLimit);
        for (const std::string& p : values)
            for (const std::string& t : values)
                checkMatchers(p, t);
    }

    // A pattern and a text given directly.
    if (const size_t nl = text.find('\n'); nl != std::string_view::npos)
        checkMatchers(text.substr(0, nl), text.substr(nl + 1));
    return 0;
}
