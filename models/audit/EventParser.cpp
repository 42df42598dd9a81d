#include "EventParser.h"

#include "JsonScan.h"
#include "Timestamp.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace ac {

using namespace simdjson;

namespace {
constexpr int kMaxDepth = 3; // file → EventList/array/AKS export → record → embedded event

// Reasons are translated in the parsing thread, and only for the rejected lines that are kept.
class ParseText {
    Q_DECLARE_TR_FUNCTIONS(EventParser)
};

QString fromStd(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A value quoted from the input, cut after 60 bytes at a character boundary.
QString excerpt(std::string_view s) {
    if (s.size() <= 60) return fromStd(s);
    size_t n = 60;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return fromStd(s.substr(0, n)) + QStringLiteral("…");
}

QString jsonTypeName(ondemand::json_type t) {
    switch (t) {
    case ondemand::json_type::array:
        return ParseText::tr("an array");
    case ondemand::json_type::object:
        return ParseText::tr("an object");
    case ondemand::json_type::number:
        return ParseText::tr("a number");
    case ondemand::json_type::string:
        return ParseText::tr("a string");
    case ondemand::json_type::boolean:
        return ParseText::tr("true or false");
    case ondemand::json_type::null:
        return ParseText::tr("null");
    default:
        return ParseText::tr("something else");
    }
}

QString jsonError(error_code e) {
    switch (e) {
    case INCOMPLETE_ARRAY_OR_OBJECT:
    case TAPE_ERROR:
    case UNCLOSED_STRING:
        return ParseText::tr("truncated or malformed JSON: an object, array or string is not closed (was the text "
                             "cut off?)");
    case UTF8_ERROR:
        return ParseText::tr("invalid UTF-8: audit logs are UTF-8 text (was the file converted to another encoding, "
                             "or damaged?)");
    case UNESCAPED_CHARS:
        return ParseText::tr("a JSON string holds a raw control character such as a NUL byte: the text is damaged");
    case CAPACITY:
        return ParseText::tr("the JSON value is too large to parse: split the file into smaller ones");
    case DEPTH_ERROR:
        return ParseText::tr("JSON nested too deeply to parse: this is not an audit event");
    default:
        return ParseText::tr("not valid JSON (%1): the text is damaged or is not JSON")
            .arg(QString::fromLatin1(error_message(e)));
    }
}

uint32_t countLines(const char* from, const char* to) {
    return static_cast<uint32_t>(std::count(from, to, '\n'));
}
} // namespace

namespace {
// Where the next line at most `indent` columns deep starts with `{` (the next item of a
// pretty-printed list, or the next top-level value at 0), from `from`; npos when none.
size_t nextObjectLine(const char* text, size_t length, size_t from, size_t indent) {
    for (size_t pos = from; pos < length;) {
        const char* nl = static_cast<const char*>(std::memchr(text + pos, '\n', length - pos));
        if (!nl) return std::string_view::npos;
        size_t k = static_cast<size_t>(nl - text) + 1;
        const size_t lineStart = k;
        while (k < length && (text[k] == ' ' || text[k] == '\t'))
            ++k;
        if (k < length && k - lineStart <= indent && (text[k] == '{' || (indent == 0 && text[k] == '['))) return k;
        pos = k;
    }
    return std::string_view::npos;
}
} // namespace

// Rejects a line; the reason, a QString expression, is only made while issues are kept.
#define AC_REJECT(line, ...)                                                                                           \
    reject(line, issues.size() < m_limits.maxIssues ? QString(__VA_ARGS__).toStdString() : std::string())

std::string describeJsonError(error_code e) {
    return jsonError(e).toStdString();
}

struct EventParser::Fields {
    std::string_view kind, verb, stage, level, auditId, username, impersonated, ns, resource, subresource, apiGroup,
        name, sourceIp, userAgent, decision, reason, received, stageTs, legacyTs;
    // The last field of an unexpected JSON type: its name, its type, and whether a whole
    // number (responseStatus.code) rather than a string was expected.
    std::string_view wrongType;
    std::string_view notJson; // a field whose value is not valid JSON
    ondemand::json_type wrongIs{};
    enum class Want { String, Integer, Object, StringList } wants = Want::String;
    int64_t code = 0;
    bool codeOutOfRange = false;

