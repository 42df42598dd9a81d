#pragma once

#include "audit/Loader.h"
#include "backends/MemoryBackend.h"
#include "query/FilterState.h"
#include "reports/Reports.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace ac {

// Everything the pages show for one filter state, computed off the GUI thread in one go.
struct Snapshot {
    uint64_t generation = 0;
    std::shared_ptr<const EventStore> store; // the store the record numbers below index
    FilterState state;
    TimeRange range;
    std::string detailResource;
    OverviewReport overview;
    OverviewLists lists;
    ResourceOperationsReport resources;
    ResourceDetailReport detail;
    std::vector<KeyCount> facetNamespaces, facetAccounts, facetCodes;
    std::vector<uint32_t> events; // matching requests' last records, newest first
    double millis = 0;
};

// The loaded data and the filter bar's state; loads and recomputes in the background, with
// progress and cancel, and drops results that a newer request has overtaken.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    void open(const QStringList& paths, const LoadOptions& options = {});
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    void setFilter(const FilterState& state);
    void setDetailResource(const QString& resource);
    // The RAM sub-account facet lists only RAM sub-accounts unless this is on.
    void setAllOperatorsInFacet(bool all);
    const FilterState& filter() const { return m_state; }
    QString detailResource() const { return QString::fromStdString(m_detailResource); }
    std::shared_ptr<const EventStore> store() const { return m_backend ? m_backend->storePtr() : nullptr; }
    std::shared_ptr<const MemoryBackend> backend() const { return m_backend; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    const LoadResult& lastLoad() const { return m_load; }
    QStringList paths() const { return m_paths; }
    // Resources seen in the data (plural, subresources as "pods/exec"), for completion.
    QStringList knownResources() const;
    // Waits for pending work; for tests and benchmarks.
    bool waitIdle(int timeoutMs = 60000);

Q_SIGNALS:
    void loadStarted(const QStringList& paths);
    void loadProgress(qint64 done, qint64 total);
    void loadFinished(bool ok, const QString& message);
    void snapshotReady(std::shared_ptr<const ac::Snapshot> snapshot);
    void filterChanged(const ac::FilterState& state);
    void busyChanged(bool busy);

private:
    void recompute();

    std::shared_ptr<MemoryBackend> m_backend;
    LoadResult m_load;
    QStringList m_paths;
    FilterState m_state;
    std::string m_detailResource = "deployments";
    bool m_allOperators = false;
    std::shared_ptr<const Snapshot> m_snapshot;
    uint64_t m_generation = 0;
    bool m_loading = false;
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Every load still running, replaced ones included: the destructor waits for them all.
    QList<QPair<QFutureWatcher<LoadResult>*, std::shared_ptr<std::atomic_bool>>> m_loads;
    // The newest recompute; an older job stops between reports when it sees a newer one.
    std::shared_ptr<std::atomic<uint64_t>> m_latest = std::make_shared<std::atomic<uint64_t>>(0);
};

} // namespace ac
