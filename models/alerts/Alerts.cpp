#include "Alerts.h"

#include "audit/GeoIp.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>
#include <map>

namespace ac {

namespace {

struct AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// `2026-12-02 16:04:20`, UTC, as Log Service's date_format(…, '%Y-%m-%d %T') writes it.
std::string plainTime(int64_t us) {
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toStdString();
}

std::string percent(double rate) {
    return QString::number(rate * 100, 'f', 1).toStdString() + "%";
}

// --- JSON paths -------------------------------------------------------------------------

struct PathStep {
    enum class Kind : uint8_t { Key, Any, Index } kind = Kind::Key;
    std::string key;
    size_t index = 0;
};

// The steps of a path, or the 1-based column of its first mistake and why.
std::variant<std::vector<PathStep>, std::pair<int, QString>> parsePath(const std::string& path) {
    std::vector<PathStep> steps;
    size_t i = 0;
    auto fail = [&](const QString& why) { return std::pair<int, QString>(static_cast<int>(i) + 1, why); };
    if (path.empty()) return fail(AlertText::tr("the path is empty"));
    bool expectKey = true;
    while (i < path.size()) {
        if (path[i] == '[') {
            const size_t close = path.find(']', i);
            if (close == std::string::npos) return fail(AlertText::tr("“[” without its “]”"));
            const std::string inner = path.substr(i + 1, close - i - 1);
            PathStep s;
            if (inner == "*") {
                s.kind = PathStep::Kind::Any;
            } else if (inner.size() >= 2 && (inner.front() == '"' || inner.front() == '\'') &&
                       inner.back() == inner.front()) {
                s.key = inner.substr(1, inner.size() - 2);
            } else if (!inner.empty() &&
                       std::all_of(inner.begin(), inner.end(),
                                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                       inner.size() < 9) {
                s.kind = PathStep::Kind::Index;
                s.index = std::stoul(inner);
            } else {
                return fail(AlertText::tr("inside [ ] write *, an index or a quoted key"));
            }
            steps.push_back(std::move(s));
            i = close + 1;
            expectKey = false;
            continue;
        }
        if (path[i] == '.') {
            if (expectKey) return fail(AlertText::tr("a key is missing before “.”"));
            ++i;
            expectKey = true;
            if (i == path.size()) return fail(AlertText::tr("the path ends with “.”"));
            continue;
        }
        if (!expectKey) return fail(AlertText::tr("“.” or “[” expected"));
        size_t end = i;
        while (end < path.size() && path[end] != '.' && path[end] != '[')
            ++end;
        PathStep s;
        s.key = path.substr(i, end - i);
        steps.push_back(std::move(s));
        i = end;
        expectKey = false;
    }
    return steps;
}

void valuesAt(simdjson::dom::element e, const std::vector<PathStep>& steps, size_t at, std::vector<std::string>& out) {
    if (at == steps.size()) {
        switch (e.type()) {
        case simdjson::dom::element_type::STRING:
            out.emplace_back(std::string_view(e.get_string().value_unsafe()));
            break;
        default:
            out.push_back(simdjson::minify(e));
        }
        return;
    }
    const PathStep& s = steps[at];
    switch (s.kind) {
    case PathStep::Kind::Key: {
        simdjson::dom::object o;
        if (e.get_object().get(o)) return;
        simdjson::dom::element child;
        if (o.at_key(s.key).get(child)) return;
        valuesAt(child, steps, at + 1, out);
        return;
    }
    case PathStep::Kind::Index: {
        simdjson::dom::array a;
        if (e.get_array().get(a)) return;
        simdjson::dom::element child;
        if (a.at(s.index).get(child)) return;
        valuesAt(child, steps, at + 1, out);
        return;
    }
    case PathStep::Kind::Any: {
        simdjson::dom::array a;
        if (e.get_array().get(a)) return;
        for (simdjson::dom::element child : a)
            valuesAt(child, steps, at + 1, out);
        return;
    }
    }
}

// One event stage's JSON, parsed once for all of a rule's tests and extracts.
class ParsedStage {
public:
    explicit ParsedStage(const std::string& json) { m_ok = !m_parser.parse(json).get(m_root); }
    bool ok() const { return m_ok; }
    std::vector<std::string> values(const std::vector<PathStep>& steps) const {
        std::vector<std::string> out;
        if (m_ok) valuesAt(m_root, steps, 0, out);
        return out;
    }

private:
    simdjson::dom::parser m_parser;
    simdjson::dom::element m_root;
    bool m_ok = false;
};

struct CompiledTest {
    std::vector<PathStep> steps;
    const JsonTest* test = nullptr;
    bool holds(const ParsedStage& stage) const {
        const std::vector<std::string> v = stage.values(steps);
        bool yes;
        if (test->equals.empty())
            yes = !v.empty(); // present, null included: an uncordon patch sets unschedulable to null
        else
            yes = std::any_of(v.begin(), v.end(), [&](const std::string& s) {
                return std::find(test->equals.begin(), test->equals.end(), s) != test->equals.end();
            });
        return yes != test->negate;
    }
};

std::vector<PathStep> stepsOf(const std::string& path) {
    auto parsed = parsePath(path);
    if (auto* s = std::get_if<std::vector<PathStep>>(&parsed)) return std::move(*s);
    return {};
}

// --- findings ---------------------------------------------------------------------------

void setGroupField(Finding& f, Field field, const std::string& value) {
    switch (field) {
    case Field::Operator:
    case Field::Username:
        f.operatorName = value;
        break;
    case Field::Verb:
        f.verb = value;
        break;
    case Field::Namespace:
        f.ns = value;
        break;
    case Field::Resource:
        f.resource = value;
        break;
    case Field::Subresource:
        f.subresource = value;
        break;
    case Field::Name:
        f.name = value;
        break;
    case Field::SourceIps:
        f.sourceIp = value;
        break;
    case Field::UserAgent:
        f.userAgent = value;
        break;
    default:
        f.details.emplace_back(fieldInfo(field).name, value);
    }
}

QString fill(const QString& message, const std::vector<std::pair<std::string, std::string>>& fields) {
    if (!message.contains(QLatin1String("${"))) return message;
    QString out;
    qsizetype i = 0;
    while (i < message.size()) {
        const qsizetype open = message.indexOf(QLatin1String("${"), i);
        const qsizetype close = open < 0 ? -1 : message.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += message.mid(i);
            break;
        }
        out += message.mid(i, open - i);
        const std::string name = message.mid(open + 2, close - open - 2).toStdString();
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& kv) { return kv.first == name; });
        if (it != fields.end()) out += qs(it->second);
        i = close + 1;
    }
    return out;
}

