#include "KeyCountModel.h"

#include <QLocale>

#include <algorithm>

namespace ac {

KeyCountModel::KeyCountModel(QString keyTitle, QObject* parent, QString emptyKey)
    : TableModelBase(parent)
    , m_keyTitle(std::move(keyTitle))
    , m_emptyKey(emptyKey.isEmpty() ? tr("(none)") : std::move(emptyKey)) {}

void KeyCountModel::setRows(std::vector<KeyCount> rows, int64_t total) {
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    endResetModel();
}

void KeyCountModel::sort(int column, Qt::SortOrder order) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::string> keysBefore;
    for (const auto& idx : before)
        keysBefore.push_back(m_rows[static_cast<size_t>(idx.row())].key);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const KeyCount& a, const KeyCount& b) {
        const bool less = column == KeyColumn ? a.key < b.key : a.count < b.count;
        const bool greater = column == KeyColumn ? b.key < a.key : b.count < a.count;
        return order == Qt::AscendingOrder ? less : greater;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const KeyCount& k) { return k.key == keysBefore[static_cast<size_t>(i)]; });
        after.push_back(index(static_cast<int>(it - m_rows.begin()), before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString KeyCountModel::columnTitle(int column) const {
    switch (column) {
    case KeyColumn:
        return m_keyTitle;
    case CountColumn:
        return tr("Requests");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

QVariant KeyCountModel::cell(int row, int column, int role) const {
    const KeyCount& kc = m_rows[static_cast<size_t>(row)];
    const double share = m_total > 0 ? 100.0 * static_cast<double>(kc.count) / static_cast<double>(m_total) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KeyColumn:
            return kc.key.empty() ? m_emptyKey : QString::fromStdString(kc.key);
        case CountColumn:
            return QLocale().toString(static_cast<qlonglong>(kc.count));
        case ShareColumn:
            return QString(QLocale().toString(share, 'f', 1) + QLatin1Char('%'));
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1: %2 requests (%3%)")
            .arg(kc.key.empty() ? m_emptyKey : QString::fromStdString(kc.key))
            .arg(QLocale().toString(static_cast<qlonglong>(kc.count)))
            .arg(QLocale().toString(share, 'f', 2));
    case SortRole:
        switch (column) {
        case KeyColumn:
            return QString::fromStdString(kc.key);
        case CountColumn:
            return static_cast<qlonglong>(kc.count);
        case ShareColumn:
            return share;
        }
        break;
    case KeyRole:
        return QString::fromStdString(kc.key);
    default:
        break;
    }
    return {};
}

Qt::Alignment KeyCountModel::columnAlignment(int column) const {
    return column == KeyColumn ? Qt::AlignLeft : Qt::AlignRight;
}

} // namespace ac
