#include "CommandLine.h"
#include "CliCommon.h"

#include "Keychain.h"

#include "audit/Timestamp.h"
#include "backends/ClickHouseIngest.h"
#include "backends/EventLines.h"
#include "backends/Source.h"
#include "os/Os.h"
#include "query/SearchParser.h"
#include "reports/Facets.h"
#include "reports/ReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <mutex>
#include <optional>

namespace ac {

void writeOut(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void writeErr(const QString& text) {
    const QByteArray b = text.toLocal8Bit();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
}

namespace cli {

// The program's name as it was run, for the hints: audit-console or audit-console-cli.
QString programName(const QStringList& arguments) {
    const QString name = QFileInfo(arguments.value(0)).fileName();
    return name.isEmpty() ? QStringLiteral("audit-console") : name;
}

// parse(), not process(): process() exits 1 on an unknown option, and every usage error is exit
// status 2 on this command line. Returns -1 to go on, else the exit status once the help, the
// version or the error is printed.
int parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& command, bool hasVersion) {
    if (!parser.parse(arguments)) {
        writeErr(Cli::tr("error: %1\nrun “%2 %3 --help” for the options\n")
                     .arg(parser.errorText(), programName(arguments), command));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        writeOut(parser.helpText().toLocal8Bit());
        return 0;
    }
    if (hasVersion && parser.isSet(QStringLiteral("version"))) {
        writeOut(QStringLiteral("%1 %2\n")
                     .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion())
                     .toLocal8Bit());
        return 0;
    }
    return -1;
}

// A whole-number option within [lo, hi]; says why not on stderr and gives nothing otherwise.
std::optional<qint64> wholeNumber(const QCommandLineParser& p, const QCommandLineOption& option, qint64 lo, qint64 hi) {
    const QString text = p.value(option);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok && n >= lo && n <= hi) return n;
    writeErr(Cli::tr("error: --%1 takes a whole number from %2 to %3, not “%4”\n")
                 .arg(option.names().constLast(), QString::number(lo), QString::number(hi), text));
    return std::nullopt;
}

// What --code accepts, as the filter matches it: a status code (100 to 599) or a class (1xx to 5xx).
bool isStatusCode(const std::string& c) {
    if (c.size() != 3 || c[0] < '1' || c[0] > '5') return false;
    const bool digits = c[1] >= '0' && c[1] <= '9' && c[2] >= '0' && c[2] <= '9';
    const bool cls = (c[1] == 'x' || c[1] == 'X') && (c[2] == 'x' || c[2] == 'X');
    return digits || cls;
}

// RFC 3339, or a plain date / date and time (UTC).
std::optional<int64_t> parseTimeArg(const QString& text) {
    if (auto t = parseRfc3339Micros(text.toStdString())) return t;
    for (const auto& fmt :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
          QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
        QDateTime dt = QDateTime::fromString(text, fmt);
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC);
            return dt.toMSecsSinceEpoch() * 1000;
        }
    }
    return std::nullopt;
}

OpenedSource openWithProgress(Source source) {
    const bool tty = os::isTerminal(stderr);
    QElapsedTimer shown;
    shown.start();
    std::mutex m;
    return openSource(source, [&](qint64 done, qint64 total) {
        if (!tty || total <= 0) return;
        std::lock_guard lock(m);
        if (shown.elapsed() < 200 && done < total) return;
        shown.restart();
        std::fprintf(stderr, "\r%s %3d%%", qPrintable(Cli::tr("Loading…")), static_cast<int>(100 * done / total));
        if (done >= total) std::fprintf(stderr, "\r              \r");
    });
}

std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> out;
    for (const auto& s : list)
        for (const auto& part : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.push_back(part.trimmed().toStdString());
    return out;
}

ReportScope resolveScope(const Backend& backend, const TimeRange& data, const FilterState& state,
                         std::optional<int64_t> fromT, std::optional<int64_t> toT) {
    ReportScope scope = scopeOf(state, backend.anchorUs(data));
    if (fromT) scope.range.from = std::max(scope.range.from, *fromT);
    if (toT) scope.range.to = std::min(scope.range.to, *toT);
    return scope;
}

