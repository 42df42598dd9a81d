#include "EventParser.h"

#include "JsonScan.h"
#include "Timestamp.h"

#include <algorithm>
#include <cstring>

namespace ac {

using namespace simdjson;

namespace {
constexpr int kMaxDepth = 3; // file → EventList/array/AKS export → record → embedded event

std::string quoted(std::string_view s) {
    std::string out = "\"";
    out.append(s.substr(0, 60));
    if (s.size() > 60) out.append("…");
    out.append("\"");
    return out;
}

uint32_t countLines(const char* from, const char* to) {
    return static_cast<uint32_t>(std::count(from, to, '\n'));
}
} // namespace

std::string describeJsonError(error_code e) {
    switch (e) {
    case INCOMPLETE_ARRAY_OR_OBJECT:
    case TAPE_ERROR:
    case UNCLOSED_STRING:
        return "truncated or malformed JSON (an object, array or string is not closed)";
    case UTF8_ERROR:
        return "invalid UTF-8 in the JSON text";
    case CAPACITY:
        return "JSON document too large";
    case DEPTH_ERROR:
        return "JSON nested too deeply";
    default:
        return std::string("not valid JSON (") + error_message(e) + ")";
    }
}

struct EventParser::Fields {
    std::string_view kind, verb, stage, level, auditId, username, impersonated, ns, resource, subresource, apiGroup,
        name, sourceIp, userAgent, decision, reason, received, stageTs, legacyTs, wrongType;
    int64_t code = 0;
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
        if (e > b) {
            if (e - b > m_limits.maxLineBytes) {
                reject(line, "line is " + std::to_string(e - b) + " bytes, over the limit of " +
                                 std::to_string(m_limits.maxLineBytes));
            } else if (base[b] != '{' || base[e - 1] != '}') {
                reject(line, base[b] == '{' ? "truncated or malformed line: it does not end with '}'"
                                            : "not a JSON object (the line does not start with '{')");
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
    while (pos < end) {
        while (pos < end && std::isspace(static_cast<unsigned char>(base[pos])))
            ++pos;
        if (pos >= end) break;
        const size_t start = pos;
        if (base[pos] != '{' && base[pos] != '[') {
            const char* nl = static_cast<const char*>(std::memchr(base + pos, '\n', end - pos));
            reject(lineAt(start), "unexpected text outside a JSON value");
            pos = nl ? static_cast<size_t>(nl - base) + 1 : end;
            continue;
        }
        JsonScan scan;
        for (; pos < end; ++pos)
            if (scan.step(base[pos]) && scan.depth == 0) {
                ++pos;
                break;
            }
        const uint32_t startLine = lineAt(start);
        if (scan.depth != 0 || scan.inString) {
            reject(startLine, "truncated JSON: the file ends inside this value");
            break;
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
    if (auto err = parser.iterate(view).get(doc)) {
        reject(line, describeJsonError(err));
        return;
    }
    const char* parsed = view.data();
    ondemand::json_type type;
    if (auto err = doc.type().get(type)) {
        reject(line, describeJsonError(err));
        return;
    }
    const Doc ctx{parsed, view.capacity(), offset, buffer, line, depth};
    if (type == ondemand::json_type::array) {
        ondemand::array items;
        if (auto err = doc.get_array().get(items)) {
            reject(line, describeJsonError(err));
            return;
        }
        handleItems(items, ctx);
        return;
    }
    if (type != ondemand::json_type::object) {
        reject(line, "not a JSON object");
        return;
    }
    ondemand::object obj;
    if (auto err = doc.get_object().get(obj)) {
        reject(line, describeJsonError(err));
        return;
    }
    Fields f;
    bool container = false;
    if (auto err = collect(obj, f, ctx, container)) {
        reject(line, describeJsonError(err));
        return;
    }
    // Only whitespace may follow the value: `{…}{…}` on one line (a lost newline) is an error,
    // not one silently dropped event.
    if (const char* after = nullptr; doc.current_location().get(after) == SUCCESS) {
        reject(line, "unexpected text after the JSON object");
        return;
    }
    if (container) return;
    if (!f.wrongType.empty()) {
        reject(line, "field " + std::string(f.wrongType) + " has the wrong JSON type");
        return;
    }
    if (!f.kind.empty() && f.kind != "Event") {
        reject(line, "not an audit event (kind " + quoted(f.kind) + ")");
        return;
    }
    if (f.verb.empty() || (f.received.empty() && f.legacyTs.empty() && f.stageTs.empty())) {
        reject(line, f.verb.empty() ? "not an audit event (no verb)" : "not an audit event (no timestamp)");
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
            ondemand::json_type t;
            if (v.type().get(t) == SUCCESS && t != ondemand::json_type::null) f.wrongType = name;
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
                ondemand::array ips;
                if (v.get_array().get(ips) == SUCCESS)
                    for (auto ipResult : ips) {
                        ondemand::value ip;
                        SIMDJSON_TRY(std::move(ipResult).get(ip));
                        str(ip, f.sourceIp, "sourceIPs");
                        break;
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
                AC_TRY(forEachField(v, [&](const char* ak, ondemand::value av) {
                    if (is(ak, "authorization.k8s.io/decision"))
                        return str(av, f.decision, "annotations.authorization.k8s.io/decision");
                    if (is(ak, "authorization.k8s.io/reason"))
                        return str(av, f.reason, "annotations.authorization.k8s.io/reason");
                    return SUCCESS;
                }));
            break;
        case 'u':
            if (is(k, "user"))
                AC_TRY(forEachField(v, username(f.username, "user.username")));
            else if (is(k, "userAgent"))
                str(v, f.userAgent, "userAgent");
            break;
        case 'i':
            if (is(k, "impersonatedUser"))
                AC_TRY(forEachField(v, username(f.impersonated, "impersonatedUser.username")));
            else if (is(k, "items")) {
                ondemand::array items;
                if (v.get_array().get(items) == SUCCESS) {
                    container = true;
                    handleItems(items, doc);
                }
            }
            break;
        case 'o':
            if (is(k, "objectRef"))
                AC_TRY(forEachField(v, [&](const char* rk, ondemand::value rv) {
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
                AC_TRY(forEachField(v, [&](const char* sk, ondemand::value sv) {
                    if (is(sk, "code") && sv.get_int64().get(f.code) != SUCCESS) f.wrongType = "responseStatus.code";
                    return SUCCESS;
                }));
            else if (is(k, "requestReceivedTimestamp"))
                str(v, f.received, "requestReceivedTimestamp");
            else if (is(k, "records")) {
                ondemand::array items;
                if (v.get_array().get(items) == SUCCESS) {
                    container = true;
                    handleItems(items, doc);
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

void EventParser::handleItems(ondemand::array items, const Doc& doc) {
    if (doc.depth >= kMaxDepth) {
        reject(doc.line, "JSON lists nested too deeply to be audit events");
        return;
    }
    // Each item is parsed again on its own, with the parser of the next depth.
    uint32_t itemLine = doc.line;
    const char* lineFrom = doc.parsed;
    for (auto item : items) {
        ondemand::object obj;
        std::string_view raw;
        if (auto err = item.get_object().get(obj); err || (err = obj.raw_json().get(raw))) {
            reject(itemLine,
                   err == INCORRECT_TYPE ? std::string("list item is not a JSON object") : describeJsonError(err));
            if (err != INCORRECT_TYPE) return;
            continue;
        }
        itemLine += countLines(lineFrom, raw.data());
        lineFrom = raw.data();
        const auto rel = static_cast<size_t>(raw.data() - doc.parsed);
        handleValue(raw, doc.capacity - rel, doc.depth + 1, doc.buffer, doc.offset + rel, itemLine);
    }
}

void EventParser::handleEmbeddedLog(std::string_view log, const Doc& doc) {
    const int depth = doc.depth;
    if (depth >= kMaxDepth) {
        reject(doc.line, "embedded audit events nested too deeply");
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
        reject(line, "invalid timestamp " + quoted(!f.received.empty() ? f.received : f.legacyTs));
        return;
    }
    const auto index = static_cast<uint32_t>(c.size());
    c.time.push_back(*time);
    c.latencyMs.push_back(received && stageAt
                              ? static_cast<int32_t>(std::clamp<int64_t>((*stageAt - *received) / 1000, 0, INT32_MAX))
                              : -1);
    c.code.push_back(static_cast<int16_t>(std::clamp<int64_t>(f.code, 0, 32767)));
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
