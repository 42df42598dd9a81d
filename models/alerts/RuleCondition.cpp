#include "Rule.h"

#include <QCoreApplication>

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace ac {

namespace {

struct ConditionText {
    Q_DECLARE_TR_FUNCTIONS(RuleText)
};

// The condition language: comparisons of four counts joined by and/or, with parentheses.
class ConditionParser {
public:
    explicit ConditionParser(std::string_view text)
        : m_s(text) {}

    std::optional<RuleCondition> parse(int* errorColumn, QString* error) {
        RuleCondition c = orExpr();
        skipSpace();
        if (m_error.isEmpty() && m_pos < m_s.size()) fail(ConditionText::tr("“and”, “or” or the end of the condition"));
        if (!m_error.isEmpty()) {
            *errorColumn = static_cast<int>(m_errorPos) + 1;
            *error = m_error;
            return std::nullopt;
        }
        return c;
    }

private:
    void skipSpace() {
        while (m_pos < m_s.size() && std::isspace(static_cast<unsigned char>(m_s[m_pos])))
            ++m_pos;
    }
    void fail(const QString& expected) {
        if (!m_error.isEmpty()) return;
        m_errorPos = m_pos;
        m_error = ConditionText::tr("expected %1").arg(expected);
    }
    std::string_view word() {
        skipSpace();
        size_t end = m_pos;
        while (end < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[end])) || m_s[end] == '_'))
            ++end;
        return m_s.substr(m_pos, end - m_pos);
    }
    bool keyword(std::string_view kw) {
        const std::string_view w = word();
        if (w.size() != kw.size() ||
            !std::equal(w.begin(), w.end(), kw.begin(), [](char a, char b) { return std::tolower(a) == b; }))
            return false;
        m_pos += w.size();
        return true;
    }
    RuleCondition orExpr() {
        RuleCondition left = andExpr();
        while (m_error.isEmpty() && keyword("or")) {
            RuleCondition node;
            node.op = RuleCondition::Op::Or;
            node.children = {std::move(left), andExpr()};
            left = std::move(node);
        }
        return left;
    }
    RuleCondition andExpr() {
        RuleCondition left = primary();
        while (m_error.isEmpty() && keyword("and")) {
            RuleCondition node;
            node.op = RuleCondition::Op::And;
            node.children = {std::move(left), primary()};
            left = std::move(node);
        }
        return left;
    }
    RuleCondition primary() {
        skipSpace();
        if (m_pos < m_s.size() && m_s[m_pos] == '(') {
            ++m_pos;
            RuleCondition inner = orExpr();
            skipSpace();
            if (m_pos < m_s.size() && m_s[m_pos] == ')')
                ++m_pos;
            else
                fail(ConditionText::tr("“)”"));
            return inner;
        }
        RuleCondition c;
        c.op = RuleCondition::Op::Compare;
        const std::string_view name = word();
        if (name == "count" || name == "requests")
            c.var = RuleCondition::Var::Count;
        else if (name == "failures")
            c.var = RuleCondition::Var::Failures;
        else if (name == "failure_rate")
            c.var = RuleCondition::Var::FailureRate;
        else if (name == "distinct")
            c.var = RuleCondition::Var::Distinct;
        else {
            fail(ConditionText::tr("count, failures, failure_rate or distinct"));
            return c;
        }
        m_pos += name.size();
        skipSpace();
        static constexpr std::pair<std::string_view, RuleCondition::Cmp> ops[] = {
            {">=", RuleCondition::Cmp::Ge}, {"<=", RuleCondition::Cmp::Le}, {"!=", RuleCondition::Cmp::Ne},
            {"==", RuleCondition::Cmp::Eq}, {">", RuleCondition::Cmp::Gt},  {"<", RuleCondition::Cmp::Lt},
            {"=", RuleCondition::Cmp::Eq}};
        bool found = false;
        for (const auto& [text, cmp] : ops) {
            if (m_s.substr(m_pos, text.size()) == text) {
                c.cmp = cmp;
                m_pos += text.size();
                found = true;
                break;
            }
        }
        if (!found) {
            fail(ConditionText::tr("a comparison (>, >=, <, <=, ==, !=)"));
            return c;
        }
        skipSpace();
        size_t end = m_pos;
        while (end < m_s.size() && (std::isdigit(static_cast<unsigned char>(m_s[end])) || m_s[end] == '.'))
            ++end;
        const std::string digits(m_s.substr(m_pos, end - m_pos));
        char* stop = nullptr;
        const double value = digits.empty() ? NAN : std::strtod(digits.c_str(), &stop);
        if (digits.empty() || stop != digits.c_str() + digits.size() || !std::isfinite(value)) {
            fail(ConditionText::tr("a number"));
            return c;
        }
        m_pos = end;
        c.number = value;
        if (m_pos < m_s.size() && m_s[m_pos] == '%') {
            ++m_pos;
            c.number = value / 100;
            if (c.var != RuleCondition::Var::FailureRate) {
                m_pos -= 1;
                fail(ConditionText::tr("a plain number: only failure_rate is a percentage"));
            }
        } else if (c.var == RuleCondition::Var::FailureRate && value > 1) {
            fail(ConditionText::tr("a rate between 0 and 1, or a percentage such as 50%"));
        }
        return c;
    }

    std::string_view m_s;
    size_t m_pos = 0;
    size_t m_errorPos = 0;
    QString m_error;
};

