#include "FindingsModel.h"

#include "audit/Timestamp.h"
#include "i18n/TimeDisplay.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace ac {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

bool contains(const std::string& haystack, const QString& needle) {
    return !haystack.empty() && qs(haystack).contains(needle, Qt::CaseInsensitive);
}
} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : TableModelBase(parent) {}

void FindingsModel::setFindings(Findings findings) {
    beginResetModel();
    m_all = std::move(findings);
    refilter();
    endResetModel();
}

void FindingsModel::setMinimumSeverity(Severity severity) {
    if (severity == m_minSeverity) return;
    beginResetModel();
    m_minSeverity = severity;
    refilter();
    endResetModel();
}

void FindingsModel::setRuleFilter(const std::string& ruleId) {
    if (ruleId == m_rule) return;
    beginResetModel();
    m_rule = ruleId;
    refilter();
    endResetModel();
}

void FindingsModel::setTextFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) return;
    beginResetModel();
    m_text = trimmed;
    refilter();
    endResetModel();
}

bool FindingsModel::accepts(const Finding& f) const {
    if (f.severity < m_minSeverity) return false;
    if (!m_rule.empty() && f.ruleId != m_rule) return false;
    if (m_text.isEmpty()) return true;
    if (f.ruleTitle.contains(m_text, Qt::CaseInsensitive) || f.message.contains(m_text, Qt::CaseInsensitive) ||
        f.region.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const std::string* s : {&f.ruleId, &f.operatorName, &f.verb, &f.ns, &f.resource, &f.subresource, &f.name,
                                 &f.sourceIp, &f.userAgent, &f.auditId})
        if (contains(*s, m_text)) return true;
    for (const auto& [key, value] : f.details)
        if (contains(value, m_text)) return true;
    return false;
}

void FindingsModel::refilter() {
    m_rows.clear();
    if (!m_all) return;
    for (size_t i = 0; i < m_all->size(); ++i)
        if (accepts((*m_all)[i])) m_rows.push_back(static_cast<uint32_t>(i));
    sortRows();
}

bool FindingsModel::less(const Finding& a, const Finding& b, int column) const {
    switch (column) {
    case TimeColumn:
        return a.time < b.time;
    case SeverityColumn:
        return a.severity < b.severity;
    case OperatorColumn:
        return a.operatorName < b.operatorName;
    case ObjectColumn:
        return std::tie(a.ns, a.resource, a.subresource, a.name) < std::tie(b.ns, b.resource, b.subresource, b.name);
    case SourceColumn:
        return a.sourceIp < b.sourceIp;
    case CountColumn:
        return a.count < b.count;
    }
    return false; // text columns: sortRows compares their shown text
}

void FindingsModel::sortRows() {
    if (!m_all) return;
    if (m_sortColumn < 0) {
        std::sort(m_rows.begin(), m_rows.end()); // the engine's order
        return;
    }
    const auto& all = *m_all;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Ties keep the engine's order, whichever direction.
    if (m_sortColumn == RuleColumn || m_sortColumn == DetailsColumn) {
        // The shown text, made once per row rather than per comparison.
        std::vector<QString> keys(all.size());
        for (uint32_t i : m_rows)
            keys[i] = m_sortColumn == DetailsColumn ? detailsText(all[i])
                      : all[i].ruleTitle.isEmpty()  ? qs(all[i].ruleId)
                                                    : all[i].ruleTitle;
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](uint32_t x, uint32_t y) {
            const int c = keys[x].compare(keys[y], Qt::CaseInsensitive);
            return ascending ? c < 0 : c > 0;
        });
        return;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](uint32_t x, uint32_t y) {
        return ascending ? less(all[x], all[y], m_sortColumn) : less(all[y], all[x], m_sortColumn);
    });
}

