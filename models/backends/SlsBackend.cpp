#include "SlsBackend.h"

#include "SlsSql.h"
#include "SqlCommon.h"
#include "audit/Definitions.h"
#include "audit/Timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace ac {

namespace {
class SlsBackendText {
    Q_DECLARE_TR_FUNCTIONS(SlsBackend)
};

// A value of an answer row as text: Log Service sends every value as a string, NULL as "null".
std::string text(const QJsonObject& row, QLatin1String key) {
    const QJsonValue v = row.value(key);
    if (v.isString()) {
        const QString s = v.toString();
        return s == QLatin1String("null") ? std::string() : s.toStdString();
    }
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17).toStdString();
    return {};
}
int64_t integer(const QJsonObject& row, QLatin1String key) {
    const QJsonValue v = row.value(key);
    if (v.isDouble()) return static_cast<int64_t>(v.toDouble());
    const QString s = v.toString();
    bool ok = false;
    const qlonglong n = s.toLongLong(&ok);
    if (ok) return n;
    const double d = s.toDouble(&ok);
    return ok ? static_cast<int64_t>(d) : 0;
}

BackendError compileError(const sls::CompileError& e) {
    return BackendError{SlsBackendText::tr("This search cannot run on Log Service: %1").arg(QString::fromUtf8(e.what()))};
}

int64_t nowSeconds() {
    return QDateTime::currentSecsSinceEpoch();
}

double valueOf(Metric m, const ResultRow& r, int64_t distinct = 0) {
    return metricValue(m, r.requests, r.failures, r.withCode, distinct);
}

ResultTable tableOf(const Query& q, const QJsonArray& rows) {
    ResultTable t;
    t.keyFields = q.groupBy;
    t.bucketed = q.bucketUs > 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        t.totalRequests = integer(o, QLatin1String("t"));
        t.groups = static_cast<size_t>(integer(o, QLatin1String("g")));
        ResultRow r;
        for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i)
            r.keys.push_back(text(o, i ? QLatin1String("k1") : QLatin1String("k0")));
        r.bucket = q.bucketUs > 0 ? integer(o, QLatin1String("b")) : 0;
        r.requests = integer(o, QLatin1String("n"));
        r.failures = integer(o, QLatin1String("f"));
        r.withCode = integer(o, QLatin1String("w"));
        r.value = valueOf(q.metric, r, integer(o, QLatin1String("d")));
        // An aggregate over nothing answers one row of zeros; a grouped one answers none.
        if (r.requests == 0 && (!q.groupBy.empty() || q.bucketUs > 0)) continue;
        t.rows.push_back(std::move(r));
    }
    if (q.groupBy.empty() && q.bucketUs == 0 && t.rows.empty()) {
        ResultRow r;
        r.value = valueOf(q.metric, r);
        t.rows.push_back(r);
    }
    if (t.rows.empty()) t.groups = 0;
    sortRows(q.order, t.rows);
    return t;
}

// The event a Log Service record came from: its fields in the apiserver's order, the nested ones
// (JSON text in the logstore) embedded as JSON again.
std::string eventJson(const QJsonObject& record) {
    static const char* const order[] = {"kind", "apiVersion", "level", "auditID", "stage", "requestURI", "verb", "user",
                                        "impersonatedUser", "sourceIPs", "userAgent", "objectRef", "responseStatus",
                                        "requestObject", "responseObject", "requestReceivedTimestamp", "stageTimestamp",
                                        "annotations"};
    QStringList keys;
    for (const char* k : order)
        if (record.contains(QLatin1String(k))) keys << QLatin1String(k);
    QStringList rest;
    for (auto it = record.begin(); it != record.end(); ++it)
        if (!keys.contains(it.key()) && !it.key().startsWith(QLatin1String("__"))) rest << it.key();
    keys += rest;
    std::string out = "{";
    for (const QString& key : keys) {
        if (out.size() > 1) out += ',';
        sqlc::appendJsonString(out, key.toStdString());
        out += ':';
        const std::string v = record.value(key).toString().toStdString();
        const bool nested = !v.empty() && (v.front() == '{' || v.front() == '[');
        if (nested && !QJsonDocument::fromJson(QByteArray::fromStdString(v)).isNull())
            out += v;
        else
            sqlc::appendJsonString(out, v);
    }
    return out + '}';
}

QJsonObject nested(const QJsonObject& record, const char* key) {
    return QJsonDocument::fromJson(record.value(QLatin1String(key)).toString().toUtf8()).object();
}