bool compare(double a, RuleCondition::Cmp cmp, double b) {
    switch (cmp) {
    case RuleCondition::Cmp::Gt:
        return a > b;
    case RuleCondition::Cmp::Ge:
        return a >= b;
    case RuleCondition::Cmp::Lt:
        return a < b;
    case RuleCondition::Cmp::Le:
        return a <= b;
    case RuleCondition::Cmp::Eq:
        return a == b;
    case RuleCondition::Cmp::Ne:
        return a != b;
    }
    return false;
}

} // namespace

std::optional<RuleCondition> parseCondition(std::string_view text, int* errorColumn, QString* error) {
    return ConditionParser(text).parse(errorColumn, error);
}

bool RuleCondition::eval(int64_t count, int64_t failures, int64_t distinct) const {
    switch (op) {
    case Op::True:
        return true;
    case Op::And:
        return std::all_of(children.begin(), children.end(),
                           [&](const RuleCondition& c) { return c.eval(count, failures, distinct); });
    case Op::Or:
        return std::any_of(children.begin(), children.end(),
                           [&](const RuleCondition& c) { return c.eval(count, failures, distinct); });
    case Op::Compare:
        break;
    }
    double value = 0;
    switch (var) {
    case Var::Count:
        value = static_cast<double>(count);
        break;
    case Var::Failures:
        value = static_cast<double>(failures);
        break;
    case Var::FailureRate:
        value = count > 0 ? static_cast<double>(failures) / static_cast<double>(count) : 0;
        break;
    case Var::Distinct:
        value = static_cast<double>(distinct);
        break;
    }
    return compare(value, cmp, number);
}

bool RuleCondition::uses(Var v) const {
    if (op == Op::Compare) return var == v;
    return std::any_of(children.begin(), children.end(), [v](const RuleCondition& c) { return c.uses(v); });
}

std::string RuleCondition::toString() const {
    static constexpr std::string_view vars[] = {"count", "failures", "failure_rate", "distinct"};
    static constexpr std::string_view cmps[] = {">", ">=", "<", "<=", "==", "!="};
    switch (op) {
    case Op::True:
        return "true";
    case Op::And:
    case Op::Or: {
        std::string s = "(";
        for (size_t i = 0; i < children.size(); ++i)
            s += (i ? (op == Op::And ? " and " : " or ") : "") + children[i].toString();
        return s + ")";
    }
    case Op::Compare:
        break;
    }
    QString n = QString::number(var == Var::FailureRate ? number * 100 : number, 'g', 12);
    if (var == Var::FailureRate) n += QLatin1Char('%');
    return std::string(vars[static_cast<size_t>(var)]) + " " + std::string(cmps[static_cast<size_t>(cmp)]) + " " +
           n.toStdString();
}

} // namespace ac
