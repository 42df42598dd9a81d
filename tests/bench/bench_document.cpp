// Incident-review benchmark: the report document (gather every report, lay out HTML and PDF), the
// evidence events (every matching request's raw line) and the history of the busiest object, on
// a loaded store; the overview report alone on the same store is the comparison. Figures only.
#include "audit/Loader.h"
#include "backends/EventLines.h"
#include "backends/MemoryBackend.h"
#include "benchutil.h"
#include "document/ReportDocument.h"
#include "review/ObjectHistory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace ac;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::shared_ptr<const EventStore> store;
    if (const int failed = loadArguments("bench_document", &store)) return failed;
    ReportDataOptions options;
    options.detailResources = {"deployments", "pods/exec"};

    std::optional<ReportData> data;
    const double gatherMs = bestOfMs(3, [&] {
        const MemoryBackend fresh(store);
        data = gatherReportData(fresh, nullptr, options).value();
    });
    std::printf("gather the document's data (3 reports + 2 details, 5 lists, SHA-256 of the files read), cold cache, "
                "best of 3: %.1f ms\n",
                gatherMs);
    // Most of it is the digest of the source files: QCryptographicHash over every byte.
    qint64 digested = 0;
    const double digestMs = bestOfMs(1, [&] {
        for (const SourceFileInfo& f : MemoryBackend(store).info().files) {
            QFile file(f.path);
            if (!file.open(QIODevice::ReadOnly)) continue;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            digested += file.size();
        }
    });
    std::printf("  of which SHA-256 of the files read (%lld MiB): %.1f ms\n", static_cast<long long>(digested >> 20),
                digestMs);
    QByteArray html;
    const double htmlMs = bestOfMs(3, [&] { html = ReportDocument(*data).html(); });
    std::printf("HTML with its charts, best of 3: %.1f ms, %lld KiB\n", htmlMs,
                static_cast<long long>(html.size() / 1024));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const double pdfMs = bestOfMs(3, [&] { ReportDocument(*data).writePdf(pdf, nullptr); });
    std::printf("PDF, best of 3: %.1f ms, %lld KiB\n", pdfMs, static_cast<long long>(QFileInfo(pdf).size() / 1024));

    const MemoryBackend backend(store);
    qint64 lines = 0, bytes = 0;
    const double eventsMs = bestOfMs(1, [&] {
        lines = writeEventLines(backend, EventsQuery{}, {}, [&bytes](const QByteArray& b) {
                    bytes += b.size();
                    return true;
                }).value();
    });
    std::printf("every request's raw line (the evidence events, uncompressed): %.1f ms, %lld requests, %lld MiB\n",
                eventsMs, static_cast<long long>(lines), static_cast<long long>(bytes >> 20));

    // The busiest named object: the first group of a resource/namespace/name count.
    Query busiest;
    busiest.groupBy = {Field::Resource, Field::Namespace};
    busiest.limit = 1;
    busiest.filter = Expr::and_({Expr::exact(Field::Subresource, ""), Expr::not_(Expr::exact(Field::Name, ""))});
    const ResultTable top = backend.run(busiest).value();
    Query byName = busiest;
    if (!top.rows.empty())
        byName.filter = Expr::and_({busiest.filter, Expr::exact(Field::Resource, top.rows[0].keys[0]),
                                    Expr::exact(Field::Namespace, top.rows[0].keys[1])});
    byName.groupBy = {Field::Name};
    const ResultTable names = backend.run(byName).value();
    if (top.rows.empty() || names.rows.empty()) return 0;
    const ObjectKey key{top.rows[0].keys[0], top.rows[0].keys[1], names.rows[0].keys[0]};
    size_t entries = 0;
    const double historyMs = bestOfMs(3, [&] {
        const MemoryBackend fresh(store);
        entries = buildObjectHistory(fresh, key, TimeRange{}).value().entries.size();
    });
    std::printf("object history of %s (%zu requests, each detail parsed and diffed), best of 3: %.1f ms\n",
                qPrintable(key.label()), entries, historyMs);
    const double overviewMs = bestOfMs(3, [&] {
        const MemoryBackend fresh(store);
        OverviewReport::compute(fresh, {}).value();
    });
    std::printf("comparison, the overview report alone, cold cache, best of 3: %.1f ms\n", overviewMs);
    return 0;
}
