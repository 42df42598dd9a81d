#include "ClickHouseIngest.h"

#include "ClickHouseSql.h"
#include "SqlCommon.h"
#include "audit/Timestamp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <simdjson.h>

#include <chrono>
#include <cstdio>

namespace ac {

namespace {
class IngestText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseIngest)
};

// The fields the store keeps only in the raw text: stageTimestamp, the received time as
// written, user.groups.
struct RawFields {
    std::string received, stageTs;
    std::vector<std::string> groups;
};
RawFields rawFields(std::string_view json) {
    RawFields out;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(simdjson::padded_string(json)).get(doc)) return out;
    std::string_view v;
    if (!doc["requestReceivedTimestamp"].get(v) || !doc["timestamp"].get(v)) out.received = std::string(v);
    if (!doc["stageTimestamp"].get(v)) out.stageTs = std::string(v);
    simdjson::dom::array groups;
    if (!doc["user"]["groups"].get(groups))
        for (auto g : groups)
            if (!g.get(v)) out.groups.emplace_back(v);
    return out;
}

// The UTC day of a time, YYYY-MM-DD: the partition a record goes to.
std::string dayOf(int64_t us) {
    using namespace std::chrono;
    const auto days = floor<std::chrono::days>(sys_time<microseconds>(microseconds(us)));
    const year_month_day d(days);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

void field(std::string& out, const char* name, std::string_view value) {
    out += out.back() == '{' ? "\"" : ",\"";
    out += name;
    out += "\":";
    sqlc::appendJsonString(out, value);
}
void field(std::string& out, const char* name, int64_t value) {
    out += out.back() == '{' ? "\"" : ",\"";
    out += name;
    out += "\":";
    out += std::to_string(value);
}

// One record as a JSONEachRow line, in the columns of ch::columnNames().
void appendRow(std::string& out, const EventStore& s, uint32_t r) {
    const EventColumns& c = s.columns();
    const std::string_view json = s.rawJson(r);
    const RawFields raw = rawFields(json);
    const std::string auditId = s.auditIdText(r);
    const std::string uri = s.rawString(r, "requestURI").value_or(std::string());
    const auto stageUs = parseRfc3339Micros(raw.stageTs);
    // A request without an auditID is the record itself, named by what identifies it.
    const std::string request = auditId.empty() ? '~' + raw.received + '|' + raw.stageTs + '|' + uri + '|' +
                                                      std::string(s.str(DictColumn::Username, r)) + '|' +
                                                      std::string(s.str(DictColumn::Verb, r))
                                                : auditId;
    const SourceFile& file = s.sourceOf(r);
    out += '{';
    field(out, "day", dayOf(c.time[r]));
    field(out, "time_us", c.time[r]);
    field(out, "stage_us", stageUs.value_or(0));
    field(out, "request_id", request);
    field(out, "audit_id", auditId);
    field(out, "stage", stageName(c.stage[r]));
    field(out, "stage_rank", static_cast<int64_t>(c.stage[r]));
    field(out, "level", levelName(c.level[r]));
    field(out, "verb", s.str(DictColumn::Verb, r));
    field(out, "username", s.str(DictColumn::Username, r));
    out += ",\"user_groups\":[";
    for (size_t i = 0; i < raw.groups.size(); ++i) {
        if (i) out += ',';
        sqlc::appendJsonString(out, raw.groups[i]);
    }
    out += ']';
    field(out, "impersonated_user", s.str(DictColumn::ImpersonatedUser, r));
    field(out, "resource", s.str(DictColumn::Resource, r));
    field(out, "subresource", s.str(DictColumn::Subresource, r));
    field(out, "namespace", s.str(DictColumn::Namespace, r));
    field(out, "name", s.str(DictColumn::Name, r));
    field(out, "api_group", s.str(DictColumn::ApiGroup, r));
    field(out, "request_uri", uri);
    field(out, "user_agent", s.str(DictColumn::UserAgent, r));
    field(out, "code", c.code[r]);
    field(out, "source_ip", s.str(DictColumn::SourceIp, r));
    field(out, "decision", decisionName(c.decision[r]));
    field(out, "reason", s.str(DictColumn::Reason, r));
    field(out, "latency_ms", c.latencyMs[r]);
    field(out, "operator", s.str(DictColumn::Operator, r));
    field(out, "account_type", accountTypeName(s.accountTypeOfOperator()[c.column(DictColumn::Operator)[r]]));
    field(out, "source_scope", sourceScopeName(s.scopeOfSourceIp()[c.column(DictColumn::SourceIp)[r]]));
    field(out, "category", categoryName(s.categoryOfResourceId()[c.column(DictColumn::Resource)[r]]));
    field(out, "operation", operationName(s.operationOfVerbId()[c.column(DictColumn::Verb)[r]]));
    field(out, "source_file", file.path.toStdString());
    field(out, "source_line", c.line[r]);
    field(out, "event", json);
    // The record's text in the key: the same record ingested twice is one row, two different
    // records that share an auditID, stage and times (copied or made-up logs) stay two.
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(json.data(), qsizetype(json.size())),
                                                       QCryptographicHash::Md5);
    uint64_t hash = 0;
    for (int i = 0; i < 8; ++i)
        hash = hash << 8 | static_cast<uint8_t>(digest[i]);
    out += ",\"event_hash\":" + std::to_string(hash);
    out += "}\n";
}
} // namespace

