#pragma once

#include <QElapsedTimer>

#include <algorithm>

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
