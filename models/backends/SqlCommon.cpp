#include "SqlCommon.h"

#include "query/Matcher.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ac::sqlc {

namespace {
// The delimiters of TokenPattern as a character class, and its complement.
const char* const kDelims = R"([,'";=()\[\]{}?@&<>/: \t\r\n])";
const char* const kNotDelims = R"([^,'";=()\[\]{}?@&<>/: \t\r\n])";

void appendRegexLiteral(std::string& re, char c) {
    if (std::string_view(R"(\^$.|+()[]{}-*?)").find(c) != std::string_view::npos) re += '\\';
    re += c;
}
} // namespace

std::string integer(int64_t v) {
    return std::to_string(v);
}

std::string number(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9e15) return integer(static_cast<int64_t>(v));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", std::isfinite(v) ? v : 0.0);
    return buf;
}

std::string cmpOp(Expr::Cmp c) {
    switch (c) {
    case Expr::Cmp::Eq:
        return " = ";
    case Expr::Cmp::Ne:
        return " <> ";
    case Expr::Cmp::Lt:
        return " < ";
    case Expr::Cmp::Le:
        return " <= ";
    case Expr::Cmp::Gt:
        return " > ";
    case Expr::Cmp::Ge:
        return " >= ";
    }
    return " = ";
}

bool isCodeClass(std::string_view v) {
    return v.size() == 3 && v[0] >= '1' && v[0] <= '5' && (v[1] == 'x' || v[1] == 'X') && (v[2] == 'x' || v[2] == 'X');
}

std::string tokenRegex(std::string_view pattern) {
    std::vector<std::string> tokens;
    std::string cur;
    for (const char raw : pattern) {
        const char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        if (c != '?' && TokenPattern::isDelimiter(c)) {
            if (!cur.empty()) tokens.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) tokens.push_back(std::move(cur));
    if (tokens.empty()) return {};
    std::string re = std::string("(^|") + kDelims + ")";
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i) re += std::string(kDelims) + "+";
        // A token is never empty: one of only `*` is at least one character.
        if (tokens[i].find_first_not_of('*') == std::string::npos) {
            re += std::string(kNotDelims) + "+";
            continue;
        }
        for (const char c : tokens[i]) {
            if (c == '*')
                re += std::string(kNotDelims) + "*";
            else if (c == '?')
                re += kNotDelims;
            else
                appendRegexLiteral(re, c);
        }
    }
    return re + "(" + kDelims + "|$)";
}

std::string wildcardRegex(std::string_view pattern) {
    std::string re = "^";
    for (const char c : pattern) {
        if (c == '*')
            re += ".*";
        else if (c == '?')
            re += '.';
        else
            appendRegexLiteral(re, c);
    }
    return re + "$";
}

std::vector<ExprPtr> conjuncts(const ExprPtr& filter) {
    std::vector<ExprPtr> out;
    std::function<void(const ExprPtr&)> flatten = [&](const ExprPtr& e) {
        if (!e || e->op == Expr::Op::All) return;
        if (e->op != Expr::Op::And) return out.push_back(e);
        for (const auto& c : e->children)
            flatten(c);
    };
    flatten(filter);
    return out;
}

namespace {
bool contains(const std::vector<ExprPtr>& list, const ExprPtr& e) {
    return std::any_of(list.begin(), list.end(), [&](const ExprPtr& x) { return sameExpr(x, e); });
}
} // namespace

std::vector<ExprPtr> sharedConjuncts(const std::vector<std::vector<ExprPtr>>& lists) {
    std::vector<ExprPtr> shared;
    if (lists.empty()) return shared;
    for (const ExprPtr& e : lists.front())
        if (!contains(shared, e) &&
            std::all_of(lists.begin(), lists.end(), [&](const auto& l) { return contains(l, e); }))
            shared.push_back(e);
    return shared;
}

ExprPtr otherConjuncts(const std::vector<ExprPtr>& list, const std::vector<ExprPtr>& shared) {
    std::vector<ExprPtr> rest;
    for (const ExprPtr& e : list)
        if (!contains(shared, e)) rest.push_back(e);
    return rest.empty() ? nullptr : Expr::and_(rest);
}

std::string metricColumn(Metric m, std::string_view successRate) {
    switch (m) {
    case Metric::Failures:
        return "f";
    case Metric::SuccessRate:
        return std::string(successRate);
    case Metric::Distinct:
        return "d";
    default:
        return "n";
    }
}

std::vector<std::string> sortColumns(EventSort sort) {
    switch (sort) {
    case EventSort::Time:
        return {"t"};
    case EventSort::Operator:
        return {"op"};
    case EventSort::Verb:
        return {"verb"};
    case EventSort::Resource:
        return {"res", "sub"};
    case EventSort::Namespace:
        return {"ns"};
    case EventSort::Name:
        return {"nm"};
    case EventSort::Code:
        return {"code"};
    case EventSort::SourceIp:
        return {"ip"};
    case EventSort::UserAgent:
        return {"ua"};
    case EventSort::User:
        return {"usr"};
    case EventSort::ImpersonatedUser:
        return {"imp"};
    case EventSort::Stage:
        return {"rk"};
    case EventSort::Latency:
        return {"lat"};
    case EventSort::RequestUri:
        return {"uri"};
    case EventSort::AuditId: // the tie-break columns that follow are the key
    case EventSort::Count:
        return {};
    }
    return {"t"};
}

std::vector<std::string> cursorValues(EventSort sort, const EventCursor& c,
                                      const std::function<std::string(std::string_view)>& literal) {
    auto num = [&](const std::string& key) {
        const long long v = std::strtoll(key.c_str(), nullptr, 10) - (int64_t(1) << 62);
        return integer(v);
    };
    switch (sort) {
    case EventSort::Time:
    case EventSort::Code:
    case EventSort::Latency:
    case EventSort::Stage:
        return {num(c.key)};
    case EventSort::AuditId:
    case EventSort::Count:
        return {};
    case EventSort::Resource: {
        const auto at = c.key.find('\x1f');
        return {literal(c.key.substr(0, at)), literal(at == std::string::npos ? std::string() : c.key.substr(at + 1))};
    }
    default:
        return {literal(c.key)};
    }
}

std::string tupleAfter(const std::vector<std::string>& cols, const std::vector<std::string>& vals, bool greater) {
    std::string out;
    for (size_t i = cols.size(); i-- > 0;) {
        const std::string strict = cols[i] + (greater ? " > " : " < ") + vals[i];
        out = out.empty() ? strict : "(" + strict + " OR (" + cols[i] + " = " + vals[i] + " AND " + out + "))";
    }
    return out;
}

void appendJsonString(std::string& out, std::string_view s) {
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace ac::sqlc