    void setWrong(std::string_view field, ondemand::value v, Want want) {
        ondemand::json_type t{};
        const bool known = v.type().get(t) == SUCCESS;
        if (known && t == ondemand::json_type::null) return; // null: the field is absent
        if (!known) {
            notJson = field; // `"verb": get`: not a JSON value at all
            return;
        }
        wrongType = field;
        wrongIs = t;
        wants = want;
    }
};

EventParser::EventParser(Limits limits, uint32_t fileBuffer, uint32_t arenaBuffer)
    : m_limits(limits)
    , m_fileBuffer(fileBuffer)
    , m_arenaBuffer(arenaBuffer) {}

void EventParser::reject(uint32_t line, std::string reason) {
    ++skipped;
    if (issues.size() < m_limits.maxIssues) issues.push_back({line, std::move(reason)});
}

void EventParser::parseLines(const char* base, size_t capacity, size_t begin, size_t end, uint32_t firstLine,
                             const std::function<bool(qint64)>& tick) {
    uint32_t line = firstLine;
    size_t pos = begin;
    size_t reported = begin;
    while (pos < end) {
        const char* nl = static_cast<const char*>(std::memchr(base + pos, '\n', end - pos));
        const size_t lineEnd = nl ? static_cast<size_t>(nl - base) : end;
        size_t b = pos, e = lineEnd;
        if (b == 0 && e - b >= 3 && std::memcmp(base, "\xEF\xBB\xBF", 3) == 0) b += 3; // UTF-8 byte order mark
        while (b < e && (base[b] == ' ' || base[b] == '\t'))
            ++b;
        while (e > b && (base[e - 1] == '\r' || base[e - 1] == ' ' || base[e - 1] == '\t'))
            --e;
        // NUL bytes, what a crash or an interrupted write leaves: the line is reported, and an
        // event written after them on the same line (the next write) still loads. Looked for
        // only in a line that is not an event as it stands, so good lines cost nothing.
        bool looksLikeEvent = e > b && base[b] == '{' && base[e - 1] == '}';
        if (looksLikeEvent && e - b <= m_limits.maxLineBytes) {
            const qint64 skippedBefore = skipped;
            const size_t issuesBefore = issues.size(), recordsBefore = columns.size();
            handleValue(std::string_view(base + b, e - b), capacity - b, 0, m_fileBuffer, b, line);
            if (skipped == skippedBefore || columns.size() != recordsBefore || !std::memchr(base + b, 0, e - b)) {
                b = e; // loaded, or rejected for a reason of its own
            } else {
                skipped = skippedBefore; // `{partial\0\0…{event}`: said once, below
                issues.resize(std::min(issues.size(), issuesBefore));
                looksLikeEvent = false;
            }
        }
        if (e > b && !looksLikeEvent) {
            if (const void* nul = std::memchr(base + b, 0, e - b)) {
                size_t last = static_cast<size_t>(static_cast<const char*>(nul) - base);
                for (size_t k = last; k < e; ++k)
                    if (base[k] == 0) last = k;
                AC_REJECT(line, ParseText::tr("NUL bytes in the line (what a crash or an interrupted write leaves in "
                                              "a log): the text up to them is skipped"));
                b = last + 1;
                while (b < e && (base[b] == ' ' || base[b] == '\t' || base[b] == '\r'))
                    ++b;
                if (b < e && base[b] != '{') b = e; // the rest of the line reported above, not an event

            }
        }
        if (e > b) {
            if (e - b > m_limits.maxLineBytes) {
                AC_REJECT(line, ParseText::tr("line too long: %1 bytes, over the limit of %2 bytes (is a whole log on "
                                              "one line? Put one event on each line)")
                                    .arg(static_cast<qulonglong>(e - b))
                                    .arg(static_cast<qulonglong>(m_limits.maxLineBytes)));
            } else if (base[b] != '{') {
                AC_REJECT(line, ParseText::tr("not a JSON object (the line does not start with '{'): is the file an "
                                              "audit log?"));
            } else if (base[e - 1] != '}') {
                AC_REJECT(line, ParseText::tr("truncated or malformed line: it does not end with '}' (was the log cut "
                                              "off while it was written or copied?)"));
            } else {
                handleValue(std::string_view(base + b, e - b), capacity - b, 0, m_fileBuffer, b, line);
            }
        }
        ++line;
        pos = lineEnd + 1;
        if (line - firstLine == 256 && pos < end) {
            // Size the columns for the whole chunk from the first lines' average length, so
            // that they neither grow by copying nor keep doubling's slack.
            // At least 64 bytes a line: blank lines first must not reserve a row per byte.
            const double perLine = std::max(64.0, static_cast<double>(pos - begin) / 256.0);
            columns.reserve(columns.size() + static_cast<size_t>(static_cast<double>(end - pos) / perLine * 1.05) + 16);
        } else if (columns.time.size() == columns.time.capacity() && pos < end && line - firstLine > 256) {
            // The first lines were longer than the rest: size again from the average so far,
            // rather than let every column double (at 10M events that slack was a third of the
            // load's peak).
            const double perLine = std::max(64.0, static_cast<double>(pos - begin) / double(line - firstLine));
            columns.reserve(columns.size() + static_cast<size_t>(static_cast<double>(end - pos) / perLine * 1.10) + 16);
        }
        if (pos - reported > (1 << 20)) {
            const bool goOn = !tick || tick(static_cast<qint64>(pos - reported));
            reported = pos;
            if (!goOn) break;
        }
    }
    lineCount = line - firstLine;
    if (tick) tick(static_cast<qint64>(std::min(pos, end) - std::min(reported, end)));
}

void EventParser::parseDocuments(const char* base, size_t capacity, size_t begin, size_t end,
                                 const std::function<bool(qint64)>& tick) {
    size_t reported = begin;
    // Split the text into top-level JSON values with a string-aware bracket scanner, so that
    // concatenated pretty-printed events work and an error in one value loses only that one.
    size_t pos = begin;
    uint32_t line = 1;
    const char* lineFrom = base;
    auto lineAt = [&](size_t p) {
        line += countLines(lineFrom, base + p);
        lineFrom = base + p;
        return line;
    };
    if (end - pos >= 3 && std::memcmp(base + pos, "\xEF\xBB\xBF", 3) == 0) pos += 3;
    bool afterRecovery = false;
    while (pos < end) {
        while (pos < end && std::isspace(static_cast<unsigned char>(base[pos])))
            ++pos;
        if (pos >= end) break;
        const size_t start = pos;
        if (afterRecovery && (base[pos] == ',' || base[pos] == ']')) {
            // What is left of a list whose items were recovered one by one, up to its end.
            afterRecovery = base[pos] == ',';
            ++pos;
            continue;
        }
        if (base[pos] != '{' && base[pos] != '[') {
            const char* nl = static_cast<const char*>(std::memchr(base + pos, '\n', end - pos));
            AC_REJECT(lineAt(start), ParseText::tr("unexpected text outside a JSON value (is the file an audit log, "
                                                   "or was text added to it?)"));
            pos = nl ? static_cast<size_t>(nl - base) + 1 : end;
            continue;
        }
        JsonScan scan;
        bool brokenString = false; // a raw line break inside a string: it was never closed
        for (; pos < end; ++pos) {
            if (scan.inString && base[pos] == '\n') {
                brokenString = true;
                break;
            }
            if (scan.step(base[pos]) && scan.depth == 0) {
                ++pos;
                break;
            }
        }
        const uint32_t startLine = lineAt(start);
        if (scan.depth != 0 || scan.inString) {
            // Lose only this value: a list is split into its items, and reading resumes at the
            // next line that starts a top-level value.
            const size_t next = nextObjectLine(base, end, brokenString ? pos : start, 0);
            const size_t stop = next == std::string_view::npos ? end : next;
            if (!recoverItems(base + start, stop - start, capacity - start, m_fileBuffer, start, startLine, 0)) {
                AC_REJECT(startLine, brokenString ? ParseText::tr("malformed JSON: a string is not closed on its line "
                                                                  "(was the text cut or edited?); this value is "
                                                                  "skipped, the values after it are read")
                                                  : ParseText::tr("truncated JSON: the file ends inside this value "
                                                                  "(was it cut off while it was written or copied?)"));
            }
            pos = stop;
            afterRecovery = true;
            continue;
        }
        handleValue(std::string_view(base + start, pos - start), capacity - start, 0, m_fileBuffer, start, startLine);
        if (tick && pos - reported > (1 << 20)) {
            const bool goOn = tick(static_cast<qint64>(pos - reported));
            reported = pos;
            if (!goOn) return;
        }
    }
    if (tick) tick(static_cast<qint64>(end - std::min(reported, end)));
}

void EventParser::handleValue(std::string_view json, size_t capacity, int depth, uint32_t buffer, uint64_t offset,
                              uint32_t line) {
    padded_string_view view;
    if (capacity >= json.size() + SIMDJSON_PADDING) {
        view = padded_string_view(json.data(), json.size(), capacity);
    } else {
        // Too close to the end of a mapping to read the padding in place: copy this one value.
        m_scratch[depth] = padded_string(json);
        view = m_scratch[depth];
    }
    ondemand::parser& parser = m_parsers[depth];
    ondemand::document doc;
    if (depth == 0) m_topItems = 0;
    // A syntax error inside a top-level list (an array or an EventList's items) loses only the
    // item it is in: the list is split again by its brackets, past the items already read.
    auto recovered = [&](error_code err) {
        if (depth != 0) return false;
        const qint64 skippedBefore = skipped;
        if (!recoverItems(view.data(), json.size(), view.capacity(), buffer, offset, line, m_topItems)) return false;
        if (skipped == skippedBefore) AC_REJECT(line, jsonError(err)); // the error was outside every item
        return true;
    };
    if (auto err = parser.iterate(view).get(doc)) {
        if (!recovered(err)) AC_REJECT(line, jsonError(err));
        return;
    }
    const char* parsed = view.data();
    ondemand::json_type type;
    if (auto err = doc.type().get(type)) {
        AC_REJECT(line, jsonError(err));
        return;
    }
    const Doc ctx{parsed, view.capacity(), offset, buffer, line, depth};
    if (type == ondemand::json_type::array) {
        ondemand::array items;
        if (auto err = doc.get_array().get(items)) {
            if (!recovered(err)) AC_REJECT(line, jsonError(err));
            return;
        }
        if (auto err = handleItems(items, ctx); err && !recovered(err)) AC_REJECT(line, jsonError(err));
        return;
    }
    if (type != ondemand::json_type::object) {
        AC_REJECT(line, ParseText::tr("not a JSON object, so not an audit event (is the file an audit log?)"));
        return;
    }
    ondemand::object obj;
    if (auto err = doc.get_object().get(obj)) {
        AC_REJECT(line, jsonError(err));
        return;
    }
    Fields f;
    bool container = false;
    if (auto err = collect(obj, f, ctx, container)) {
        if (!recovered(err)) AC_REJECT(line, jsonError(err));
        return;
    }
    // Only whitespace may follow the value: `{…}{…}` on one line (a lost newline) is an error,
    // not one silently dropped event.
    if (const char* after = nullptr; doc.current_location().get(after) == SUCCESS) {
        AC_REJECT(line, ParseText::tr("unexpected text after the JSON object: are two events joined on one line (a "
                                      "lost line break)?"));
        return;
    }
    if (container) return;
    if (!f.notJson.empty()) {
        AC_REJECT(line, ParseText::tr("not valid JSON: the value of “%1” is not a string, number, object, list, true, "
                                      "false or null (was the text edited by hand?)")
                            .arg(fromStd(f.notJson)));
        return;
    }
    if (!f.wrongType.empty()) {
        // One rule for a field of the wrong JSON type: the line is skipped with this reason, so
        // that no report counts it with a field silently dropped.
        QString want;
        switch (f.wants) {
        case Fields::Want::String:
            want = ParseText::tr("a string");
            break;
        case Fields::Want::Integer:
            want = ParseText::tr("a whole number");
            break;
        case Fields::Want::Object:
            want = ParseText::tr("an object");
            break;
        case Fields::Want::StringList:
            want = ParseText::tr("a list of strings");
            break;
        }
        AC_REJECT(line, ParseText::tr("“%1” is %2 here but must be %3: this is not a Kubernetes audit event (is the "
                                      "file an audit log?)")
                            .arg(fromStd(f.wrongType), jsonTypeName(f.wrongIs), want));
        return;
    }
    if (f.codeOutOfRange) {
        AC_REJECT(line, ParseText::tr("“responseStatus.code” is %1, not an HTTP status code (0 to 999): the event is "
                                      "damaged")
                            .arg(f.code));
        return;
    }
    if (!f.kind.empty() && f.kind != "Event") {
        AC_REJECT(line, ParseText::tr("“kind” is “%1”, not “Event”: this is not a Kubernetes audit event (is the file "
                                      "an audit log?)")
                            .arg(excerpt(f.kind)));
        return;
    }
    if (f.verb.empty()) {
        AC_REJECT(line, ParseText::tr("“verb” is missing: this is not a Kubernetes audit event (is the file an audit "
                                      "log?)"));
        return;
    }
    if (f.received.empty() && f.legacyTs.empty() && f.stageTs.empty()) {
        AC_REJECT(line, ParseText::tr("no timestamp: the event has neither “requestReceivedTimestamp” nor "
                                      "“stageTimestamp” (was it reshaped by a log shipper?)"));
        return;
    }
    addEvent(f, buffer, offset, static_cast<uint32_t>(json.size()), line);
}

// SIMDJSON_TRY is a bare braced block, which cannot stand before an `else`.
#define AC_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        if (auto acErr_ = (expr); acErr_ != SUCCESS) return acErr_;                                                    \
    } while (false)

