#include "ClickHouseBackend.h"

#include "ClickHouseSql.h"
#include "SqlCommon.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <map>

namespace ac {

namespace {
class ClickHouseBackendText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseBackend)
};

// JSONCompact writes 64-bit integers as strings, smaller ones as numbers.
int64_t integer(const QJsonValue& v) {
    if (v.isDouble()) return static_cast<int64_t>(v.toDouble());
    bool ok = false;
    const qlonglong n = v.toString().toLongLong(&ok);
    if (ok) return n;
    return static_cast<int64_t>(v.toString().toDouble());
}
std::string text(const QJsonValue& v) {
    if (v.isString()) return v.toString().toStdString();
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17).toStdString();
    return {};
}

// Column positions by name, so that rows are read by name.
struct Columns {
    std::map<QString, qsizetype> at;
    explicit Columns(const QStringList& names) {
        for (qsizetype i = 0; i < names.size(); ++i)
            at[names[i]] = i;
    }
    QJsonValue get(const QJsonArray& row, const char* name) const {
        const auto it = at.find(QLatin1String(name));
        return it == at.end() ? QJsonValue() : row.at(it->second);
    }
};

ResultTable tableOf(const Query& q, const ClickHouseAnswer& a) {
    const Columns c(a.columns);
    ResultTable t;
    t.keyFields = q.groupBy;
    t.bucketed = q.bucketUs > 0;
    const bool grouped = !q.groupBy.empty() || q.bucketUs > 0;
    for (const QJsonValue& v : a.rows) {
        const QJsonArray o = v.toArray();
        ResultRow r;
        for (size_t i = 0; i < q.groupBy.size() && i < 2; ++i)
            r.keys.push_back(text(c.get(o, i ? "k1" : "k0")));
        r.bucket = q.bucketUs > 0 ? integer(c.get(o, "b")) : 0;
        r.requests = integer(c.get(o, "n"));
        r.failures = integer(c.get(o, "f"));
        r.withCode = integer(c.get(o, "w"));
        r.value = metricValue(q.metric, r.requests, r.failures, r.withCode, integer(c.get(o, "d")));
        if (!grouped) t.totalRequests = integer(c.get(o, "t"));
        // An aggregate over nothing answers one row of zeros; a grouped one answers none.
        if (r.requests == 0 && grouped) continue;
        t.rows.push_back(std::move(r));
    }
    if (grouped) {
        t.totalRequests = a.totals.isEmpty() ? 0 : integer(c.get(a.totals, "t"));
        t.groups = a.rowsBeforeLimit >= 0 ? static_cast<size_t>(a.rowsBeforeLimit) : t.rows.size();
        t.groups = std::max(t.groups, t.rows.size());
    } else {
        if (t.rows.empty()) t.rows.push_back(ResultRow{{}, 0, metricValue(q.metric, 0, 0, 0, 0), 0, 0, 0});
        t.groups = 1;
    }
    sortRows(q.order, t.rows);
    return t;
}

EventRow rowOf(const Columns& c, const QJsonArray& o) {
    EventRow row;
    row.ref = text(c.get(o, "rid"));
    row.auditId = text(c.get(o, "aid"));
    row.stage = static_cast<Stage>(std::clamp<int64_t>(integer(c.get(o, "rk")), 0, 4));
    row.time = integer(c.get(o, "t"));
    row.verb = text(c.get(o, "verb"));
    row.operatorName = text(c.get(o, "op"));
    row.user = text(c.get(o, "usr"));
    row.impersonatedUser = text(c.get(o, "imp"));
    row.ns = text(c.get(o, "ns"));
    row.resource = text(c.get(o, "res"));
    row.subresource = text(c.get(o, "sub"));
    row.name = text(c.get(o, "nm"));
    row.code = static_cast<int>(integer(c.get(o, "code")));
    row.sourceIp = text(c.get(o, "ip"));
    row.userAgent = text(c.get(o, "ua"));
    row.requestUri = text(c.get(o, "uri"));
    row.latencyMs = integer(c.get(o, "lat"));
    row.origin = QString::fromStdString(text(c.get(o, "sf")));
    row.originLine = integer(c.get(o, "sl"));
    return row;
}
} // namespace

ClickHouseBackend::ClickHouseBackend(ClickHouseLocation location, QString password, ClickHouseClientOptions options)
    : m_client(std::move(location), std::move(password), options) {}