void FindingsModel::sort(int column, Qt::SortOrder order) {
    if (column < -1 || column >= ColumnCount) return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<uint32_t> heldBefore;
    heldBefore.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex& idx : before)
        heldBefore.push_back(m_rows[static_cast<size_t>(idx.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    // Where each finding went: an inverse of the new order.
    std::vector<int> rowOf(m_all ? m_all->size() : 0, -1);
    for (size_t r = 0; r < m_rows.size(); ++r)
        rowOf[m_rows[r]] = static_cast<int>(r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.push_back(index(rowOf[heldBefore[static_cast<size_t>(i)]], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const Finding* FindingsModel::findingAt(int row) const {
    if (!m_all || row < 0 || row >= static_cast<int>(m_rows.size())) return nullptr;
    return &(*m_all)[m_rows[static_cast<size_t>(row)]];
}

int FindingsModel::rowOfKey(const std::string& key) const {
    if (!m_all || key.empty()) return -1;
    for (size_t r = 0; r < m_rows.size(); ++r)
        if ((*m_all)[m_rows[r]].key == key) return static_cast<int>(r);
    return -1;
}

std::vector<Finding> FindingsModel::shownFindings() const {
    std::vector<Finding> out;
    out.reserve(m_rows.size());
    for (uint32_t i : m_rows)
        out.push_back((*m_all)[i]);
    return out;
}

QString FindingsModel::severityTitle(Severity severity) {
    switch (severity) {
    case Severity::Report:
        return tr("Report");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString FindingsModel::scopeTitle(const QString& scope) {
    if (scope == QLatin1String("public")) return tr("public");
    if (scope == QLatin1String("private")) return tr("private");
    return scope;
}

QString FindingsModel::objectText(const Finding& f) {
    QStringList parts;
    if (!f.ns.empty()) parts << qs(f.ns);
    if (!f.resource.empty()) parts << (f.subresource.empty() ? qs(f.resource) : qs(f.resource + '/' + f.subresource));
    if (!f.name.empty()) parts << qs(f.name);
    return parts.join(QLatin1Char('/'));
}

QString FindingsModel::sourceText(const Finding& f) {
    QStringList parts;
    if (!f.sourceIp.empty()) parts << qs(f.sourceIp);
    if (!f.scope.isEmpty()) parts << scopeTitle(f.scope);
    if (!f.region.isEmpty()) parts << f.region;
    return parts.join(QStringLiteral(" · "));
}

QString FindingsModel::detailsText(const Finding& f) {
    if (!f.message.isEmpty()) return f.message;
    QStringList parts;
    for (const auto& [key, value] : f.details)
        parts << QString(qs(key) + QStringLiteral(": ") + qs(value));
    return parts.join(QStringLiteral("; "));
}

QString FindingsModel::columnTitle(int column) const {
    switch (column) {
    case TimeColumn:
        // The zone of the data shown, as the event tables say it.
        if (!m_rows.empty()) return tr("Time (%1)").arg(zoneName(findingAt(0)->time));
        return displayUtc() ? tr("Time (UTC)") : tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case OperatorColumn:
        return tr("Operator");
    case ObjectColumn:
        return tr("Object");
    case SourceColumn:
        return tr("Source IP");
    case CountColumn:
        return tr("Count");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

QVariant FindingsModel::cell(int row, int column, int role) const {
    const Finding& f = *findingAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(f, column);
    case Qt::ToolTipRole:
        return toolTip(f, column);
    case SortRole:
        // Numbers where the column holds one; the shown text otherwise.
        if (column == TimeColumn) return static_cast<qlonglong>(f.time);
        if (column == SeverityColumn) return static_cast<int>(f.severity);
        if (column == CountColumn) return static_cast<qlonglong>(f.count);
        if (column == SourceColumn) return qs(f.sourceIp);
        return displayText(f, column);
    case ExportRole:
        // Exports are in UTC whatever the window shows; severities as rule files write them.
        if (column == TimeColumn) return qs(formatRfc3339Micros(f.time));
        if (column == SeverityColumn) {
            const std::string_view name = severityName(f.severity);
            return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
        return {};
    case KeyRole:
        return qs(f.key);
    case RefRole:
        return qs(f.eventRef);
    case SeverityRole:
        return static_cast<int>(f.severity);
    case RuleIdRole:
        return qs(f.ruleId);
    default:
        return {};
    }
}

QString FindingsModel::displayText(const Finding& f, int column) {
    switch (column) {
    case TimeColumn:
        return formatTime(f.time);
    case SeverityColumn:
        return severityTitle(f.severity);
    case RuleColumn:
        return f.ruleTitle.isEmpty() ? qs(f.ruleId) : f.ruleTitle;
    case OperatorColumn:
        return qs(f.operatorName);
    case ObjectColumn:
        return objectText(f);
    case SourceColumn:
        return sourceText(f);
    case CountColumn:
        return QLocale().toString(static_cast<qlonglong>(f.count));
    case DetailsColumn:
        return detailsText(f);
    default:
        return {};
    }
}

QString FindingsModel::toolTip(const Finding& f, int column) {
    if (column == TimeColumn) {
        if (f.windowEnd > f.time) return tr("Window %1").arg(formatRange(f.time, f.windowEnd, TimeDetail::Seconds));
        return formatTimeWithZone(f.time) + QLatin1Char('\n') + qs(formatRfc3339Micros(f.time));
    }
    if (column == RuleColumn) return QStringLiteral("%1 (%2)").arg(f.ruleTitle, qs(f.ruleId));
    if (column == CountColumn) {
        const QLocale locale;
        QString text = tr("%1 request(s)").arg(locale.toString(static_cast<qlonglong>(f.count)));
        const QString dot = QStringLiteral(" · ");
        if (f.failures > 0) text += dot + tr("%1 failed").arg(locale.toString(static_cast<qlonglong>(f.failures)));
        if (f.distinct >= 0) text += dot + tr("%1 distinct").arg(locale.toString(static_cast<qlonglong>(f.distinct)));
        return text;
    }
    return displayText(f, column);
}

Qt::Alignment FindingsModel::columnAlignment(int column) const {
    return column == CountColumn ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace ac