namespace {
// Keys are compared in their raw JSON form: audit-event keys never contain escapes, so the
// key is `lit` exactly when the raw text is `lit` followed by the closing quote.
template <size_t N> bool is(const char* raw, const char (&lit)[N]) {
    return std::memcmp(raw, lit, N - 1) == 0 && raw[N - 1] == '"';
}

// Calls f(rawKey, value) for each field of an object value; other JSON types are ignored.
template <typename F> error_code forEachField(ondemand::value v, F&& f) {
    ondemand::object obj;
    if (v.get_object().get(obj) != SUCCESS) return SUCCESS;
    for (auto result : obj) {
        ondemand::field field;
        SIMDJSON_TRY(std::move(result).get(field));
        SIMDJSON_TRY(f(field.key().raw(), field.value()));
    }
    return SUCCESS;
}
} // namespace

simdjson::error_code EventParser::collect(ondemand::object obj, Fields& f, const Doc& doc, bool& container) {
    auto str = [&f](ondemand::value v, std::string_view& out, std::string_view name) {
        if (v.get_string().get(out) != SUCCESS) {
            out = {};
            f.setWrong(name, v, Fields::Want::String);
        }
        return SUCCESS;
    };
    // Calls fn(rawKey, value) for each field of an object; another type (but null) is wrong.
    auto object = [&f](ondemand::value v, std::string_view name, auto&& fn) -> error_code {
        ondemand::object o;
        if (v.get_object().get(o) != SUCCESS) {
            f.setWrong(name, v, Fields::Want::Object);
            return SUCCESS;
        }
        for (auto result : o) {
            ondemand::field field;
            SIMDJSON_TRY(std::move(result).get(field));
            SIMDJSON_TRY(fn(field.key().raw(), field.value()));
        }
        return SUCCESS;
    };
    auto username = [&](std::string_view& out, std::string_view name) {
        return [&out, name, &str](const char* k, ondemand::value v) {
            return is(k, "username") ? str(v, out, name) : SUCCESS;
        };
    };
    for (auto result : obj) {
        ondemand::field field;
        SIMDJSON_TRY(std::move(result).get(field));
        const char* k = field.key().raw();
        ondemand::value v = field.value();
        switch (k[0]) {
        case 'v':
            if (is(k, "verb")) str(v, f.verb, "verb");
            break;
        case 'k':
            if (is(k, "kind")) str(v, f.kind, "kind");
            break;
        case 's':
            if (is(k, "stage"))
                str(v, f.stage, "stage");
            else if (is(k, "stageTimestamp"))
                str(v, f.stageTs, "stageTimestamp");
            else if (is(k, "sourceIPs")) {
                // A list whose first entry is the client; a single string is taken as that list.
                ondemand::array ips;
                if (v.get_array().get(ips) == SUCCESS) {
                    for (auto ipResult : ips) {
                        ondemand::value ip;
                        SIMDJSON_TRY(std::move(ipResult).get(ip));
                        if (ip.get_string().get(f.sourceIp) != SUCCESS) {
                            f.sourceIp = {};
                            f.setWrong("sourceIPs", ip, Fields::Want::StringList);
                        }
                        break;
                    }
                } else if (v.get_string().get(f.sourceIp) != SUCCESS) {
                    f.sourceIp = {};
                    f.setWrong("sourceIPs", v, Fields::Want::StringList);
                }
            }
            break;
        case 'l':
            if (is(k, "level")) str(v, f.level, "level");
            break;
        case 'a':
            if (is(k, "auditID"))
                str(v, f.auditId, "auditID");
            else if (is(k, "annotations"))
                AC_TRY(object(v, "annotations", [&](const char* ak, ondemand::value av) {
                    if (is(ak, "authorization.k8s.io/decision"))
                        return str(av, f.decision, "annotations.authorization.k8s.io/decision");
                    if (is(ak, "authorization.k8s.io/reason"))
                        return str(av, f.reason, "annotations.authorization.k8s.io/reason");
                    return SUCCESS;
                }));
            break;
        case 'u':
            if (is(k, "user"))
                AC_TRY(object(v, "user", username(f.username, "user.username")));
            else if (is(k, "userAgent"))
                str(v, f.userAgent, "userAgent");
            break;
        case 'i':
            if (is(k, "impersonatedUser"))
                AC_TRY(object(v, "impersonatedUser", username(f.impersonated, "impersonatedUser.username")));
            else if (is(k, "items")) {
                ondemand::array items;
                if (v.get_array().get(items) == SUCCESS) {
                    container = true;
                    SIMDJSON_TRY(handleItems(items, doc));
                }
            }
            break;
        case 'o':
            if (is(k, "objectRef"))
                AC_TRY(object(v, "objectRef", [&](const char* rk, ondemand::value rv) {
                    switch (rk[0]) {
                    case 'r':
                        return is(rk, "resource") ? str(rv, f.resource, "objectRef.resource") : SUCCESS;
                    case 'n':
                        if (is(rk, "namespace")) return str(rv, f.ns, "objectRef.namespace");
                        return is(rk, "name") ? str(rv, f.name, "objectRef.name") : SUCCESS;
                    case 's':
                        return is(rk, "subresource") ? str(rv, f.subresource, "objectRef.subresource") : SUCCESS;
                    case 'a':
                        return is(rk, "apiGroup") ? str(rv, f.apiGroup, "objectRef.apiGroup") : SUCCESS;
                    default:
                        return SUCCESS;
                    }
                }));
            break;
        case 'r':
            if (is(k, "responseStatus"))
                AC_TRY(object(v, "responseStatus", [&](const char* sk, ondemand::value sv) {
                    if (!is(sk, "code")) return SUCCESS;
                    if (sv.get_int64().get(f.code) != SUCCESS) {
                        f.code = 0;
                        f.setWrong("responseStatus.code", sv, Fields::Want::Integer);
                    } else if (f.code < 0 || f.code > 999) {
                        f.codeOutOfRange = true; // kept exact: never clamped into another code
                    }
                    return SUCCESS;
                }));
            else if (is(k, "requestReceivedTimestamp"))
                str(v, f.received, "requestReceivedTimestamp");
            else if (is(k, "records")) {
                ondemand::array items;
                if (v.get_array().get(items) == SUCCESS) {
                    container = true;
                    SIMDJSON_TRY(handleItems(items, doc));
                }
            }
            break;
        case 't':
            if (is(k, "timestamp")) str(v, f.legacyTs, "timestamp");
            break;
        case 'p':
            if (is(k, "properties"))
                // An AKS diagnostic record: the event is a JSON string in properties.log.
                AC_TRY(forEachField(v, [&](const char* pk, ondemand::value pv) {
                    std::string_view log;
                    if (is(pk, "log") && pv.get_string().get(log) == SUCCESS) {
                        container = true;
                        handleEmbeddedLog(log, doc);
                    }
                    return SUCCESS;
                }));
            break;
        default:
            break;
        }
    }
    return SUCCESS;
}

