#include "ClickHouseIngest.h"

#include "ClickHouseSql.h"
#include "audit/Timestamp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <chrono>
#include <cstdio>

namespace ac {

namespace {
class IngestText {
    Q_DECLARE_TR_FUNCTIONS(ClickHouseIngest)
};

// The fields the store keeps only in the raw text, from one parse: stageTimestamp, the received
// time as written, requestURI, user.groups.
struct RawFields {
    std::string received, stageTs, uri;
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
    if (!doc["requestURI"].get(v)) out.uri = std::string(v);
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

// Backslash escapes for \\, tab, newline, CR and NUL (and `quote`, when not NUL), as
// TabSeparated fields and ClickHouse's quoted strings both read them.
void appendEscaped(std::string& out, std::string_view v, char quote = '\0') {
    for (const char c : v)
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\0':
            out += "\\0";
            break;
        default:
            if (quote && c == quote) out += '\\';
            out += c;
        }
}
// The tab before every field but a line's first.
void separate(std::string& out) {
    if (!out.empty() && out.back() != '\n') out += '\t';
}
// TabSeparated, the format ClickHouse parses fastest (JSON text needs no further quoting in it).
void text(std::string& out, std::string_view v) {
    separate(out);
    appendEscaped(out, v);
}
void number(std::string& out, int64_t v) {
    separate(out);
    out += std::to_string(v);
}
void unsignedNumber(std::string& out, uint64_t v) {
    separate(out);
    out += std::to_string(v);
}
// An Array(String) field: ['a','b'], each element escaped as a quoted string. ClickHouse reads
// the array straight from the stream (no tab-format unescaping first), so the literal is written
// as it is, after the field's tab.
void array(std::string& out, const std::vector<std::string>& values) {
    separate(out);
    out += '[';
    for (size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        out += '\'';
        appendEscaped(out, values[i], '\'');
        out += '\'';
    }
    out += ']';
}

// One record as a TabSeparated line, in the columns of ch::columnNames().
void appendRow(std::string& out, const EventStore& s, uint32_t r) {
    const EventColumns& c = s.columns();
    const std::string_view json = s.rawJson(r);
    const RawFields raw = rawFields(json);
    const std::string auditId = s.auditIdText(r);
    const std::string& uri = raw.uri;
    const auto stageUs = parseRfc3339Micros(raw.stageTs);
    // A request without an auditID is the record itself, named by what identifies it.
    const std::string request = auditId.empty() ? '~' + raw.received + '|' + raw.stageTs + '|' + uri + '|' +
                                                      std::string(s.str(DictColumn::Username, r)) + '|' +
                                                      std::string(s.str(DictColumn::Verb, r))
                                                : auditId;
    // The record's text in the key: the same record ingested twice is one row, two different
    // records that share an auditID, stage and times (copied or made-up logs) stay two.
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(json.data(), qsizetype(json.size())),
                                                       QCryptographicHash::Md5);
    uint64_t hash = 0;
    for (int i = 0; i < 8; ++i)
        hash = hash << 8 | static_cast<uint8_t>(digest[i]);
    out += dayOf(c.time[r]);
    number(out, c.time[r]);
    number(out, stageUs.value_or(0));
    text(out, request);
    text(out, auditId);
    text(out, stageName(c.stage[r]));
    number(out, static_cast<int64_t>(c.stage[r]));
    text(out, levelName(c.level[r]));
    text(out, s.str(DictColumn::Verb, r));
    text(out, s.str(DictColumn::Username, r));
    array(out, raw.groups);
    text(out, s.str(DictColumn::ImpersonatedUser, r));
    text(out, s.str(DictColumn::Resource, r));
    text(out, s.str(DictColumn::Subresource, r));
    text(out, s.str(DictColumn::Namespace, r));
    text(out, s.str(DictColumn::Name, r));
    text(out, s.str(DictColumn::ApiGroup, r));
    text(out, uri);
    text(out, s.str(DictColumn::UserAgent, r));
    number(out, c.code[r]);
    text(out, s.str(DictColumn::SourceIp, r));
    text(out, decisionName(c.decision[r]));
    text(out, s.str(DictColumn::Reason, r));
    number(out, c.latencyMs[r]);
    text(out, s.str(DictColumn::Operator, r));
    text(out, accountTypeName(s.accountTypeOfOperator()[c.column(DictColumn::Operator)[r]]));
    text(out, sourceScopeName(s.scopeOfSourceIp()[c.column(DictColumn::SourceIp)[r]]));
    text(out, categoryName(s.categoryOfResourceId()[c.column(DictColumn::Resource)[r]]));
    text(out, operationName(s.operationOfVerbId()[c.column(DictColumn::Verb)[r]]));
    text(out, s.sourceOf(r).path.toStdString());
    number(out, c.line[r]);
    text(out, json);
    unsignedNumber(out, hash);
    // The request as a 16-byte key (the MD5 of its id): grouping and IN on a fixed-size key.
    const QByteArray key = QCryptographicHash::hash(QByteArrayView(request.data(), qsizetype(request.size())),
                                                    QCryptographicHash::Md5);
    text(out, std::string_view(key.constData(), size_t(key.size())));
    number(out, static_cast<int64_t>(c.stage[r]) * (int64_t(1) << 53) + c.time[r]);
    out += '\n';
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
    insert += ") FORMAT TabSeparated";
    QElapsedTimer clock;
    clock.start();
    const size_t n = s.recordCount();
    const size_t batch = std::max<size_t>(1, options.batchRows);
    // The next batch is written and compressed on another thread while the server parses this
    // one: the two cores each have a half of the work.
    struct Batch {
        QByteArray body;
        qint64 rows = 0, rawBytes = 0;
    };
    auto build = [&s, n, batch](size_t from) {
        std::string rows;
        const size_t to = std::min(n, from + batch);
        for (size_t r = from; r < to; ++r)
            appendRow(rows, s, static_cast<uint32_t>(r));
        return Batch{gzipCompress(QByteArray::fromRawData(rows.data(), qsizetype(rows.size())), 1), qint64(to - from),
                     qint64(rows.size())};
    };
    QFuture<Batch> next = QtConcurrent::run(build, size_t(0));
    for (size_t from = 0; from < n; from += batch) {
        const Batch current = next.result();
        if (from + batch < n) next = QtConcurrent::run(build, from + batch);
        if (cancel.isCancelled()) {
            next.waitForFinished();
            return BackendError::cancelledError();
        }
        if (current.body.isEmpty()) {
            next.waitForFinished();
            return BackendError{IngestText::tr("Cannot compress a batch (out of memory?).")};
        }
        if (auto sent = client.execute(insert, current.body, true, cancel); !sent) {
            next.waitForFinished();
            return sent.error();
        }
        report.records += current.rows;
        report.rawBytes += current.rawBytes;
        report.sentBytes += current.body.size();
        ++report.batches;
        if (progress) progress(report.records, qint64(n));
    }
    report.sendSeconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace ac
