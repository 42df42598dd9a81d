// The search language: the ACK documentation's queries verbatim, precedence, quoting,
// wildcards, comparisons, every error path, and text → query → text round trips.
#include "backends/MemoryBackend.h"
#include "query/Matcher.h"
#include "query/SearchParser.h"
#include "referencematch.h"
#include "reports/Facets.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <string>
#include <string_view>
#include <vector>

using namespace ac;

namespace {
using testutil::must;
QString canonical(const QString& text) {
    const auto r = parseSearch(text.toStdString());
    if (!r.ok()) return QStringLiteral("ERROR ") + QString::fromStdString(r.error.toString());
    return QString::fromStdString(r.statement->filter->toString());
}

ExprPtr parsed(const char* text) {
    const auto r = parseSearch(text);
    if (!r.ok()) qFatal("parse failed: %s: %s", text, r.error.toString().c_str());
    return r.statement->filter;
}

// A random expression over real fields and awkward values, for the round-trip property.
ExprPtr randomExpr(QRandomGenerator& rng, int depth) {
    static const Field fields[] = {Field::Verb,        Field::Username, Field::Namespace, Field::Resource,
                                   Field::Subresource, Field::Name,     Field::Operator,  Field::AccountType,
                                   Field::SourceScope, Field::Reason,   Field::Stage,     Field::RequestUri,
                                   Field::UserAgent,   Field::Decision};
    static const char* values[] = {"create",     "system:serviceaccount:kube-system:x",
                                   "nginx-*",    "ng?nx",
                                   "a b",        "say \"hi\"",
                                   "and",        "NOT",
                                   "(x)",        "403",
                                   "",           "中文",
                                   "c:\\\\path", "x|y",
                                   "*",          "1=2",
                                   "!"};
    const int kind = depth <= 0 ? static_cast<int>(rng.bounded(3)) : static_cast<int>(rng.bounded(6));
    switch (kind) {
    case 0: {
        const Field f = fields[rng.bounded(static_cast<quint32>(std::size(fields)))];
        const char* v = values[rng.bounded(static_cast<quint32>(std::size(values)))];
        return rng.bounded(2) ? Expr::match(f, v) : Expr::exact(f, v);
    }
    case 1: {
        static const Expr::Cmp cmps[] = {Expr::Cmp::Eq, Expr::Cmp::Ne, Expr::Cmp::Lt,
                                         Expr::Cmp::Le, Expr::Cmp::Gt, Expr::Cmp::Ge};
        const Field f = rng.bounded(3) == 0 ? Field::LatencyMs : rng.bounded(2) ? Field::Code : Field::Time;
        const double n = f == Field::Time ? 1795860000000000.0 + rng.bounded(1000000)
                                          : rng.bounded(1000) / (rng.bounded(2) ? 1.0 : 4.0);
        return Expr::compare(f, cmps[rng.bounded(6)], n);
    }
    case 2:
        return Expr::text(values[rng.bounded(static_cast<quint32>(std::size(values)))]);
    case 3:
        return Expr::not_(randomExpr(rng, depth - 1));
    default: {
        std::vector<ExprPtr> children;
        const int n = 2 + static_cast<int>(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            children.push_back(randomExpr(rng, depth - 1));
        return kind == 4 ? Expr::and_(std::move(children)) : Expr::or_(std::move(children));
    }
    }
}

size_t below(QRandomGenerator& rng, size_t n) {
    return n == 0 ? 0 : rng.bounded(static_cast<quint32>(n));
}

std::string randomString(QRandomGenerator& rng, const QByteArray& alphabet, size_t length) {
    std::string out;
    for (size_t i = 0; i < length; ++i)
        out += alphabet.at(static_cast<qsizetype>(below(rng, static_cast<size_t>(alphabet.size()))));
    return out;
}

// A text for a pattern: half the time the pattern filled in (each `?` a byte, each `*` a short
// run), perhaps with one byte changed, so that long patterns match often enough; else random.
std::string textFor(QRandomGenerator& rng, const std::string& pattern, const QByteArray& alphabet, size_t maxText) {
    if (rng.bounded(2) == 0) return randomString(rng, alphabet, below(rng, maxText + 1));
    std::string out;
    for (const char c : pattern) {
        if (c == '?')
            out += randomString(rng, alphabet, 1);
        else if (c == '*')
            out += randomString(rng, alphabet, below(rng, 4));
        else
            out += c;
    }
    if (!out.empty() && rng.bounded(2) == 0) out[below(rng, out.size())] = randomString(rng, alphabet, 1).front();
    return out;
}

std::string lowered(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Log Service's `key: value` worked out the plain way: the text split at `delimiters`.
bool referenceTokens(const std::vector<std::string>& patternTokens, const std::string& text,
                     std::string_view delimiters) {
    std::vector<std::string> want;
    for (const std::string& t : patternTokens)
        want.push_back(lowered(t));
    return testref::tokens(want, lowered(text),
                           [delimiters](char c) { return delimiters.find(c) != std::string_view::npos; });
}
} // namespace

class TstSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // The ACK documentation, verbatim.
        QTest::newRow("doc: exec alert")
            << "verb : create and objectRef.subresource:exec and stage:  ResponseStarted | SELECT auditID as "
               "\"事件ID\", "
               "date_format(from_unixtime(__time__), '%Y-%m-%d %T' ) as \"操作时间\" limit 100"
            << "verb: create and objectRef.subresource: exec and stage: ResponseStarted";
        QTest::newRow("doc: hide system components")
            << "NOT user.username: node NOT user.username: serviceaccount NOT user.username: apiserver NOT "
               "user.username: "
               "kube-scheduler NOT user.username: kube-controller-manager"
            << "not user.username: node and not user.username: serviceaccount and not user.username: apiserver and not "
               "user.username: kube-scheduler and not user.username: kube-controller-manager";
        QTest::newRow("doc: a RAM UID") << "276543210987654321"
                                        << "276543210987654321";
        QTest::newRow("doc: a resource name") << "nginx-deployment"
                                              << "nginx-deployment";
        // Precedence: not > and > or; implicit and.
        QTest::newRow("and binds tighter") << "verb: get or verb: list and objectRef.resource: pods"
                                           << "verb: get or (verb: list and objectRef.resource: pods)";
        QTest::newRow("parentheses") << "(verb: get or verb: list) and objectRef.resource: pods"
                                     << "(verb: get or verb: list) and objectRef.resource: pods";
        QTest::newRow("implicit and") << "verb: get objectRef.resource: pods"
                                      << "verb: get and objectRef.resource: pods";
        QTest::newRow("not binds tightest") << "not verb: get and stage: ResponseComplete"
                                            << "not verb: get and stage: ResponseComplete";
        QTest::newRow("not of group") << "not (verb: get or verb: list)"
                                      << "not (verb: get or verb: list)";
        QTest::newRow("double not") << "NOT NOT verb: get"
                                    << "not not verb: get";
        QTest::newRow("keywords any case") << "verb: get AnD verb: list oR Not verb: watch"
                                           << "(verb: get and verb: list) or not verb: watch";
        QTest::newRow("field names any case") << "VERB: get and User.UserName: alice"
                                              << "verb: get and user.username: alice";
        QTest::newRow("legacy timestamp name") << "timestamp >= 2026-11-28T10:00:00Z"
                                               << "requestReceivedTimestamp >= \"2026-11-28T10:00:00.000000Z\"";
        // Values.
        QTest::newRow("colon inside value") << "user.username: system:serviceaccount:kube-system:foo"
                                            << "user.username: \"system:serviceaccount:kube-system:foo\"";
        QTest::newRow("quoted value") << "objectRef.name: \"my app\""
                                      << "objectRef.name: \"my app\"";
        QTest::newRow("escaped quote") << "objectRef.name: \"say \\\"hi\\\"\""
                                       << "objectRef.name: \"say \\\"hi\\\"\"";
        QTest::newRow("quoted field name") << "\"annotations.authorization.k8s.io/decision\": forbid"
                                           << "annotations.authorization.k8s.io/decision: forbid";
        QTest::newRow("wildcards") << "objectRef.name: nginx-* and objectRef.namespace: prod-??"
                                   << "objectRef.name: nginx-* and objectRef.namespace: prod-??";
        QTest::newRow("exact") << "objectRef.subresource = \"\""
                               << "objectRef.subresource = \"\"";
        QTest::newRow("quoted keyword is a phrase") << "\"and\""
                                                    << "\"and\"";
        QTest::newRow("phrase") << "\"cat /etc/passwd\""
                                << "\"cat /etc/passwd\"";
        QTest::newRow("star") << "*"
                              << "*";
        QTest::newRow("empty") << ""
                               << "*";
        QTest::newRow("only sql") << "| select count(1)"
                                  << "*";
        // Numbers.
        QTest::newRow("code >=") << "responseStatus.code >= 400"
                                 << "responseStatus.code >= 400";
        QTest::newRow("code class") << "responseStatus.code: 4xx"
                                    << "responseStatus.code: 4xx";
        QTest::newRow("latency >") << "latencyMs > 1000"
                                   << "latencyMs > 1000";
        QTest::newRow("compare no spaces") << "responseStatus.code<500"
                                           << "responseStatus.code < 500";
        QTest::newRow("not equal") << "responseStatus.code != 200"
                                   << "responseStatus.code != 200";
        QTest::newRow("fraction") << "latencyMs <= 2.5"
                                  << "latencyMs <= 2.5";
        // Derived fields.
        QTest::newRow("derived")
            << "accountType: ram-subaccount and sourceScope: public and category: storage and operation: delete"
            << "accountType: ram-subaccount and sourceScope: public and category: storage and operation: delete";
        // Errors name the column and what was expected.
        QTest::newRow("unknown field")
            << "verb: get and usr.username: x"
            << "ERROR column 15: unknown field \"usr.username\"; did you mean user.username?";
        QTest::newRow("unterminated quote") << "objectRef.name: \"abc"
                                            << "ERROR column 17: unterminated quoted text: a closing '\"' is missing";
        QTest::newRow("unclosed paren") << "(verb: get or verb: list"
                                        << "ERROR column 1: '(' is never closed: expected ')'";
        QTest::newRow("stray paren") << "verb: get)"
                                     << "ERROR column 10: unexpected ')': no '(' to close";
        QTest::newRow("empty parens") << "()"
                                      << "ERROR column 2: empty parentheses: expected a term";
        QTest::newRow("dangling not") << "verb: get and not"
                                      << "ERROR column 18: expected a term after 'not'";
        QTest::newRow("leading and") << "and verb: get"
                                     << "ERROR column 1: expected a term before 'and'";
        QTest::newRow("trailing or") << "verb: get or"
                                     << "ERROR column 13: expected a term";
        QTest::newRow("missing value") << "verb:"
                                       << "ERROR column 6: expected a value after \"verb:\"";
        QTest::newRow("colon without field") << ": get"
                                             << "ERROR column 1: expected a field name before ':'";
        QTest::newRow("compare on text")
            << "verb > 3"
            << "ERROR column 6: \"verb\" is text: compare numbers only (responseStatus.code, latencyMs)";
        QTest::newRow("not a number") << "responseStatus.code >= abc"
                                      << "ERROR column 24: expected a number after '>='";
        QTest::newRow("bang") << "verb ! get"
                              << "ERROR column 6: '!' must be followed by '=': use 'not' to negate";
        QTest::newRow("bad time") << "requestReceivedTimestamp > yesterday"
                                  << "ERROR column 28: expected an RFC 3339 time such as 2026-11-28T10:00:00Z";
        QTest::newRow("columns count characters") << "中文 and verb: get)"
                                                  << "ERROR column 17: unexpected ')': no '(' to close";
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(canonical(text), expected);
    }

