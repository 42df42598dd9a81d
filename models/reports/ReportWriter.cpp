#include "ReportWriter.h"

#include "audit/Timestamp.h"

#include <QJsonArray>
#include <QString>

namespace ac::writer {

namespace {
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonValue n(int64_t v) {
    return QJsonValue(static_cast<qint64>(v));
}

QByteArray b(std::string_view s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonArray keyCounts(const std::vector<KeyCount>& list) {
    QJsonArray a;
    for (const auto& kc : list)
        a.append(
            QJsonObject{{QStringLiteral("key"), qs(kc.key)}, {QStringLiteral("count"), static_cast<qint64>(kc.count)}});
    return a;
}

QJsonArray trend(const std::vector<TrendPoint>& points) {
    QJsonArray a;
    for (const auto& p : points)
        a.append(QJsonObject{{QStringLiteral("time"), isoTime(p.time)},
                             {QStringLiteral("count"), static_cast<qint64>(p.count)}});
    return a;
}

void line(QByteArray& out, const QString& label, qint64 value) {
    out += label.leftJustified(16).toUtf8() + QByteArray::number(value).rightJustified(10) + '\n';
}

void table(QByteArray& out, const char* title, const std::vector<KeyCount>& list) {
    out += QByteArray("\n") + title + '\n';
    for (const auto& kc : list)
        out += "  " + QByteArray::number(static_cast<qint64>(kc.count)).rightJustified(10) + "  " +
               (kc.key.empty() ? QByteArray("(none)") : QByteArray::fromStdString(kc.key)) + '\n';
}

void trendText(QByteArray& out, const std::vector<TrendPoint>& points, int64_t bucketUs) {
    int64_t peak = 1;
    for (const auto& p : points)
        peak = std::max(peak, p.count);
    out += "\nTrend (buckets of " + QByteArray::number(static_cast<qint64>(bucketUs / 1000000)) + " s)\n";
    // A terminal cannot show hundreds of rows usefully: fold into at most 24 lines.
    const size_t fold = std::max<size_t>(1, (points.size() + 23) / 24);
    for (size_t i = 0; i < points.size(); i += fold) {
        int64_t sum = 0;
        for (size_t k = i; k < std::min(points.size(), i + fold); ++k)
            sum += points[k].count;
        const int bar = static_cast<int>(40 * sum / (peak * static_cast<int64_t>(fold)));
        out += "  " + isoTime(points[i].time).left(16).toUtf8() +
               QByteArray::number(static_cast<qint64>(sum)).rightJustified(10) + "  " +
               QByteArray(std::max(0, bar), '#') + '\n';
    }
}

void csvRow(QByteArray& out, std::initializer_list<QString> fields) {
    bool first = true;
    for (const auto& f : fields) {
        if (!first) out += ',';
        out += csvField(f);
        first = false;
    }
    out += "\r\n";
}
} // namespace

QString isoTime(int64_t micros) {
    return QString::fromStdString(formatRfc3339Micros(micros));
}

QByteArray csvField(const QString& s) {
    QByteArray b = s.toUtf8();
    // A leading = + - @ would make a spreadsheet evaluate the cell.
    if (!b.isEmpty() && (b[0] == '=' || b[0] == '+' || b[0] == '-' || b[0] == '@')) b.prepend('\'');
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r'))
        return '"' + b.replace("\"", "\"\"") + '"';
    return b;
}

QJsonObject loadedJson(const Backend* backend, const OpenedSource& load) {
    QJsonArray files, errors;
    const SourceInfo info = backend ? backend->info() : SourceInfo();
    for (const auto& f : info.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("format"), f.format},
                                 {QStringLiteral("records"), f.records},
                                 {QStringLiteral("skipped"), f.skipped},
                                 {QStringLiteral("error"), f.error}});
    for (const auto& i : load.issues)
        errors.append(QJsonObject{
            {QStringLiteral("file"), i.file}, {QStringLiteral("line"), i.line}, {QStringLiteral("reason"), i.reason}});
    QJsonObject o{{QStringLiteral("records"), std::max<qint64>(0, info.records)},
                  {QStringLiteral("requests"), std::max<qint64>(0, info.requests)},
                  {QStringLiteral("skipped"), load.skipped},
                  {QStringLiteral("fileErrors"), load.fileErrors},
                  {QStringLiteral("files"), files},
                  {QStringLiteral("errors"), errors},
                  {QStringLiteral("seconds"), load.seconds}};
    if (backend && info.records > 0)
        if (const auto range = backend->dataRange(); range.ok()) {
            o.insert(QStringLiteral("first"), isoTime(range->from));
            o.insert(QStringLiteral("last"), isoTime(range->to - 1));
        }
    return o;
}

