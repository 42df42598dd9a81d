#pragma once

#include "TableModelBase.h"
#include "reports/Reports.h"

namespace ac {

// The resource-operation overview as a table: category, resource, create/update/delete/access.
class ResourceOpsModel final : public TableModelBase {
    Q_OBJECT
public:
    enum Columns {
        CategoryColumn,
        ResourceColumn,
        CreateColumn,
        UpdateColumn,
        DeleteColumn,
        AccessColumn,
        ColumnCount
    };
    using TableModelBase::TableModelBase;
    void setReport(ResourceOperationsReport report);
    const ResourceOperationsReport& report() const { return m_report; }
    static QString categoryTitle(Category c);
    static QString resourceTitle(const std::string& resource); // "Deployment", "PersistentVolumeClaim"

protected:
    int rows() const override { return static_cast<int>(m_report.rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    ResourceOperationsReport m_report;
};

} // namespace ac
