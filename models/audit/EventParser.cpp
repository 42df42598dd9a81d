#include "EventParser.h"

#include "Timestamp.h"

#include <algorithm>
#include <cstring>

namespace ac {

using namespace simdjson;

namespace {
constexpr int kMaxDepth = 3; // file → EventList/array/AKS export → record → embedded event

std::string quoted(std::string_view s)
{
    std::string out = "\"";
    out.append(s.substr(0, 60));
    if (s.size() > 60)
        out.append("…");
    out.append("\"");
    return out;
}

uint32_t countLines(const char* from, const char* to)
{
    return static_cast<uint32_t>(std::count(from, to, '\n'));
}
} // namespace

std::string describeJsonError(error_code e)
{
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

struct EventParser::Fields
{
    std::string_view kind, verb, stage, level, auditId, username, impersonated, ns, resource, subresource, apiGroup,
        name, sourceIp, userAgent, decision, reason, received, stageTs, legacyTs, wrongType;
    int64_t code = 0;
};

EventParser::EventParser(Limits limits, uint16_t fileBuffer, uint16_t arenaBuffer)
    : m_limits(limits)
    , m_fileBuffer(fileBuffer)
    , m_arenaBuffer(arenaBuffer)
{
}

void EventParser::reject(uint32_t line, std::string reason)
{
    ++skipped;
    if (issues.size() < m_limits.maxIssues)
        issues.push_back({line, std::move(reason)});
}

void EventParser::parseLines(const char* base, size_t capacity, size_t begin, size_t end, uint32_t firstLine,
                             const std::atomic_bool* cancel, std::atomic<qint64>* progress)
{
    uint32_t line = firstLine;
    size_t pos = begin;
    size_t reported = begin;
    while (pos < end) {
        const char* nl = static_cast<const char*>(std::memchr(base + pos, '\n', end - pos));
        const size_t lineEnd = nl ? static_cast<size_t>(nl - base) : end;
        size_t b = pos, e = lineEnd;
        if (b == 0 && e - b >= 3 && std::memcmp(base, "\xEF\xBB\xBF", 3) == 0)
            b += 3; // UTF-8 byte order mark
        while (b < e && (base[b] == ' ' || base[b] == '\t'))
            ++b;
        while (e > b && (base[e - 1] == '\r' || base[e - 1] == ' ' || base[e - 1] == '\t'))
            --e;
        if (e > b) {
            if (e - b > m_limits.maxLineBytes) {
                reject(line, "line is " + std::to_string(e - b) + " bytes, over the limit of "
                           + std::to_string(m_limits.maxLineBytes));
            } else if (base[b] != '{' || base[e - 1] != '}') {
                reject(line, base[b] == '{' ? "truncated or malformed line: it does not end with '}'"
                                            : "not a JSON object (the line does not start with '{')");
            } else {
                handleValue(std::string_view(base + b, e - b), capacity - b, 0, m_fileBuffer, b, line);
            }
        }
        ++line;
        pos = lineEnd + 1;
        if (pos - reported > (1 << 20)) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            if (progress)
                progress->fetch_add(static_cast<qint64>(pos - reported), std::memory_order_relaxed);
            reported = pos;
        }
    }
    lineCount = line - firstLine;
    if (progress)
        progress->fetch_add(static_cast<qint64>(std::min(pos, end) - reported), std::memory_order_relaxed);
}

void EventParser::parseDocuments(const char* base, size_t capacity, size_t begin, size_t end)
{
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
    if (end - pos >= 3 && std::memcmp(base + pos, "\xEF\xBB\xBF", 3) == 0)
        pos += 3;
    while (pos < end) {
        while (pos < end && std::isspace(static_cast<unsigned char>(base[pos])))
            ++pos;
        if (pos >= end)
            break;
        const size_t start = pos;
        if (base[pos] != '{' && base[pos] != '[') {
            const char* nl = static_cast<const char*>(std::memchr(base + pos, '\n', end - pos));
            reject(lineAt(start), "unexpected text outside a JSON value");
            pos = nl ? static_cast<size_t>(nl - base) + 1 : end;
            continue;
        }
        int depth = 0;
        bool inString = false, escaped = false;
        for (; pos < end; ++pos) {
            const char c = base[pos];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    ++pos;
                    break;
                }
            }
        }
        const uint32_t startLine = lineAt(start);
        if (depth != 0) {
            reject(startLine, "truncated JSON: the file ends inside this value");
            break;
        }
        handleValue(std::string_view(base + start, pos - start), capacity - start, 0, m_fileBuffer, start, startLine);
    }
}