QJsonObject overviewJson(const OverviewReport& r) {
    return {{QStringLiteral("total"), n(r.total)},
            {QStringLiteral("publicAccess"), n(r.publicAccess)},
            {QStringLiteral("unauthorized"), n(r.unauthorized)},
            {QStringLiteral("created"), n(r.created)},
            {QStringLiteral("deleted"), n(r.deleted)},
            {QStringLiteral("exec"), n(r.exec)},
            {QStringLiteral("attach"), n(r.attach)},
            {QStringLiteral("secretAccess"), n(r.secretAccess)},
            {QStringLiteral("byOperator"), keyCounts(r.byOperator)},
            {QStringLiteral("byNamespace"), keyCounts(r.byNamespace)},
            {QStringLiteral("byVerb"), keyCounts(r.byVerb)},
            {QStringLiteral("byCode"), keyCounts(r.byCode)},
            {QStringLiteral("bucketSeconds"), static_cast<qint64>(r.bucketUs / 1000000)},
            {QStringLiteral("trend"), trend(r.trend)}};
}

QJsonArray resourcesJson(const ResourceOperationsReport& r) {
    QJsonArray a;
    for (const auto& row : r.rows)
        a.append(QJsonObject{{QStringLiteral("category"), qs(categoryName(row.category))},
                             {QStringLiteral("resource"), qs(row.resource)},
                             {QStringLiteral("create"), n(row.create)},
                             {QStringLiteral("update"), n(row.update)},
                             {QStringLiteral("delete"), n(row.del)},
                             {QStringLiteral("access"), n(row.access)}});
    return a;
}

QJsonObject eventSummaryJson(const EventRow& e) {
    return {{QStringLiteral("time"), isoTime(e.time)},
            {QStringLiteral("auditID"), qs(e.auditId)},
            {QStringLiteral("stage"), qs(stageName(e.stage))},
            {QStringLiteral("verb"), qs(e.verb)},
            {QStringLiteral("operator"), qs(e.operatorName)},
            {QStringLiteral("username"), qs(e.user)},
            {QStringLiteral("impersonatedUser"), qs(e.impersonatedUser)},
            {QStringLiteral("namespace"), qs(e.ns)},
            {QStringLiteral("resource"), qs(e.resource)},
            {QStringLiteral("subresource"), qs(e.subresource)},
            {QStringLiteral("name"), qs(e.name)},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("sourceIP"), qs(e.sourceIp)},
            {QStringLiteral("userAgent"), qs(e.userAgent)},
            {QStringLiteral("requestURI"), qs(e.requestUri)},
            {QStringLiteral("file"), e.origin},
            {QStringLiteral("line"), e.originLine}};
}

QJsonObject detailJson(const ResourceDetailReport& r, const std::vector<EventRow>& operations) {
    QJsonArray ops;
    for (const EventRow& e : operations)
        ops.append(eventSummaryJson(e));
    return {{QStringLiteral("resource"), qs(r.resource)},
            {QStringLiteral("total"), n(r.total)},
            {QStringLiteral("successRate"), r.successRate},
            {QStringLiteral("byNamespace"), keyCounts(r.byNamespace)},
            {QStringLiteral("byOperation"), keyCounts(r.byOperation)},
            {QStringLiteral("byVerb"), keyCounts(r.byVerb)},
            {QStringLiteral("bucketSeconds"), static_cast<qint64>(r.bucketUs / 1000000)},
            {QStringLiteral("trend"), trend(r.trend)},
            {QStringLiteral("operationsTotal"), n(r.total)},
            {QStringLiteral("operations"), ops}};
}

QByteArray loadedText(const Backend* backend, const OpenedSource& load) {
    QByteArray out;
    const SourceInfo info = backend ? backend->info() : SourceInfo();
    out += "Loaded " + QByteArray::number(std::max<qint64>(0, info.records)) + " records (" +
           QByteArray::number(std::max<qint64>(0, info.requests)) + " requests) from " +
           QByteArray::number(static_cast<qint64>(info.files.size())) + " file(s) in " +
           QByteArray::number(load.seconds, 'f', 2) + " s; skipped " + QByteArray::number(load.skipped) + ".\n";
    if (backend && info.records > 0)
        if (const auto range = backend->dataRange(); range.ok())
            out += "Events from " + isoTime(range->from).toUtf8() + " to " + isoTime(range->to - 1).toUtf8() + "\n";
    const qsizetype shown = std::min<qsizetype>(static_cast<qsizetype>(load.issues.size()), 20);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto& is = load.issues[static_cast<size_t>(i)];
        out += "  " + is.file.toUtf8() + (is.line ? ":" + QByteArray::number(is.line) : QByteArray()) + ": " +
               is.reason.toUtf8() + '\n';
    }
    if (static_cast<qsizetype>(load.issues.size()) > shown)
        out += "  … and " + QByteArray::number(static_cast<qsizetype>(load.issues.size()) - shown) +
               " more (see --format json)\n";
    return out;
}

