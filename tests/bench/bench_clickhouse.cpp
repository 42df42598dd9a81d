// ClickHouse benchmark: ingest speed beside the server's own (clickhouse-client inserting the
// same file as raw lines into a one-column table), then the overview, a filtered overview and one
// events page on ClickHouse beside the memory backend on the same file: time and bytes received.
// Starts its own server (Debian's clickhouse-server) unless given --url and --tcp-port.
// Figures only: docs/benchmarks.md.
#include "../clickhouseserver.h"
#include "audit/Loader.h"
#include "backends/ClickHouseBackend.h"
#include "backends/ClickHouseIngest.h"
#include "backends/ClickHouseSql.h"
#include "backends/MemoryBackend.h"
#include "benchutil.h"
#include "query/SearchParser.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

using namespace ac;

namespace {
ExprPtr parse(const char* text) {
    return *text ? parseSearch(text).statement->filter : nullptr;
}
double mb(qint64 bytes) {
    return static_cast<double>(bytes) / 1e6;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString url;
    quint16 tcpPort = 0;
    int runs = 3; // best of; 1 for 10M events, where one overview takes minutes
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args[i] == QLatin1String("--runs")) {
            runs = std::max(1, args[i + 1].toInt());
            args.remove(i, 2);
            continue;
        }
        if (args[i] == QLatin1String("--url")) {
            url = args[i + 1];
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--tcp-port")) {
            tcpPort = static_cast<quint16>(args[i + 1].toUInt());
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_clickhouse [--runs N] [--url URL --tcp-port PORT] FILE\n");
        return 2;
    }
    const QString file = args.front();
    const qint64 fileBytes = QFileInfo(file).size();
    testutil::ClickHouseTestServer server;
    if (url.isEmpty()) {
        const QString error = server.start();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        url = server.url();
        tcpPort = server.tcpPort();
    }
    std::printf("ClickHouse %s at %s; %s, %.0f MB\n", qPrintable(server.version()), qPrintable(url),
                qPrintable(file), mb(fileBytes));

    // The memory backend: load, then the same questions.
    QElapsedTimer t;
    t.start();
    const LoadResult loaded = Loader::load({file});
    if (!loaded.store) return 1;
    std::printf("memory: loaded %zu records (%zu requests) in %.2f s\n", loaded.store->recordCount(),
                loaded.store->requestCount(), double(t.nsecsElapsed()) / 1e9);

    // Ingest through the console, then the server's own speed on the raw lines.
    ClickHouseLocation at;
    at.url = url;
    at.table = QStringLiteral("bench_%1").arg(QDateTime::currentSecsSinceEpoch());
    const ClickHouseClient client(at, QString());
    t.restart();
    const auto ingested = ingestFiles(client, {file}, IngestOptions{});
    if (!ingested) {
        std::fprintf(stderr, "%s\n", qPrintable(ingested.error().message));
        return 1;
    }
    const double ingestS = double(t.nsecsElapsed()) / 1e9;
    std::printf("ingest (audit-console): %lld records in %.1f s = %.0f records/s, %.1f MB/s of input; %.0f MB of "
                "rows sent as %.0f MB\n",
                static_cast<long long>(ingested->records), ingestS, double(ingested->records) / ingestS,
                mb(fileBytes) / ingestS, mb(ingested->rawBytes), mb(ingested->sentBytes));
    const std::string raw = "bench_raw_" + at.table.toStdString();
    (void)client.execute("CREATE TABLE " + raw + " (line String) ENGINE = MergeTree ORDER BY tuple()");
    QProcess cc;
    cc.setStandardInputFile(file);
    t.restart();
    cc.start(QStringLiteral("clickhouse-client"),
             {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(tcpPort),
              QStringLiteral("--query"), QString::fromStdString("INSERT INTO " + raw + " FORMAT TabSeparated")});
    cc.waitForFinished(-1);
    const double rawS = double(t.nsecsElapsed()) / 1e9;
    std::printf("ingest (clickhouse-client, raw lines into one String column): %.1f s = %.0f lines/s, %.1f MB/s%s\n",
                rawS, double(loaded.store->recordCount()) / rawS, mb(fileBytes) / rawS,
                cc.exitCode() == 0 ? "" : " (FAILED)");
    (void)client.execute("DROP TABLE " + raw);
    t.restart();
    (void)client.execute("OPTIMIZE TABLE " + ch::tableName("default", at.table.toStdString()) + " FINAL");
    std::printf("OPTIMIZE TABLE … FINAL (merge the parts ingest made): %.1f s\n", double(t.nsecsElapsed()) / 1e9);

    std::printf("\noverview report (all its queries), cold cache, best of %d: ClickHouse | memory\n", runs);
    for (const char* filter : {"", "objectRef.namespace: prod-web", "user.username: serviceaccount and verb: list",
                               "objectRef.name: web-* and responseStatus.code >= 400", "276543210987654321"}) {
        ReportScope scope;
        scope.filter = parse(filter);
        int64_t totalCh = 0, totalMem = 0;
        ClickHouseStats last{};
        const double chMs = bestOfMs(runs, [&] {
            const ClickHouseBackend fresh(at, QString());
            totalCh = OverviewReport::compute(fresh, scope).value().total;
            last = fresh.client().stats();
        });
        const double memMs = bestOfMs(runs, [&] {
            const MemoryBackend fresh(loaded.store);
            totalMem = OverviewReport::compute(fresh, scope).value().total;
        });
        std::printf("  %8.1f ms %6.1f KB %2lld requests | %8.1f ms   %9lld requests%s  %s\n", chMs,
                    double(last.bytes) / 1e3, static_cast<long long>(last.requests), memMs,
                    static_cast<long long>(totalCh), totalCh == totalMem ? "" : " (DIFFERS)",
                    *filter ? filter : "(no filter)");
    }

    std::printf("\none events page (200 rows, newest first), cold cache, best of %d: ClickHouse | memory\n", runs);
    for (const char* filter : {"", "objectRef.namespace: prod-web"}) {
        EventsRequest page;
        page.query.filter = parse(filter);
        page.limit = 200;
        ClickHouseStats last{};
        std::string firstCh, firstMem;
        const double chMs = bestOfMs(runs, [&] {
            const ClickHouseBackend fresh(at, QString());
            firstCh = fresh.events(page).value().rows.front().auditId;
            last = fresh.client().stats();
        });
        const double memMs = bestOfMs(runs, [&] {
            const MemoryBackend fresh(loaded.store);
            firstMem = fresh.events(page).value().rows.front().auditId;
        });
        std::printf("  %8.1f ms %6.1f KB | %8.1f ms%s  %s\n", chMs, double(last.bytes) / 1e3, memMs,
                    firstCh == firstMem ? "" : " (DIFFERS)", *filter ? filter : "(no filter)");
    }
    (void)client.execute("DROP TABLE " + ch::tableName("default", at.table.toStdString()));
    return 0;
}
