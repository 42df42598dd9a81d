#include "TableModelBase.h"

namespace ac {

QVariant TableModelBase::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(columnAlignment(index.column()) | Qt::AlignVCenter);
    if (role == ExportRole) {
        if (QVariant own = cell(index.row(), index.column(), ExportRole); own.isValid()) return own;
        // Counts without thousands separators; everything else as shown.
        const QVariant sort = cell(index.row(), index.column(), SortRole);
        const QString shown = cell(index.row(), index.column(), Qt::DisplayRole).toString();
        if (!shown.isEmpty() && (sort.typeId() == QMetaType::LongLong || sort.typeId() == QMetaType::Int))
            return sort.toString();
        return shown;
    }
    return cell(index.row(), index.column(), role);
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columns()) return {};
    if (role == Qt::DisplayRole) return columnTitle(section);
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(columnAlignment(section) | Qt::AlignVCenter);
    if (role == StatusCodeColumnRole) return isStatusCodeColumn(section);
    return {};
}

Qt::Alignment TableModelBase::columnAlignment(int) const {
    return Qt::AlignLeft;
}

} // namespace ac
