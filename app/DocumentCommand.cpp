// `audit-console report all`: the report document for an incident review, as HTML or PDF.
#include "DocumentCommand.h"
#include "CliCommon.h"
#include "CommandLine.h"

#include "document/Evidence.h"
#include "document/ReportData.h"
#include "document/ReportDocument.h"
#include "os/Os.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

namespace ac {

// `audit-console report all --output FILE [--format html|pdf] [--resource R]… [filters] SOURCE…`:
// the three reports and the evidence behind every figure in one document. Needs a
// QGuiApplication (fonts and painting); exit status 2 on usage errors, 1 when it cannot be written.
// (Also declared in DocumentCommand.h.)
int runReportAllCommand(const QStringList& arguments);

namespace {
// The filter options as the document's cover lists them.
QStringList filterLines(const QCommandLineParser& p, const cli::Common& c) {
    const QString comma = QStringLiteral(", ");
    QStringList lines;
    if (p.isSet(c.last))
        lines << (p.value(c.last) == QLatin1String("all")
                      ? ReportDocument::tr("Time: all")
                      : ReportDocument::tr("Time: the last %1").arg(p.value(c.last)));
    if (p.isSet(c.from)) lines << ReportDocument::tr("From: %1").arg(p.value(c.from));
    if (p.isSet(c.to)) lines << ReportDocument::tr("To: %1, exclusive").arg(p.value(c.to));
    if (p.isSet(c.ns)) lines << ReportDocument::tr("Namespaces: %1").arg(p.values(c.ns).join(comma));
    if (p.isSet(c.account)) lines << ReportDocument::tr("Operators: %1").arg(p.values(c.account).join(comma));
    if (p.isSet(c.code)) lines << ReportDocument::tr("Status codes: %1").arg(p.values(c.code).join(comma));
    if (p.isSet(c.hideSystem)) lines << ReportDocument::tr("Hide system components");
    return lines;
}

// The command as it was given, for a POSIX shell.
QString commandLineOf(const QStringList& arguments) {
    QStringList words{cli::programName(arguments)};
    for (qsizetype i = 1; i < arguments.size(); ++i)
        words << shellQuote(arguments[i]);
    return words.join(QLatin1Char(' '));
}
} // namespace

int runReportAllCommand(const QStringList& arguments) {
    using namespace cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the audit report document for an incident review: the audit overview, the resource "
                "operations and the resource details, each from a new page, with the files read and the query "
                "behind every figure in an appendix."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), Cli::tr("all"));
    parser.addPositionalArgument(QStringLiteral("paths"), Cli::tr("Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    const Common common(Cli::tr("html or pdf (default: from the name of the --output file)."), QString());
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The file to write (required); - writes HTML to standard output."),
                                    QStringLiteral("file"));
    const QCommandLineOption resource(
        QStringLiteral("resource"),
        Cli::tr("Add the detail report of this resource (repeatable, or comma-separated), e.g. deployments, "
                "pods/exec."),
        QStringLiteral("resource"));
    const QCommandLineOption top(QStringLiteral("top"), Cli::tr("Entries in each top list and chart (default 10)."),
                                 QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        Cli::tr("Rows of each list of important events and of each detail's operations (default 20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption evidence(
        QStringLiteral("evidence"),
        Cli::tr("Also write the evidence bundle into this folder: the matching raw events (events.jsonl.gz, the "
                "lines `events` prints), report.html, report.pdf, manifest.json and SHA256SUMS."),
        QStringLiteral("dir"));
    const QCommandLineOption utc(QStringLiteral("utc"),
                                 Cli::tr("Times in UTC only (default: in the local time zone and in UTC)."));
    common.addTo(parser);
    parser.addOptions({output, resource, top, limit, evidence, utc});
    if (const int done = parseArguments(parser, arguments, QStringLiteral("report all")); done >= 0) return done;

    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.front() == QLatin1String("report")) args.removeFirst();
    if (!args.isEmpty() && args.front() == QLatin1String("all")) args.removeFirst();
    if (args.isEmpty() && !common.remote(parser)) {
        writeErr(Cli::tr("usage: audit-console report all --output FILE [--format html|pdf] [--resource R]... "
                         "[options] FILE|DIR...\n"));
        return 2;
    }
    const QString path = parser.value(output);
    const QString evidenceDir = parser.value(evidence);
    if (path.isEmpty() && evidenceDir.isEmpty()) {
        writeErr(Cli::tr("error: report all needs --output FILE (or --evidence DIR), e.g. --output review.pdf\n"));
        return 2;
    }
    QString fmt = parser.value(common.format).toLower();
    if (path.isEmpty() || (path == QLatin1String("-") && !parser.isSet(common.format))) {
        fmt = QStringLiteral("html"); // the bundle holds both forms; standard output takes HTML
    } else if (!parser.isSet(common.format)) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        fmt = suffix == QLatin1String("htm") ? QStringLiteral("html") : suffix;
        if (fmt != QLatin1String("html") && fmt != QLatin1String("pdf")) {
            writeErr(Cli::tr("error: the name “%1” does not say html or pdf: give --format html or --format pdf\n")
                         .arg(path));
            return 2;
        }
    }
    if (fmt != QLatin1String("html") && fmt != QLatin1String("pdf")) {
        writeErr(Cli::tr("error: unknown format \"%1\": use html or pdf\n").arg(fmt));
        return 2;
    }
    if (fmt == QLatin1String("pdf") && path == QLatin1String("-")) {
        writeErr(Cli::tr("error: a PDF is not written to standard output: name a file with --output\n"));
        return 2;
    }
    const std::optional<qint64> topArg = wholeNumber(parser, top, 1, 1000);
    if (!topArg) return 2;
    const std::optional<qint64> limitArg = wholeNumber(parser, limit, 0, 100000);
    if (!limitArg) return 2;
    // Fonts and painting need the GUI library's application object.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        writeErr(Cli::tr("error: report all draws charts and pages, which this program cannot: run it with "
                         "audit-console instead of audit-console-cli\n"));
        return 2;
    }

    const Loaded run = loadAndScope(common, parser, args, true);
    if (run.exitCode) return run.exitCode;
    if (!run.sql.empty() && run.backend->hasCapability(Capability::SqlPipe))
        writeErr(Cli::tr("note: a report counts with its own statements; run the part after '|' with `events`\n"));

    ReportDataOptions options;
    options.scope = run.scope;
    options.searchText = parser.value(common.query);
    options.filterLines = filterLines(parser, common);
    options.detailResources = toStd(parser.values(resource));
    options.top = static_cast<size_t>(*topArg);
    options.listLimit = static_cast<size_t>(*limitArg);
    options.commandLine = commandLineOf(arguments);
    const bool tty = os::isTerminal(stderr);
    const auto progress = [tty](int done, int total) {
        if (!tty || total <= 0) return;
        std::fprintf(stderr, "\r%s %3d%%", qPrintable(Cli::tr("Gathering…")), 100 * done / total);
        if (done >= total) std::fprintf(stderr, "\r                \r");
    };
    const Result<ReportData> data = gatherReportData(*run.backend, &run.opened, options, {}, progress);
    if (!data) return failed(data.error());

    if (!evidenceDir.isEmpty()) {
        const Result<EvidenceResult> bundle =
            writeEvidenceBundle(*run.backend, *data, evidenceDir, DocumentStyle{parser.isSet(utc)});
        if (!bundle) return failed(bundle.error());
        writeErr(Cli::tr("%1: %n request(s), the report and the manifest\n", nullptr, static_cast<int>(bundle->events))
                     .arg(bundle->folder));
        if (path.isEmpty()) return lostFiles(run.opened, run.reasonsShown);
    }
    const ReportDocument document(*data, DocumentStyle{parser.isSet(utc)});
    QString why;
    if (fmt == QLatin1String("pdf")) {
        if (!document.writePdf(path, &why)) {
            writeErr(Cli::tr("error: cannot write %1: %2\n").arg(path, why));
            return 1;
        }
    } else if (path == QLatin1String("-")) {
        writeOut(document.html());
    } else if (!document.writeHtml(path, &why)) {
        writeErr(Cli::tr("error: cannot write %1: %2\n").arg(path, why));
        return 1;
    }
    if (path != QLatin1String("-"))
        writeErr(Cli::tr("%1: %n report(s), the files read and the query behind every figure\n", nullptr,
                         document.reportCount())
                     .arg(path));
    return lostFiles(run.opened, run.reasonsShown);
}

} // namespace ac