void EventParser::handleValue(std::string_view json, size_t capacity, int depth, uint16_t buffer, uint64_t offset,
                              uint32_t line)
{
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
    if (container)
        return;
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

simdjson::error_code EventParser::collect(ondemand::object obj, Fields& f, const Doc& doc, bool& container)
{
    auto str = [&f](ondemand::value v, std::string_view& out, std::string_view name) {
        if (v.get_string().get(out) != SUCCESS) {
            out = {};
            ondemand::json_type t;
            if (v.type().get(t) == SUCCESS && t != ondemand::json_type::null)
                f.wrongType = name;
        }
    };
    for (auto fieldResult : obj) {
        ondemand::field field;
        SIMDJSON_TRY(std::move(fieldResult).get(field));
        std::string_view key;
        SIMDJSON_TRY(field.unescaped_key().get(key));
        ondemand::value v = field.value();
        switch (key.size()) {
        case 4:
            if (key == "verb")
                str(v, f.verb, "verb");
            else if (key == "kind")
                str(v, f.kind, "kind");
            else if (key == "user") {
                ondemand::object user;
                if (v.get_object().get(user) == SUCCESS)
                    for (auto uf : user) {
                        ondemand::field u;
                        SIMDJSON_TRY(std::move(uf).get(u));
                        std::string_view k;
                        SIMDJSON_TRY(u.unescaped_key().get(k));
                        if (k == "username")
                            str(u.value(), f.username, "user.username");
                    }
            }
            break;
        case 5:
            if (key == "stage")
                str(v, f.stage, "stage");
            else if (key == "level")
                str(v, f.level, "level");
            else if (key == "items") {
                ondemand::array items;
                if (v.get_array().get(items) == SUCCESS) {
                    container = true;
                    handleItems(items, doc);
                }
            }
            break;
        case 7:
            if (key == "auditID")
                str(v, f.auditId, "auditID");
            else if (key == "records") {
                ondemand::array items;
                if (v.get_array().get(items) == SUCCESS) {
                    container = true;
                    handleItems(items, doc);
                }
            }
            break;
        case 9:
            if (key == "objectRef") {
                ondemand::object ref;
                if (v.get_object().get(ref) == SUCCESS)
                    for (auto rf : ref) {
                        ondemand::field r;
                        SIMDJSON_TRY(std::move(rf).get(r));
                        std::string_view k;
                        SIMDJSON_TRY(r.unescaped_key().get(k));
                        if (k == "resource")
                            str(r.value(), f.resource, "objectRef.resource");
                        else if (k == "namespace")
                            str(r.value(), f.ns, "objectRef.namespace");
                        else if (k == "name")
                            str(r.value(), f.name, "objectRef.name");
                        else if (k == "subresource")
                            str(r.value(), f.subresource, "objectRef.subresource");
                        else if (k == "apiGroup")
                            str(r.value(), f.apiGroup, "objectRef.apiGroup");
                    }
            } else if (key == "sourceIPs") {
                ondemand::array ips;
                if (v.get_array().get(ips) == SUCCESS)
                    for (auto ipResult : ips) {
                        ondemand::value ip;
                        SIMDJSON_TRY(std::move(ipResult).get(ip));
                        str(ip, f.sourceIp, "sourceIPs");
                        break;
                    }
            } else if (key == "timestamp") {
                str(v, f.legacyTs, "timestamp");
            } else if (key == "userAgent") {
                str(v, f.userAgent, "userAgent");
            }
            break;
        case 10:
            if (key == "properties") {
                // An AKS diagnostic record: the event is a JSON string in properties.log.
                ondemand::object props;
                if (v.get_object().get(props) == SUCCESS)
                    for (auto pf : props) {
                        ondemand::field p;
                        SIMDJSON_TRY(std::move(pf).get(p));
                        std::string_view k, log;
                        SIMDJSON_TRY(p.unescaped_key().get(k));
                        if (k == "log" && p.value().get_string().get(log) == SUCCESS) {
                            container = true;
                            handleEmbeddedLog(log, doc);
                        }
                    }
            }
            break;
        case 11:
            if (key == "annotations") {
                ondemand::object ann;
                if (v.get_object().get(ann) == SUCCESS)
                    for (auto af : ann) {
                        ondemand::field a;
                        SIMDJSON_TRY(std::move(af).get(a));
                        std::string_view k;
                        SIMDJSON_TRY(a.unescaped_key().get(k));
                        if (k == "authorization.k8s.io/decision")
                            str(a.value(), f.decision, "annotations.authorization.k8s.io/decision");
                        else if (k == "authorization.k8s.io/reason")
                            str(a.value(), f.reason, "annotations.authorization.k8s.io/reason");
                    }
            }
            break;
        case 14:
            if (key == "responseStatus") {
                ondemand::object rs;
                if (v.get_object().get(rs) == SUCCESS)
                    for (auto sf : rs) {
                        ondemand::field s;
                        SIMDJSON_TRY(std::move(sf).get(s));
                        std::string_view k;
                        SIMDJSON_TRY(s.unescaped_key().get(k));
                        if (k == "code" && s.value().get_int64().get(f.code) != SUCCESS)
                            f.wrongType = "responseStatus.code";
                    }
            } else if (key == "stageTimestamp") {
                str(v, f.stageTs, "stageTimestamp");
            }
            break;
        case 16:
            if (key == "impersonatedUser") {
                ondemand::object user;
                if (v.get_object().get(user) == SUCCESS)
                    for (auto uf : user) {
                        ondemand::field u;
                        SIMDJSON_TRY(std::move(uf).get(u));
                        std::string_view k;
                        SIMDJSON_TRY(u.unescaped_key().get(k));
                        if (k == "username")
                            str(u.value(), f.impersonated, "impersonatedUser.username");
                    }
            }
            break;
        case 24:
            if (key == "requestReceivedTimestamp")
                str(v, f.received, "requestReceivedTimestamp");
            break;
        default:
            break;
        }
    }
    return SUCCESS;
}

void EventParser::handleItems(ondemand::array items, const Doc& doc)
{
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
            reject(itemLine, err == INCORRECT_TYPE ? std::string("list item is not a JSON object")
                                                   : describeJsonError(err));
            if (err != INCORRECT_TYPE)
                return;
            continue;
        }
        itemLine += countLines(lineFrom, raw.data());
        lineFrom = raw.data();
        const auto rel = static_cast<size_t>(raw.data() - doc.parsed);
        handleValue(raw, doc.capacity - rel, doc.depth + 1, doc.buffer, doc.offset + rel, itemLine);
    }
}

