#pragma once

#include "backends/Source.h"
#include "query/FilterState.h"
#include "reports/Reports.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace ac {

// Everything the pages show for one filter state, computed off the GUI thread in one batch of
// queries. Event lists are queries, fetched by the tables as they scroll.
struct Snapshot {
    uint64_t generation = 0;
    std::shared_ptr<const Backend> backend; // the backend that answered, for the event tables
    FilterState state;
    TimeRange range;
    std::string detailResource;
    OverviewReport overview;
    OverviewLists lists;
    ResourceOperationsReport resources;
    ResourceDetailReport detail;
    std::vector<KeyCount> facetNamespaces, facetAccounts, facetCodes;
    EventsQuery events;  // every matching request, newest first
    // The rows of the SQL part after `|`, where the source runs it; or why it failed.
    std::optional<SqlRows> sqlRows;
    QString sqlError;
    int64_t allTime = 0; // matching requests in all time (the range may leave some out)
    QString notice;      // what the source cannot do of this filter (full text, the SQL part)
    double millis = 0;
};

// The open source and the filter bar's state; opens and recomputes in the background, with
// progress and cancel, and drops results that a newer request has overtaken. A failed
// recompute keeps the last snapshot and reports why.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    void open(const Source& source);
    void open(const QStringList& paths, const LoadOptions& options = {});
    // Uses a backend made elsewhere (tests: a backend that fails on purpose).
    void setBackend(std::shared_ptr<const Backend> backend);
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    void setFilter(const FilterState& state);
    void setDetailResource(const QString& resource);
    // The RAM sub-account facet lists only RAM sub-accounts unless this is on.
    void setAllOperatorsInFacet(bool all);
    const FilterState& filter() const { return m_state; }
    QString detailResource() const { return QString::fromStdString(m_detailResource); }
    std::shared_ptr<const Backend> backend() const { return m_backend; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    const OpenedSource& lastOpen() const { return m_opened; }
    const Source& source() const { return m_source; }
    QStringList paths() const { return m_source.paths; }
    TimeRange dataRange() const { return m_dataRange; }
    // Resources seen in the data (plural, subresources as "pods/exec"), for completion.
    QStringList knownResources() const { return m_resources; }
    QString lastError() const { return m_error; }
    // Waits for pending work; for tests and benchmarks.
    bool waitIdle(int timeoutMs = 60000);

Q_SIGNALS:
    void loadStarted(const QStringList& paths);
    void loadProgress(qint64 done, qint64 total);
    void loadFinished(bool ok, const QString& message);
    void snapshotReady(std::shared_ptr<const ac::Snapshot> snapshot);
    // The newest recompute failed; the last snapshot (if any) stays, now stale.
    void snapshotFailed(const QString& message);
    void filterChanged(const ac::FilterState& state);
    void busyChanged(bool busy);

private:
    void recompute();
    void adopt(std::shared_ptr<const Backend> backend);

    std::shared_ptr<const Backend> m_backend;
    OpenedSource m_opened;
    Source m_source;
    TimeRange m_dataRange;
    QStringList m_resources;
    FilterState m_state;
    std::string m_detailResource = "deployments";
    bool m_allOperators = false;
    std::shared_ptr<const Snapshot> m_snapshot;
    QString m_error;
    uint64_t m_generation = 0;
    bool m_loading = false;
    int m_running = 0;
    CancelToken m_loadCancel;
    CancelToken m_computeCancel;
    // Every open still running, replaced ones included: the destructor waits for them all.
    QList<QPair<QFutureWatcher<OpenedSource>*, CancelToken>> m_loads;
    QList<QPair<QObject*, std::function<void()>>> m_jobs; // running recomputes and how to await each
};

} // namespace ac
