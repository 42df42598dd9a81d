#pragma once

#include "TableModelBase.h"
#include "reports/Reports.h"

namespace ac {

// A top list: key, requests, share of the total.
class KeyCountModel final : public TableModelBase {
    Q_OBJECT
public:
    enum Columns { KeyColumn, CountColumn, ShareColumn, ColumnCount };
    // `emptyKey` names the empty value: "(cluster-scoped)" for namespaces, "(none)" otherwise.
    explicit KeyCountModel(QString keyTitle, QObject* parent = nullptr, QString emptyKey = {});
    void setRows(std::vector<KeyCount> rows, int64_t total);
    const std::vector<KeyCount>& keyCounts() const { return m_rows; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    QString m_keyTitle;
    QString m_emptyKey;
    std::vector<KeyCount> m_rows;
    int64_t m_total = 0;
};

} // namespace ac