class RuleRunner {
public:
    RuleRunner(const AlertOptions& options, const Backend& backend, const CancelToken& cancel)
        : m_options(options)
        , m_backend(backend)
        , m_cancel(cancel) {
        for (const Cidr& c : options.privateRanges)
            m_ip.addPrivateRange(c);
    }

    // Findings of one rule, new ones only (keys not in `seen`), or an error for the whole run.
    std::optional<BackendError> run(const Rule& rule, const TimeRange& range, const TimeRange& data,
                                    const ExprPtr& scope, std::set<std::string>* seen, AlertRun& out) {
        m_rule = &rule;
        m_seen = seen;
        m_out = &out;
        m_kept = 0;
        m_more = false;
        if (!rule.filter) {
            out.notes.push_back({rule.id, AlertText::tr("the rule's search could not be read")});
            return std::nullopt;
        }
        const QString why = m_backend.unsupported(rule.filter, {});
        if (!why.isEmpty()) {
            out.notes.push_back({rule.id, why});
            return std::nullopt;
        }
        if (rule.needsRawJson() && !m_backend.hasCapability(Capability::RawEvents)) {
            out.notes.push_back({rule.id, AlertText::tr("needs each event's JSON, which this source does not give")});
            return std::nullopt;
        }
        m_filter = scope && scope->op != Expr::Op::All ? Expr::and_({rule.filter, scope}) : rule.filter;
        const size_t before = out.findings.size();
        std::optional<BackendError> error;
        switch (rule.kind) {
        case Rule::Kind::PerEvent:
            error = perEvent(range);
            break;
        case Rule::Kind::Grouped:
            error = grouped(range);
            break;
        case Rule::Kind::FirstSeen:
            error = firstSeen(range, data);
            break;
        }
        if (error) return error;
        if (m_more)
            out.notes.push_back({rule.id, AlertText::tr("more than %1 findings: the first %1 are listed")
                                              .arg(static_cast<qulonglong>(m_options.maxFindingsPerRule))});
        out.perRule.emplace_back(rule.id, static_cast<int64_t>(out.findings.size() - before));
        return std::nullopt;
    }

private:
    bool keep(Finding&& f) {
        if (m_seen && m_seen->count(f.key)) return true;
        if (m_kept >= m_options.maxFindingsPerRule) {
            m_more = true;
            return false;
        }
        if (m_seen) m_seen->insert(f.key);
        ++m_kept;
        finish(f);
        m_out->findings.push_back(std::move(f));
        return true;
    }

