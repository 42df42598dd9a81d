#include "Session.h"

#include "reports/Facets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace ac {

namespace {
// What a recompute job hands back: a snapshot, or why there is none.
struct Outcome {
    std::shared_ptr<const Snapshot> snapshot;
    BackendError error;
    QStringList resources;
};

QStringList resourceNames(const ResultTable& table) {
    std::set<QString> names;
    for (const auto& row : table.rows) {
        if (row.keys.size() < 2 || row.keys[0].empty()) continue;
        QString n = QString::fromStdString(row.keys[0]);
        if (!row.keys[1].empty()) n += QLatin1Char('/') + QString::fromStdString(row.keys[1]);
        names.insert(n);
    }
    return QStringList(names.begin(), names.end());
}

Outcome compute(const std::shared_ptr<const Backend>& backend, const FilterState& state, const std::string& resource,
                bool allOperators, uint64_t generation, const CancelToken& cancel) {
    QElapsedTimer timer;
    timer.start();
    Outcome out;
    const Result<TimeRange> data = backend->dataRange(cancel);
    if (!data) {
        out.error = data.error();
        return out;
    }
    const ReportScope scope = scopeOf(state, backend->anchorUs(*data));
    // One batch for every page: a remote source answers it in one or a few round trips.
    QueryBatch batch;
    const auto overview = OverviewReport::plan(batch, scope, *data, 15);
    const auto lists = OverviewLists::plan(batch, scope);
    const auto resources = ResourceOperationsReport::plan(batch, scope);
    const auto detail = ResourceDetailReport::plan(batch, scope, *data, resource);
    const auto namespaces = planFacet(batch, state, scope.range, FilterState::Facet::Namespace);
    const auto accounts = planFacet(batch, state, scope.range, FilterState::Facet::Account, !allOperators);
    const auto codes = planFacet(batch, state, scope.range, FilterState::Facet::Code);
    Query names;
    names.groupBy = {Field::Resource, Field::Subresource};
    const size_t namesAt = batch.add(names);
    // The same filter over all time: how many requests the time range leaves out.
    Query everything;
    everything.filter = scope.filter;
    const size_t allTimeAt = batch.add(everything);
    if (auto error = batch.run(*backend, cancel)) {
        out.error = *error;
        return out;
    }
    auto snap = std::make_shared<Snapshot>();
    snap->generation = generation;
    snap->backend = backend;
    snap->state = state;
    snap->detailResource = resource;
    snap->range = effectiveRange(*data, scope.range);
    snap->overview = overview(batch);
    snap->lists = lists(batch);
    snap->resources = resources(batch);
    snap->detail = detail(batch);
    snap->facetNamespaces = namespaces(batch);
    snap->facetAccounts = accounts(batch);
    snap->facetCodes = codes(batch);
    snap->allTime = batch.result(allTimeAt).totalRequests;
    snap->events = eventsOf(scope, nullptr);
    snap->events.sql = state.sql;
    snap->notice = backend->unsupported(state.search, state.sql);
    if (!state.sql.empty() && backend->hasCapability(Capability::SqlPipe)) {
        // The reports stand without it: a mistake in the SQL is shown beside its rows, not instead
        // of the reports.
        Result<SqlRows> rows = backend->sqlRows(snap->events, cancel);
        if (rows)
            snap->sqlRows = std::move(*rows);
        else if (rows.error().cancelled) {
            out.error = rows.error();
            return out;
        } else
            snap->sqlError = rows.error().message;
    }
    snap->millis = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    out.resources = resourceNames(batch.result(namesAt));
    out.snapshot = std::move(snap);
    return out;
}
} // namespace

Session::Session(QObject* parent)
    : QObject(parent) {}

Session::~Session() {
    m_computeCancel.cancel();
    for (const auto& [watcher, cancel] : m_loads)
        cancel.cancel();
    for (const auto& [watcher, cancel] : m_loads)
        watcher->waitForFinished();
    for (const auto& [job, wait] : m_jobs)
        wait();
}

void Session::open(const QStringList& paths, const LoadOptions& options) {
    Source s;
    s.paths = paths;
    s.load = options;
    open(s);
}

