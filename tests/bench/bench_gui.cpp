// Window benchmark: with a large log loaded, the time from a page switch or a filter change
// until the window has fully redrawn (grab() renders every widget). Figures only.
#include "EventDetailView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "Pages.h"
#include "itemmodels/EventTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

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
    // While the log loads: how often progress arrives, and the longest the GUI thread went
    // without handling events (the gap between 5 ms timer ticks).
    qint64 loadStall = 0, progressUpdates = 0;
    QElapsedTimer loadTick;
    QTimer loadProbe;
    loadProbe.setInterval(5);
    QObject::connect(&loadProbe, &QTimer::timeout, &w, [&] { loadStall = std::max(loadStall, loadTick.restart()); });
    QObject::connect(w.session(), &Session::loadProgress, &w, [&] { ++progressUpdates; });
    t.start();
    loadTick.start();
    loadProbe.start();
    w.openPaths(app.arguments().mid(1));
    w.session()->waitIdle(3600000);
    loadProbe.stop();
    if (!w.session()->snapshot()) return 1;
    waitForTables(w);
    std::printf("records %lld; load + first snapshot + first paint %.0f ms (snapshot %.0f ms)\n",
                static_cast<long long>(w.session()->backend()->info().records), ms(t), w.session()->snapshot()->millis);
    std::printf("while loading: %lld progress updates, the GUI thread's longest stall %lld ms\n",
                static_cast<long long>(progressUpdates), static_cast<long long>(loadStall));

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

    // A 60 MiB event: selecting it must not stall the GUI thread (detail rendering runs on the
    // pool and the view gets a shortened text). The longest gap between 5 ms timer ticks is the
    // longest the window went without handling events.
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.log"));
        QFile f(big);
        if (!f.open(QIODevice::WriteOnly)) return 1;
        f.write(R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":")"
                R"(00000000-0000-4000-8000-000000000001","stage":"ResponseComplete","requestURI":"/api/v1/configmaps",)"
                R"("verb":"create","user":{"username":"alice"},"sourceIPs":["10.0.0.1"],"objectRef":{"resource":)"
                R"("configmaps","namespace":"default","name":"huge"},"responseStatus":{"code":201},)"
                R"("requestObject":{"data":{"blob":")");
        f.write(QByteArray(60 << 20, 'x'));
        f.write(R"("}},"requestReceivedTimestamp":"2026-11-28T10:00:00Z","stageTimestamp":"2026-11-28T10:00:00Z"})"
                "\n");
        f.close();
        MainWindow bw;
        bw.resize(1440, 900);
        bw.show();
        bw.openPaths({big});
        bw.session()->waitIdle(600000);
        bw.pages()->setCurrentWidget(bw.eventsPage());
        waitForTables(bw);
        auto* table = bw.eventsPage()->findChild<QTableView*>();
        bool rendered = false;
        QObject::connect(bw.eventsPage()->detail(), &EventDetailView::rendered, &bw, [&] { rendered = true; });
        QElapsedTimer tick;
        qint64 worst = 0;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, &bw, [&] { worst = std::max(worst, tick.restart()); });
        t.restart();
        tick.start();
        probe.start();
        table->setCurrentIndex(bw.eventsPage()->model()->index(0, 0));
        const double selectMs = ms(t);
        while (!rendered)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        (void)bw.grab();
        probe.stop();
        std::printf("\n60 MiB event: select returned in %.1f ms; shown (shortened: %s) after %.0f ms; the GUI "
                    "thread's longest stall %lld ms\n",
                    selectMs, bw.eventsPage()->detail()->isShortened() ? "yes" : "no", ms(t),
                    static_cast<long long>(worst));
    }
    return 0;
}
