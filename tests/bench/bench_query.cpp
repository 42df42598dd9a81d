// Query benchmark: a field filter plus a whole report over the loaded store, with a cold
// condition cache (a new backend per run), facet counts, and full-text search. Figures only.
#include "audit/Loader.h"
#include "backends/MemoryBackend.h"
#include "benchutil.h"
#include "query/SearchParser.h"
#include "reports/Facets.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ac;

namespace {

ExprPtr parse(const char* text) {
    return parseSearch(text).statement->filter;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::shared_ptr<const EventStore> store;
    if (const int failed = loadArguments("bench_query", &store)) return failed;

    std::printf("\nfilter + whole overview report (13 queries), cold cache, best of 5:\n");
    for (const char* filter : {"", "objectRef.namespace: prod-web", "user.username: serviceaccount",
                               "NOT user.username: node NOT user.username: serviceaccount NOT user.username: apiserver "
                               "NOT user.username: kube-scheduler NOT user.username: kube-controller-manager",
                               "objectRef.name: web-* and responseStatus.code >= 400", "accountType: ram-subaccount"}) {
        ReportScope scope;
        scope.filter = *filter ? parse(filter) : nullptr;
        int64_t total = 0;
        const double ms = bestOfMs(5, [&] {
            const MemoryBackend fresh(store);
            total = OverviewReport::compute(fresh, scope).value().total;
        });
        std::printf("  %7.1f ms  %8lld requests  %s\n", ms, static_cast<long long>(total),
                    *filter ? filter : "(no filter)");
    }

    std::printf("\nfilter change with the report's other queries cached (the window's case):\n");
    {
        const MemoryBackend warm(store);
        OverviewReport::compute(warm, {});
        ReportScope scope;
        scope.filter = parse("objectRef.namespace: prod-web");
        std::printf("  %7.1f ms  overview after adding a namespace filter\n",
                    bestOfMs(1, [&] { OverviewReport::compute(warm, scope); }));
        std::printf("  %7.1f ms  resource operations, same filter\n",
                    bestOfMs(1, [&] { ResourceOperationsReport::compute(warm, scope); }));
        FilterState state;
        state.namespaces = {"prod-web"};
        std::printf("  %7.1f ms  the three facets' choices with counts\n", bestOfMs(1, [&] {
                        facetChoices(warm, state, {}, FilterState::Facet::Namespace);
                        facetChoices(warm, state, {}, FilterState::Facet::Account);
                        facetChoices(warm, state, {}, FilterState::Facet::Code);
                    }));
    }

    std::printf("\nevents pages by keyset over every request (200 rows; matches cached), best of 5:\n");
    {
        const MemoryBackend warm(store);
        (void)warm.run(Query());
        for (const EventSort sort :
             {EventSort::Time, EventSort::Operator, EventSort::Code, EventSort::Resource, EventSort::RequestUri}) {
            EventsRequest first;
            first.query.sort = sort;
            first.limit = 200;
            QElapsedTimer once;
            once.start();
            Result<EventRowsPage> page = warm.events(first);
            if (sort == EventSort::RequestUri)
                std::printf("  %7.1f ms  building the request-URI order (once per source)\n",
                            static_cast<double>(once.nsecsElapsed()) / 1e6);
            const double firstMs = bestOfMs(5, [&] { page = warm.events(first); });
            EventsRequest next = first;
            next.after = cursorOf(page.value().rows.back(), sort);
            const double nextMs = bestOfMs(5, [&] { (void)warm.events(next); });
            std::printf("  %7.1f ms  first page, %7.1f ms  next page   sorted by %s, descending\n", firstMs, nextMs,
                        std::string(eventSortName(sort)).c_str());
        }
    }

    std::printf("\nfull-text search over the raw events (%.0f MB), cold, best of 3:\n",
                static_cast<double>(store->rawBytes()) / 1e6);
    for (const char* words : {"276543210987654321", "web-7d9c", "passwd", "x", "no-such-text-anywhere"}) {
        Query q;
        q.filter = parse(words);
        int64_t total = 0;
        const double ms = bestOfMs(3, [&] {
            const MemoryBackend fresh(store);
            total = fresh.run(q).value().totalRequests;
        });
        std::printf("  %7.1f ms  %8lld requests  %s\n", ms, static_cast<long long>(total), words);
    }
    return 0;
}