void EventParser::handleEmbeddedLog(std::string_view log, const Doc& doc)
{
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
    handleValue(std::string_view(m_scratch[depth + 1].data(), log.size()), m_scratch[depth + 1].size()
                    + SIMDJSON_PADDING, depth + 1, m_arenaBuffer, at, doc.line);
}

void EventParser::addEvent(const Fields& f, uint16_t buffer, uint64_t offset, uint32_t length, uint32_t line)
{
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
    c.latencyMs.push_back(received && stageAt ? static_cast<int32_t>(std::clamp<int64_t>(
                              (*stageAt - *received) / 1000, 0, INT32_MAX))
                                              : -1);
    c.code.push_back(static_cast<int16_t>(std::clamp<int64_t>(f.code, 0, 32767)));
    c.stage.push_back(parseStage(f.stage));
    c.level.push_back(parseLevel(f.level));
    c.decision.push_back(parseDecision(f.decision));
    bool isUuid = true;
    c.auditId.push_back(parseAuditId(f.auditId, &isUuid));
    if (!isUuid)
        c.auditIdText.emplace(index, std::string(f.auditId));
    auto put = [&c](DictColumn col, std::string_view s) {
        const auto i = static_cast<size_t>(col);
        c.ids[i].push_back(c.dicts[i].intern(s));
    };
    put(DictColumn::Verb, f.verb);
    put(DictColumn::Username, f.username);
    put(DictColumn::Operator, operatorOf(f.username, f.reason));
    put(DictColumn::ImpersonatedUser, f.impersonated);
    put(DictColumn::Namespace, f.ns);
    put(DictColumn::Resource, f.resource);
    put(DictColumn::Subresource, f.subresource);
    put(DictColumn::ApiGroup, f.apiGroup);
    put(DictColumn::Name, f.name);
    put(DictColumn::SourceIp, f.sourceIp);
    put(DictColumn::UserAgent, f.userAgent);
    put(DictColumn::Reason, f.reason);
    c.rawBuffer.push_back(buffer);
    c.rawOffset.push_back(offset);
    c.rawLength.push_back(length);
    c.line.push_back(line);
}

} // namespace ac
