#include "CommandLine.h"

#include "audit/Loader.h"
#include "audit/Timestamp.h"
#include "backends/MemoryBackend.h"
#include "reports/ReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace ac {

namespace {
void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString& text)
{
    const QByteArray b = text.toLocal8Bit();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
}

// RFC 3339, or a plain date / date and time (UTC).
std::optional<int64_t> parseTimeArg(const QString& text)
{
    if (auto t = parseRfc3339Micros(text.toStdString()))
        return t;
    for (const auto& fmt : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-dd HH:mm"),
                            QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                            QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
        QDateTime dt = QDateTime::fromString(text, fmt);
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC);
            return dt.toMSecsSinceEpoch() * 1000;
        }
    }
    return std::nullopt;
}

LoadResult loadWithProgress(const QStringList& paths, int threads)
{
    LoadOptions options;
    options.threads = threads;
    const bool tty = isatty(fileno(stderr));
    QElapsedTimer shown;
    shown.start();
    std::mutex m;
    return Loader::load(paths, options, [&](qint64 done, qint64 total) {
        if (!tty || total <= 0)
            return;
        std::lock_guard lock(m);
        if (shown.elapsed() < 200 && done < total)
            return;
        shown.restart();
        std::fprintf(stderr, "\rLoading… %3d%%", static_cast<int>(100 * done / total));
        if (done >= total)
            std::fprintf(stderr, "\r              \r");
    });
}
} // namespace

int runReportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Prints an ACK audit report of Kubernetes API-server audit logs.\n"
               "Reports: overview, resources, detail (with --resource)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("cli", "overview | resources | detail"));
    parser.addPositionalArgument(QStringLiteral("paths"), QCoreApplication::translate("cli", "Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cli", "text, json or csv."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption resource(QStringLiteral("resource"),
                                      QCoreApplication::translate("cli", "Resource of the detail report (plural, e.g. "
                                                                         "deployments, pods/exec, aliyunlogconfigs)."),
                                      QStringLiteral("resource"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("cli", "Start time (RFC 3339 or YYYY-MM-DD[ HH:MM], UTC)."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("cli", "End time, exclusive."),
                                QStringLiteral("time"));
    const QCommandLineOption top(QStringLiteral("top"), QCoreApplication::translate("cli", "Entries in each top list (default 10)."),
                                 QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("cli", "Operations listed by the detail report (default 100)."),
                                   QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption threads(QStringLiteral("threads"), QCoreApplication::translate("cli", "Loader threads (default: one per core)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({format, resource, from, to, top, limit, threads});
    parser.process(arguments);

    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.front() == QLatin1String("report"))
        args.removeFirst();
    if (args.size() < 2) {
        writeErr(QCoreApplication::translate("cli", "usage: audit-console report overview|resources|detail [options] FILE|DIR...\n"));
        return 2;
    }
    const QString report = args.takeFirst();
    if (report != QLatin1String("overview") && report != QLatin1String("resources") && report != QLatin1String("detail")) {
        writeErr(QCoreApplication::translate("cli", "unknown report \"%1\": use overview, resources or detail\n").arg(report));
        return 2;
    }
    if (report == QLatin1String("detail") && !parser.isSet(resource)) {
        writeErr(QCoreApplication::translate("cli", "the detail report needs --resource, e.g. --resource deployments\n"));
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("csv")) {
        writeErr(QCoreApplication::translate("cli", "unknown format \"%1\": use text, json or csv\n").arg(fmt));
        return 2;
    }
    ReportScope scope;
    for (const auto& [opt, slot] : {std::pair{&from, &scope.range.from}, std::pair{&to, &scope.range.to}}) {
        if (!parser.isSet(*opt))
            continue;
        const auto t = parseTimeArg(parser.value(*opt));
        if (!t) {
            writeErr(QCoreApplication::translate("cli", "cannot read the time \"%1\"\n").arg(parser.value(*opt)));
            return 2;
        }
        *slot = *t;
    }

    const LoadResult load = loadWithProgress(args, parser.value(threads).toInt());
    const EventStore* store = load.store.get();
    if (!store || store->recordCount() == 0) {
        writeErr(QString::fromUtf8(writer::loadedText(store, load)));
        writeErr(QCoreApplication::translate("cli", "no audit events could be loaded\n"));
        return 1;
    }
    const MemoryBackend backend(load.store);
    const size_t topN = static_cast<size_t>(std::max(1, parser.value(top).toInt()));

    if (fmt == QLatin1String("json")) {
        QJsonObject root{{QStringLiteral("loaded"), writer::loadedJson(store, load)}};
        if (!scope.range.isAll())
            root.insert(QStringLiteral("range"),
                        QJsonObject{{QStringLiteral("from"), parser.isSet(from) ? writer::isoTime(scope.range.from) : QString()},
                                    {QStringLiteral("to"), parser.isSet(to) ? writer::isoTime(scope.range.to) : QString()}});
        if (report == QLatin1String("overview"))
            root.insert(QStringLiteral("overview"), writer::overviewJson(OverviewReport::compute(backend, scope, topN)));
        else if (report == QLatin1String("resources"))
            root.insert(QStringLiteral("resources"), writer::resourcesJson(ResourceOperationsReport::compute(backend, scope)));
        else
            root.insert(QStringLiteral("detail"),
                        writer::detailJson(ResourceDetailReport::compute(backend, scope, parser.value(resource).toStdString(),
                                                                         static_cast<size_t>(parser.value(limit).toInt())),
                                           store));
        writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (fmt == QLatin1String("text"))
        writeOut(writer::loadedText(store, load));
    else
        writeErr(QString::fromUtf8(writer::loadedText(store, load)));
    QByteArray out;
    if (report == QLatin1String("overview")) {
        const auto r = OverviewReport::compute(backend, scope, topN);
        out = fmt == QLatin1String("csv") ? writer::overviewCsv(r) : writer::overviewText(r);
    } else if (report == QLatin1String("resources")) {
        const auto r = ResourceOperationsReport::compute(backend, scope);
        out = fmt == QLatin1String("csv") ? writer::resourcesCsv(r) : writer::resourcesText(r);
    } else {
        const auto r = ResourceDetailReport::compute(backend, scope, parser.value(resource).toStdString(),
                                                     static_cast<size_t>(parser.value(limit).toInt()));
        out = fmt == QLatin1String("csv") ? writer::detailCsv(r, store) : writer::detailText(r, store);
    }
    writeOut(out);
    return 0;
}

int printOverview(const QStringList& paths)
{
    return runReportCommand(QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("report"),
                                        QStringLiteral("overview")}
                            + paths);
}

} // namespace ac