    void finish(Finding& f) {
        f.ruleId = m_rule->id;
        f.ruleTitle = m_rule->displayTitle(m_options.language);
        f.severity = m_rule->severity;
        if (!f.sourceIp.empty()) {
            const SourceScope scope = m_ip.classify(f.sourceIp);
            if (scope != SourceScope::Unknown) f.scope = qs(sourceScopeName(scope));
            if (m_options.geo && scope == SourceScope::Public)
                if (auto loc = m_options.geo->lookup(f.sourceIp)) f.region = loc->toString();
        }
        f.message = fill(m_rule->displayMessage(m_options.language), f.fields());
        if (f.message.isEmpty()) f.message = f.ruleTitle;
    }

    std::optional<BackendError> perEvent(const TimeRange& range) {
        std::vector<CompiledTest> all, any;
        for (const JsonTest& t : m_rule->jsonAll)
            all.push_back({stepsOf(t.path), &t});
        for (const JsonTest& t : m_rule->jsonAny)
            any.push_back({stepsOf(t.path), &t});
        std::vector<std::vector<PathStep>> extracts;
        for (const JsonExtract& x : m_rule->extract)
            extracts.push_back(stepsOf(x.path));

        EventsRequest req;
        req.query.range = range;
        req.query.filter = m_filter;
        req.query.sort = EventSort::Time;
        req.query.descending = false;
        req.limit = 1000;
        for (;;) {
            if (m_cancel.isCancelled()) return BackendError::cancelledError();
            Result<EventRowsPage> page = m_backend.events(req, m_cancel);
            if (!page) return page.error();
            for (const EventRow& row : page->rows) {
                Finding f;
                if (!m_rule->needsRawJson()) {
                    fromRow(f, row);
                    if (!keep(std::move(f))) return std::nullopt;
                    continue;
                }
                Result<EventDetail> detail = m_backend.detail(row.ref, m_cancel);
                if (!detail) {
                    if (detail.error().cancelled) return detail.error();
                    continue; // the event's text is gone (a truncated file): it cannot be tested
                }
                bool matched = false;
                std::vector<std::pair<std::string, std::string>> values;
                for (const EventStageDetail& stage : detail->stages) {
                    if (stage.unavailable || stage.rawJson.empty()) continue;
                    const ParsedStage parsed(stage.rawJson);
                    if (!parsed.ok()) continue;
                    const bool pass =
                        std::all_of(all.begin(), all.end(), [&](const CompiledTest& t) { return t.holds(parsed); }) &&
                        (any.empty() ||
                         std::any_of(any.begin(), any.end(), [&](const CompiledTest& t) { return t.holds(parsed); }));
                    if (!pass) continue;
                    matched = true;
                    for (size_t i = 0; i < extracts.size(); ++i) {
                        const JsonExtract& x = m_rule->extract[i];
                        const std::vector<std::string> v = parsed.values(extracts[i]);
                        std::string value;
                        for (size_t k = 0; k < v.size(); ++k)
                            value += (k ? ", " : "") + v[k];
                        if (!x.map.empty()) {
                            const std::string lookup = v.empty() ? std::string("null") : value;
                            std::string mapped = value;
                            for (const auto& [from, to] : x.map)
                                if (from == lookup || from == "*") {
                                    mapped = to;
                                    if (from == lookup) break;
                                }
                            value = mapped;
                        }
                        values.emplace_back(x.name, value);
                    }
                    break;
                }
                if (!matched) continue;
                fromRow(f, row);
                for (auto& v : values)
                    f.details.push_back(std::move(v));
                if (!keep(std::move(f))) return std::nullopt;
            }
            if (!page->more || page->rows.empty()) return std::nullopt;
            req.after = cursorOf(page->rows.back(), EventSort::Time);
        }
    }

