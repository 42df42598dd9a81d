#pragma once

#include "Field.h"

#include <memory>
#include <string>
#include <vector>

namespace ac {

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

// A search condition as plain data: built by reports in code and by the search-language
// parser, compiled by each backend, printed back as SLS search text.
struct Expr {
    enum class Op : uint8_t { All, And, Or, Not, Match, Compare, Text };
    enum class Cmp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };
    // Match: Token is SLS's `key: value` (the value is one of the field's tokens, case-
    // insensitive, `*`/`?` wildcards); Exact compares the whole value case-sensitively.
    enum class Mode : uint8_t { Token, Exact };

    Op op = Op::All;
    std::vector<ExprPtr> children;
    Field field = Field::Verb;
    std::string value;
    Mode mode = Mode::Token;
    Cmp cmp = Cmp::Eq;
    double number = 0;

    static ExprPtr all();
    static ExprPtr match(Field f, std::string value, Mode mode = Mode::Token);
    static ExprPtr exact(Field f, std::string value) { return match(f, std::move(value), Mode::Exact); }
    static ExprPtr compare(Field f, Cmp cmp, double number);
    static ExprPtr text(std::string words);
    static ExprPtr and_(std::vector<ExprPtr> children);
    static ExprPtr or_(std::vector<ExprPtr> children);
    static ExprPtr not_(ExprPtr child);
    // `f` equals any of `values` exactly.
    static ExprPtr anyOf(Field f, const std::vector<std::string>& values);

    // Full-text words anywhere in the tree.
    bool hasText() const;
    // SLS search text; parses back to an equal expression.
    std::string toString() const;
    bool operator==(const Expr& other) const;
};

bool sameExpr(const ExprPtr& a, const ExprPtr& b);

} // namespace ac
