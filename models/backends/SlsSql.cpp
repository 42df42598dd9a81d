#include "SlsSql.h"

#include "SqlCommon.h"

#include "audit/Definitions.h"
#include "audit/IpClassifier.h"
#include "audit/Timestamp.h"
#include "query/Matcher.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <functional>

namespace ac::sls {

namespace {

using sqlc::cmpOp;
using sqlc::isCodeClass;
using sqlc::number;
using sqlc::tokenRegex;
using sqlc::wildcardRegex;
constexpr auto str = &sqlc::integer;

bool isPlainKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
}

// A field name in the search statement.
std::string searchKey(std::string_view name) {
    for (const char c : name)
        if (!isPlainKeyChar(c)) return searchValue(name);
    return std::string(name);
}

// The Log Service index holds these fields as written; the rest are derived and run in SQL.
bool indexed(Field f) {
    switch (f) {
    case Field::Time:
    case Field::Operator:
    case Field::AccountType:
    case Field::SourceScope:
    case Field::LatencyMs:
    case Field::Category:
    case Field::Operation:
        return false;
    default:
        return true;
    }
}

bool hasWildcard(std::string_view v) {
    return v.find_first_of("*?") != std::string_view::npos;
}

// One token with wildcards inside (never first, as Log Service requires), or no wildcard at all.
bool searchableValue(std::string_view v) {
    if (v.empty()) return false;
    if (!hasWildcard(v)) return !TokenPattern::tokenize(v).empty();
    if (v == "*") return true;
    if (v.front() == '*' || v.front() == '?') return false;
    for (const char c : v)
        if (c != '?' && TokenPattern::isDelimiter(c)) return false;
    return true;
}

bool isDigits(std::string_view v) {
    return !v.empty() && v.size() < 10 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A leaf Log Service's index answers as the memory engine does, as search text; or nothing.
std::optional<std::string> leafSearch(const Expr& e) {
    const std::string key = searchKey(fieldInfo(e.field).name);
    switch (e.op) {
    case Expr::Op::Text:
        if (e.value.empty() || TokenPattern::tokenize(e.value).empty()) return std::nullopt;
        return searchValue(e.value);
    case Expr::Op::Compare:
        if (e.field != Field::Code || e.cmp == Expr::Cmp::Ne) return std::nullopt;
        if (e.cmp == Expr::Cmp::Eq) return "(" + key + " >= " + number(e.number) + " and " + key + " <= " + number(e.number) + ")";
        return key + cmpOp(e.cmp).substr(0, cmpOp(e.cmp).size() - 1) + " " + number(e.number);
    case Expr::Op::Match:
        if (e.mode != Expr::Mode::Token || !indexed(e.field)) return std::nullopt;
        if (e.field == Field::Code) {
            if (isCodeClass(e.value)) {
                const int lo = (e.value[0] - '0') * 100;
                return "(" + key + " >= " + str(lo) + " and " + key + " < " + str(lo + 100) + ")";
            }
            if (isDigits(e.value)) return "(" + key + " >= " + e.value + " and " + key + " <= " + e.value + ")";
            return std::nullopt;
        }
        if (!searchableValue(e.value)) return std::nullopt;
        if (hasWildcard(e.value)) return key + ": " + e.value;
        return key + ": " + searchValue(e.value);
    default:
        return std::nullopt;
    }
}

bool searchable(const Expr& e) {
    switch (e.op) {
    case Expr::Op::All:
        return true;
    case Expr::Op::And:
    case Expr::Op::Or:
    case Expr::Op::Not:
        return std::all_of(e.children.begin(), e.children.end(), [](const ExprPtr& c) { return searchable(*c); });
    default:
        return leafSearch(e).has_value();
    }
}

std::string searchText(const Expr& e) {
    switch (e.op) {
    case Expr::Op::All:
        return "*";
    case Expr::Op::And:
    case Expr::Op::Or: {
        std::string out = "(";
        for (size_t i = 0; i < e.children.size(); ++i) {
            if (i) out += e.op == Expr::Op::And ? " and " : " or ";
            out += searchText(*e.children[i]);
        }
        return out + ")";
    }
    case Expr::Op::Not:
        return "(not " + searchText(*e.children.front()) + ")";
    default:
        return *leafSearch(e);
    }
}

std::string leafSql(const Expr& e) {
    const std::string value = fieldSql(e.field);
    switch (e.op) {
    case Expr::Op::Text:
        throw CompileError("Log Service cannot combine full-text words with conditions on derived fields (operator, "
                           "account type, category, exact values) under OR or NOT; search for the words on their own, "
                           "or join them with AND.");
    case Expr::Op::Compare:
        switch (e.field) {
        case Field::Code:
            return "(code IS NOT NULL AND code <> 0 AND code" + cmpOp(e.cmp) + number(e.number) + ")";
        case Field::LatencyMs:
            return "(lat >= 0 AND lat" + cmpOp(e.cmp) + number(e.number) + ")";
        case Field::Time:
            return "(tus" + cmpOp(e.cmp) + number(e.number) + ")";
        default:
            return "(CASE WHEN regexp_like(" + value + ", '^-?[0-9]+(\\.[0-9]+)?$') THEN CAST(" + value +
                   " AS double) END" + cmpOp(e.cmp) + number(e.number) + ")";
        }
    case Expr::Op::Match:
        if (e.mode == Expr::Mode::Exact) return "(" + value + " = " + literal(e.value) + ")";
        switch (e.field) {
        case Field::Code:
            if (isCodeClass(e.value)) {
                const int lo = (e.value[0] - '0') * 100;
                return "(code >= " + str(lo) + " AND code < " + str(lo + 100) + ")";
            }
            return "(code > 0 AND regexp_like(CAST(code AS varchar), " + literal(wildcardRegex(toLower(e.value))) + "))";
        case Field::LatencyMs:
            return "(lat >= 0 AND regexp_like(CAST(lat AS varchar), " + literal(wildcardRegex(toLower(e.value))) + "))";
        case Field::Time: {
            const auto t = parseRfc3339Micros(e.value);
            return t ? "(tus = " + str(*t) + ")" : "false";
        }
        default: {
            const std::string re = tokenRegex(e.value);
            if (re.empty()) return "false";
            return "regexp_like(lower(" + value + "), " + literal(re) + ")";
        }
        }
    default:
        return "true";
    }
}

std::string ipv4Number(const std::string& ip);
std::string ipv6Text(const std::string& ip);

// The columns every statement reads from the logstore, per record, under short names; derived
// fields are computed once here, from the same tables the memory engine applies at load.
std::string recordsSql() {
    const auto col = [](const char* name) { return "coalesce(" + ident(name) + ", '')"; };
    const std::string user = col("user.username");
    const std::string reason = col("annotations.authorization.k8s.io/reason");
    const auto& rule = definitions().operatorRule;
    // The name after the last marker, up to the next '"'; the username when missing or empty.
    const std::string op = "CASE WHEN " + user + " = " + literal(rule.adminUser) + " THEN coalesce(regexp_extract(" +
                           "regexp_extract(" + reason + ", " + literal("^.*" + std::string(rule.reasonMarker) + "(.*)$") +
                           ", 1), '^([^\"]+)\"', 1), " + user + ") ELSE " + user + " END";
    std::string stage = "CASE " + ident("stage");
    for (int s = 1; s < static_cast<int>(Stage::Count); ++s)
        stage += " WHEN " + literal(stageName(static_cast<Stage>(s))) + " THEN " + str(s);
    stage += " ELSE 0 END";
    std::string level = "CASE ";
    for (int l = 1; l < static_cast<int>(Level::Count); ++l)
        level += "WHEN " + ident("level") + " = " + literal(levelName(static_cast<Level>(l))) + " THEN " +
                 literal(levelName(static_cast<Level>(l))) + " ";
    level += "ELSE '' END";
    std::string decision = "CASE ";
    for (int d = 1; d < static_cast<int>(Decision::Count); ++d)
        decision += "WHEN " + ident("annotations.authorization.k8s.io/decision") + " = " +
                    literal(decisionName(static_cast<Decision>(d))) + " THEN " +
                    literal(decisionName(static_cast<Decision>(d))) + " ";
    decision += "ELSE '' END";
    const std::string seconds = [](const std::string& t) {
        return "to_unixtime(from_iso8601_timestamp(" + t + "))";
    }("coalesce(" + ident("requestReceivedTimestamp") + ", " + ident("timestamp") + ", " + ident("stageTimestamp") + ")");
    const std::string ip = "coalesce(json_extract_scalar(" + ident("sourceIPs") + ", '$[0]'), '')";
    // Received as the memory engine reads it: requestReceivedTimestamp, else the legacy timestamp.
    const std::string received = "coalesce(" + ident("requestReceivedTimestamp") + ", " + ident("timestamp") + ")";
    const std::string lat = "CASE WHEN " + received + " IS NULL OR " + ident("stageTimestamp") +
                            " IS NULL THEN -1 ELSE CAST(round((to_unixtime(from_iso8601_timestamp(" +
                            ident("stageTimestamp") + ")) - to_unixtime(from_iso8601_timestamp(" + received +
                            "))) * 1000000) AS bigint) END";
    return "SELECT " + requestIdSql() + " AS rid, " + col("auditID") + " AS aid, " + stage + " AS rk, CAST(round(" +
           seconds + " * 1000000) AS bigint) AS tus, CASE WHEN (" + lat + ") < 0 THEN (CASE WHEN " +
           ident("stageTimestamp") + " IS NULL OR " + ident("requestReceivedTimestamp") +
           " IS NULL THEN -1 ELSE 0 END) ELSE (" + lat + ") / 1000 END AS lat, " + col("verb") + " AS verb, " + level +
           " AS lvl, " + user + " AS usr, " + col("user.groups") + " AS grp, " + col("impersonatedUser.username") +
           " AS imp, " + col("objectRef.resource") + " AS res, " + col("objectRef.subresource") + " AS sub, " +
           col("objectRef.namespace") + " AS ns, " + col("objectRef.name") + " AS nm, " + col("objectRef.apiGroup") +
           " AS api, " + ident("responseStatus.code") + " AS code, " + ip + " AS ip, " + decision + " AS dcs, " + reason + " AS rsn, " + col("requestURI") + " AS uri, " +
           col("userAgent") + " AS ua, " + op + " AS op, " + ipv4Number(ip) + " AS ipn, " + ipv6Text(ip) + " AS ip6 FROM log";
}

// IPv4 as a number, or NULL: the dotted quad inet_pton accepts, with an optional port.
std::string ipv4Number(const std::string& ip) {
    const std::string octet = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    auto at = [&](int n) {
        return "CAST(split_part(split_part(" + ip + ", ':', 1), '.', " + std::to_string(n) + ") AS bigint)";
    };
    return "CASE WHEN regexp_like(" + ip + ", " +
           literal("^" + octet + "\\." + octet + "\\." + octet + "\\." + octet + "(:[0-9]+)?$") + ") THEN " + at(1) +
           " * 16777216 + " + at(2) + " * 65536 + " + at(3) + " * 256 + " + at(4) + " END";
}

// An IPv6 address without brackets or port, lowercased, or NULL.
std::string ipv6Text(const std::string& ip) {
    return "CASE WHEN regexp_like(" + ip + ", '^\\[?[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(\\]:[0-9]+|\\])?$') THEN lower(CASE WHEN substr(" +
           ip + ", 1, 1) = '[' THEN split_part(substr(" + ip + ", 2), ']', 1) ELSE " + ip + " END) END";
}

// sourceScope from the built-in private ranges over the record's ipn (IPv4 as a number) and ip6:
// IPv4 ranges exactly; IPv6 ranges of up to 16 prefix bits by the address's first group, /128
// ranges by their text (another spelling of the same address is not recognised).
std::string scopeSql() {
    std::string private4, private6;
    auto add = [](std::string& to, const std::string& part) { to += (to.empty() ? "" : " OR ") + part; };
    for (const std::string_view range : definitions().privateRanges) {
        const auto cidr = Cidr::parse(range);
        if (!cidr) continue;
        const auto& b = cidr->base;
        const bool isV4 = cidr->prefixBits >= 96 && b[10] == 0xff && b[11] == 0xff &&
                          std::all_of(b.begin(), b.begin() + 10, [](uint8_t x) { return x == 0; });
        if (isV4) {
            const int64_t size = int64_t(1) << (128 - cidr->prefixBits);
            const int64_t base = (int64_t(b[12]) << 24) | (int64_t(b[13]) << 16) | (int64_t(b[14]) << 8) | b[15];
            const int64_t lo = base & ~(size - 1);
            add(private4, "ipn BETWEEN " + str(lo) + " AND " + str(lo + size - 1));
        } else if (cidr->prefixBits == 128) {
            add(private6, "ip6 = " + literal(toLower(range.substr(0, range.find('/')))));
        } else if (cidr->prefixBits <= 16) {
            const int64_t first = (int64_t(b[0]) << 8) | b[1];
            const int64_t size = int64_t(1) << (16 - cidr->prefixBits);
            const int64_t lo = first & ~(size - 1);
            add(private6, "(regexp_like(ip6, '^[0-9a-f]{1,4}:') AND from_base(split_part(ip6, ':', 1), 16) BETWEEN " +
                              str(lo) + " AND " + str(lo + size - 1) + ")");
        }
    }
    if (private4.empty()) private4 = "false";
    if (private6.empty()) private6 = "false";
    return "CASE WHEN ipn IS NOT NULL THEN (CASE WHEN " + private4 + " THEN 'private' ELSE 'public' END) WHEN ip6 IS NOT NULL "
           "THEN (CASE WHEN " + private6 + " THEN 'private' ELSE 'public' END) ELSE 'unknown' END";
}

std::string requestKeyExprs(const Query& q, std::string& groupCols) {
    std::string out;
    for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i) {
        out += ", max_by(" + fieldSql(q.groupBy[i]) + ", rk) AS k" + str(static_cast<int64_t>(i));
        groupCols += std::string(groupCols.empty() ? "" : ", ") + "k" + str(static_cast<int64_t>(i));
    }
    return out;
}

std::string filtered(const std::string& where, const TimeRange& range) {
    std::string cond = where;
    const std::string r = rangeWhere(range);
    if (!r.empty()) cond = cond.empty() ? r : "(" + cond + ") AND " + r;
    return "(SELECT * FROM (" + recordsSql() + ")" + (cond.empty() ? std::string() : " WHERE " + cond) + ")";
}

} // namespace