void Session::open(const Source& source) {
    cancelLoad();
    m_loading = true;
    const CancelToken cancel;
    m_loadCancel = cancel;
    Q_EMIT loadStarted(source.paths);
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
    auto* watcher = new QFutureWatcher<OpenedSource>(this);
    m_loads.append({watcher, cancel});
    connect(watcher, &QFutureWatcher<OpenedSource>::finished, this, [this, watcher, cancel, source] {
        watcher->deleteLater();
        m_loads.removeIf([watcher](const auto& entry) { return entry.first == watcher; });
        if (cancel.flag() != m_loadCancel.flag() || !m_loading) return; // replaced or cancelled meanwhile
        m_loading = false;
        OpenedSource opened = watcher->result();
        Q_EMIT busyChanged(false);
        if (opened.error && opened.error->cancelled) {
            Q_EMIT loadFinished(false, tr("Loading cancelled."));
            return;
        }
        m_opened = std::move(opened);
        if (!m_opened.backend) {
            Q_EMIT loadFinished(false, m_opened.error ? m_opened.error->message : tr("Nothing could be opened."));
            return;
        }
        m_source = source; // only now: a failed open keeps the source on screen
        adopt(m_opened.backend);
        const SourceInfo info = m_backend->info();
        // The window may reset the filter for the new source first; compute once either way.
        const uint64_t before = m_generation;
        Q_EMIT loadFinished(true,
                            tr("Loaded %n record(s)", nullptr, static_cast<int>(std::max<qint64>(0, info.records))));
        if (m_generation == before) recompute();
    });
    watcher->setFuture(QtConcurrent::run([source, progress, cancel] { return openSource(source, progress, cancel); }));
}

void Session::setBackend(std::shared_ptr<const Backend> backend) {
    cancelLoad();
    m_opened = OpenedSource();
    m_opened.backend = backend;
    adopt(std::move(backend));
    recompute();
}

void Session::adopt(std::shared_ptr<const Backend> backend) {
    m_backend = std::move(backend);
    m_snapshot.reset();
    m_resources.clear();
    m_error.clear();
    // The range is one cheap call for files; a remote source answers it with the first batch.
    const Result<TimeRange> range =
        m_backend->anchor() == TimeAnchor::NewestEvent ? m_backend->dataRange() : Result<TimeRange>(TimeRange{0, 0});
    m_dataRange = range.ok() ? range.value() : TimeRange{0, 0};
}

void Session::cancelLoad() {
    m_loadCancel.cancel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT busyChanged(false);
        Q_EMIT loadFinished(false, tr("Loading cancelled."));
    }
}

void Session::setFilter(const FilterState& state) {
    if (state == m_state && m_snapshot && m_error.isEmpty()) return; // after a failure, the same filter retries
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

void Session::recompute() {
    if (!m_backend) return;
    // A newer filter overtakes the running job: it is cancelled, and its result dropped.
    m_computeCancel.cancel();
    const CancelToken cancel;
    m_computeCancel = cancel;
    const uint64_t generation = ++m_generation;
    auto backend = m_backend;
    const FilterState state = m_state;
    const std::string resource = m_detailResource;
    const bool allOperators = m_allOperators;
    ++m_running;
    if (m_running == 1) Q_EMIT busyChanged(true);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    m_jobs.append({watcher, [watcher] { watcher->waitForFinished(); }});
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_jobs.removeIf([watcher](const auto& job) { return job.first == watcher; });
        if (--m_running == 0) Q_EMIT busyChanged(false);
        if (generation != m_generation) return; // a newer filter is being computed
        const Outcome out = watcher->result();
        if (!out.snapshot) {
            if (out.error.cancelled) return;
            m_error = out.error.message;
            Q_EMIT snapshotFailed(m_error);
            return;
        }
        m_error.clear();
        if (!out.resources.isEmpty()) m_resources = out.resources;
        m_snapshot = out.snapshot;
        Q_EMIT snapshotReady(m_snapshot);
    });
    watcher->setFuture(QtConcurrent::run([backend, state, resource, allOperators, generation, cancel] {
        try {
            return compute(backend, state, resource, allOperators, generation, cancel);
        } catch (...) {
            // Backends report errors as values; this is for anything else (memory for a report).
            Outcome out;
            out.error.message = tr("The reports could not be computed (out of memory?).");
            return out;
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