EventRow rowOf(const QJsonObject& r, const QString& origin) {
    EventRow row;
    auto s = [&](const char* key) { return r.value(QLatin1String(key)).toString().toStdString(); };
    const QJsonObject user = nested(r, "user"), imp = nested(r, "impersonatedUser"), obj = nested(r, "objectRef"),
                      status = nested(r, "responseStatus"), ann = nested(r, "annotations");
    const std::string received = !s("requestReceivedTimestamp").empty() ? s("requestReceivedTimestamp") : s("timestamp");
    const auto t0 = parseRfc3339Micros(received), t1 = parseRfc3339Micros(s("stageTimestamp"));
    row.time = t0 ? *t0 : t1 ? *t1 : 0;
    row.latencyMs = t0 && t1 ? std::max<int64_t>(0, (*t1 - *t0) / 1000) : -1;
    row.auditId = s("auditID");
    row.stage = parseStage(s("stage"));
    row.verb = s("verb");
    row.user = user.value(QLatin1String("username")).toString().toStdString();
    row.operatorName = std::string(definitions().operatorOf(
        row.user, ann.value(QLatin1String("authorization.k8s.io/reason")).toString().toStdString()));
    row.impersonatedUser = imp.value(QLatin1String("username")).toString().toStdString();
    row.ns = obj.value(QLatin1String("namespace")).toString().toStdString();
    row.resource = obj.value(QLatin1String("resource")).toString().toStdString();
    row.subresource = obj.value(QLatin1String("subresource")).toString().toStdString();
    row.name = obj.value(QLatin1String("name")).toString().toStdString();
    row.code = status.value(QLatin1String("code")).toInt();
    const QJsonArray ips = QJsonDocument::fromJson(r.value(QLatin1String("sourceIPs")).toString().toUtf8()).array();
    if (!ips.isEmpty()) row.sourceIp = ips.first().toString().toStdString();
    row.userAgent = s("userAgent");
    row.requestUri = s("requestURI");
    row.ref = sls::requestIdOf(row.auditId, received, s("stageTimestamp"), row.requestUri, row.user, row.verb);
    row.origin = origin;
    return row;
}

} // namespace

SlsBackend::SlsBackend(SlsLocation location, SlsCredentials credentials, SlsClientOptions options)
    : m_client(std::move(location), std::move(credentials), options) {}

QString SlsBackend::name() const {
    return SlsBackendText::tr("Log Service");
}

SourceInfo SlsBackend::info() const {
    SourceInfo out;
    out.kind = QStringLiteral("logservice");
    out.description = m_client.location().label();
    const SlsStats s = m_client.stats();
    out.activity = SlsBackendText::tr("%n request(s) to Log Service, %1 s, %2 KiB", nullptr, int(s.requests))
                       .arg(double(s.milliseconds) / 1000.0, 0, 'f', 1)
                       .arg(double(s.bytes) / 1024.0, 0, 'f', 0);
    return out;
}

bool SlsBackend::hasCapability(Capability) const {
    return true; // full text by the index, SQL by the analytic engine, exact count(DISTINCT), raw records
}

SlsGetLogs SlsBackend::call(const TimeRange& range, const std::string& search, const std::string& sql) const {
    SlsGetLogs c;
    std::tie(c.from, c.to) = sls::secondsOf(range, nowSeconds());
    c.query = QString::fromStdString(sql.empty() ? search : search + " | " + sql);
    return c;
}

Result<TimeRange> SlsBackend::doDataRange(const CancelToken& cancel) const {
    const auto r = m_client.getLogs(call(TimeRange{}, "*", sls::dataRangeSql()), cancel);
    if (!r) return r.error();
    if (r->rows.isEmpty()) return TimeRange{0, 0};
    const QJsonObject o = r->rows.first().toObject();
    if (text(o, QLatin1String("lo")).empty()) return TimeRange{0, 0};
    return TimeRange{integer(o, QLatin1String("lo")), integer(o, QLatin1String("hi")) + 1};
}