QString ClickHouseBackend::name() const {
    return ClickHouseBackendText::tr("ClickHouse");
}

SourceInfo ClickHouseBackend::info() const {
    SourceInfo out;
    out.kind = QStringLiteral("clickhouse");
    out.description = m_client.location().label();
    const ClickHouseStats s = m_client.stats();
    out.activity = ClickHouseBackendText::tr("%n request(s) to ClickHouse, %1 s, %2 KiB", nullptr, int(s.requests))
                       .arg(double(s.milliseconds) / 1000.0, 0, 'f', 1)
                       .arg(double(s.bytes) / 1024.0, 0, 'f', 0);
    return out;
}

bool ClickHouseBackend::hasCapability(Capability c) const {
    // The SQL part after `|` is Log Service SQL, which ClickHouse does not speak.
    return c != Capability::SqlPipe;
}

std::string ClickHouseBackend::table() const {
    return ch::tableName(m_client.location().database.toStdString(), m_client.location().table.toStdString());
}

QString ClickHouseBackend::serverVersion(const CancelToken& cancel) const {
    const auto r = m_client.select("SELECT version() AS v", cancel);
    if (!r || r->rows.isEmpty()) return {};
    return r->rows.first().toArray().first().toString();
}

Result<TimeRange> ClickHouseBackend::doDataRange(const CancelToken& cancel) const {
    const auto r = m_client.select(ch::dataRangeSql(table()), cancel);
    if (!r) return r.error();
    const Columns c(r->columns);
    if (r->rows.isEmpty()) return TimeRange{0, 0};
    const QJsonArray row = r->rows.first().toArray();
    if (integer(c.get(row, "n")) == 0) return TimeRange{0, 0};
    return TimeRange{integer(c.get(row, "lo")), integer(c.get(row, "hi")) + 1};
}

