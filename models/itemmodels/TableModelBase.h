#pragma once

#include <QAbstractTableModel>

namespace ac {

// Index plumbing written once: concrete models give their row count, their columns' titles
// and one cell at a time. Sorting is the concrete model's (in the engine, on typed data).
class TableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole, // raw number or text, for sorting and charts
        KeyRole,                 // the value a drill-down filters on
        RefRole,                 // the event behind a row (Backend::detail), where there is one
        StatusCodeColumnRole,    // header data: true for a column of HTTP status codes
        ExportRole,              // the cell as CSV export writes it: displayed text, plain numbers
    };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : rows(); }
    int columnCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : columns(); }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual Qt::Alignment columnAlignment(int column) const;
    virtual bool isStatusCodeColumn(int) const { return false; }
};

} // namespace ac