    void deepNestingIsAnError() {
        // A pasted wall of parentheses or nots: an error, not a stack overflow.
        const std::string parens(100000, '(');
        const auto a = parseSearch(parens + "verb: get");
        QVERIFY(!a.ok());
        QVERIFY(a.error.message.find("nested too deeply") != std::string::npos);
        std::string nots;
        for (int i = 0; i < 50000; ++i)
            nots += "not ";
        QVERIFY(!parseSearch(nots + "verb: get").ok());
        QVERIFY(parseSearch(std::string(150, '(') + "verb: get" + std::string(150, ')')).ok());
    }

    void sqlPartKept() {
        const auto r = parseSearch("verb: create | SELECT count(1) as c ");
        QVERIFY(r.ok());
        QCOMPARE(r.statement->sql, std::string("SELECT count(1) as c"));
        const auto quotedPipe = parseSearch("objectRef.name: \"a|b\"");
        QVERIFY(quotedPipe.ok());
        QVERIFY(quotedPipe.statement->sql.empty());
    }

    void roundTripProperty() {
        // For random queries, the printed text parses back to the same query.
        QRandomGenerator rng(20261129);
        for (int i = 0; i < 3000; ++i) {
            const ExprPtr e = randomExpr(rng, 3);
            const std::string text = e->toString();
            const auto back = parseSearch(text);
            QVERIFY2(back.ok(), (text + "  →  " + back.error.toString()).c_str());
            QVERIFY2(sameExpr(back.statement->filter, e),
                     (text + "  →  " + back.statement->filter->toString()).c_str());
        }
    }

