// Loader and report benchmark: prints load throughput, peak RSS, store bytes per event and
// the time of each report over the loaded store. Figures only, no assertions.
#include "audit/Loader.h"
#include "backends/MemoryBackend.h"
#include "benchutil.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace ac;

namespace {
double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    LoadOptions options;
    if (const auto i = args.indexOf(QStringLiteral("--threads")); i >= 0 && i + 1 < args.size()) {
        options.threads = args[i + 1].toInt();
        args.remove(i, 2);
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_load [--threads N] FILE|DIR...\n");
        return 2;
    }
    qint64 bytes = 0;
    for (const auto& a : args)
        bytes += QFileInfo(a).size();

    const double rssBefore = peakRssMiB();
    const LoadResult r = Loader::load(args, options);
    if (!r.store) {
        std::fprintf(stderr, "nothing loaded\n");
        return 1;
    }
    const EventStore& s = *r.store;
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("input            %.1f MB on disk, %.1f MB of JSON text\n", mb,
                static_cast<double>(s.rawBytes()) / 1e6);
    std::printf("threads          %d\n", options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::printf("records          %zu (%zu requests, %lld skipped)\n", s.recordCount(), s.requestCount(),
                static_cast<long long>(r.skipped));
    std::printf("load             %.3f s  %.0f MB/s  %.0f events/s\n", r.seconds, mb / r.seconds,
                static_cast<double>(s.recordCount()) / r.seconds);
    std::printf("store            %.1f bytes/event (columns, dictionaries, request index)\n",
                static_cast<double>(s.memoryBytes()) / static_cast<double>(s.recordCount()));
    std::printf("peak RSS         %.0f MiB (before load %.0f MiB; the mapped file counts once touched)\n", peakRssMiB(),
                rssBefore);

    const MemoryBackend backend(r.store);
    std::printf("report overview  %.1f ms (best of 3)\n", bestOfMs(3, [&] { OverviewReport::compute(backend, {}); }));
    std::printf("report resources %.1f ms\n", bestOfMs(3, [&] { ResourceOperationsReport::compute(backend, {}); }));
    std::printf("report detail    %.1f ms (deployments)\n",
                bestOfMs(3, [&] { ResourceDetailReport::compute(backend, {}, "deployments"); }));
    return 0;
}
