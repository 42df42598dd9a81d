#include "ReportData.h"

#include "backends/Source.h"
#include "itemmodels/ResourceOpsModel.h"
#include "reports/ReportWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>
#include <set>

namespace ac {

namespace {
// The document's strings share one context with ReportDocument, for lupdate and the translators.
class Text {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

// The scope's filter and `parts`, as the reports combine them (null parts are left out).
ExprPtr within(const ReportScope& scope, std::vector<ExprPtr> parts) {
    parts.insert(parts.begin(), scope.filter);
    return Expr::and_(std::move(parts));
}

QString statementOf(const ExprPtr& filter) {
    return QString::fromStdString(filter ? filter->toString() : std::string("*"));
}

QJsonValue isoOrNull(int64_t micros, int64_t unbounded) {
    return micros == unbounded ? QJsonValue() : QJsonValue(writer::isoTime(micros));
}

// A file to digest: what the source says of it when it was loaded.
struct PendingFile {
    QString path;
    qint64 loadedBytes = -1; // -1: unknown
    QString loadError;
};

std::vector<PendingFile> filesOf(const SourceInfo& info, const OpenedSource* opened) {
    std::vector<PendingFile> out;
    std::set<QString> seen;
    if (info.kind == QLatin1String("files"))
        for (const SourceFileInfo& f : info.files)
            if (seen.insert(f.path).second) out.push_back({f.path, f.bytes, f.error});
    // Files that could not be read at all are not in the store; the load's issues name them.
    if (opened)
        for (const LoadIssue& issue : opened->issues)
            if (issue.line == 0 && seen.insert(issue.file).second) out.push_back({issue.file, -1, issue.reason});
    return out;
}

void addFigures(ReportData& d) {
    const ReportScope& scope = d.options.scope;
    const auto add = [&d](const QString& label, const ExprPtr& filter, int64_t value) {
        d.figures.push_back({label, statementOf(filter), d.options.scope.range, static_cast<qint64>(value)});
    };
    const QString overview = Text::tr("Audit overview");
    for (const OverviewFigure& f : overviewFigures()) {
        const QString label = Text::tr("%1 · %2").arg(overview, f.label);
        add(label, within(scope, {f.condition}), d.overview.*f.member);
        add(Text::tr("%1 · succeeded").arg(label), within(scope, {f.condition, defs::succeeded()}),
            d.overview.succeeded.*f.member);
        add(Text::tr("%1 · failed").arg(label), within(scope, {f.condition, defs::failed()}),
            d.overview.failed.*f.member);
    }
    const QString resources = Text::tr("Resource operations");
    struct Cell {
        Operation operation;
        QString name;
        int64_t ResourceOperationsReport::Row::*member;
    };
    const Cell cells[] = {{Operation::Create, Text::tr("Create"), &ResourceOperationsReport::Row::create},
                          {Operation::Update, Text::tr("Update"), &ResourceOperationsReport::Row::update},
                          {Operation::Delete, Text::tr("Delete"), &ResourceOperationsReport::Row::del},
                          {Operation::Access, Text::tr("Access"), &ResourceOperationsReport::Row::access}};
    for (const auto& row : d.resources.rows)
        for (const Cell& c : cells) {
            const int64_t value = row.*c.member;
            if (value == 0) continue;
            add(Text::tr("%1 · %2 · %3").arg(resources, ResourceOpsModel::resourceTitle(row.resource), c.name),
                within(scope, {defs::onResource(row.resource),
                               Expr::exact(Field::Operation, std::string(operationName(c.operation)))}),
                value);
        }
    for (const auto& detail : d.details) {
        const ResourceDetailReport& report = detail.first;
        const QString title = Text::tr("Resource detail: %1").arg(QString::fromStdString(report.resource));
        add(Text::tr("%1 · Requests").arg(title), within(scope, {defs::onResource(report.resource)}), report.total);
        add(Text::tr("%1 · Failed").arg(title), within(scope, {defs::onResource(report.resource), defs::failed()}),
            report.failed);
    }
}
} // namespace

std::optional<QString> saveFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) return std::nullopt;
    const QString why = file.errorString();
    file.cancelWriting();
    return why;
}

SourceFileDigest digestFile(const QString& path, const CancelToken& cancel, bool* stopped) {
    SourceFileDigest out;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(qsizetype(1) << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel.isCancelled()) {
            if (stopped) *stopped = true;
            return out;
        }
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            out.error = file.errorString();
            return out;
        }
        if (n == 0) break;
        hash.addData(QByteArrayView(block.constData(), static_cast<qsizetype>(n)));
        out.bytes += n;
    }
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    return out;
}

std::vector<OverviewFigure> overviewFigures() {
    return {{Text::tr("Requests"), nullptr, &OverviewFigures::total},
            {Text::tr("Public-network access"), defs::publicAccess(), &OverviewFigures::publicAccess},
            {Text::tr("Unauthorized (401/403)"), defs::unauthorized(), &OverviewFigures::unauthorized},
            {Text::tr("Created"), defs::created(), &OverviewFigures::created},
            {Text::tr("Deleted"), defs::deleted(), &OverviewFigures::deleted},
            {Text::tr("Command executions"), defs::exec(), &OverviewFigures::exec},
            {Text::tr("Attaches"), defs::attach(), &OverviewFigures::attach},
            {Text::tr("Secret access"), defs::secretAccess(), &OverviewFigures::secretAccess}};
}