    void wildcardMatchesReference_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("minPattern");
        QTest::addColumn<int>("maxPattern");
        QTest::addColumn<int>("maxText");
        QTest::addColumn<QByteArray>("patternAlphabet");
        QTest::addColumn<QByteArray>("textAlphabet");
        QTest::addColumn<int>("cases");
        QTest::newRow("short") << 11 << 0 << 6 << 8 << QByteArray("ab*?") << QByteArray("ab") << 20000;
        QTest::newRow("stars and marks in the text")
            << 12 << 0 << 6 << 8 << QByteArray("ab*?") << QByteArray("ab*?") << 10000;
        QTest::newRow("longer, fewer wildcards")
            << 13 << 0 << 40 << 60 << QByteArray("aaaabbbb??*") << QByteArray("ab") << 5000;
        // Segments between stars longer than one 64-bit word, with `?` in them.
        QTest::newRow("long segments with marks")
            << 14 << 100 << 260 << 300 << QByteArray(40, 'a').append(QByteArray(40, 'b')).append("????*")
            << QByteArray("ab") << 300;
        QTest::newRow("long literal segments")
            << 15 << 60 << 200 << 260 << QByteArray(60, 'a').append(QByteArray(4, 'b')).append('*') << QByteArray("ab")
            << 300;
    }
    void wildcardMatchesReference() {
        QFETCH(int, seed);
        QFETCH(int, minPattern);
        QFETCH(int, maxPattern);
        QFETCH(int, maxText);
        QFETCH(QByteArray, patternAlphabet);
        QFETCH(QByteArray, textAlphabet);
        QFETCH(int, cases);
        QRandomGenerator rng(static_cast<quint32>(seed));
        int matched = 0;
        for (int i = 0; i < cases; ++i) {
            const size_t length =
                static_cast<size_t>(minPattern) + below(rng, static_cast<size_t>(maxPattern - minPattern + 1));
            const std::string pattern = randomString(rng, patternAlphabet, length);
            const WildcardPattern prepared(pattern);
            for (int k = 0; k < 4; ++k) { // one prepared pattern, several texts
                const std::string text = textFor(rng, pattern, textAlphabet, static_cast<size_t>(maxText));
                const bool expected = testref::wildcard(pattern, text);
                const std::string what = "pattern \"" + pattern + "\" text \"" + text + '"';
                QVERIFY2(wildcardMatch(pattern, text) == expected, what.c_str());
                QVERIFY2(prepared.matches(text) == expected, what.c_str());
                matched += expected;
            }
        }
        // Both answers were tried often.
        QVERIFY(matched > cases / 10);
        QVERIFY(matched < cases * 4 - cases / 10);
    }

    void tokenPatternMatchesReference() {
        QRandomGenerator rng(20261130);
        const std::string_view delimiters = " ,:/?=";
        int matched = 0;
        const int cases = 3000;
        for (int i = 0; i < cases; ++i) {
            std::vector<std::string> tokens;
            std::string pattern = rng.bounded(4) == 0 ? " " : "";
            const size_t count = 1 + below(rng, 3);
            for (size_t k = 0; k < count; ++k) {
                tokens.push_back(
                    randomString(rng, rng.bounded(2) ? QByteArray("abA") : QByteArray("abA*?"), 1 + below(rng, 3)));
                pattern += (k > 0 ? QByteArray(" ,:/").at(static_cast<qsizetype>(below(rng, 4))) : ' ') + tokens.back();
            }
            const TokenPattern prepared(pattern);
            for (int t = 0; t < 4; ++t) {
                std::string text;
                const size_t words = below(rng, 9);
                for (size_t w = 0; w < words; ++w)
                    text += randomString(rng, QByteArray(" ,:/?="), below(rng, 3)) +
                            randomString(rng, QByteArray("abAB"), 1 + below(rng, 3));
                if (rng.bounded(2)) text += randomString(rng, QByteArray(" ,:/?="), below(rng, 3));
                const bool expected = referenceTokens(tokens, text, delimiters);
                QVERIFY2(prepared.matches(text) == expected,
                         ("pattern \"" + pattern + "\" text \"" + text + '"').c_str());
                matched += expected;
            }
        }
        QVERIFY(matched > cases / 10);
        QVERIFY(matched < cases * 4 - cases / 10);
    }

    void wildcardLongValue() {
        // Issue 11. No timing here: a matcher quadratic in these lengths runs past a minute for
        // each line and the test's timeout ends it; a linear one takes milliseconds.
        const std::string pattern = '*' + std::string(59999, 'x') + 'y';
        const std::string value(1000000, 'x');
        const std::string withY = value + 'y';
        QVERIFY(!wildcardMatch(pattern, value));
        QVERIFY(wildcardMatch(pattern, withY));
        QVERIFY(!wildcardMatch(pattern, withY + 'x'));
        // A segment between stars: found by its leftmost place.
        const std::string middle = pattern + '*';
        QVERIFY(!wildcardMatch(middle, value));
        QVERIFY(wildcardMatch(middle, withY));
        QVERIFY(wildcardMatch(middle, withY + "xyz"));
        QVERIFY(!wildcardMatch(middle, std::string(59998, 'x') + 'y' + value));
        QVERIFY(wildcardMatch("*x*" + middle, "x" + withY));
        // Segments with `?`: one word, and several.
        const std::string marks = '*' + std::string(30, 'x') + '?' + std::string(30, 'x') + "y*";
        QVERIFY(!wildcardMatch(marks, value));
        QVERIFY(wildcardMatch(marks, withY));
        const std::string longMarks = '*' + std::string(500, 'x') + '?' + std::string(499, 'x') + "y*";
        QVERIFY(!wildcardMatch(longMarks, value));
        QVERIFY(wildcardMatch(longMarks, withY));
        QVERIFY(!wildcardMatch(longMarks, std::string(998, 'x') + 'y' + value));
        // As a `key: value` token, in any case.
        const TokenPattern token(pattern);
        QVERIFY(!token.matches(value));
        QVERIFY(token.matches(withY));
        QVERIFY(token.matches(std::string(1000000, 'X') + 'Y'));
        QVERIFY(token.matches("a b:" + withY + " c"));
        QVERIFY(!token.matches(withY + "x c"));
        // And the whole search: two requests whose verbs are the long values, in memory.
        QTemporaryDir dir;
        const QByteArray lines =
            testutil::eventLine(testutil::uuid(1).toLatin1(), QByteArray(value.data(), qsizetype(value.size())), "pods",
                                "2026-11-28T10:00:00Z") +
            '\n' +
            testutil::eventLine(testutil::uuid(2).toLatin1(), QByteArray(withY.data(), qsizetype(withY.size())), "pods",
                                "2026-11-28T10:00:01Z") +
            '\n';
        const auto load = Loader::load({testutil::writeFile(dir, QStringLiteral("long.log"), lines)});
        const MemoryBackend b(load.store);
        auto requests = [&b](const std::string& search) {
            const auto r = parseSearch(search);
            if (!r.ok()) qFatal("parse failed: %s", r.error.toString().c_str());
            Query q;
            q.filter = r.statement->filter;
            return must(b.run(q)).totalRequests;
        };
        QCOMPARE(requests("*"), int64_t(2));
        QCOMPARE(requests("verb: " + pattern), int64_t(1));
        QCOMPARE(requests("verb: " + middle), int64_t(1));
        QCOMPARE(requests("verb: " + longMarks), int64_t(1));
        QCOMPARE(requests("verb: *" + std::string(59999, 'x') + 'z'), int64_t(0));
        QCOMPARE(requests("verb: x*"), int64_t(2));
    }

    void tokenSequenceLong() {
        // A pattern of many literal tokens against a value of many more: "a a … a b" against
        // runs of "a". Quadratic in the token counts, this is billions of comparisons.
        const int patternA = 3000, textA = 300000;
        std::string pattern;
        for (int i = 0; i < patternA; ++i)
            pattern += "a ";
        pattern += 'b';
        const TokenPattern literal(pattern);
        std::string as;
        for (int i = 0; i < textA; ++i)
            as += i % 3 == 0 ? "A," : i % 3 == 1 ? "a " : "a:";
        QVERIFY(!literal.matches(as));
        QVERIFY(literal.matches(as + " b"));
        QVERIFY(literal.matches(as + " B c"));
        QVERIFY(!literal.matches(as + " ab"));
        QVERIFY(!literal.matches(as + " c b"));
        // Too few a's before the b, then enough.
        std::string few;
        for (int i = 0; i < patternA - 1; ++i)
            few += "a ";
        QVERIFY(!literal.matches(few + "b " + few + "b"));
        QVERIFY(literal.matches(few + "b a " + few + "b"));
        QVERIFY(literal.matches("b " + few + "a b"));
        QVERIFY(literal.matches(few + "a a b")); // one a too many: the match starts one token in
        QVERIFY(TokenPattern("a a b").matches("a a a b"));
        QVERIFY(TokenPattern("a b a b c").matches("a b a b a b c"));
        QVERIFY(!TokenPattern("a b a b c").matches("a b a b a c"));
        // A wildcard token among them: every start in turn (kept short).
        std::string shortPattern;
        for (int i = 0; i < 50; ++i)
            shortPattern += "a ";
        const TokenPattern wild(shortPattern + "b*");
        const std::string shortAs = as.substr(0, 60000);
        QVERIFY(!wild.matches(shortAs));
        QVERIFY(wild.matches(shortAs + " bee"));
        QVERIFY(!wild.matches(shortAs + " abee"));
        const TokenPattern mark("a ? b");
        QVERIFY(!mark.matches(as));
        QVERIFY(mark.matches(as + " x b"));
        QVERIFY(mark.matches(as + " b")); // `?` is the last "a"
        QVERIFY(!mark.matches(as + " xy b"));
    }

    void queryValueIsPlainData() {
        Query a;
        a.filter = parsed("verb: get");
        a.groupBy = {Field::Namespace};
        Query b = a;
        QVERIFY(a == b);
        b.filter = parsed("verb: list");
        QVERIFY(!(a == b));
        QCOMPARE(a.toString(), std::string("verb: get | requests by objectRef.namespace"));
    }

    void evaluateOnRealData_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("requests");
        // Counted from ../shared/data/real by hand and with jq / a short Python script over the
        // files (distinct auditIDs), independently of this code.
        QTest::newRow("verb: create") << "verb: create" << 54;
        QTest::newRow("exec") << "verb : create and objectRef.subresource:exec and stage:  ResponseStarted" << 1;
        QTest::newRow("attach") << "objectRef.subresource: attach" << 1;
        QTest::newRow("deletes") << "verb: delete" << 9;
        QTest::newRow("code >= 400") << "responseStatus.code >= 400" << 1; // the 409 in the AKS export
        QTest::newRow("code 3xx") << "responseStatus.code: 3xx" << 1;      // a 304
        QTest::newRow("service accounts") << "user.username: serviceaccount" << 33;
        QTest::newRow("nginx wildcard") << "objectRef.name: nginx*" << 9; // jq: names starting nginx
        QTest::newRow("full text container") << "nginx1" << 24;           // container name in pod specs
        QTest::newRow("full text phrase") << "\"system:masters\"" << 49;  // a group name
        QTest::newRow("requestURI token") << "requestURI: exec" << 1;
        QTest::newRow("not system")
            << "NOT user.username: node NOT user.username: serviceaccount NOT user.username: apiserver "
               "NOT user.username: kube-scheduler NOT user.username: kube-controller-manager"
            << 53;
        QTest::newRow("namespace case-insensitive") << "objectRef.namespace: KUBE-SYSTEM" << 10;
        QTest::newRow("public") << "sourceScope: public" << 4;
        QTest::newRow("level") << "level: RequestResponse" << 46;
    }
    void evaluateOnRealData() {
        AC_REQUIRE_REAL_DATA();
        QFETCH(QString, query);
        QFETCH(int, requests);
        static const auto load = Loader::load({testutil::realDataDir()});
        const MemoryBackend b(load.store);
        Query q;
        q.filter = parsed(query.toUtf8().constData());
        QCOMPARE(int(must(b.run(q)).totalRequests), requests);
    }

    void facetsCountUnderOtherFilters() {
        AC_REQUIRE_REAL_DATA();
        const auto load = Loader::load({testutil::realDataDir()});
        const MemoryBackend b(load.store);
        FilterState state;
        state.namespaces = {"default"};
        state.search = parsed("verb: create");
        // The namespace facet ignores its own choice but honours the search.
        const auto ns = must(facetChoices(b, state, {}, FilterState::Facet::Namespace));
        int64_t defaultCreates = 0, total = 0;
        for (const auto& kc : ns) {
            total += kc.count;
            if (kc.key == "default") defaultCreates = kc.count;
        }
        QCOMPARE(total, int64_t(54));
        Query q;
        q.filter = state.filter();
        QCOMPARE(defaultCreates, must(b.run(q)).totalRequests);
        // The code facet honours the namespace choice.
        const auto codes = must(facetChoices(b, state, {}, FilterState::Facet::Code));
        int64_t sum = 0;
        for (const auto& kc : codes)
            sum += kc.count;
        QCOMPARE(sum, defaultCreates);
        // RAM sub-accounts only: none in these files.
        QVERIFY(must(facetChoices(b, state, {}, FilterState::Facet::Account, true)).empty());
        QVERIFY(!must(facetChoices(b, state, {}, FilterState::Facet::Account, false)).empty());
        // The creates in default are 201s but for the exec and the attach (101).
        state.codes = {"2xx"};
        q.filter = state.filter();
        QCOMPARE(must(b.run(q)).totalRequests, defaultCreates - 2);
        state.codes = {"101"};
        q.filter = state.filter();
        QCOMPARE(must(b.run(q)).totalRequests, int64_t(2));
    }

    void fullTextSkipsTruncatedFiles() {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += testutil::eventLine(testutil::uuid(i).toLatin1(), "get", "pods", "2026-11-28T10:00:00Z") + '\n';
        const QString path = testutil::writeFile(dir, QStringLiteral("a.log"), text);
        const auto load = Loader::load({path});
        const MemoryBackend b(load.store);
        Query q;
        q.filter = parsed("\"system:authenticated\"");
        QCOMPARE(must(b.run(q)).totalRequests, int64_t(200));
        QVERIFY(QFile::resize(path, 10));
        const MemoryBackend fresh(load.store); // no cached result
        QCOMPARE(must(fresh.run(q)).totalRequests, int64_t(0));
        q.filter = parsed("requestURI: pods");
        QCOMPARE(must(fresh.run(q)).totalRequests, int64_t(0));
        q.filter = parsed("verb: get"); // columns still answer
        QCOMPARE(must(fresh.run(q)).totalRequests, int64_t(200));
    }

    void timePresets() {
        const int64_t anchor = 1795860000000000;
        QCOMPARE(TimeSelection().resolve(anchor).from, anchor - 7LL * 86400 * 1000000);
        QCOMPARE(TimeSelection::parse("15m")->preset, TimePreset::Last15Minutes);
        QCOMPARE(TimeSelection::parse("1h")->preset, TimePreset::LastHour);
        QCOMPARE(TimeSelection::parse("30d")->preset, TimePreset::Last30Days);
        QCOMPARE(TimeSelection::parse("all")->resolve(anchor), TimeRange());
        const auto custom = TimeSelection::parse("90m");
        QCOMPARE(custom->preset, TimePreset::Custom);
        QCOMPARE(custom->resolve(anchor).from, anchor - 90LL * 60 * 1000000);
        QCOMPARE(custom->label(), std::string("90m"));
        QVERIFY(!TimeSelection::parse("7w"));
        QVERIFY(!TimeSelection::parse("-1d"));
        QVERIFY(!TimeSelection::parse("d"));
    }

    void cliQueryAndEvents() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gen.log"));
        QProcess gen;
        gen.start(QStringLiteral(AC_GEN),
                  {QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--out"), path});
        QVERIFY(gen.waitForFinished(60000));
        auto cli = [](const QStringList& args, QByteArray* err = nullptr) {
            QProcess p;
            p.start(QStringLiteral(AC_CLI), args);
            p.waitForFinished(60000);
            if (err) *err = p.readAllStandardError();
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        // events: every printed record matches; the count agrees with the report.
        const auto [code, out] = cli(
            {QStringLiteral("events"), QStringLiteral("--query"), QStringLiteral("objectRef.subresource: exec"), path});
        QCOMPARE(code, 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(lines.size() > 0);
        QSet<QString> ids;
        for (const auto& line : lines) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            QCOMPARE(e.value(QStringLiteral("objectRef")).toObject().value(QStringLiteral("subresource")).toString(),
                     QStringLiteral("exec"));
            ids.insert(e.value(QStringLiteral("auditID")).toString());
        }
        const auto [rc, json] = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                                     QStringLiteral("json"), path});
        QCOMPARE(rc, 0);
        QCOMPARE(QJsonDocument::fromJson(json)
                     .object()
                     .value(QStringLiteral("overview"))
                     .toObject()
                     .value(QStringLiteral("exec"))
                     .toInt(),
                 int(ids.size()));
        // Facets and --last on the report.
        const auto [rc2, filtered] = cli(
            {QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--namespace"), QStringLiteral("kube-system"), QStringLiteral("--code"),
             QStringLiteral("2xx"), QStringLiteral("--last"), QStringLiteral("1d"), path});
        QCOMPARE(rc2, 0);
        const QJsonObject root = QJsonDocument::fromJson(filtered).object();
        QVERIFY(root.value(QStringLiteral("filter"))
                    .toObject()
                    .value(QStringLiteral("query"))
                    .toString()
                    .contains(QStringLiteral("kube-system")));
        const auto ns =
            root.value(QStringLiteral("overview")).toObject().value(QStringLiteral("byNamespace")).toArray();
        QCOMPARE(ns.size(), 1);
        QCOMPARE(ns.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("kube-system"));
        // A syntax error is a usage error that points at the column.
        QByteArray err;
        QCOMPARE(
            cli({QStringLiteral("events"), QStringLiteral("--query"), QStringLiteral("verb: (get"), path}, &err).first,
            2);
        QVERIFY(err.contains("column"));
        // The SQL part is reported, not dropped.
        cli({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--query"),
             QStringLiteral("verb: get | select count(1)"), path},
            &err);
        QVERIFY(err.contains("select count(1)"));
        QVERIFY(err.contains("not run here"));
    }
};

QTEST_GUILESS_MAIN(TstSearch)
#include "tst_search.moc"