simdjson::error_code EventParser::handleItems(ondemand::array items, const Doc& doc) {
    if (doc.depth >= kMaxDepth) {
        AC_REJECT(doc.line, ParseText::tr("JSON lists nested too deeply: expected audit events, a list of them, an "
                                          "EventList or an AKS export"));
        return SUCCESS;
    }
    // Each item is parsed again on its own, with the parser of the next depth.
    uint32_t itemLine = doc.line;
    const char* lineFrom = doc.parsed;
    for (auto item : items) {
        ondemand::object obj;
        std::string_view raw;
        if (auto err = item.get_object().get(obj); err || (err = obj.raw_json().get(raw))) {
            if (err != INCORRECT_TYPE) {
                if (doc.depth == 0) return err; // the caller splits the list again from this item
                AC_REJECT(itemLine, jsonError(err));
                return SUCCESS;
            }
            AC_REJECT(itemLine, ParseText::tr("list item is not a JSON object, so not an audit event"));
            if (doc.depth == 0) ++m_topItems;
            continue;
        }
        itemLine += countLines(lineFrom, raw.data());
        lineFrom = raw.data();
        const auto rel = static_cast<size_t>(raw.data() - doc.parsed);
        handleValue(raw, doc.capacity - rel, doc.depth + 1, doc.buffer, doc.offset + rel, itemLine);
        if (doc.depth == 0) ++m_topItems;
    }
    return SUCCESS;
}


