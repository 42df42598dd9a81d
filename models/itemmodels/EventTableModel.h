#pragma once

#include "TableModelBase.h"
#include "audit/EventStore.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace ac {

// A virtual table over audit records: rows are record indices into the store, cells are read
// from its columns when a view asks. Sorting reorders the indices in the engine by dictionary
// rank, never through a proxy model.
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
        Terminal
    };
    enum Columns { ColumnCount = 13 }; // every Column; a model shows a subset
    static std::vector<Column> standardColumns();
    static std::vector<Column> execColumns();

    explicit EventTableModel(std::vector<Column> columns = standardColumns(), QObject* parent = nullptr);

    void setRecords(std::shared_ptr<const EventStore> store, std::vector<uint32_t> records);
    const std::vector<uint32_t>& records() const { return m_records; }
    uint32_t recordAt(int row) const { return m_records[static_cast<size_t>(row)]; }
    const EventStore* store() const { return m_store.get(); }
    Column columnKind(int column) const { return m_columns[static_cast<size_t>(column)]; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Sorts record indices by a column of the store; exposed for the benchmarks and tests.
    static void sortRecords(const EventStore& store, std::vector<uint32_t>& records, Column column,
                            Qt::SortOrder order);

protected:
    int rows() const override { return static_cast<int>(m_records.size()); }
    int columns() const override { return static_cast<int>(m_columns.size()); }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;
    bool isStatusCodeColumn(int column) const override {
        return m_columns[static_cast<size_t>(column)] == Column::Code;
    }

private:
    QString text(uint32_t record, Column c) const;

    std::shared_ptr<const EventStore> m_store;
    std::vector<uint32_t> m_records;
    std::vector<Column> m_columns;
    mutable std::unordered_map<uint32_t, std::vector<QString>> m_execCache; // record → container, command, terminal
    mutable std::unordered_map<int64_t, int> m_utcOffsets;                  // hour since epoch → seconds east of UTC
};

} // namespace ac
