#include "Pools.h"

#include <QThread>
#include <QThreadPool>

namespace ac {

QThreadPool* leafPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the process: tasks may still hold it at exit
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("ac-leaf"));
        return p;
    }();
    return pool;
}

} // namespace ac
