#include "Session.h"

#include "reports/Facets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <set>
#include <unordered_set>

namespace ac {

Session::Session(QObject* parent)
    : QObject(parent) {}

Session::~Session() {
    *m_latest = UINT64_MAX;
    for (const auto& [watcher, cancel] : m_loads)
        *cancel = true;
    for (const auto& [watcher, cancel] : m_loads)
        watcher->waitForFinished();
}

void Session::open(const QStringList& paths, const LoadOptions& options) {
    cancelLoad();
    m_loading = true;
    m_paths = paths;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    Q_EMIT loadStarted(paths);
    Q_EMIT busyChanged(true);

    // Progress crosses to the GUI thread queued, at most every 50 ms.
    QPointer<Session> self(this);
    auto lastReport = std::make_shared<std::atomic<qint64>>(0);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    ProgressFn progress = [self, lastReport, clock](qint64 done, qint64 total) {
        const qint64 now = clock->elapsed();
        qint64 prev = lastReport->load();
        if (done < total && now - prev < 50) return;
        if (!lastReport->compare_exchange_strong(prev, now)) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self) Q_EMIT self->loadProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    m_loads.append({watcher, cancel});
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, cancel] {
        watcher->deleteLater();
        m_loads.removeIf([watcher](const auto& entry) { return entry.first == watcher; });
        if (cancel != m_cancel) return; // a newer open() replaced this one
        m_loading = false;
        LoadResult result = watcher->result();
        Q_EMIT busyChanged(false);
        if (result.cancelled) {
            Q_EMIT loadFinished(false, tr("Loading cancelled."));
            return;
        }
        if (!result.store || result.store->recordCount() == 0) {
            QString why = tr("No audit events could be loaded.");
            if (!result.issues.empty())
                why +=
                    QLatin1Char(' ') + result.issues.front().file + QStringLiteral(": ") + result.issues.front().reason;
            m_load = std::move(result);
            Q_EMIT loadFinished(false, why);
            return;
        }
        m_load = std::move(result);
        m_backend = std::make_shared<MemoryBackend>(m_load.store);
        Q_EMIT loadFinished(true, tr("Loaded %n record(s)", nullptr, static_cast<int>(m_load.store->recordCount())));
        recompute();
    });
    watcher->setFuture(QtConcurrent::run(
        [paths, options, progress, cancel] { return Loader::load(paths, options, progress, cancel.get()); }));
}

void Session::cancelLoad() {
    if (m_cancel) *m_cancel = true;
    m_cancel.reset(); // the cancelled job's result, when it comes, is dropped
    if (m_loading) {
        m_loading = false;
        Q_EMIT busyChanged(false);
        Q_EMIT loadFinished(false, tr("Loading cancelled."));
    }
}

void Session::setFilter(const FilterState& state) {
    if (state == m_state && m_snapshot) return;
    m_state = state;
    Q_EMIT filterChanged(m_state);
    recompute();
}

void Session::setDetailResource(const QString& resource) {
    const std::string r = resource.trimmed().toLower().toStdString();
    if (r.empty() || r == m_detailResource) return;
    m_detailResource = r;
    recompute();
}

void Session::setAllOperatorsInFacet(bool all) {
    if (all == m_allOperators) return;
    m_allOperators = all;
    recompute();
}

QStringList Session::knownResources() const {
    const auto s = store();
    if (!s) return {};
    std::set<QString> names;
    const auto& c = s->columns();
    // Distinct (resource, subresource) id pairs: one hash probe per record, a few ms for 1M.
    std::unordered_set<uint64_t> pairs;
    const auto& resIds = c.column(DictColumn::Resource);
    const auto& subIds = c.column(DictColumn::Subresource);
    for (size_t r = 0; r < c.size(); ++r)
        pairs.insert(uint64_t(resIds[r]) << 32 | subIds[r]);
    for (const uint64_t pair : pairs) {
        const auto res = static_cast<uint32_t>(pair >> 32);
        const auto sub = static_cast<uint32_t>(pair);
        const auto resName = c.dict(DictColumn::Resource).at(res);
        if (resName.empty()) continue;
        QString n = QString::fromUtf8(resName.data(), static_cast<qsizetype>(resName.size()));
        const auto subName = c.dict(DictColumn::Subresource).at(sub);
        if (!subName.empty())
            n += QLatin1Char('/') + QString::fromUtf8(subName.data(), static_cast<qsizetype>(subName.size()));
        names.insert(n);
    }
    return QStringList(names.begin(), names.end());
}

void Session::recompute() {
    if (!m_backend) return;
    const uint64_t generation = ++m_generation;
    *m_latest = generation;
    auto latest = m_latest;
    auto backend = m_backend;
    const FilterState state = m_state;
    const std::string resource = m_detailResource;
    const bool allOperators = m_allOperators;
    ++m_running;
    if (m_running == 1) Q_EMIT busyChanged(true);
    auto* watcher = new QFutureWatcher<std::shared_ptr<const Snapshot>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const Snapshot>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (--m_running == 0) Q_EMIT busyChanged(false);
        if (generation != m_generation || !watcher->result())
            return; // stale (a newer filter is being computed), or it failed
        m_snapshot = watcher->result();
        Q_EMIT snapshotReady(m_snapshot);
    });
    watcher->setFuture(QtConcurrent::run(
        [backend, state, resource, generation, allOperators, latest]() -> std::shared_ptr<const Snapshot> {
            // Returns null when a newer filter overtook this one (checked between reports), or
            // when memory ran out: the pages keep what they show.
            auto stale = [&] { return latest->load() != generation; };
            try {
                QElapsedTimer timer;
                timer.start();
                auto snap = std::make_shared<Snapshot>();
                snap->generation = generation;
                snap->store = backend->storePtr();
                snap->state = state;
                snap->detailResource = resource;
                const ReportScope scope = scopeOf(state, backend->dataRange().to);
                snap->range = effectiveRange(*backend, scope.range);
                snap->overview = OverviewReport::compute(*backend, scope, 15);
                if (stale()) return nullptr;
                snap->lists = OverviewLists::compute(*backend, scope);
                snap->resources = ResourceOperationsReport::compute(*backend, scope);
                if (stale()) return nullptr;
                snap->detail = ResourceDetailReport::compute(*backend, scope, resource, 5000);
                snap->facetNamespaces = facetChoices(*backend, state, scope.range, FilterState::Facet::Namespace);
                snap->facetAccounts =
                    facetChoices(*backend, state, scope.range, FilterState::Facet::Account, !allOperators);
                snap->facetCodes = facetChoices(*backend, state, scope.range, FilterState::Facet::Code);
                if (stale()) return nullptr;
                Query q;
                q.range = scope.range;
                q.filter = scope.filter;
                snap->events = backend->events(q, 0, SIZE_MAX).records;
                snap->millis = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                return snap;
            } catch (const std::bad_alloc&) {
                return nullptr;
            }
        }));
}

bool Session::waitIdle(int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while ((m_loading || m_running > 0) && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_loading && m_running == 0;
}

} // namespace ac