// What the source cannot do of this search is said, never silently dropped.
void warnUnsupported(const Backend& backend, const ExprPtr& filter, const std::string& sql) {
    if (!sql.empty() && !backend.hasCapability(Capability::SqlPipe))
        writeErr(Cli::tr("note: the analytic part after '|' is not supported by this source and was not run here: %1\n")
                     .arg(QString::fromStdString(sql)));
    if (!backend.hasCapability(Capability::FullText)) {
        const QString why = backend.unsupported(filter, std::string());
        if (!why.isEmpty()) writeErr(Cli::tr("note: %1\n").arg(why));
    }
}

// A backend's error, on stderr; the exit code for it.
int failed(const BackendError& error) {
    writeErr(Cli::tr("error: %1\n").arg(error.message));
    return 1;
}

// Files that could not be read at all: what was printed covers the others only, so the exit
// status says so (never 0 after losing files). Each file's reason is printed unless it was already.
int lostFiles(const OpenedSource& opened, bool reasonsShown) {
    if (opened.fileErrors <= 0) return 0;
    if (!reasonsShown)
        for (const LoadIssue& issue : opened.issues)
            if (issue.line == 0) writeErr(Cli::tr("%1: %2\n").arg(issue.file, issue.reason));
    writeErr(Cli::tr("error: %n file(s) could not be read and are left out of what is printed\n", nullptr,
                     static_cast<int>(opened.fileErrors)));
    return 1;
}

// Reads the filter options, loads the files and resolves the scope; prints what went wrong.
Loaded loadAndScope(const Common& common, const QCommandLineParser& parser, const QStringList& paths, bool quiet) {
    Loaded out;
    FilterState state;
    std::optional<int64_t> fromT, toT;
    if (!common.read(parser, state, out.sql, fromT, toT)) {
        out.exitCode = 2;
        return out;
    }
    const std::optional<Source> source = common.source(parser, paths);
    if (!source) {
        out.exitCode = 2;
        return out;
    }
    out.opened = openWithProgress(*source);
    out.backend = out.opened.backend;
    if (!out.backend && source->kind != Source::Kind::Files) {
        out.exitCode = failed(out.opened.error ? *out.opened.error : BackendError{Cli::tr("cannot open the source")});
        return out;
    }
    if (!out.backend) {
        writeErr(QString::fromUtf8(writer::loadedText(nullptr, out.opened)));
        writeErr(Cli::tr("no audit events could be loaded\n"));
        out.exitCode = 1;
        return out;
    }
    if (!quiet && (!out.opened.issues.empty() || out.opened.skipped)) {
        writeErr(QString::fromUtf8(writer::loadedText(out.backend.get(), out.opened)));
        out.reasonsShown = true;
    }
    const Result<TimeRange> data = out.backend->dataRange();
    if (!data) {
        out.exitCode = failed(data.error());
        return out;
    }
    out.scope = resolveScope(*out.backend, *data, state, fromT, toT);
    warnUnsupported(*out.backend, state.search, out.sql);
    return out;
}
} // namespace cli

using namespace cli;

namespace {
CommandFn g_reportAll = nullptr;
}

void setReportAllCommand(CommandFn command) {
    g_reportAll = command;
}

