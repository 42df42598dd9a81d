#pragma once

#include "TableModelBase.h"
#include "backends/Backend.h"

namespace ac {

// The rows of the user's own SQL part (after `|`), as the source returned them: its columns, in
// its order. A column whose every value is a number sorts and aligns as numbers.
class SqlRowsModel final : public TableModelBase {
    Q_OBJECT
public:
    using TableModelBase::TableModelBase;
    void setRows(SqlRows rows);
    const SqlRows& sqlRows() const { return m_rows; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int rows() const override { return static_cast<int>(m_rows.rows.size()); }
    int columns() const override { return static_cast<int>(m_rows.columns.size()); }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    const std::string& value(int row, int column) const;
    SqlRows m_rows;
    std::vector<bool> m_numeric; // per column: every non-empty value is a number
};

} // namespace ac