    void fromRow(Finding& f, const EventRow& row) const {
        f.time = row.time;
        f.windowEnd = row.time;
        f.operatorName = row.operatorName;
        f.verb = row.verb;
        f.ns = row.ns;
        f.resource = row.resource;
        f.subresource = row.subresource;
        f.name = row.name;
        f.sourceIp = row.sourceIp;
        f.userAgent = row.userAgent;
        f.code = row.code;
        f.auditId = row.auditId;
        f.eventRef = row.ref;
        f.origin = row.origin;
        f.originLine = row.originLine;
        f.count = 1;
        f.failures = row.code >= 400 ? 1 : 0;
        if (row.subresource == "exec" || row.subresource == "attach") {
            const ExecCommand c = parseExecUri(row.requestUri);
            if (!c.command.empty()) f.details.emplace_back("command", c.command);
            if (!c.container.empty()) f.details.emplace_back("container", c.container);
        }
        f.drillFilter = row.auditId.empty() ? m_rule->filter : Expr::exact(Field::AuditId, row.auditId);
        f.drillRange = {row.time, row.time + 1'000'000};
        f.key = m_rule->id + '|' + (row.auditId.empty() ? row.ref : row.auditId);
    }

    Query groupQuery(const TimeRange& range, int64_t bucketUs) const {
        Query q;
        q.range = range;
        q.filter = m_filter;
        q.groupBy = m_rule->groupBy;
        q.bucketUs = bucketUs;
        q.order = Query::Order::KeyAsc;
        if (m_rule->countsDistinct()) {
            q.metric = Metric::Distinct;
            q.distinctOf = m_rule->distinctOf;
        }
        return q;
    }

    Finding groupFinding(const ResultRow& r, int64_t windowUs, bool distinct, bool counts = true) const {
        Finding f;
        f.time = r.bucket;
        f.windowEnd = r.bucket + windowUs;
        f.count = r.requests;
        f.failures = r.failures;
        if (distinct) f.distinct = static_cast<int64_t>(r.value);
        std::vector<ExprPtr> drill{m_rule->filter};
        std::string key = m_rule->id;
        for (size_t i = 0; i < m_rule->groupBy.size() && i < r.keys.size(); ++i) {
            setGroupField(f, m_rule->groupBy[i], r.keys[i]);
            drill.push_back(Expr::exact(m_rule->groupBy[i], r.keys[i]));
            key += '|';
            key += r.keys[i];
        }
        if (counts) {
            f.details.emplace_back("failure_rate", percent(r.requests ? double(r.failures) / double(r.requests) : 0));
            f.details.emplace_back("failures", std::to_string(r.failures));
        }
        if (distinct) f.details.emplace_back("distinct", std::to_string(f.distinct));
        f.drillFilter = Expr::and_(std::move(drill));
        f.drillRange = {f.time, f.windowEnd};
        f.key = std::move(key);
        return f;
    }

