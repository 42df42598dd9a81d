#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace ac {

// The pool for leaf work split across the cores (scan blocks, parse chunks, column merges):
// tasks that never wait for other tasks. Jobs that wait for their pieces (a report batch, an
// events page, a load) run on the global pool; were the pieces queued there too, a few such
// jobs could hold every thread while their pieces wait behind them.
QThreadPool* leafPool();

} // namespace ac
