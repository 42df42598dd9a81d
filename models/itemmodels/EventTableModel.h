#pragma once

#include "TableModelBase.h"
#include "backends/Backend.h"

#include <QFutureWatcher>

#include <array>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ac {

// A lazy table over a backend's events: pages are fetched in the background by keyset as the
// view scrolls (canFetchMore/fetchMore, as QSqlQueryModel does), a bounded number of pages is
// kept, and an evicted page is fetched again from its starting cursor when it is shown again.
// Sorting is part of the events query, so it runs in the backend, never through a proxy model.
class EventTableModel final : public TableModelBase {
    Q_OBJECT
public:
    enum class Column {
        Time,
        Operator,
        Verb,
        Resource,
        Namespace,
        Name,
        Code,
        SourceIp,
        UserAgent,
        Stage,
        Container,
        Command,
        Terminal,
        User,
        ImpersonatedUser,
        RequestUri,
        AuditId,
        Latency,
    };
    enum Columns { ColumnCount = 18 }; // every Column; a model shows a subset
    static std::vector<Column> standardColumns();
    static std::vector<Column> execColumns();
    static constexpr int kPageSize = 200;
    static constexpr size_t kMaxPages = 64; // pages kept: 12,800 rows

    explicit EventTableModel(std::vector<Column> columns = standardColumns(), QObject* parent = nullptr);
    ~EventTableModel() override;

    // Shows the events of `query` from `backend` in the order the user last chose by a column, if
    // any; nothing is fetched when both are unchanged and the last fetch did not fail.
    void setQuery(std::shared_ptr<const Backend> backend, const EventsQuery& query);
    void clear();
    const EventsQuery& query() const { return m_query; }
    const Backend* backend() const { return m_backend.get(); }
    // The row, or null while its page is being fetched.
    const EventRow* rowAt(int row) const;
    Column columnKind(int column) const { return m_columns[static_cast<size_t>(column)]; }
    QString lastError() const { return m_error; }
    bool isFetching() const { return m_inFlight > 0; }
    bool atEnd() const { return !m_more; }

    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static EventSort sortOf(Column column);

    // Every row of the query, page after page, on the calling thread; false when `row` says stop
    // or a page fails (the error in *error). For exports: the model's cache is not touched.
    bool forEachRow(const std::function<bool(const EventRow&)>& row, QString* error,
                    const CancelToken& cancel = {}) const;
    QString cellText(const EventRow& row, Column column) const;
    // A cell as CSV export writes it: as shown, but times in UTC (RFC 3339).
    QString exportText(const EventRow& row, Column column) const;
    // Container, command and "tty, stdin", decoded from an exec or attach request's URI.
    static std::array<QString, 3> execTexts(const EventRow& row);
    QString title(Column column) const;

Q_SIGNALS:
    void fetchFailed(const QString& message);
    void fetched(); // a page arrived

protected:
    int rows() const override { return m_rowCount; }
    int columns() const override { return static_cast<int>(m_columns.size()); }
    QString columnTitle(int column) const override { return title(m_columns[static_cast<size_t>(column)]); }
    QVariant cell(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;
    bool isStatusCodeColumn(int column) const override {
        return m_columns[static_cast<size_t>(column)] == Column::Code;
    }

private:
    struct Page {
        std::vector<EventRow> rows;
        std::vector<std::array<QString, 3>> exec; // container, command, terminal per row
    };
    void requestPage(size_t index) const;
    void pageArrived(uint64_t generation, size_t pageIndex, Result<EventRowsPage> result);
    QString timeText(int64_t micros) const;
    const EventRow* rowAtNoFetch(int row) const;

    std::shared_ptr<const Backend> m_backend;
    EventsQuery m_query;
    std::optional<std::pair<EventSort, bool>> m_userSort; // a column the user sorted by, and descending
    bool m_hasQuery = false;
    std::vector<Column> m_columns;
    int m_rowCount = 0;
    bool m_more = false;
    QString m_error;
    uint64_t m_generation = 0;
    CancelToken m_cancel;
    // The cursor each discovered page starts after (nullopt for the first page).
    std::vector<std::optional<EventCursor>> m_pageStarts;
    size_t m_insertedPages = 0; // pages whose rows are in the table; later ones are being discovered
    // Pages held, most recently used first; evicted ones are fetched again when shown.
    mutable std::list<std::pair<size_t, std::shared_ptr<const Page>>> m_pages;
    mutable std::vector<bool> m_pending; // per discovered page: a fetch is in flight
    mutable int m_inFlight = 0;
    mutable std::unordered_map<int64_t, int> m_utcOffsets; // hour since epoch → seconds east of UTC
};

} // namespace ac