bool EventParser::recoverItems(const char* text, size_t length, size_t capacity, uint32_t buffer, uint64_t offset,
                               uint32_t line, size_t skip) {
    // Find the list: the value itself, or the "items" (EventList) or "records" of an object.
    size_t pos = 0;
    if (length > 0 && text[0] == '[') {
        pos = 1;
    } else {
        JsonScan scan;
        std::string_view key;
        int keyDepth = 0;
        size_t keyStart = 0, keyEnd = 0;
        bool found = false;
        for (; pos < length && !found; ++pos) {
            const char c = text[pos];
            if (scan.inString && c == '\n') return false; // broken before any list
            const bool wasInString = scan.inString;
            const bool structural = scan.step(c);
            if (!wasInString && scan.inString) {
                keyStart = pos + 1;
            } else if (wasInString && !scan.inString) {
                key = std::string_view(text + keyStart, pos - keyStart);
                keyDepth = scan.depth;
                keyEnd = pos + 1;
            } else if (structural && c == '[' && scan.depth == 2 && keyDepth == 1 &&
                       (key == "items" || key == "records")) {
                found = std::all_of(text + keyEnd, text + pos, [](char b) {
                    return b == ':' || std::isspace(static_cast<unsigned char>(b));
                });
            }
        }
        if (!found) return false;
    }
    uint32_t at = line;
    size_t counted = 0;
    auto lineOf = [&](size_t p) {
        at += countLines(text + counted, text + p);
        counted = p;
        return at;
    };
    size_t index = 0;
    while (pos < length) {
        while (pos < length && (std::isspace(static_cast<unsigned char>(text[pos])) || text[pos] == ','))
            ++pos;
        if (pos >= length || text[pos] == ']') break;
        const size_t start = pos;
        const uint32_t itemLine = lineOf(start);
        JsonScan scan;
        bool complete = false;
        const bool isObject = text[pos] == '{';
        for (; pos < length; ++pos) {
            const char c = text[pos];
            if (scan.inString && c == '\n') break; // JSON strings hold no raw line break
            if (!isObject && !scan.inString && scan.depth == 0 && (c == ',' || c == ']')) {
                complete = true;
                break;
            }
            if (scan.step(c) && scan.depth == 0 && isObject) {
                ++pos;
                complete = true;
                break;
            }
        }
        if (index++ < skip && complete) continue; // read before the error
        if (complete && isObject) {
            handleValue(std::string_view(text + start, pos - start), capacity - start, 1, buffer, offset + start,
                        itemLine);
            continue;
        }
        if (complete) {
            AC_REJECT(itemLine, ParseText::tr("list item is not a JSON object, so not an audit event"));
            continue;
        }
        AC_REJECT(itemLine, ParseText::tr("malformed list item: a string is not closed on its line, or the item is "
                                          "cut off; the items after it are read"));
        // Resume at the next line that starts an item at the same indentation or less.
        size_t lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
            --lineStart;
        const size_t next = nextObjectLine(text, length, std::min(pos, length - 1), start - lineStart);
        if (next == std::string_view::npos || next <= start) break;
        pos = next;
    }
    return true;
}