std::string ident(std::string_view name) {
    std::string out = "\"";
    for (const char c : name) {
        if (c == '\0') throw CompileError("a field name contains a NUL character");
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string literal(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\0') throw CompileError("the search contains a NUL character, which Log Service cannot take");
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + '\'';
}

std::string searchValue(std::string_view value) {
    bool plain = !value.empty() && !hasWildcard(value);
    for (const char c : value)
        if (c == '\0') throw CompileError("the search contains a NUL character, which Log Service cannot take");
        else if (TokenPattern::isDelimiter(c) || c == '"' || c == '\\' || c == '|' || static_cast<unsigned char>(c) >= 0x80)
            plain = false;
    const std::string lower = toLower(value);
    if (lower == "and" || lower == "or" || lower == "not") plain = false;
    if (plain) return std::string(value);
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

std::string fieldSql(Field f) {
    switch (f) {
    case Field::Verb:
        return "verb";
    case Field::Stage: {
        std::string out = "CASE rk";
        for (int s = 1; s < static_cast<int>(Stage::Count); ++s)
            out += " WHEN " + str(s) + " THEN " + literal(stageName(static_cast<Stage>(s)));
        return out + " ELSE '' END";
    }
    case Field::Level:
        return "lvl";
    case Field::AuditId:
        return "aid";
    case Field::RequestUri:
        return "uri";
    case Field::UserAgent:
        return "ua";
    case Field::Username:
        return "usr";
    case Field::UserGroups:
        return "grp";
    case Field::Resource:
        return "res";
    case Field::Subresource:
        return "sub";
    case Field::Namespace:
        return "ns";
    case Field::Name:
        return "nm";
    case Field::ApiGroup:
        return "api";
    case Field::Code:
        return "CAST(coalesce(code, 0) AS varchar)";
    case Field::SourceIps:
        return "ip";
    case Field::Decision:
        return "dcs";
    case Field::Reason:
        return "rsn";
    case Field::ImpersonatedUser:
        return "imp";
    case Field::Time:
        return "CAST(tus AS varchar)";
    case Field::Operator:
        return "op";
    case Field::AccountType: {
        std::string out = "CASE";
        for (const AccountRule& rule : definitions().accountRules) {
            out += " WHEN ";
            switch (rule.match) {
            case AccountRule::Match::Exact:
                out += "op = " + literal(rule.pattern);
                break;
            case AccountRule::Match::Prefix:
                out += "substr(op, 1, " + str(static_cast<int64_t>(rule.pattern.size())) + ") = " + literal(rule.pattern);
                break;
            case AccountRule::Match::Digits:
                out += "regexp_like(op, " + literal(kRamSubAccountRegex) + ")";
                break;
            }
            out += " THEN " + literal(accountTypeName(rule.type));
        }
        return out + " ELSE " + literal(accountTypeName(AccountType::Other)) + " END";
    }
    case Field::SourceScope:
        return scopeSql();
    case Field::LatencyMs:
        return "CAST(lat AS varchar)";
    case Field::Category: {
        std::string out = "CASE res";
        for (const ResourceInfo& r : definitions().categories)
            out += " WHEN " + literal(r.resource) + " THEN " + literal(categoryName(r.category));
        return out + " ELSE " + literal(categoryName(Category::Other)) + " END";
    }
    case Field::Operation: {
        std::string out = "CASE verb";
        for (const OperationRule& r : definitions().operations)
            out += " WHEN " + literal(r.verb) + " THEN " + literal(operationName(r.operation));
        return out + " ELSE " + literal(operationName(Operation::Other)) + " END";
    }
    case Field::Count:
        break;
    }
    return "''";
}

std::string requestIdSql() {
    const auto c = [](const char* name) { return "coalesce(" + ident(name) + ", '')"; };
    return "CASE WHEN " + c("auditID") + " <> '' THEN " + ident("auditID") + " ELSE '~' || " +
           c("requestReceivedTimestamp") + " || '|' || " + c("stageTimestamp") + " || '|' || " + c("requestURI") +
           " || '|' || " + c("user.username") + " || '|' || " + c("verb") + " END";
}

std::string requestIdOf(const std::string& auditId, const std::string& received, const std::string& stageTs,
                        const std::string& uri, const std::string& user, const std::string& verb) {
    if (!auditId.empty()) return auditId;
    return '~' + received + '|' + stageTs + '|' + uri + '|' + user + '|' + verb;
}

std::string sqlCondition(const Expr& e) {
    switch (e.op) {
    case Expr::Op::All:
        return "true";
    case Expr::Op::And:
    case Expr::Op::Or: {
        std::string out = "(";
        for (size_t i = 0; i < e.children.size(); ++i) {
            if (i) out += e.op == Expr::Op::And ? " AND " : " OR ";
            out += sqlCondition(*e.children[i]);
        }
        return out + ")";
    }
    case Expr::Op::Not:
        return "(NOT " + sqlCondition(*e.children.front()) + ")";
    default:
        // Never NULL, so that NOT means "every other record" as in the memory engine.
        return "coalesce(" + leafSql(e) + ", false)";
    }
}

Condition compile(const ExprPtr& filter) {
    Condition out;
    if (!filter) return out;
    std::vector<std::string> search, where;
    for (const ExprPtr& c : sqlc::conjuncts(filter)) {
        if (searchable(*c)) {
            search.push_back(searchText(*c));
            continue;
        }
        where.push_back(sqlCondition(*c));
        // An exact value also narrows the search: it contains its own tokens.
        if (c->op == Expr::Op::Match && c->mode == Expr::Mode::Exact && indexed(c->field) && c->field != Field::Code &&
            !hasWildcard(c->value) && !TokenPattern::tokenize(c->value).empty())
            search.push_back(searchKey(fieldInfo(c->field).name) + ": " + searchValue(c->value));
    }
    if (!search.empty()) {
        out.search.clear();
        for (size_t i = 0; i < search.size(); ++i)
            out.search += (i ? " and " : "") + search[i];
    }
    for (size_t i = 0; i < where.size(); ++i)
        out.where += (i ? " AND " : "") + where[i];
    return out;
}

std::string rangeWhere(const TimeRange& range) {
    if (range.isAll()) return {};
    std::string out;
    if (range.from != std::numeric_limits<int64_t>::min()) out = "tus >= " + str(range.from);
    if (range.to != std::numeric_limits<int64_t>::max()) out += (out.empty() ? "" : " AND ") + ("tus < " + str(range.to));
    return out;
}

std::pair<int64_t, int64_t> secondsOf(const TimeRange& range, int64_t nowSeconds) {
    auto floorDiv = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
    // Log Service keeps nothing older than its retention, and nothing is dated before 2000.
    const int64_t earliest = 946684800;
    int64_t from = range.from == std::numeric_limits<int64_t>::min() ? earliest : floorDiv(range.from, 1000000);
    int64_t to = range.to == std::numeric_limits<int64_t>::max() ? nowSeconds + 86400 : floorDiv(range.to - 1, 1000000) + 1;
    from = std::max(from, earliest);
    to = std::max(to, from + 1);
    return {from, to};
}

std::string dataRangeSql() {
    return "SELECT min(tus) AS lo, max(tus) AS hi FROM " + filtered({}, TimeRange{});
}

std::string querySql(const Query& q, const std::string& where) {
    const std::string records = filtered(where, q.range);
    std::string groupCols;
    std::string sql;
    const std::string bucket =
        q.bucketUs > 0 ? "(tl - (tl % " + str(q.bucketUs) + "))" : std::string();
    if (q.metric == Metric::Records) {
        std::string keys;
        for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i) {
            keys += ", " + fieldSql(q.groupBy[i]) + " AS k" + str(static_cast<int64_t>(i));
            groupCols += std::string(groupCols.empty() ? "" : ", ") + "k" + str(static_cast<int64_t>(i));
        }
        sql = "SELECT rid, code, tus AS tl, '' AS dv" + keys + " FROM " + records;
    } else {
        const std::string keys = requestKeyExprs(q, groupCols);
        sql = "SELECT rid, max_by(code, rk) AS code, max_by(tus, rk) AS tl, max_by(" + fieldSql(q.distinctOf) +
              ", rk) AS dv" + keys + " FROM " + records + " GROUP BY rid";
    }
    if (!bucket.empty()) groupCols += std::string(groupCols.empty() ? "" : ", ") + "b";
    std::string select = "SELECT ";
    for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i)
        select += "k" + str(static_cast<int64_t>(i)) + ", ";
    const std::string total = q.metric == Metric::Records
                                  ? "(SELECT count(DISTINCT rid) FROM " + records + ")"
                                  : std::string("sum(count(*)) OVER ()");
    std::string outer = select + (bucket.empty() ? std::string() : bucket + " AS b, ") +
                        "count(*) AS n, count_if(code >= 400) AS f, count_if(code > 0) AS w, count(DISTINCT dv) AS d, "
                        "count(*) OVER () AS g, " +
                        total + " AS t FROM (" + sql + ")";
    if (!groupCols.empty()) {
        // The bucket is grouped by its expression: Log Service SQL groups by input columns.
        std::string by = groupCols;
        if (!bucket.empty()) {
            const auto at = by.rfind('b');
            by.replace(at, 1, bucket);
        }
        outer += " GROUP BY " + by;
    }
    std::string order;
    std::string keyOrder;
    if (!bucket.empty()) keyOrder += "b";
    for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i)
        keyOrder += std::string(keyOrder.empty() ? "" : ", ") + "k" + str(static_cast<int64_t>(i));
    if (!groupCols.empty()) {
        if (q.order == Query::Order::KeyAsc)
            order = keyOrder;
        else
            order = sqlc::metricColumn(q.metric, "(CASE WHEN w = 0 THEN 1.0 ELSE CAST(w - f AS double) / w END)") + " DESC, " + keyOrder;
        outer += " ORDER BY " + order;
    }
    // Without a LIMIT Log Service returns 100 rows at most.
    outer += " LIMIT " + str(static_cast<int64_t>(q.limit ? q.limit : 1000000));
    return outer;
}

