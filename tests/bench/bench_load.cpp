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

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <malloc.h>
#include <new>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

using namespace ac;

// Every C++ allocation of the process counted, for an exact peak of the heap: sampling RSS can
// miss a peak that lasts a few milliseconds.
namespace heap {
std::atomic<size_t> current{0}, peak{0};
void* take(size_t n, size_t align = 0) {
    void* p = align ? std::aligned_alloc(align, (n + align - 1) / align * align) : std::malloc(n ? n : 1);
    if (!p) throw std::bad_alloc();
    const size_t now = current.fetch_add(malloc_usable_size(p), std::memory_order_relaxed) + malloc_usable_size(p);
    for (size_t seen = peak.load(std::memory_order_relaxed);
         now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed);)
        ;
    return p;
}
void give(void* p) {
    if (!p) return;
    current.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
    std::free(p);
}
} // namespace heap

void* operator new(size_t n) {
    return heap::take(n);
}
void* operator new[](size_t n) {
    return heap::take(n);
}
void* operator new(size_t n, std::align_val_t a) {
    return heap::take(n, static_cast<size_t>(a));
}
void* operator new[](size_t n, std::align_val_t a) {
    return heap::take(n, static_cast<size_t>(a));
}
void operator delete(void* p) noexcept {
    heap::give(p);
}
void operator delete[](void* p) noexcept {
    heap::give(p);
}
void operator delete(void* p, size_t) noexcept {
    heap::give(p);
}
void operator delete[](void* p, size_t) noexcept {
    heap::give(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    heap::give(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    heap::give(p);
}
void operator delete(void* p, size_t, std::align_val_t) noexcept {
    heap::give(p);
}
void operator delete[](void* p, size_t, std::align_val_t) noexcept {
    heap::give(p);
}

namespace {
double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Anonymous resident memory (heap, not the mapped files), bytes.
size_t rssAnon() {
    FILE* f = std::fopen("/proc/self/status", "re");
    if (!f) return 0;
    char line[256];
    size_t kib = 0;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "RssAnon: %zu kB", &kib) == 1) break;
    std::fclose(f);
    return kib * 1024;
}

// The highest rssAnon() while it runs, sampled every 2 ms on a thread of its own.
class AnonPeak {
public:
    AnonPeak()
        : m_thread([this] {
            while (!m_stop.load()) {
                m_peak = std::max(m_peak.load(), rssAnon());
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }) {}
    size_t stop() {
        m_stop = true;
        m_thread.join();
        return std::max(m_peak.load(), rssAnon());
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<size_t> m_peak{0};
    std::thread m_thread;
};

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
    const size_t anonBefore = rssAnon();
    const size_t heapBefore = heap::current.load();
    heap::peak = heapBefore;
    AnonPeak anonPeak;
    const LoadResult r = Loader::load(args, options);
    const size_t anonPeakBytes = anonPeak.stop();
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
    std::printf("peak heap        %.1f bytes/event beyond the mapped file (every operator new counted; %.1f "
                "bytes/event held after the load)\n",
                static_cast<double>(heap::peak.load() - heapBefore) / static_cast<double>(s.recordCount()),
                static_cast<double>(heap::current.load() - heapBefore) / static_cast<double>(s.recordCount()));
    std::printf("peak anon        %.1f bytes/event beyond the mapped file (%.0f MiB, sampled every 2 ms; %.1f "
                "bytes/event after the load)\n",
                static_cast<double>(anonPeakBytes - anonBefore) / static_cast<double>(s.recordCount()),
                static_cast<double>(anonPeakBytes - anonBefore) / 1048576.0,
                static_cast<double>(rssAnon() - anonBefore) / static_cast<double>(s.recordCount()));

    // A new backend each time: a backend caches its answers, which would time nothing.
    std::printf("report overview  %.1f ms (best of 3, no cached answers)\n", bestOfMs(3, [&] {
                    OverviewReport::compute(MemoryBackend(r.store), {});
                }));
    std::printf("report resources %.1f ms\n", bestOfMs(3, [&] {
                    ResourceOperationsReport::compute(MemoryBackend(r.store), {});
                }));
    std::printf("report detail    %.1f ms (deployments)\n", bestOfMs(3, [&] {
                    ResourceDetailReport::compute(MemoryBackend(r.store), {}, "deployments");
                }));
    return 0;
}
