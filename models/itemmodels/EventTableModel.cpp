#include "EventTableModel.h"

#include "audit/Timestamp.h"
#include "reports/Reports.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace ac {

namespace {
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

DictColumn dictOf(EventTableModel::Column c) {
    using C = EventTableModel::Column;
    switch (c) {
    case C::Operator:
        return DictColumn::Operator;
    case C::Verb:
        return DictColumn::Verb;
    case C::Resource:
        return DictColumn::Resource;
    case C::Namespace:
        return DictColumn::Namespace;
    case C::Name:
        return DictColumn::Name;
    case C::SourceIp:
        return DictColumn::SourceIp;
    case C::UserAgent:
        return DictColumn::UserAgent;
    default:
        return DictColumn::Count;
    }
}

// The rank of each id of a dictionary in sorted string order.
std::vector<uint32_t> ranks(const StringDictionary& dict) {
    std::vector<uint32_t> order(dict.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return dict.at(a) < dict.at(b); });
    std::vector<uint32_t> rank(dict.size());
    for (uint32_t i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    return rank;
}
} // namespace

std::vector<EventTableModel::Column> EventTableModel::standardColumns() {
    return {Column::Time, Column::Operator, Column::Verb,     Column::Resource, Column::Namespace,
            Column::Name, Column::Code,     Column::SourceIp, Column::UserAgent};
}

std::vector<EventTableModel::Column> EventTableModel::execColumns() {
    return {Column::Time,    Column::Operator, Column::Namespace, Column::Name,    Column::Container,
            Column::Command, Column::Terminal, Column::Code,      Column::SourceIp};
}

EventTableModel::EventTableModel(std::vector<Column> columns, QObject* parent)
    : TableModelBase(parent)
    , m_columns(std::move(columns)) {}

void EventTableModel::setRecords(std::shared_ptr<const EventStore> store, std::vector<uint32_t> records) {
    beginResetModel();
    m_store = std::move(store);
    m_records = std::move(records);
    m_execCache.clear();
    endResetModel();
}

void EventTableModel::sortRecords(const EventStore& s, std::vector<uint32_t>& recs, Column column,
                                  Qt::SortOrder order) {
    const auto& c = s.columns();
    const DictColumn dict = dictOf(column);
    if (column == Column::Time || column == Column::Stage) {
        // Records are stored in time order: the index is the time.
        std::sort(recs.begin(), recs.end());
    } else if (column == Column::Code) {
        std::stable_sort(recs.begin(), recs.end(), [&](uint32_t a, uint32_t b) { return c.code[a] < c.code[b]; });
    } else if (dict != DictColumn::Count) {
        const std::vector<uint32_t> rank = ranks(c.dict(dict));
        const auto& ids = c.column(dict);
        std::stable_sort(recs.begin(), recs.end(), [&](uint32_t a, uint32_t b) { return rank[ids[a]] < rank[ids[b]]; });
    } else {
        // Exec columns are decoded from the request URI: only for lists small enough to decode.
        if (recs.size() > 200000) return;
        std::vector<std::pair<std::string, uint32_t>> decoded;
        for (uint32_t r : recs) {
            const ExecCommand e = parseExecUri(s.rawString(r, "requestURI").value_or(std::string()));
            decoded.emplace_back(column == Column::Container ? e.container
                                 : column == Column::Command
                                     ? e.command
                                     : std::string(e.tty ? "t" : "") + (e.stdinAttached ? "i" : ""),
                                 r);
        }
        std::stable_sort(decoded.begin(), decoded.end());
        for (size_t i = 0; i < recs.size(); ++i)
            recs[i] = decoded[i].second;
    }
    if (order == Qt::DescendingOrder) std::reverse(recs.begin(), recs.end());
}