Result<std::vector<ResultTable>> SlsBackend::doRun(const std::vector<Query>& queries, const CancelToken& cancel) const {
    std::vector<ResultTable> out(queries.size());
    std::vector<SlsGetLogs> calls;
    // What each call answers: one query, or several ungrouped ones that share a search.
    struct Plan {
        std::vector<size_t> queries;
        bool scalars = false;
    };
    std::vector<Plan> plans;
    try {
        // Ungrouped queries over one range share one statement: the conjuncts they all have
        // become its search, the rest one counted condition each.
        std::map<std::pair<int64_t, int64_t>, std::vector<size_t>> scalarGroups;
        for (size_t i = 0; i < queries.size(); ++i) {
            const Query& q = queries[i];
            const bool scalar = q.groupBy.empty() && q.bucketUs == 0 && q.metric != Metric::Records;
            if (scalar) {
                scalarGroups[{q.range.from, q.range.to}].push_back(i);
                continue;
            }
            const sls::Condition c = sls::compile(q.filter);
            calls.push_back(call(q.range, c.search, sls::querySql(q, c.where)));
            plans.push_back({{i}, false});
        }
        for (auto& [range, members] : scalarGroups) {
            std::vector<size_t> alone, merged;
            std::vector<std::vector<ExprPtr>> parts;
            for (const size_t i : members)
                parts.push_back(sqlc::conjuncts(queries[i].filter));
            const std::vector<ExprPtr> common = sqlc::sharedConjuncts(parts);
            std::vector<std::pair<std::string, const Query*>> conditions;
            for (size_t m = 0; m < members.size(); ++m) {
                const ExprPtr restExpr = sqlc::otherConjuncts(parts[m], common);
                if (restExpr && restExpr->hasText()) { // full text has no SQL form: a statement of its own
                    alone.push_back(members[m]);
                    continue;
                }
                merged.push_back(members[m]);
                conditions.emplace_back(restExpr ? sls::sqlCondition(*restExpr) : std::string(), &queries[members[m]]);
            }
            const TimeRange& r = queries[members.front()].range;
            const sls::Condition base = sls::compile(common.empty() ? nullptr : Expr::and_(common));
            // A statement of at most 24 conditions, so that it stays a reasonable request.
            for (size_t at = 0; at < merged.size(); at += 24) {
                const size_t end = std::min(merged.size(), at + 24);
                std::vector<std::pair<std::string, const Query*>> slice(conditions.begin() + long(at),
                                                                       conditions.begin() + long(end));
                calls.push_back(call(r, base.search, sls::scalarsSql(slice, base.where, r)));
                plans.push_back({std::vector<size_t>(merged.begin() + long(at), merged.begin() + long(end)), true});
            }
            for (const size_t i : alone) {
                const sls::Condition c = sls::compile(queries[i].filter);
                calls.push_back(call(queries[i].range, c.search, sls::scalarsSql({{c.where, &queries[i]}}, {}, queries[i].range)));
                plans.push_back({{i}, true});
            }
        }
    } catch (const sls::CompileError& e) {
        return compileError(e);
    }
    const auto answers = m_client.getLogs(calls, cancel);
    if (!answers) return answers.error();
    for (size_t p = 0; p < plans.size(); ++p) {
        const QJsonArray& rows = answers.value()[p].rows;
        if (!plans[p].scalars) {
            out[plans[p].queries.front()] = tableOf(queries[plans[p].queries.front()], rows);
            continue;
        }
        const QJsonObject o = rows.isEmpty() ? QJsonObject() : rows.first().toObject();
        for (size_t k = 0; k < plans[p].queries.size(); ++k) {
            const Query& q = queries[plans[p].queries[k]];
            const QString n = QString::number(k);
            auto col = [&](char c) { return integer(o, QLatin1String((QLatin1Char(c) + n).toLatin1())); };
            ResultTable t;
            ResultRow r;
            r.requests = col('n');
            r.failures = col('f');
            r.withCode = col('w');
            r.value = valueOf(q.metric, r, col('d'));
            t.totalRequests = r.requests;
            t.rows.push_back(r);
            t.groups = 1;
            out[plans[p].queries[k]] = std::move(t);
        }
    }
    return out;
}

