#include "SearchParser.h"

#include "audit/Timestamp.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ac {

namespace {

// The messages are translated where they are made: a parse fails at most once.
class SearchText {
    Q_DECLARE_TR_FUNCTIONS(SearchParser)
};

QString fromStd(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

enum class Tok { End, Word, Quoted, LParen, RParen, Colon, Cmp, Pipe };

struct Token {
    Tok kind = Tok::End;
    std::string text; // word or unescaped quoted text; the operator for Cmp
    size_t pos = 0;   // byte offset
};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A word ends at white space, a parenthesis, a quote, a pipe, or an operator character.
// After a `:` a value word may itself contain `:` (system:serviceaccount:kube-system:x).
bool endsWord(char c, bool value) {
    return isSpace(c) || c == '(' || c == ')' || c == '"' || c == '|' ||
           (!value && (c == ':' || c == '<' || c == '>' || c == '=' || c == '!'));
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
    return true;
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text) {}

    SearchResult run() {
        SearchResult result;
        advance(false);
        ExprPtr e;
        if (m_tok.kind == Tok::End || m_tok.kind == Tok::Pipe)
            e = Expr::all();
        else
            e = parseOr();
        if (!m_error && m_tok.kind != Tok::End && m_tok.kind != Tok::Pipe)
            fail(m_tok.pos, m_tok.kind == Tok::RParen
                                ? SearchText::tr("unexpected ')': no '(' to close")
                                : SearchText::tr("expected 'and', 'or', 'not', a term or the end"));
        if (m_error) {
            result.error = *m_error;
            return result;
        }
        SearchStatement st;
        st.filter = e;
        if (m_tok.kind == Tok::Pipe) {
            std::string_view sql = m_text.substr(m_tok.pos + 1);
            while (!sql.empty() && isSpace(sql.front()))
                sql.remove_prefix(1);
            while (!sql.empty() && isSpace(sql.back()))
                sql.remove_suffix(1);
            st.sql = std::string(sql);
        }
        result.statement = std::move(st);
        return result;
    }

private:
    int column(size_t bytePos) const {
        // Characters, not bytes: count UTF-8 lead bytes.
        int col = 1;
        for (size_t i = 0; i < bytePos && i < m_text.size(); ++i)
            col += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80;
        return col;
    }

    void fail(size_t pos, const QString& message) {
        if (!m_error) m_error = SearchError{column(pos), message.toStdString()};
        m_tok.kind = Tok::End;
    }

    // Reads the next token; `value` is true right after a `:` or comparison operator.
    void advance(bool value) {
        size_t i = m_pos;
        while (i < m_text.size() && isSpace(m_text[i]))
            ++i;
        m_tok = Token{};
        m_tok.pos = i;
        if (i >= m_text.size()) {
            m_pos = i;
            return;
        }
        const char c = m_text[i];
        if (c == '(' || c == ')') {
            m_tok.kind = c == '(' ? Tok::LParen : Tok::RParen;
            m_pos = i + 1;
            return;
        }
        if (c == '|') {
            m_tok.kind = Tok::Pipe;
            m_pos = i + 1;
            return;
        }
        if (c == ':') {
            m_tok.kind = Tok::Colon;
            m_pos = i + 1;
            return;
        }
        if (c == '<' || c == '>' || c == '=' || c == '!') {
            m_tok.kind = Tok::Cmp;
            m_tok.text = std::string(1, c);
            if (i + 1 < m_text.size() && m_text[i + 1] == '=' && c != '=') {
                m_tok.text += '=';
                ++i;
            }
            if (m_tok.text == "!") {
                fail(m_tok.pos, SearchText::tr("'!' must be followed by '=': use 'not' to negate"));
                return;
            }
            m_pos = i + 1;
            return;
        }
        if (c == '"') {
            std::string out;
            size_t k = i + 1;
            for (; k < m_text.size() && m_text[k] != '"'; ++k) {
                if (m_text[k] == '\\' && k + 1 < m_text.size()) ++k;
                out += m_text[k];
            }
            if (k >= m_text.size()) {
                fail(i, SearchText::tr("unterminated quoted text: a closing '\"' is missing"));
                return;
            }
            m_tok.kind = Tok::Quoted;
            m_tok.text = std::move(out);
            m_pos = k + 1;
            return;
        }
        size_t k = i;
        while (k < m_text.size() && !endsWord(m_text[k], value))
            ++k;
        m_tok.kind = Tok::Word;
        m_tok.text = std::string(m_text.substr(i, k - i));
        m_pos = k;
    }

    bool isKeyword(std::string_view kw) const { return m_tok.kind == Tok::Word && iequals(m_tok.text, kw); }

    // Whether the word/quoted token at hand is a field name: the next token is ':' or an operator.
    bool followedByOperator() const {
        size_t i = m_pos;
        while (i < m_text.size() && isSpace(m_text[i]))
            ++i;
        return i < m_text.size() && (m_text[i] == ':' || m_text[i] == '<' || m_text[i] == '>' || m_text[i] == '=' ||
                                     (m_text[i] == '!' && i + 1 < m_text.size() && m_text[i + 1] == '='));
    }

    ExprPtr parseOr() {
        std::vector<ExprPtr> parts{parseAnd()};
        while (!m_error && isKeyword("or")) {
            advance(false);
            parts.push_back(parseAnd());
        }
        return m_error ? nullptr : Expr::or_(std::move(parts));
    }

    ExprPtr parseAnd() {
        std::vector<ExprPtr> parts{parseNot()};
        for (;;) {
            if (m_error) return nullptr;
            if (isKeyword("and")) {
                advance(false);
                parts.push_back(parseNot());
                continue;
            }
            // Juxtaposition is `and`, as in `NOT a NOT b`.
            if (m_tok.kind == Tok::Word || m_tok.kind == Tok::Quoted || m_tok.kind == Tok::LParen) {
                if (isKeyword("or")) break;
                parts.push_back(parseNot());
                continue;
            }
            break;
        }
        return m_error ? nullptr : Expr::and_(std::move(parts));
    }

    ExprPtr parseNot() {
        // Bounded nesting: a pasted wall of "(" or "not" must not overflow the stack.
        if (++m_depth > kMaxNesting) {
            fail(m_tok.pos,
                 SearchText::tr("nested too deeply (more than %1 levels of parentheses or 'not')").arg(kMaxNesting));
            return nullptr;
        }
        struct Leave {
            int& depth;
            ~Leave() { --depth; }
        } leave{m_depth};
        if (isKeyword("not")) {
            const size_t at = m_tok.pos;
            advance(false);
            if (m_tok.kind == Tok::End || m_tok.kind == Tok::Pipe || m_tok.kind == Tok::RParen) {
                fail(m_tok.kind == Tok::End ? m_text.size() : m_tok.pos, SearchText::tr("expected a term after 'not'"));
                (void)at;
                return nullptr;
            }
            ExprPtr inner = parseNot();
            return m_error ? nullptr : Expr::not_(std::move(inner));
        }
        return parsePrimary();
    }

    ExprPtr parsePrimary() {
        switch (m_tok.kind) {
        case Tok::LParen: {
            const size_t open = m_tok.pos;
            advance(false);
            if (m_tok.kind == Tok::RParen) {
                fail(m_tok.pos, SearchText::tr("empty parentheses: expected a term"));
                return nullptr;
            }
            ExprPtr inner = parseOr();
            if (m_error) return nullptr;
            if (m_tok.kind != Tok::RParen) {
                fail(m_tok.kind == Tok::End ? open : m_tok.pos,
                     m_tok.kind == Tok::End ? SearchText::tr("'(' is never closed: expected ')'")
                                            : SearchText::tr("expected ')'"));
                return nullptr;
            }
            advance(false);
            return inner;
        }
        case Tok::Word:
        case Tok::Quoted: {
            if (m_tok.kind == Tok::Word && (isKeyword("and") || isKeyword("or"))) {
                fail(m_tok.pos, SearchText::tr("expected a term before '%1'").arg(fromStd(m_tok.text)));
                return nullptr;
            }
            if (followedByOperator()) return parseFieldTerm();
            Token word = m_tok;
            advance(false);
            if (word.kind == Tok::Word && word.text == "*") return Expr::all();
            return Expr::text(word.text);
        }
        case Tok::RParen:
            fail(m_tok.pos, SearchText::tr("unexpected ')': expected a term"));
            return nullptr;
        case Tok::Colon:
            fail(m_tok.pos, SearchText::tr("expected a field name before ':'"));
            return nullptr;
        case Tok::Cmp:
            fail(m_tok.pos, SearchText::tr("expected a field name before '%1'").arg(fromStd(m_tok.text)));
            return nullptr;
        default:
            fail(m_tok.kind == Tok::End ? m_text.size() : m_tok.pos, SearchText::tr("expected a term"));
            return nullptr;
        }
    }

    ExprPtr parseFieldTerm() {
        const Token name = m_tok;
        const auto field = fieldByName(name.text);
        if (!field) {
            const std::string_view close = suggestion(name.text);
            if (close.empty())
                fail(name.pos, SearchText::tr("unknown field \"%1\" (to search for the text, put it in quotes)")
                                   .arg(fromStd(name.text)));
            else
                fail(name.pos,
                     SearchText::tr("unknown field \"%1\"; did you mean %2?").arg(fromStd(name.text), fromStd(close)));
            return nullptr;
        }
        advance(false);
        const Token op = m_tok; // Colon or Cmp
        advance(true);
        if (m_tok.kind != Tok::Word && m_tok.kind != Tok::Quoted) {
            fail(m_tok.kind == Tok::End ? m_text.size() : m_tok.pos,
                 SearchText::tr("expected a value after \"%1\"")
                     .arg(fromStd(name.text + (op.kind == Tok::Colon ? std::string(":") : " " + op.text))));
            return nullptr;
        }
        const Token value = m_tok;
        advance(false);
        const auto& info = fieldInfo(*field);
        if (op.kind == Tok::Colon) return Expr::match(*field, value.text);
        if (op.text == "=" && info.kind != FieldKind::Number && info.kind != FieldKind::Time)
            return Expr::exact(*field, value.text);
        static const std::pair<const char*, Expr::Cmp> ops[] = {{"=", Expr::Cmp::Eq}, {"!=", Expr::Cmp::Ne},
                                                                {"<", Expr::Cmp::Lt}, {"<=", Expr::Cmp::Le},
                                                                {">", Expr::Cmp::Gt}, {">=", Expr::Cmp::Ge}};
        Expr::Cmp cmp = Expr::Cmp::Eq;
        for (const auto& [text, c] : ops)
            if (op.text == text) cmp = c;
        if (info.kind == FieldKind::Time) {
            const auto t = parseRfc3339Micros(value.text);
            if (!t) {
                fail(value.pos, SearchText::tr("expected an RFC 3339 time such as 2026-11-28T10:00:00Z"));
                return nullptr;
            }
            return Expr::compare(*field, cmp, static_cast<double>(*t));
        }
        if (info.kind != FieldKind::Number) {
            fail(op.pos, SearchText::tr("\"%1\" is text: compare numbers only (responseStatus.code, latencyMs)")
                             .arg(fromStd(info.name)));
            return nullptr;
        }
        double number = 0;
        const auto [ptr, ec] = std::from_chars(value.text.data(), value.text.data() + value.text.size(), number);
        if (ec != std::errc() || ptr != value.text.data() + value.text.size() || !std::isfinite(number)) {
            fail(value.pos, SearchText::tr("expected a number after '%1'").arg(fromStd(op.text)));
            return nullptr;
        }
        return Expr::compare(*field, cmp, number);
    }

    static std::string_view suggestion(const std::string& name) {
        // The closest known name by edit distance, when it is close; empty when none is.
        std::string_view best;
        size_t bestDist = 4;
        for (const auto& f : allFields()) {
            const std::string_view cand = f.name;
            std::vector<size_t> prev(cand.size() + 1), cur(cand.size() + 1);
            for (size_t j = 0; j <= cand.size(); ++j)
                prev[j] = j;
            for (size_t i = 1; i <= name.size(); ++i) {
                cur[0] = i;
                for (size_t j = 1; j <= cand.size(); ++j)
                    cur[j] = std::min(
                        {prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + ((name[i - 1] | 0x20) == (cand[j - 1] | 0x20) ? size_t(0) : size_t(1))});
                std::swap(prev, cur);
            }
            if (prev[cand.size()] < bestDist) {
                bestDist = prev[cand.size()];
                best = cand;
            }
        }
        return best;
    }

    static constexpr int kMaxNesting = 200;
    std::string_view m_text;
    size_t m_pos = 0;
    int m_depth = 0;
    Token m_tok;
    std::optional<SearchError> m_error;
};

} // namespace

std::string SearchError::toString() const {
    return SearchText::tr("column %1: %2").arg(QString::number(column), fromStd(message)).toStdString();
}

SearchResult parseSearch(std::string_view text) {
    return Parser(text).run();
}

std::vector<std::string_view> searchFieldNames() {
    std::vector<std::string_view> out;
    for (const auto& f : allFields())
        out.push_back(f.name);
    return out;
}

} // namespace ac