    std::optional<BackendError> grouped(const TimeRange& range) {
        const int64_t w = m_rule->windowUs;
        Result<ResultTable> table = m_backend.run(groupQuery(range, w), m_cancel);
        if (!table) return table.error();
        const bool distinct = m_rule->countsDistinct();
        for (const ResultRow& r : table->rows) {
            if (r.bucket < m_options.partialBeforeUs) continue; // some of its events are not here
            if (!m_rule->condition.eval(r.requests, r.failures, static_cast<int64_t>(r.value))) continue;
            Finding f = groupFinding(r, w, distinct);
            f.key = m_rule->id + '|' + std::to_string(r.bucket) + f.key.substr(m_rule->id.size());
            if (!keep(std::move(f))) break;
        }
        return std::nullopt;
    }

    // Groups first seen after the learning period: the period counts from the start of the data,
    // or is over already when an earlier run learned (the `#learned` key in `seen`).
    std::optional<BackendError> firstSeen(const TimeRange& range, const TimeRange& data) {
        const int64_t w = m_rule->windowUs;
        Result<ResultTable> table = m_backend.run(groupQuery(data, w), m_cancel);
        if (!table) return table.error();
        // The learning period starts with the first data this rule saw (kept in `seen`, so that a
        // live evaluation over the last minutes goes on from the first run) and ends at the window
        // boundary at or before start + learn: a bucket is learnt only when all of it was.
        const std::string startPrefix = m_rule->id + "|#learning-from=";
        int64_t learnStart = data.from;
        if (m_seen) {
            const auto it = m_seen->lower_bound(startPrefix);
            if (it != m_seen->end() && it->compare(0, startPrefix.size(), startPrefix) == 0)
                learnStart = std::stoll(it->substr(startPrefix.size()));
            else
                m_seen->insert(startPrefix + std::to_string(learnStart));
        }
        const int64_t nominalEnd = learnStart + m_rule->learnUs;
        const int64_t learnEnd = nominalEnd - ((nominalEnd % w) + w) % w;
        std::map<std::vector<std::string>, const ResultRow*> first;
        for (const ResultRow& r : table->rows) {
            auto [it, inserted] = first.emplace(r.keys, &r);
            if (!inserted && r.bucket < it->second->bucket) it->second = &r;
        }
        std::vector<const ResultRow*> rows;
        for (const auto& [keys, r] : first)
            rows.push_back(r);
        std::sort(rows.begin(), rows.end(),
                  [](const ResultRow* a, const ResultRow* b) { return a->bucket < b->bucket; });
        for (const ResultRow* r : rows) {
            Finding f = groupFinding(*r, w, false, false);
            if (r->bucket < learnEnd) {
                if (m_seen) m_seen->insert(f.key); // known from the learning period
                continue;
            }
            if (r->bucket + w <= range.from || r->bucket >= range.to) continue;
            if (!keep(std::move(f))) break;
        }
        return std::nullopt;
    }

    const AlertOptions& m_options;
    const Backend& m_backend;
    const CancelToken& m_cancel;
    IpClassifier m_ip;
    const Rule* m_rule = nullptr;
    std::set<std::string>* m_seen = nullptr;
    AlertRun* m_out = nullptr;
    ExprPtr m_filter;
    size_t m_kept = 0;
    bool m_more = false;
};

} // namespace