int runReportCommand(const QStringList& arguments) {
    if (arguments.size() > 2 && arguments[1] == QLatin1String("report") && arguments[2] == QLatin1String("all")) {
        if (g_reportAll) return g_reportAll(arguments);
        writeErr(Cli::tr("error: report all paints charts and PDF pages, which this headless executable cannot; "
                         "run it as `audit-console report all …` (no display needed)\n"));
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints an ACK audit report of Kubernetes API-server audit logs.\n"
                "Reports: overview, resources, detail (with --resource); all (the three as one HTML or PDF "
                "document: see report all --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("report"), Cli::tr("overview | resources | detail"));
    parser.addPositionalArgument(QStringLiteral("paths"), Cli::tr("Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    const Common common(Cli::tr("text, json or csv."), QStringLiteral("text"));
    const QCommandLineOption resource(
        QStringLiteral("resource"),
        Cli::tr("Resource of the detail report (plural, e.g. deployments, pods/exec, aliyunlogconfigs)."),
        QStringLiteral("resource"));
    const QCommandLineOption top(QStringLiteral("top"), Cli::tr("Entries in each top list (default 10)."),
                                 QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("Operations listed by the detail report (default 100)."),
                                   QStringLiteral("n"), QStringLiteral("100"));
    common.addTo(parser);
    parser.addOptions({resource, top, limit});
    if (const int done = parseArguments(parser, arguments, QStringLiteral("report"), true); done >= 0) return done;

    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.front() == QLatin1String("report")) args.removeFirst();
    if (args.size() < (common.remote(parser) ? 1 : 2)) {
        writeErr(Cli::tr("usage: audit-console report overview|resources|detail [options] FILE|DIR...\n"));
        return 2;
    }
    const QString report = args.takeFirst();
    if (report != QLatin1String("overview") && report != QLatin1String("resources") &&
        report != QLatin1String("detail")) {
        writeErr(Cli::tr("error: unknown report \"%1\": use overview, resources or detail\n").arg(report));
        return 2;
    }
    if (report == QLatin1String("detail") && !parser.isSet(resource)) {
        writeErr(Cli::tr("error: the detail report needs --resource, e.g. --resource deployments\n"));
        return 2;
    }
    const QString fmt = parser.value(common.format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("csv")) {
        writeErr(Cli::tr("error: unknown format \"%1\": use text, json or csv\n").arg(fmt));
        return 2;
    }
    const std::optional<qint64> topArg = wholeNumber(parser, top, 1, 100000);
    if (!topArg) return 2;
    const std::optional<qint64> limitArg = wholeNumber(parser, limit, 0, 10000000);
    if (!limitArg) return 2;
    const Loaded run = loadAndScope(common, parser, args, true);
    if (run.exitCode) return run.exitCode;
    if (!run.sql.empty() && run.backend->hasCapability(Capability::SqlPipe))
        writeErr(Cli::tr("note: a report counts with its own statements; run the part after '|' with `events`\n"));
    const Backend& backend = *run.backend;
    const ReportScope& scope = run.scope;
    const size_t topN = static_cast<size_t>(*topArg);
    const size_t opsLimit = static_cast<size_t>(*limitArg);
    // The detail report lists its latest operations: the first page of its events query.
    std::vector<EventRow> operations;
    const auto detailFor = [&]() -> Result<ResourceDetailReport> {
        Result<ResourceDetailReport> r =
            ResourceDetailReport::compute(backend, scope, parser.value(resource).toStdString());
        if (!r || opsLimit == 0) return r;
        EventsRequest page;
        page.query = r->operations;
        page.limit = opsLimit;
        Result<EventRowsPage> rows = backend.events(page);
        if (!rows) return rows.error();
        operations = std::move(rows).value().rows;
        return r;
    };

    QByteArray out;
    QJsonObject root;
    bool reasonsShown = run.reasonsShown;
    if (fmt == QLatin1String("json")) {
        root.insert(QStringLiteral("loaded"), writer::loadedJson(&backend, run.opened));
        QJsonObject filter;
        if (!scope.range.isAll())
            filter.insert(
                QStringLiteral("range"),
                QJsonObject{{QStringLiteral("from"),
                             scope.range.from == TimeRange().from ? QString() : writer::isoTime(scope.range.from)},
                            {QStringLiteral("to"),
                             scope.range.to == TimeRange().to ? QString() : writer::isoTime(scope.range.to)}});
        if (scope.filter) filter.insert(QStringLiteral("query"), QString::fromStdString(scope.filter->toString()));
        if (!run.sql.empty()) filter.insert(QStringLiteral("notRunLocally"), QString::fromStdString(run.sql));
        if (!filter.isEmpty()) root.insert(QStringLiteral("filter"), filter);
    } else if (fmt == QLatin1String("text")) {
        out += writer::loadedText(&backend, run.opened);
        if (scope.filter) out += "Filter: " + QByteArray::fromStdString(scope.filter->toString()) + '\n';
    } else {
        writeErr(QString::fromUtf8(writer::loadedText(&backend, run.opened)));
        reasonsShown = true;
    }
    const bool json = fmt == QLatin1String("json"), csv = fmt == QLatin1String("csv");
    if (report == QLatin1String("overview")) {
        const auto r = OverviewReport::compute(backend, scope, topN);
        if (!r) return failed(r.error());
        if (json)
            root.insert(QStringLiteral("overview"), writer::overviewJson(*r));
        else
            out += csv ? writer::overviewCsv(*r) : writer::overviewText(*r);
    } else if (report == QLatin1String("resources")) {
        const auto r = ResourceOperationsReport::compute(backend, scope);
        if (!r) return failed(r.error());
        if (json)
            root.insert(QStringLiteral("resources"), writer::resourcesJson(*r));
        else
            out += csv ? writer::resourcesCsv(*r) : writer::resourcesText(*r);
    } else {
        const auto r = detailFor();
        if (!r) return failed(r.error());
        if (json)
            root.insert(QStringLiteral("detail"), writer::detailJson(*r, operations));
        else
            out += csv ? writer::detailCsv(*r, operations) : writer::detailText(*r, operations);
    }
    writeOut(json ? QJsonDocument(root).toJson(QJsonDocument::Indented) : out);
    return lostFiles(run.opened, reasonsShown);
}

int runEventsCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints the requests that match a search, in time order: each by its last stage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("paths"), Cli::tr("Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    const Common common(Cli::tr("jsonl (the raw events) or csv."), QStringLiteral("jsonl"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most this many requests (default: all)."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption stages(QStringLiteral("all-stages"),
                                    Cli::tr("With jsonl: print every stage of each request, not only its last."));
    common.addTo(parser);
    parser.addOptions({limit, stages});
    if (const int done = parseArguments(parser, arguments, QStringLiteral("events")); done >= 0) return done;
    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.front() == QLatin1String("events")) args.removeFirst();
    if (args.isEmpty() && !common.remote(parser)) {
        writeErr(
            Cli::tr("usage: audit-console events [--query STATEMENT] [--format jsonl|csv] [--limit N] FILE|DIR...\n"));
        return 2;
    }
    const QString fmt = parser.value(common.format);
    if (fmt != QLatin1String("jsonl") && fmt != QLatin1String("csv")) {
        writeErr(Cli::tr("error: unknown format \"%1\": use jsonl or csv\n").arg(fmt));
        return 2;
    }
    // 0: every matching request.
    const std::optional<qint64> limitArg = wholeNumber(parser, limit, 0, 1000000000);
    if (!limitArg) return 2;
    const Loaded run = loadAndScope(common, parser, args, false);
    if (run.exitCode) return run.exitCode;
    const Backend& backend = *run.backend;
    // Requests in time order (each by its last stage), paged by keyset like the window does.
    EventsRequest request;
    request.query = eventsOf(run.scope, nullptr);
    request.query.sql = run.sql;
    // A source that runs SQL answers the part after `|` with its own rows.
    if (!run.sql.empty() && backend.hasCapability(Capability::SqlPipe)) {
        const Result<SqlRows> rows = backend.sqlRows(request.query);
        if (!rows) return failed(rows.error());
        QByteArray out;
        if (fmt == QLatin1String("csv")) {
            QByteArrayList header;
            for (const std::string& c : rows->columns)
                header << writer::csvField(QString::fromStdString(c));
            out += header.join(',') + "\r\n";
        }
        for (const auto& row : rows->rows) {
            QJsonObject o;
            QByteArrayList fields;
            for (size_t i = 0; i < row.size() && i < rows->columns.size(); ++i) {
                o.insert(QString::fromStdString(rows->columns[i]), QString::fromStdString(row[i]));
                fields << writer::csvField(QString::fromStdString(row[i]));
            }
            if (fmt == QLatin1String("csv"))
                out += fields.join(',') + "\r\n";
            else
                out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        writeOut(out);
        writeErr(Cli::tr("%n row(s)\n", nullptr, static_cast<int>(rows->rows.size())));
        return lostFiles(run.opened, run.reasonsShown);
    }
    const qint64 limitN = *limitArg;
    if (fmt == QLatin1String("jsonl")) {
        EventLinesOptions options;
        options.allStages = parser.isSet(stages);
        options.limit = limitN;
        const Result<qint64> printed = writeEventLines(backend, request.query, options, [](const QByteArray& block) {
            writeOut(block);
            return true;
        });
        if (!printed) return failed(printed.error());
        writeErr(Cli::tr("%n matching request(s)\n", nullptr, static_cast<int>(*printed)));
        return lostFiles(run.opened, run.reasonsShown);
    }
    QByteArray out = "time,auditID,stage,verb,operator,username,impersonatedUser,namespace,resource,subresource,name,"
                     "code,sourceIP,userAgent,requestURI,file,line\r\n";
    const Result<qint64> printed =
        forEachRequest(backend, request.query, limitN, [&out](const EventRow& row) -> std::optional<BackendError> {
            const QJsonObject e = writer::eventSummaryJson(row);
            bool first = true;
            for (const char* key :
                 {"time", "auditID", "stage", "verb", "operator", "username", "impersonatedUser", "namespace",
                  "resource", "subresource", "name", "code", "sourceIP", "userAgent", "requestURI", "file", "line"}) {
                if (!first) out += ',';
                const QJsonValue v = e.value(QLatin1String(key));
                out += writer::csvField(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 15));
                first = false;
            }
            out += "\r\n";
            if (out.size() > (1 << 20)) {
                writeOut(out);
                out.clear();
            }
            return std::nullopt;
        });
    if (!printed) return failed(printed.error());
    writeOut(out);
    writeErr(Cli::tr("%n matching request(s)\n", nullptr, static_cast<int>(*printed)));
    return lostFiles(run.opened, run.reasonsShown);
}

int runIngestCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Loads audit logs into a ClickHouse table (created when missing). Ingesting the same files again adds "
                "nothing that counts twice."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ingest"), Cli::tr("the command"));
    parser.addPositionalArgument(QStringLiteral("paths"), Cli::tr("Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    const ClickHouseOptions clickhouse;
    clickhouse.addTo(parser);
    const QCommandLineOption batch(QStringLiteral("batch"), Cli::tr("Rows per INSERT (default 20000)."),
                                   QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption threads(QStringLiteral("threads"), Cli::tr("Loader threads (default: one per core)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({batch, threads});
    if (const int done = parseArguments(parser, arguments, QStringLiteral("ingest")); done >= 0) return done;
    QStringList paths = parser.positionalArguments();
    if (!paths.isEmpty() && paths.front() == QLatin1String("ingest")) paths.removeFirst();
    if (!clickhouse.isSet(parser) || paths.isEmpty()) {
        writeErr(Cli::tr("usage: audit-console ingest --clickhouse URL [--database D] [--table T] [--user U] "
                         "FILE|DIR...\n"));
        return 2;
    }
    // At least 100 rows: ClickHouse makes a part per INSERT.
    const std::optional<qint64> batchRows = wholeNumber(parser, batch, 100, 10000000);
    if (!batchRows) return 2;
    const std::optional<qint64> threadCount = wholeNumber(parser, threads, 0, 256);
    if (!threadCount) return 2;
    const Source source = clickhouse.source(parser);
    const ClickHouseClient client(source.clickhouse, source.password);
    IngestOptions options;
    options.batchRows = static_cast<size_t>(*batchRows);
    options.load.threads = static_cast<int>(*threadCount);
    const bool tty = os::isTerminal(stderr);
    QElapsedTimer shown;
    shown.start();
    const auto report = ingestFiles(client, paths, options, [&](qint64 done, qint64 total) {
        if (!tty || total <= 0 || (shown.elapsed() < 200 && done < total)) return;
        shown.restart();
        std::fprintf(stderr, "\r%s %3d%%", qPrintable(Cli::tr("Sending…")), static_cast<int>(100 * done / total));
        if (done >= total) std::fprintf(stderr, "\r              \r");
    });
    if (!report) return failed(report.error());
    // Every rejected line by file, line and reason; the good ones went in all the same.
    for (const LoadIssue& issue : report->issues)
        writeErr(issue.line > 0 ? Cli::tr("%1:%2: %3\n").arg(issue.file).arg(issue.line).arg(issue.reason)
                                : Cli::tr("%1: %2\n").arg(issue.file, issue.reason));
    const double seconds = report->loadSeconds + report->sendSeconds;
    writeErr(Cli::tr("%n record(s) into %1 in %2 batch(es): %3 MB of rows sent as %4 MB; loaded in %5 s, sent in %6 s "
                     "(%7 records/s)\n",
                     nullptr, static_cast<int>(report->records))
                 .arg(source.clickhouse.label())
                 .arg(report->batches)
                 .arg(double(report->rawBytes) / 1e6, 0, 'f', 1)
                 .arg(double(report->sentBytes) / 1e6, 0, 'f', 1)
                 .arg(report->loadSeconds, 0, 'f', 2)
                 .arg(report->sendSeconds, 0, 'f', 2)
                 .arg(seconds > 0 ? double(report->records) / seconds : 0.0, 0, 'f', 0));
    if (report->skipped || report->fileErrors) {
        writeErr(Cli::tr("%n line(s) or file(s) could not be read and were not ingested (see above)\n", nullptr,
                         static_cast<int>(report->skipped + report->fileErrors)));
        return 1;
    }
    return 0;
}

bool isCommandWord(const QString& word) {
    return word == QLatin1String("report") || word == QLatin1String("events") || word == QLatin1String("alerts") ||
           word == QLatin1String("policy") || word == QLatin1String("ingest");
}

int checkCommandWord(const QStringList& arguments, bool opensFiles) {
    const QStringList words = arguments.mid(1);
    if (words.isEmpty() || isCommandWord(words.front())) return 0;
    const QString program = programName(arguments);
    const auto unknownOption = [&](const QString& word) {
        writeErr(Cli::tr("error: unknown option “%1”: run “%2 --help” for the usage\n").arg(word, program));
    };
    const auto unknownCommand = [&](const QString& word) {
        if (opensFiles)
            writeErr(
                Cli::tr("error: unknown command “%1”: the commands are report, events, alerts, policy, ingest; or name "
                        "files and folders to open\n")
                    .arg(word));
        else
            writeErr(Cli::tr("error: unknown command “%1”: the commands are report, events, alerts, policy, ingest\n")
                         .arg(word));
    };
    const QString& first = words.front();
    const bool option = first.size() > 1 && first.startsWith(QLatin1Char('-'));
    if (!opensFiles) {
        if (option)
            unknownOption(first);
        else
            unknownCommand(first);
        return 2;
    }
    // A word that names no file or folder: an option the window does not know, a command that
    // does not exist (a bare word first), or a missing file.
    int status = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        if (QFileInfo::exists(word)) continue;
        status = 2;
        if (word == QLatin1String("-")) {
            writeErr(Cli::tr("error: “-” (standard input) is for the report and events commands, e.g. "
                             "“%1 report overview -”\n")
                         .arg(program));
        } else if (word.size() > 1 && word.startsWith(QLatin1Char('-'))) {
            unknownOption(word);
        } else if (i == 0 && !word.startsWith(QLatin1Char('-')) && !word.contains(QLatin1Char('/')) &&
                   !word.contains(QLatin1Char('.'))) {
            unknownCommand(word);
            return status;
        } else {
            writeErr(Cli::tr("error: no such file or folder: “%1”\n").arg(word));
        }
    }
    return status;
}

int printOverview(const QStringList& paths) {
    return runReportCommand(
        QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("report"), QStringLiteral("overview")} +
        paths);
}

} // namespace ac