std::string scalarsSql(const std::vector<std::pair<std::string, const Query*>>& conditions,
                       const std::string& commonWhere, const TimeRange& range) {
    std::string inner = "SELECT rid, max_by(code, rk) AS code";
    std::string outer = "SELECT ";
    for (size_t i = 0; i < conditions.size(); ++i) {
        const std::string n = str(static_cast<int64_t>(i));
        const auto& [cond, query] = conditions[i];
        inner += ", max(CASE WHEN " + (cond.empty() ? std::string("true") : cond) + " THEN 1 ELSE 0 END) AS m" + n;
        inner += ", max_by(" + fieldSql(query->distinctOf) + ", rk) AS dv" + n;
        outer += std::string(i ? ", " : "") + "count_if(m" + n + " = 1) AS n" + n + ", count_if(m" + n +
                 " = 1 AND code >= 400) AS f" + n + ", count_if(m" + n + " = 1 AND code > 0) AS w" + n +
                 ", count(DISTINCT CASE WHEN m" + n + " = 1 THEN dv" + n + " END) AS d" + n;
    }
    inner += " FROM " + filtered(commonWhere, range) + " GROUP BY rid";
    return outer + " FROM (" + inner + ") LIMIT 1";
}

std::string eventsSql(const EventsRequest& r, const std::string& where, size_t chunk,
                      const std::optional<EventCursor>& after, const std::optional<EventCursor>& before) {
    const std::string records = filtered(where, r.query.range);
    const std::string inner =
        "SELECT rid, max(aid) AS aid, max(rk) AS rk, max_by(tus, rk) AS t, max_by(verb, rk) AS verb, max_by(op, rk) AS op, "
        "max_by(usr, rk) AS usr, max_by(imp, rk) AS imp, max_by(ns, rk) AS ns, max_by(res, rk) AS res, max_by(sub, rk) "
        "AS sub, max_by(nm, rk) AS nm, coalesce(max_by(code, rk), 0) AS code, max_by(ip, rk) AS ip, max_by(ua, rk) AS "
        "ua, max_by(uri, rk) AS uri, max_by(lat, rk) AS lat FROM " +
        records + " GROUP BY rid";
    std::vector<std::string> cols = sqlc::sortColumns(r.query.sort);
    cols.push_back("aid");
    cols.push_back("rid");
    // Paging back walks the other way and the caller turns the rows round.
    const bool backward = before.has_value();
    const bool descending = r.query.descending != backward;
    std::string sql = "SELECT * FROM (" + inner + ")";
    if (const auto& c = backward ? before : after) {
        std::vector<std::string> vals = sqlc::cursorValues(r.query.sort, *c, [](std::string_view v) { return literal(v); });
        vals.push_back(literal(c->auditId));
        vals.push_back(literal(c->ref));
        sql += " WHERE " + sqlc::tupleAfter(cols, vals, !descending);
    }
    sql += " ORDER BY ";
    for (size_t i = 0; i < cols.size(); ++i)
        sql += (i ? ", " : "") + cols[i] + (descending ? " DESC" : " ASC");
    return sql + " LIMIT " + str(static_cast<int64_t>(chunk + 1));
}

} // namespace ac::sls