void EventTableModel::sort(int column, Qt::SortOrder order) {
    if (!m_store || column < 0 || column >= columns()) return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<uint32_t> recordsBefore;
    for (const auto& idx : before)
        recordsBefore.push_back(m_records[static_cast<size_t>(idx.row())]);
    sortRecords(*m_store, m_records, m_columns[static_cast<size_t>(column)], order);
    if (!before.isEmpty()) {
        std::unordered_map<uint32_t, int> rowOf;
        for (size_t i = 0; i < m_records.size(); ++i)
            rowOf.emplace(m_records[i], static_cast<int>(i));
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after.push_back(index(rowOf[recordsBefore[static_cast<size_t>(i)]], before[i].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString EventTableModel::columnTitle(int column) const {
    switch (m_columns[static_cast<size_t>(column)]) {
    case Column::Time:
        return tr("Time");
    case Column::Operator:
        return tr("Operator");
    case Column::Verb:
        return tr("Verb");
    case Column::Resource:
        return tr("Resource");
    case Column::Namespace:
        return tr("Namespace");
    case Column::Name:
        return tr("Name");
    case Column::Code:
        return tr("Code");
    case Column::SourceIp:
        return tr("Source IP");
    case Column::UserAgent:
        return tr("User agent");
    case Column::Stage:
        return tr("Stage");
    case Column::Container:
        return tr("Container");
    case Column::Command:
        return tr("Command");
    case Column::Terminal:
        return tr("TTY / stdin");
    }
    return {};
}

QString EventTableModel::text(uint32_t r, Column col) const {
    const EventStore& s = *m_store;
    switch (col) {
    case Column::Time: {
        // Local time; the zone offset is looked up once per hour of data, not per cell.
        const int64_t seconds = s.columns().time[r] / 1000000;
        const int64_t hour = seconds / 3600;
        auto it = m_utcOffsets.find(hour);
        if (it == m_utcOffsets.end()) {
            if (m_utcOffsets.size() > 100000) m_utcOffsets.clear();
            it = m_utcOffsets
                     .emplace(hour, QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC).toLocalTime().offsetFromUtc())
                     .first;
        }
        return QDateTime::fromSecsSinceEpoch(seconds + it->second, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case Column::Resource: {
        const auto sub = s.str(DictColumn::Subresource, r);
        return sub.empty() ? qs(s.str(DictColumn::Resource, r))
                           : QString(qs(s.str(DictColumn::Resource, r)) + QLatin1Char('/') + qs(sub));
    }
    case Column::Code:
        return s.columns().code[r] ? QString::number(s.columns().code[r]) : QString();
    case Column::Stage:
        return qs(stageName(s.columns().stage[r]));
    case Column::Container:
    case Column::Command:
    case Column::Terminal: {
        auto it = m_execCache.find(r);
        if (it == m_execCache.end()) {
            const ExecCommand e = parseExecUri(s.rawString(r, "requestURI").value_or(std::string()));
            QString terminal = e.tty && e.stdinAttached ? tr("tty, stdin")
                               : e.tty                  ? tr("tty")
                               : e.stdinAttached        ? tr("stdin")
                                                        : QString();
            if (m_execCache.size() > 5000) m_execCache.clear();
            it = m_execCache
                     .emplace(r, std::vector<QString>{QString::fromStdString(e.container),
                                                      QString::fromStdString(e.command), terminal})
                     .first;
        }
        return it->second[col == Column::Container ? 0 : col == Column::Command ? 1 : 2];
    }
    default:
        return qs(s.str(dictOf(col), r));
    }
}

QVariant EventTableModel::cell(int row, int column, int role) const {
    const uint32_t r = m_records[static_cast<size_t>(row)];
    const Column col = m_columns[static_cast<size_t>(column)];
    switch (role) {
    case Qt::DisplayRole:
        return text(r, col);
    case Qt::ToolTipRole:
        if (col == Column::Time) return QString::fromStdString(formatRfc3339Micros(m_store->columns().time[r]));
        return text(r, col);
    case SortRole:
        if (col == Column::Time) return QString::fromStdString(formatRfc3339Micros(m_store->columns().time[r]));
        if (col == Column::Code) return m_store->columns().code[r];
        return text(r, col);
    case KeyRole:
        return text(r, col);
    case RecordRole:
        return r;
    default:
        return {};
    }
}

Qt::Alignment EventTableModel::columnAlignment(int column) const {
    return m_columns[static_cast<size_t>(column)] == Column::Code ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace ac
