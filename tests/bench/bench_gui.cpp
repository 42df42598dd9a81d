// Window benchmark: with a large log loaded, the time from a page switch or a filter change
// until the window has fully redrawn (grab() renders every widget). Figures only.
#include "FilterBar.h"
#include "MainWindow.h"
#include "Pages.h"
#include "itemmodels/EventTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>

#include <cstdio>

using namespace ac;

namespace {
double ms(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Fully redrawn includes the event tables' first pages, which arrive after the snapshot.
void waitForTables(const MainWindow& w) {
    const auto models = w.findChildren<EventTableModel*>();
    for (bool busy = true; busy;) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        busy = false;
        for (const auto* m : models)
            busy = busy || m->isFetching();
    }
}
} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuditConsoleBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui FILE|DIR...\n");
        return 2;
    }
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    QElapsedTimer t;
    t.start();
    w.openPaths(app.arguments().mid(1));
    w.session()->waitIdle(600000);
    if (!w.session()->snapshot()) return 1;
    waitForTables(w);
    std::printf("records %lld; load + first snapshot + first paint %.0f ms (snapshot %.0f ms)\n",
                static_cast<long long>(w.session()->backend()->info().records), ms(t),
                w.session()->snapshot()->millis);

    std::printf("\npage switch → fully redrawn (best of 3):\n");
    for (int i = 0; i < w.pages()->count(); ++i) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run) {
            w.pages()->setCurrentIndex((i + 1) % w.pages()->count());
            QApplication::processEvents();
            t.restart();
            w.pages()->setCurrentIndex(i);
            QApplication::processEvents();
            waitForTables(w);
            (void)w.grab();
            best = std::min(best, ms(t));
        }
        std::printf("  %7.1f ms  %s\n", best, qPrintable(w.page(i)->title()));
    }

    std::printf("\nfilter change → every page recomputed, refilled and redrawn:\n");
    struct Change {
        const char* what;
        FilterState state;
    };
    FilterState ns;
    ns.namespaces = {"kube-system"};
    FilterState hide = ns;
    hide.hideSystem = true;
    FilterState code;
    code.codes = {"4xx"};
    FilterState lastDay;
    lastDay.time.preset = TimePreset::LastDay;
    FilterState all;
    for (const Change& c :
         {Change{"namespace kube-system", ns}, Change{"+ hide system components", hide}, Change{"code 4xx", code},
          Change{"last day", lastDay}, Change{"back to all (7 days)", all}}) {
        w.pages()->setCurrentIndex(0);
        t.restart();
        Q_EMIT w.filterBar()->edited(c.state, QString());
        w.session()->waitIdle(600000);
        QApplication::processEvents();
        waitForTables(w);
        (void)w.grab();
        std::printf("  %7.1f ms  %-28s (snapshot computed off the GUI thread in %.1f ms)\n", ms(t), c.what,
                    w.session()->snapshot()->millis);
    }
    return 0;
}