std::vector<std::pair<std::string, std::string>> Finding::fields() const {
    std::vector<std::pair<std::string, std::string>> out{
        {"time", plainTime(time)},
        {"window", time == windowEnd ? plainTime(time) : plainTime(time) + " – " + plainTime(windowEnd)},
        {"operator", operatorName},
        {"user", operatorName},
        {"verb", verb},
        {"namespace", ns},
        {"resource", resource},
        {"subresource", subresource},
        {"name", name},
        {"sourceIP", sourceIp},
        {"scope", scope.toStdString()},
        {"region", region.toStdString()},
        {"count", std::to_string(count)},
        {"failures", std::to_string(failures)},
        {"failure_rate", percent(count ? double(failures) / double(count) : 0)},
        {"distinct", distinct >= 0 ? std::to_string(distinct) : std::string()},
        {"code", code ? std::to_string(code) : std::string()},
        {"auditID", auditId},
        {"userAgent", userAgent},
        {"rule", ruleId},
    };
    for (const auto& d : details) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& kv) { return kv.first == d.first; });
        if (it != out.end())
            it->second = d.second;
        else
            out.push_back(d);
    }
    return out;
}

AlertEngine::AlertEngine(AlertOptions options)
    : m_options(std::move(options)) {}

Result<AlertRun> AlertEngine::run(const Backend& backend, const std::vector<Rule>& rules, const TimeRange& range,
                                  const ExprPtr& scope, std::set<std::string>* seen, const CancelToken& cancel,
                                  const AlertProgressFn& progress) const {
    try {
        return runRules(backend, rules, range, scope, seen, cancel, progress);
    } catch (const std::bad_alloc&) {
        return BackendError{AlertText::tr("not enough memory to run the rules")};
    } catch (const std::exception& e) {
        return BackendError{AlertText::tr("the rules could not run: %1").arg(QString::fromLocal8Bit(e.what()))};
    }
}

Result<AlertRun> AlertEngine::runRules(const Backend& backend, const std::vector<Rule>& rules, const TimeRange& range,
                                       const ExprPtr& scope, std::set<std::string>* seen, const CancelToken& cancel,
                                       const AlertProgressFn& progress) const {
    QElapsedTimer timer;
    timer.start();
    AlertRun out;
    Result<TimeRange> data = backend.dataRange(cancel);
    if (!data) return data.error();
    if (data->from >= data->to) {
        for (const Rule& r : rules)
            out.perRule.emplace_back(r.id, 0);
        return out;
    }
    TimeRange bounded = range;
    bounded.from = std::max(range.from, data->from);
    bounded.to = std::min(range.to, data->to);
    RuleRunner runner(m_options, backend, cancel);
    int done = 0;
    for (const Rule& rule : rules) {
        if (progress) progress(done, static_cast<int>(rules.size()));
        if (cancel.isCancelled()) return BackendError::cancelledError();
        if (bounded.from < bounded.to) {
            if (auto error = runner.run(rule, bounded, *data, scope, seen, out)) {
                if (error->cancelled) return *error;
                out.notes.push_back({rule.id, error->message});
            }
        } else {
            out.perRule.emplace_back(rule.id, 0);
        }
        ++done;
    }
    if (progress) progress(done, static_cast<int>(rules.size()));
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.time != b.time) return a.time < b.time;
        if (a.ruleId != b.ruleId) return a.ruleId < b.ruleId;
        return a.key < b.key;
    });
    out.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return out;
}

Result<AlertRun> AlertEngine::dryRun(const Backend& backend, const Rule& rule, const TimeRange& range,
                                     const CancelToken& cancel) const {
    return run(backend, {rule}, range, {}, nullptr, cancel);
}

std::vector<std::string> jsonPathValues(std::string_view json, const std::string& path) {
    const std::vector<PathStep> steps = stepsOf(path);
    if (steps.empty()) return {};
    const ParsedStage parsed{std::string(json)};
    return parsed.values(steps);
}

std::optional<std::pair<int, QString>> jsonPathError(const std::string& path) {
    auto parsed = parsePath(path);
    if (auto* e = std::get_if<std::pair<int, QString>>(&parsed)) return *e;
    return std::nullopt;
}