Result<IngestReport> ingestFiles(const ClickHouseClient& client, const QStringList& paths, const IngestOptions& options,
                                 const ProgressFn& progress, const CancelToken& cancel) {
    IngestReport report;
    LoadResult load = Loader::load(paths, options.load, {}, cancel.flag());
    report.issues = std::move(load.issues);
    report.skipped = load.skipped;
    report.fileErrors = load.fileErrors;
    report.loadSeconds = load.seconds;
    if (load.cancelled || cancel.isCancelled()) return BackendError::cancelledError();
    if (!load.store || load.store->recordCount() == 0) {
        QString why = IngestText::tr("No audit events could be loaded.");
        if (!report.issues.empty())
            why += QLatin1Char(' ') + report.issues.front().file + QStringLiteral(": ") + report.issues.front().reason;
        return BackendError{why};
    }
    const ClickHouseLocation& at = client.location();
    if (auto made = client.execute(ch::createTableSql(at.database.toStdString(), at.table.toStdString()), {}, false,
                                   cancel);
        !made)
        return made.error();
    const EventStore& s = *load.store;
    std::string insert = "INSERT INTO " + ch::tableName(at.database.toStdString(), at.table.toStdString()) + " (";
    for (size_t i = 0; i < ch::columnNames().size(); ++i)
        insert += (i ? ", " : "") + ch::ident(ch::columnNames()[i]);
    insert += ") FORMAT JSONEachRow";
    QElapsedTimer clock;
    clock.start();
    const size_t n = s.recordCount();
    const size_t batch = std::max<size_t>(1, options.batchRows);
    std::string rows;
    for (size_t from = 0; from < n; from += batch) {
        if (cancel.isCancelled()) return BackendError::cancelledError();
        rows.clear();
        const size_t to = std::min(n, from + batch);
        for (size_t r = from; r < to; ++r)
            appendRow(rows, s, static_cast<uint32_t>(r));
        const QByteArray body = gzipCompress(QByteArray::fromRawData(rows.data(), qsizetype(rows.size())));
        if (body.isEmpty()) return BackendError{IngestText::tr("Cannot compress a batch (out of memory?).")};
        if (auto sent = client.execute(insert, body, true, cancel); !sent) return sent.error();
        report.records += qint64(to - from);
        report.rawBytes += qint64(rows.size());
        report.sentBytes += body.size();
        ++report.batches;
        if (progress) progress(qint64(to), qint64(n));
    }
    report.sendSeconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace ac