Result<std::vector<ResultTable>> ClickHouseBackend::doRun(const std::vector<Query>& queries,
                                                          const CancelToken& cancel) const {
    const std::string t = table();
    // Queries over one range that share part of their filter (a page's user filter) evaluate that
    // part once: its records go to a temporary table of the session, and each statement reads
    // the rest of its filter from there (a full-text search then scans the event text once).
    std::vector<Query> adjusted = queries;
    std::vector<std::string> pre(queries.size()), prelude, temporary;
    std::map<std::pair<int64_t, int64_t>, std::vector<size_t>> byRange;
    for (size_t i = 0; i < queries.size(); ++i)
        byRange[{queries[i].range.from, queries[i].range.to}].push_back(i);
    for (const auto& [range, members] : byRange) {
        if (members.size() < 2) continue;
        std::vector<std::vector<ExprPtr>> parts;
        for (const size_t i : members)
            parts.push_back(sqlc::conjuncts(queries[i].filter));
        const std::vector<ExprPtr> common = sqlc::sharedConjuncts(parts);
        if (common.empty()) continue;
        const std::string name = "ac_matching_" + std::to_string(temporary.size());
        bool text = false;
        for (size_t m = 0; m < members.size(); ++m) {
            adjusted[members[m]].filter = sqlc::otherConjuncts(parts[m], common);
            text = text || (adjusted[members[m]].filter && adjusted[members[m]].filter->hasText());
            pre[members[m]] = name;
        }
        prelude.push_back(ch::matchingTableSql(name, Expr::and_(common), queries[members.front()].range, t, text));
        temporary.push_back(name);
    }

    std::vector<std::string> statements;
    struct Plan {
        std::vector<size_t> queries;
        bool scalars = false;
    };
    std::vector<Plan> plans;
    // Ungrouped queries over one range share a statement: the conjuncts they all have narrow
    // the requests it groups, each query is one flag.
    std::map<std::pair<int64_t, int64_t>, std::vector<size_t>> scalarGroups;
    for (size_t i = 0; i < adjusted.size(); ++i) {
        const Query& q = adjusted[i];
        if (q.groupBy.empty() && q.bucketUs == 0 && q.metric != Metric::Records) {
            scalarGroups[{q.range.from, q.range.to}].push_back(i);
            continue;
        }
        statements.push_back(ch::querySql(q, t, pre[i]));
        plans.push_back({{i}, false});
    }
    for (auto& [range, members] : scalarGroups) {
        // One record must match all of a query's filter: with a temporary table every flag reads
        // its whole remaining condition from it.
        const std::string& from = pre[members.front()];
        std::vector<std::vector<ExprPtr>> parts;
        for (const size_t i : members)
            parts.push_back(sqlc::conjuncts(adjusted[i].filter));
        const std::vector<ExprPtr> common = from.empty() ? sqlc::sharedConjuncts(parts) : std::vector<ExprPtr>();
        // The shared conjuncts only narrow the requests grouped; each flag tests its whole filter
        // on one record.
        std::vector<std::pair<ExprPtr, const Query*>> conditions;
        for (size_t m = 0; m < members.size(); ++m)
            conditions.emplace_back(adjusted[members[m]].filter, &adjusted[members[m]]);
        const ExprPtr commonExpr = common.empty() ? nullptr : Expr::and_(common);
        const TimeRange& r = adjusted[members.front()].range;
        for (size_t at = 0; at < members.size(); at += 32) {
            const size_t end = std::min(members.size(), at + 32);
            statements.push_back(ch::scalarsSql({conditions.begin() + long(at), conditions.begin() + long(end)},
                                                commonExpr, r, t, from));
            plans.push_back({std::vector<size_t>(members.begin() + long(at), members.begin() + long(end)), true});
        }
    }
    QString session;
    if (!prelude.empty()) {
        session = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const std::string& sql : prelude)
            if (auto made = m_client.execute(sql, {}, false, cancel, session); !made) return made.error();
    }
    const auto answers = m_client.select(statements, cancel, session);
    for (const std::string& name : temporary)
        (void)m_client.execute("DROP TEMPORARY TABLE IF EXISTS " + name, {}, false, {}, session);
    if (!answers) return answers.error();
    std::vector<ResultTable> out(queries.size());
    for (size_t p = 0; p < plans.size(); ++p) {
        const ClickHouseAnswer& a = answers.value()[p];
        if (!plans[p].scalars) {
            out[plans[p].queries.front()] = tableOf(queries[plans[p].queries.front()], a);
            continue;
        }
        const Columns c(a.columns);
        const QJsonArray row = a.rows.isEmpty() ? QJsonArray() : a.rows.first().toArray();
        for (size_t k = 0; k < plans[p].queries.size(); ++k) {
            const Query& q = queries[plans[p].queries[k]];
            const std::string n = std::to_string(k);
            auto col = [&](char ch) { return integer(c.get(row, (ch + n).c_str())); };
            ResultTable table;
            ResultRow r;
            r.requests = col('n');
            r.failures = col('f');
            r.withCode = col('w');
            r.value = metricValue(q.metric, r.requests, r.failures, r.withCode, col('d'));
            table.totalRequests = r.requests;
            table.rows.push_back(r);
            table.groups = 1;
            out[plans[p].queries[k]] = std::move(table);
        }
    }
    return out;
}

Result<EventRowsPage> ClickHouseBackend::doEvents(const EventsRequest& request, const CancelToken& cancel) const {
    const auto r = m_client.select(ch::eventsSql(request, request.limit, table()), cancel);
    if (!r) return r.error();
    const Columns c(r->columns);
    EventRowsPage page;
    for (qsizetype i = 0; i < r->rows.size() && i < qsizetype(request.limit); ++i)
        page.rows.push_back(rowOf(c, r->rows[i].toArray()));
    page.more = r->rows.size() > qsizetype(request.limit);
    if (request.before) std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

Result<EventDetail> ClickHouseBackend::doDetail(const std::string& ref, const CancelToken& cancel) const {
    if (ref.empty()) return BackendError{ClickHouseBackendText::tr("No event is selected.")};
    const auto r = m_client.select(ch::detailSql(ref, table()), cancel);
    if (!r) return r.error();
    const Columns c(r->columns);
    EventDetail out;
    const QString where = m_client.location().label();
    for (const QJsonValue& v : r->rows) {
        const QJsonArray o = v.toArray();
        EventStageDetail s;
        s.row = rowOf(c, o);
        s.rawJson = text(c.get(o, "ev"));
        s.provenance = s.row.origin.isEmpty()
                           ? where
                           : ClickHouseBackendText::tr("%1, ingested from %2, line %3")
                                 .arg(where, s.row.origin)
                                 .arg(s.row.originLine);
        out.stages.push_back(std::move(s));
    }
    if (out.stages.empty())
        return BackendError{
            ClickHouseBackendText::tr("%1 holds no event “%2”.").arg(where, QString::fromStdString(ref))};
    out.shown = out.stages.size() - 1;
    return out;
}

} // namespace ac