QJsonObject findingJson(const Finding& f) {
    QJsonObject details{{QStringLiteral("message"), f.message}};
    for (const auto& [k, v] : f.details)
        details.insert(qs(k), qs(v));
    QJsonObject o{
        {QStringLiteral("rule"), qs(f.ruleId)},
        {QStringLiteral("title"), f.ruleTitle},
        {QStringLiteral("severity"), qs(severityName(f.severity))},
        {QStringLiteral("time"), writer::isoTime(f.time)},
        {QStringLiteral("operator"), qs(f.operatorName)},
        {QStringLiteral("namespace"), qs(f.ns)},
        {QStringLiteral("resource"), qs(f.resource)},
        {QStringLiteral("name"), qs(f.name)},
        {QStringLiteral("sourceIP"), qs(f.sourceIp)},
        {QStringLiteral("count"), static_cast<qint64>(f.count)},
        {QStringLiteral("details"), details},
    };
    if (!f.verb.empty()) o.insert(QStringLiteral("verb"), qs(f.verb));
    if (!f.scope.isEmpty()) o.insert(QStringLiteral("scope"), f.scope);
    if (!f.region.isEmpty()) o.insert(QStringLiteral("region"), f.region);
    if (!f.auditId.empty()) o.insert(QStringLiteral("auditID"), qs(f.auditId));
    if (f.code) o.insert(QStringLiteral("code"), f.code);
    if (f.windowEnd != f.time) o.insert(QStringLiteral("windowEnd"), writer::isoTime(f.windowEnd));
    if (!f.origin.isEmpty())
        o.insert(QStringLiteral("origin"),
                 f.originLine ? f.origin + QLatin1Char(':') + QString::number(f.originLine) : f.origin);
    return o;
}

QByteArray findingsToJson(const std::vector<Finding>& findings, bool pretty) {
    QJsonArray list;
    for (const Finding& f : findings)
        list.append(findingJson(f));
    return QJsonDocument(QJsonObject{{QStringLiteral("findings"), list}})
        .toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QByteArray findingsToCsv(const std::vector<Finding>& findings) {
    QByteArray out = "time,severity,rule,title,operator,namespace,resource,name,sourceIP,scope,region,count,failures,"
                     "auditID,message,details\r\n";
    for (const Finding& f : findings) {
        QStringList details;
        for (const auto& [k, v] : f.details)
            details.push_back(qs(k) + QLatin1Char('=') + qs(v));
        const QStringList cells{writer::isoTime(f.time),
                                qs(severityName(f.severity)),
                                qs(f.ruleId),
                                f.ruleTitle,
                                qs(f.operatorName),
                                qs(f.ns),
                                qs(f.resource),
                                qs(f.name),
                                qs(f.sourceIp),
                                f.scope,
                                f.region,
                                QString::number(f.count),
                                QString::number(f.failures),
                                qs(f.auditId),
                                f.message,
                                details.join(QStringLiteral("; "))};
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += writer::csvField(cells[i]);
        }
        out += "\r\n";
    }
    return out;
}

QString findingToText(const Finding& f) {
    QString object = qs(f.ns);
    if (!f.resource.empty()) object += (object.isEmpty() ? QString() : QStringLiteral("/")) + qs(f.resource);
    if (!f.name.empty()) object += QLatin1Char('/') + qs(f.name);
    QString where = qs(f.sourceIp);
    if (!f.scope.isEmpty()) where += QStringLiteral(" (") + f.scope + QLatin1Char(')');
    QStringList parts{qs(plainTime(f.time)), qs(severityName(f.severity)).toUpper(), qs(f.ruleId)};
    if (!f.operatorName.empty()) parts.push_back(qs(f.operatorName));
    if (!object.isEmpty()) parts.push_back(object);
    if (!where.isEmpty()) parts.push_back(where);
    parts.push_back(f.message);
    return parts.join(QStringLiteral("  "));
}

} // namespace ac
