#include "SqlRowsModel.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <optional>

namespace ac {

namespace {
std::optional<double> numberOf(const std::string& s) {
    double v = 0;
    const char* end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, v);
    if (s.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return v;
}
} // namespace

void SqlRowsModel::setRows(SqlRows rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_numeric.assign(m_rows.columns.size(), true);
    for (size_t c = 0; c < m_rows.columns.size(); ++c) {
        bool any = false;
        for (const auto& row : m_rows.rows) {
            if (c >= row.size() || row[c].empty()) continue;
            any = true;
            if (!numberOf(row[c])) {
                m_numeric[c] = false;
                break;
            }
        }
        if (!any) m_numeric[c] = false;
    }
    endResetModel();
}

const std::string& SqlRowsModel::value(int row, int column) const {
    static const std::string none;
    const auto& r = m_rows.rows[static_cast<size_t>(row)];
    return static_cast<size_t>(column) < r.size() ? r[static_cast<size_t>(column)] : none;
}

void SqlRowsModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columns()) return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const auto c = static_cast<size_t>(column);
    const bool numeric = m_numeric[c];
    // Rows have no identity beyond their values: persistent indexes follow the row they were on.
    std::vector<size_t> perm(m_rows.rows.size());
    for (size_t i = 0; i < perm.size(); ++i)
        perm[i] = i;
    auto key = [&](size_t i) -> const std::string& { return value(static_cast<int>(i), column); };
    // Numbers read once, not at every comparison; an empty (NULL) value first when ascending.
    std::vector<std::optional<double>> numbers;
    if (numeric) {
        numbers.reserve(perm.size());
        for (size_t i = 0; i < perm.size(); ++i)
            numbers.push_back(numberOf(key(i)));
    }
    std::stable_sort(perm.begin(), perm.end(), [&](size_t a, size_t b) {
        if (order != Qt::AscendingOrder) std::swap(a, b);
        if (numeric) {
            const auto &nx = numbers[a], &ny = numbers[b];
            if (!nx || !ny) return !nx && ny.has_value();
            return *nx < *ny;
        }
        return key(a) < key(b);
    });
    std::vector<std::vector<std::string>> sorted;
    sorted.reserve(perm.size());
    std::vector<int> newRowOf(perm.size());
    for (size_t i = 0; i < perm.size(); ++i) {
        newRowOf[perm[i]] = static_cast<int>(i);
        sorted.push_back(std::move(m_rows.rows[perm[i]]));
    }
    m_rows.rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex& idx : before)
        after.push_back(index(newRowOf[static_cast<size_t>(idx.row())], idx.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString SqlRowsModel::columnTitle(int column) const {
    return QString::fromStdString(m_rows.columns[static_cast<size_t>(column)]);
}

QVariant SqlRowsModel::cell(int row, int column, int role) const {
    const std::string& v = value(row, column);
    const bool numeric = m_numeric[static_cast<size_t>(column)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case ExportRole:
    case KeyRole:
        return QString::fromStdString(v);
    case SortRole:
        if (numeric)
            if (const auto n = numberOf(v)) return *n;
        return QString::fromStdString(v);
    default:
        break;
    }
    return {};
}

Qt::Alignment SqlRowsModel::columnAlignment(int column) const {
    return m_numeric[static_cast<size_t>(column)] ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace ac
