#include "Filter.h"

#include <algorithm>

#include "audit/Timestamp.h"

#include <charconv>
#include <cmath>

namespace ac {

namespace {
ExprPtr make(Expr e) {
    return std::make_shared<const Expr>(std::move(e));
}

bool needsQuotes(std::string_view v) {
    if (v.empty()) return true;
    for (char c : v)
        if (c == ' ' || c == '"' || c == '(' || c == ')' || c == ':' || c == '|' || c == '<' || c == '>' || c == '=' ||
            c == '!' || c == '\t' || c == '\n' || c == '\r' || c == '\\')
            return true;
    for (std::string_view kw : {"and", "or", "not"})
        if (v.size() == kw.size()) {
            bool same = true;
            for (size_t i = 0; i < v.size(); ++i)
                same = same && (v[i] | 0x20) == kw[i];
            if (same) return true;
        }
    return false;
}

std::string quote(std::string_view v) {
    if (!needsQuotes(v)) return std::string(v);
    std::string out = "\"";
    for (char c : v) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string formatNumber(double d) {
    if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, r.ptr);
}
} // namespace

ExprPtr Expr::all() {
    return make({});
}

ExprPtr Expr::match(Field f, std::string value, Mode mode) {
    Expr e;
    e.op = Op::Match;
    e.field = f;
    e.value = std::move(value);
    e.mode = mode;
    return make(std::move(e));
}

ExprPtr Expr::compare(Field f, Cmp cmp, double number) {
    Expr e;
    e.op = Op::Compare;
    e.field = f;
    e.cmp = cmp;
    e.number = number;
    return make(std::move(e));
}

ExprPtr Expr::text(std::string words) {
    Expr e;
    e.op = Op::Text;
    e.value = std::move(words);
    return make(std::move(e));
}

namespace {
// `a and (b and c)` is `a and b and c`: nested same-operator groups are flattened so that an
// expression and its printed text parse back to the same tree.
ExprPtr group(Expr::Op op, std::vector<ExprPtr> children) {
    std::vector<ExprPtr> flat;
    for (auto& c : children) {
        if (!c) continue;
        if (c->op == op)
            flat.insert(flat.end(), c->children.begin(), c->children.end());
        else
            flat.push_back(std::move(c));
    }
    if (flat.empty()) return Expr::all();
    if (flat.size() == 1) return flat.front();
    Expr e;
    e.op = op;
    e.children = std::move(flat);
    return make(std::move(e));
}
} // namespace

ExprPtr Expr::and_(std::vector<ExprPtr> children) {
    return group(Op::And, std::move(children));
}

ExprPtr Expr::or_(std::vector<ExprPtr> children) {
    return group(Op::Or, std::move(children));
}

ExprPtr Expr::not_(ExprPtr child) {
    Expr e;
    e.op = Op::Not;
    e.children = {std::move(child)};
    return make(std::move(e));
}

ExprPtr Expr::anyOf(Field f, const std::vector<std::string>& values) {
    std::vector<ExprPtr> c;
    for (const auto& v : values)
        c.push_back(exact(f, v));
    return or_(std::move(c));
}

std::string Expr::toString() const {
    switch (op) {
    case Op::All:
        return "*";
    case Op::Match:
        // SLS has no exact operator for text; `=` is this console's extension.
        return std::string(fieldInfo(field).name) + (mode == Mode::Exact ? " = " : ": ") + quote(value);
    case Op::Compare: {
        static constexpr std::string_view ops[] = {" = ", " != ", " < ", " <= ", " > ", " >= "};
        const std::string operand =
            field == Field::Time ? quote(formatRfc3339Micros(static_cast<int64_t>(number))) : formatNumber(number);
        return std::string(fieldInfo(field).name) + std::string(ops[static_cast<int>(cmp)]) + operand;
    }
    case Op::Text:
        // A bare `*` means "everything"; the word itself must be quoted.
        return value == "*" ? std::string("\"*\"") : quote(value);
    case Op::Not: {
        const auto& c = *children.front();
        const bool group = c.op == Op::And || c.op == Op::Or;
        return "not " + (group ? "(" + c.toString() + ")" : c.toString());
    }
    case Op::And:
    case Op::Or: {
        std::string out;
        for (const auto& c : children) {
            if (!out.empty()) out += op == Op::And ? " and " : " or ";
            const bool group = (c->op == Op::And || c->op == Op::Or) && c->op != op;
            out += group ? "(" + c->toString() + ")" : c->toString();
        }
        return out;
    }
    }
    return {};
}

bool Expr::operator==(const Expr& o) const {
    if (op != o.op || children.size() != o.children.size()) return false;
    for (size_t i = 0; i < children.size(); ++i)
        if (!sameExpr(children[i], o.children[i])) return false;
    switch (op) {
    case Op::Match:
        return field == o.field && value == o.value && mode == o.mode;
    case Op::Compare:
        return field == o.field && cmp == o.cmp && number == o.number;
    case Op::Text:
        return value == o.value;
    default:
        return true;
    }
}

bool Expr::hasText() const {
    return op == Op::Text || std::any_of(children.begin(), children.end(), [](const ExprPtr& c) { return c->hasText(); });
}

bool sameExpr(const ExprPtr& a, const ExprPtr& b) {
    if (!a || !b) return !a && !b;
    return *a == *b;
}

} // namespace ac
