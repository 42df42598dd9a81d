#pragma once

#include "audit/Loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

// The best of `runs` timings of f, in milliseconds: the figure least disturbed by the machine.
template <typename F> double bestOfMs(int runs, F&& f) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Loads the files and folders named after the program into `store` and prints its size; 0 when
// loaded, else the exit code (2 with the usage when nothing is named, 1 when nothing loaded).
inline int loadArguments(const char* program, std::shared_ptr<const ac::EventStore>* store) {
    const QStringList paths = QCoreApplication::arguments().mid(1);
    if (paths.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE|DIR...\n", program);
        return 2;
    }
    *store = ac::Loader::load(paths).store;
    if (!*store) return 1;
    std::printf("records %zu, requests %zu\n", (*store)->recordCount(), (*store)->requestCount());
    return 0;
}
