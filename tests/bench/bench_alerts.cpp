// Alert benchmark: every built-in rule over the loaded store on the memory backend, each with a
// cold cache (a new backend per run), next to the whole overview report on the same store as the
// comparison. Figures only.
#include "alerts/Alerts.h"
#include "audit/Loader.h"
#include "backends/MemoryBackend.h"
#include "benchutil.h"
#include "reports/Reports.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ac;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::shared_ptr<const EventStore> store;
    if (const int failed = loadArguments("bench_alerts", &store)) return failed;
    const std::vector<Rule>& rules = builtinRules().rules;
    const AlertEngine engine;

    std::printf("\neach built-in rule alone, cold cache, best of 3:\n");
    for (const Rule& rule : rules) {
        size_t findings = 0;
        const double ms = bestOfMs(3, [&] {
            const MemoryBackend fresh(store);
            findings = engine.run(fresh, {rule}, TimeRange{}).value().findings.size();
        });
        std::printf("  %8.1f ms  %7zu findings  %s\n", ms, findings, rule.id.c_str());
    }

    size_t all = 0;
    const double allMs = bestOfMs(3, [&] {
        const MemoryBackend fresh(store);
        all = engine.run(fresh, rules, TimeRange{}).value().findings.size();
    });
    std::printf("\nall %zu built-in rules in one run, cold cache, best of 3: %.1f ms, %zu findings\n", rules.size(),
                allMs, all);
    const double overviewMs = bestOfMs(3, [&] {
        const MemoryBackend fresh(store);
        OverviewReport::compute(fresh, {}).value();
    });
    std::printf("comparison, the whole overview report (13 queries), cold cache, best of 3: %.1f ms\n", overviewMs);
    return 0;
}