QByteArray overviewText(const OverviewReport& r) {
    QByteArray out = "\nAudit overview\n";
    line(out, QStringLiteral("Requests"), r.total);
    line(out, QStringLiteral("Public access"), r.publicAccess);
    line(out, QStringLiteral("Unauthorized"), r.unauthorized);
    line(out, QStringLiteral("Created"), r.created);
    line(out, QStringLiteral("Deleted"), r.deleted);
    line(out, QStringLiteral("Exec"), r.exec);
    line(out, QStringLiteral("Attach"), r.attach);
    line(out, QStringLiteral("Secret access"), r.secretAccess);
    table(out, "Top operators", r.byOperator);
    table(out, "Top namespaces", r.byNamespace);
    table(out, "Verbs", r.byVerb);
    table(out, "Status codes", r.byCode);
    trendText(out, r.trend, r.bucketUs);
    return out;
}

QByteArray resourcesText(const ResourceOperationsReport& r) {
    QByteArray out = "\nResource operations\n";
    out += QByteArray("  category  resource").leftJustified(36) + "    create    update    delete    access\n";
    for (const auto& row : r.rows)
        out += QByteArray("  " + b(categoryName(row.category)).leftJustified(8) + "  " +
                          QByteArray::fromStdString(row.resource))
                   .leftJustified(36) +
               QByteArray::number(row.create).rightJustified(10) + QByteArray::number(row.update).rightJustified(10) +
               QByteArray::number(row.del).rightJustified(10) + QByteArray::number(row.access).rightJustified(10) +
               '\n';
    return out;
}

QByteArray detailText(const ResourceDetailReport& r, const std::vector<EventRow>& operations) {
    QByteArray out = "\nResource detail: " + QByteArray::fromStdString(r.resource) + '\n';
    line(out, QStringLiteral("Requests"), r.total);
    out += QByteArray("Success rate").leftJustified(16) +
           QByteArray::number(r.successRate * 100, 'f', 1).rightJustified(9) + "%\n";
    table(out, "Namespaces", r.byNamespace);
    table(out, "Operations", r.byOperation);
    table(out, "Verbs", r.byVerb);
    trendText(out, r.trend, r.bucketUs);
    out += "\nLatest operations (" + QByteArray::number(static_cast<qint64>(operations.size())) + " of " +
           QByteArray::number(static_cast<qint64>(r.total)) + ")\n";
    for (const EventRow& e : operations)
        out += "  " + isoTime(e.time).left(19).toUtf8() + "  " + QByteArray::number(e.code) + "  " +
               b(e.verb).leftJustified(8) + " " + b(e.ns) + "/" + b(e.name) + "  by " + b(e.operatorName) + '\n';
    return out;
}

QByteArray overviewCsv(const OverviewReport& r) {
    QByteArray out;
    csvRow(out, {QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("count")});
    const std::pair<const char*, int64_t> figures[] = {
        {"total", r.total},     {"publicAccess", r.publicAccess}, {"unauthorized", r.unauthorized},
        {"created", r.created}, {"deleted", r.deleted},           {"exec", r.exec},
        {"attach", r.attach},   {"secretAccess", r.secretAccess}};
    for (const auto& [k, v] : figures)
        csvRow(out, {QStringLiteral("figure"), QString::fromLatin1(k), QString::number(v)});
    const std::pair<const char*, const std::vector<KeyCount>*> lists[] = {
        {"byOperator", &r.byOperator}, {"byNamespace", &r.byNamespace}, {"byVerb", &r.byVerb}, {"byCode", &r.byCode}};
    for (const auto& [section, list] : lists)
        for (const auto& kc : *list)
            csvRow(out, {QString::fromLatin1(section), qs(kc.key), QString::number(kc.count)});
    for (const auto& p : r.trend)
        csvRow(out, {QStringLiteral("trend"), isoTime(p.time), QString::number(p.count)});
    return out;
}

QByteArray resourcesCsv(const ResourceOperationsReport& r) {
    QByteArray out;
    csvRow(out, {QStringLiteral("category"), QStringLiteral("resource"), QStringLiteral("create"),
                 QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("access")});
    for (const auto& row : r.rows)
        csvRow(out, {qs(categoryName(row.category)), qs(row.resource), QString::number(row.create),
                     QString::number(row.update), QString::number(row.del), QString::number(row.access)});
    return out;
}

QByteArray detailCsv(const ResourceDetailReport&, const std::vector<EventRow>& operations) {
    QByteArray out;
    csvRow(out,
           {QStringLiteral("time"), QStringLiteral("auditID"), QStringLiteral("verb"), QStringLiteral("operator"),
            QStringLiteral("namespace"), QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("sourceIP")});
    for (const EventRow& e : operations)
        csvRow(out, {isoTime(e.time), qs(e.auditId), qs(e.verb), qs(e.operatorName), qs(e.ns), qs(e.name),
                     QString::number(e.code), qs(e.sourceIp)});
    return out;
}

} // namespace ac::writer