void EventParser::handleEmbeddedLog(std::string_view log, const Doc& doc) {
    const int depth = doc.depth;
    if (depth >= kMaxDepth) {
        AC_REJECT(doc.line, ParseText::tr("audit events embedded too deeply: expected an AKS export whose “log” holds "
                                          "one event"));
        return;
    }
    while (!log.empty() && std::isspace(static_cast<unsigned char>(log.back())))
        log.remove_suffix(1);
    const uint64_t at = arena.size();
    arena.append(log);
    m_scratch[depth + 1] = padded_string(log);
    handleValue(std::string_view(m_scratch[depth + 1].data(), log.size()),
                m_scratch[depth + 1].size() + SIMDJSON_PADDING, depth + 1, m_arenaBuffer, at, doc.line);
}

void EventParser::addEvent(const Fields& f, uint32_t buffer, uint64_t offset, uint32_t length, uint32_t line) {
    EventColumns& c = columns;
    const auto received = parseRfc3339Micros(!f.received.empty() ? f.received : f.legacyTs);
    const auto stageAt = parseRfc3339Micros(f.stageTs);
    const auto time = received ? received : stageAt;
    if (!time) {
        // The field that was read: requestReceivedTimestamp, else the legacy timestamp, else stageTimestamp.
        const bool useReceived = !f.received.empty(), useLegacy = !useReceived && !f.legacyTs.empty();
        const std::string_view name = useReceived ? "requestReceivedTimestamp"
                                      : useLegacy ? "timestamp"
                                                  : "stageTimestamp";
        const std::string_view text = useReceived ? f.received : useLegacy ? f.legacyTs : f.stageTs;
        AC_REJECT(line, ParseText::tr("invalid timestamp: “%1” is “%2”, not an RFC 3339 time such as "
                                      "2026-11-28T10:00:00Z")
                            .arg(fromStd(name), excerpt(text)));
        return;
    }
    const auto index = static_cast<uint32_t>(c.size());
    c.time.push_back(*time);
    c.latencyMs.push_back(received && stageAt
                              ? static_cast<int32_t>(std::clamp<int64_t>((*stageAt - *received) / 1000, 0, INT32_MAX))
                              : -1);
    c.code.push_back(static_cast<int16_t>(f.code)); // 0 to 999, checked in handleValue
    c.stage.push_back(parseStage(f.stage));
    c.level.push_back(parseLevel(f.level));
    c.decision.push_back(parseDecision(f.decision));
    bool isUuid = true;
    c.auditId.push_back(parseAuditId(f.auditId, &isUuid));
    if (!isUuid) c.auditIdText.emplace(index, std::string(f.auditId));
    auto put = [&c](DictColumn col, std::string_view s, uint32_t hint = 0) {
        const auto i = static_cast<size_t>(col);
        const uint32_t id = c.dicts[i].intern(s, hint);
        c.ids[i].push_back(id);
        return id;
    };
    put(DictColumn::Verb, f.verb);
    const uint32_t user = put(DictColumn::Username, f.username);
    if (user >= m_hints.size()) m_hints.resize(user + 1);
    UserHints& h = m_hints[user];
    h.op = put(DictColumn::Operator, operatorOf(f.username, f.reason), h.op);
    put(DictColumn::ImpersonatedUser, f.impersonated);
    put(DictColumn::Namespace, f.ns);
    put(DictColumn::Resource, f.resource);
    put(DictColumn::Subresource, f.subresource);
    put(DictColumn::ApiGroup, f.apiGroup);
    put(DictColumn::Name, f.name);
    h.ip = put(DictColumn::SourceIp, f.sourceIp, h.ip);
    h.agent = put(DictColumn::UserAgent, f.userAgent, h.agent);
    h.reason = put(DictColumn::Reason, f.reason, h.reason);
    c.rawBuffer.push_back(buffer);
    c.rawOffset.push_back(offset);
    c.rawLength.push_back(length);
    c.line.push_back(line);
}

} // namespace ac