Result<EventRowsPage> SlsBackend::doEvents(const EventsRequest& request, const CancelToken& cancel) const {
    sls::Condition c;
    try {
        c = sls::compile(request.query.filter);
    } catch (const sls::CompileError& e) {
        return compileError(e);
    }
    EventRowsPage page;
    std::optional<EventCursor> after = request.after, before = request.before;
    const QString origin = m_client.location().label();
    // Raw rows 100 at a time, each request asking for one more to know whether more follow.
    while (page.rows.size() < request.limit) {
        const size_t chunk = std::min<size_t>(100, request.limit - page.rows.size());
        std::string sql;
        try {
            sql = sls::eventsSql(request, c.where, chunk, after, before);
        } catch (const sls::CompileError& e) {
            return compileError(e);
        }
        const auto r = m_client.getLogs(call(request.query.range, c.search, sql), cancel);
        if (!r) return r.error();
        const QJsonArray& rows = r->rows;
        for (qsizetype i = 0; i < rows.size() && i < qsizetype(chunk); ++i) {
            const QJsonObject o = rows[i].toObject();
            EventRow row;
            row.ref = text(o, QLatin1String("rid"));
            row.auditId = text(o, QLatin1String("aid"));
            row.time = integer(o, QLatin1String("t"));
            row.stage = static_cast<Stage>(std::clamp<int64_t>(integer(o, QLatin1String("rk")), 0, 4));
            row.verb = text(o, QLatin1String("verb"));
            row.operatorName = text(o, QLatin1String("op"));
            row.user = text(o, QLatin1String("usr"));
            row.impersonatedUser = text(o, QLatin1String("imp"));
            row.ns = text(o, QLatin1String("ns"));
            row.resource = text(o, QLatin1String("res"));
            row.subresource = text(o, QLatin1String("sub"));
            row.name = text(o, QLatin1String("nm"));
            row.code = static_cast<int>(integer(o, QLatin1String("code")));
            row.sourceIp = text(o, QLatin1String("ip"));
            row.userAgent = text(o, QLatin1String("ua"));
            row.requestUri = text(o, QLatin1String("uri"));
            row.latencyMs = text(o, QLatin1String("lat")).empty() ? -1 : integer(o, QLatin1String("lat"));
            row.origin = origin;
            page.rows.push_back(std::move(row));
        }
        const bool more = rows.size() > qsizetype(chunk);
        if (!more) {
            page.more = false;
            break;
        }
        page.more = true;
        if (page.rows.empty()) break;
        (before ? before : after) = cursorOf(page.rows.back(), request.query.sort);
    }
    if (request.before) std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

Result<EventDetail> SlsBackend::doDetail(const std::string& ref, const CancelToken& cancel) const {
    if (ref.empty()) return BackendError{SlsBackendText::tr("No event is selected.")};
    const QString where = m_client.location().label();
    SlsGetLogs c;
    std::tie(c.from, c.to) = sls::secondsOf(TimeRange{}, nowSeconds());
    try {
        if (ref.front() != '~') {
            c.query = QString::fromStdString("auditID: " + sls::searchValue(ref));
        } else {
            // An event without an auditID: its verb narrows the search, its time the range.
            const QStringList parts = QString::fromStdString(ref.substr(1)).split(QLatin1Char('|'));
            if (parts.size() >= 5) {
                if (const auto t = parseRfc3339Micros(parts[0].toStdString())) {
                    c.from = *t / 1000000 - 1;
                    c.to = *t / 1000000 + 2;
                }
                if (!parts[4].isEmpty())
                    c.query = QString::fromStdString("verb: " + sls::searchValue(parts[4].toStdString()));
            }
            if (c.query.isEmpty()) c.query = QStringLiteral("*");
        }
    } catch (const sls::CompileError& e) {
        return compileError(e);
    }
    EventDetail out;
    for (int pageNo = 0; pageNo < 20; ++pageNo) {
        c.offset = pageNo * 100;
        const auto r = m_client.getLogs(c, cancel);
        if (!r) return r.error();
        for (const QJsonValue& v : r->rows) {
            const QJsonObject record = v.toObject();
            EventStageDetail s;
            s.row = rowOf(record, where);
            if (s.row.ref != ref) continue;
            s.rawJson = eventJson(record);
            s.provenance = SlsBackendText::tr("%1, record at %2 from %3")
                               .arg(where, record.value(QLatin1String("__time__")).toString(),
                                    record.value(QLatin1String("__source__")).toString());
            out.stages.push_back(std::move(s));
        }
        if (r->rows.size() < 100) break;
    }
    if (out.stages.empty())
        return BackendError{SlsBackendText::tr("%1 holds no event “%2”.").arg(where, QString::fromStdString(ref))};
    std::stable_sort(out.stages.begin(), out.stages.end(),
                     [](const EventStageDetail& a, const EventStageDetail& b) { return a.row.stage < b.row.stage; });
    out.shown = out.stages.size() - 1;
    return out;
}

Result<SqlRows> SlsBackend::doSqlRows(const EventsQuery& query, const CancelToken& cancel) const {
    sls::Condition c;
    try {
        c = sls::compile(query.filter);
    } catch (const sls::CompileError& e) {
        return compileError(e);
    }
    // The user's SQL reads the logstore's own fields; derived conditions cannot narrow it.
    if (!c.where.empty())
        return BackendError{SlsBackendText::tr("The SQL part runs over the search statement only; move the conditions "
                                               "on derived fields (operator, exact values, categories) into the SQL.")};
    const auto r = m_client.getLogs(call(query.range, c.search, query.sql), cancel);
    if (!r) return r.error();
    SqlRows out;
    // The columns in the SQL's order, as the answer wrote them.
    const QStringList keys = r->keys.isEmpty() && !r->rows.isEmpty() ? r->rows.at(0).toObject().keys() : r->keys;
    for (const QString& k : keys)
        if (!k.startsWith(QLatin1String("__"))) out.columns.push_back(k.toStdString());
    for (const QJsonValue& v : r->rows) {
        const QJsonObject o = v.toObject();
        std::vector<std::string> row;
        for (const std::string& col : out.columns)
            row.push_back(o.value(QString::fromStdString(col)).toString().toStdString());
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace ac
