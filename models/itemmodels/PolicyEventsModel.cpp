#include "PolicyEventsModel.h"

#include "i18n/TimeDisplay.h"

namespace ac {

namespace {
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

PolicyEventsModel::PolicyEventsModel(QObject* parent)
    : TableModelBase(parent) {}

void PolicyEventsModel::setResult(std::shared_ptr<const EventStore> store,
                                  std::shared_ptr<const SimulationResult> result, AuditPolicy policy) {
    beginResetModel();
    m_store = std::move(store);
    m_result = std::move(result);
    m_policy = std::move(policy);
    rebuild();
    endResetModel();
}

void PolicyEventsModel::setChangedOnly(bool changedOnly) {
    if (changedOnly == m_changedOnly) return;
    beginResetModel();
    m_changedOnly = changedOnly;
    rebuild();
    endResetModel();
}

void PolicyEventsModel::rebuild() {
    m_rows.clear();
    if (!m_store || !m_result) return;
    const auto& level = m_store->columns().level;
    for (uint32_t req = static_cast<uint32_t>(m_result->levelOfRequest.size()); req-- > 0;) {
        if (m_changedOnly && level[m_store->lastRecordOf(req)] == m_result->levelOfRequest[req]) continue;
        m_rows.push_back(req);
    }
}

QString PolicyEventsModel::columnTitle(int column) const {
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case VerbColumn:
        return tr("Verb");
    case ResourceColumn:
        return tr("Resource or path");
    case NamespaceColumn:
        return tr("Namespace");
    case RecordedColumn:
        return tr("Recorded at");
    case PolicyColumn:
        return tr("Policy gives");
    case RuleColumn:
        return tr("Why");
    }
    return {};
}

QVariant PolicyEventsModel::cell(int row, int column, int role) const {
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) return {};
    const uint32_t req = m_rows[static_cast<size_t>(row)];
    const uint32_t rec = m_store->lastRecordOf(req);
    const EventStore& s = *m_store;
    switch (column) {
    case TimeColumn:
        return formatTime(s.columns().time[rec]);
    case UserColumn:
        return qs(s.str(DictColumn::Username, rec));
    case VerbColumn:
        return qs(s.str(DictColumn::Verb, rec));
    case ResourceColumn: {
        const auto sub = s.str(DictColumn::Subresource, rec);
        const auto res = s.str(DictColumn::Resource, rec);
        if (res.empty()) return qs(s.rawString(rec, "requestURI").value_or(std::string()));
        return sub.empty() ? qs(res) : QString(qs(res) + QLatin1Char('/') + qs(sub));
    }
    case NamespaceColumn:
        return qs(s.str(DictColumn::Namespace, rec));
    case RecordedColumn:
        return qs(levelName(s.columns().level[rec]));
    case PolicyColumn:
        return qs(levelName(m_result->levelOfRequest[req]));
    case RuleColumn: {
        const int rule = m_result->ruleOfRequest[req];
        if (rule < 0) return tr("no rule matches: None");
        return tr("rule %1 (line %2)").arg(rule + 1).arg(m_policy.rules[static_cast<size_t>(rule)].pos.line);
    }
    }
    return {};
}

} // namespace ac