Result<ReportData> gatherReportData(const Backend& backend, const OpenedSource* opened,
                                    const ReportDataOptions& options, const CancelToken& cancel,
                                    const std::function<void(int, int)>& progress) {
    ReportData d;
    d.options = options;
    d.generatedAtUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    const SourceInfo info = backend.info();
    d.sourceLabel = info.description.isEmpty() ? backend.name() : info.description;
    const std::vector<PendingFile> pending = filesOf(info, opened);

    // Steps: the data range, the batch of queries, five lists, each detail's operations, each file.
    const int total = 7 + static_cast<int>(options.detailResources.size() + pending.size());
    int done = 0;
    const auto step = [&done, total, &progress] {
        ++done;
        if (progress) progress(done, total);
    };

    const Result<TimeRange> range = backend.dataRange(cancel);
    if (!range) return range.error();
    d.data = *range;
    d.effective = effectiveRange(d.data, options.scope.range);
    step();

    // Every report's queries in one batch: one call, or a few round trips to a remote source.
    QueryBatch batch;
    const Assemble<OverviewReport> overview = OverviewReport::plan(batch, options.scope, d.data, options.top);
    const Assemble<OverviewLists> lists = OverviewLists::plan(batch, options.scope, options.top);
    const Assemble<ResourceOperationsReport> resources = ResourceOperationsReport::plan(batch, options.scope);
    std::vector<Assemble<ResourceDetailReport>> details;
    for (const std::string& resource : options.detailResources)
        details.push_back(ResourceDetailReport::plan(batch, options.scope, d.data, resource));
    if (auto error = batch.run(backend, cancel)) return *error;
    d.overview = overview(batch);
    d.lists = lists(batch);
    d.resources = resources(batch);
    step();

    // The first rows of a list, newest first, as the window's first page shows them.
    const auto firstRows = [&backend, &cancel, &options](const EventsQuery& query,
                                                         std::vector<EventRow>& rows) -> std::optional<BackendError> {
        if (options.listLimit == 0) return std::nullopt;
        EventsRequest request;
        request.query = query;
        request.limit = options.listLimit;
        Result<EventRowsPage> page = backend.events(request, cancel);
        if (!page) return page.error();
        rows = std::move(page).value().rows;
        return std::nullopt;
    };
    const std::pair<const EventsQuery*, std::vector<EventRow>*> listRows[] = {
        {&d.lists.execs, &d.execs},
        {&d.lists.attaches, &d.attaches},
        {&d.lists.secretAccesses, &d.secretAccesses},
        {&d.lists.deletions, &d.deletions},
        {&d.lists.publicAccesses, &d.publicAccesses}};
    for (const auto& [query, rows] : listRows) {
        if (cancel.isCancelled()) return BackendError::cancelledError();
        if (auto error = firstRows(*query, *rows)) return *error;
        step();
    }
    for (const auto& assemble : details) {
        if (cancel.isCancelled()) return BackendError::cancelledError();
        ResourceDetailReport report = assemble(batch);
        std::vector<EventRow> rows;
        if (auto error = firstRows(report.operations, rows)) return *error;
        d.details.emplace_back(std::move(report), std::move(rows));
        step();
    }
    addFigures(d);

    for (const PendingFile& file : pending) {
        bool stopped = false;
        SourceFileDigest digest = digestFile(file.path, cancel, &stopped);
        if (stopped) return BackendError::cancelledError();
        if (!file.loadError.isEmpty())
            digest.error =
                digest.error.isEmpty() ? file.loadError : QString(file.loadError + QStringLiteral("; ") + digest.error);
        else if (digest.error.isEmpty() && file.loadedBytes >= 0 && digest.bytes != file.loadedBytes)
            digest.error = Text::tr("%1 bytes when it was loaded: the file changed since").arg(file.loadedBytes);
        d.files.push_back(std::move(digest));
        step();
    }
    return d;
}

QJsonObject reportDataJson(const ReportData& d) {
    const TimeRange open;
    QJsonArray details;
    for (const auto& detail : d.details)
        details.append(writer::detailJson(detail.first, detail.second));
    QJsonArray figures;
    for (const FigureQuery& f : d.figures)
        figures.append(QJsonObject{{QStringLiteral("label"), f.label},
                                   {QStringLiteral("statement"), f.statement},
                                   {QStringLiteral("from"), isoOrNull(f.range.from, open.from)},
                                   {QStringLiteral("to"), isoOrNull(f.range.to, open.to)},
                                   {QStringLiteral("value"), f.value}});
    QJsonArray files;
    for (const SourceFileDigest& f : d.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("sha256"), f.sha256},
                                 {QStringLiteral("error"), f.error}});
    return {{QStringLiteral("source"), d.sourceLabel},
            {QStringLiteral("generated"), writer::isoTime(d.generatedAtUs)},
            {QStringLiteral("range"), QJsonObject{{QStringLiteral("from"), writer::isoTime(d.effective.from)},
                                                  {QStringLiteral("to"), writer::isoTime(d.effective.to)}}},
            {QStringLiteral("overview"), writer::overviewJson(d.overview)},
            {QStringLiteral("resources"), writer::resourcesJson(d.resources)},
            {QStringLiteral("details"), details},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("files"), files}};
}

QString figureCommand(const FigureQuery& figure, const ReportData& d) {
    const TimeRange open;
    QStringList words{QStringLiteral("audit-console"), QStringLiteral("events"), QStringLiteral("--query"),
                      shellQuote(figure.statement)};
    if (figure.range.from != open.from) words << QStringLiteral("--from") << writer::isoTime(figure.range.from);
    if (figure.range.to != open.to) words << QStringLiteral("--to") << writer::isoTime(figure.range.to);
    // A few files are named; more, or a remote source, are SOURCE (the document says what it is).
    if (d.files.empty() || d.files.size() > 3)
        words << QStringLiteral("SOURCE");
    else
        for (const SourceFileDigest& f : d.files)
            words << shellQuote(f.path);
    return words.join(QLatin1Char(' '));
}

} // namespace ac
