#pragma once

#include "TableModelBase.h"
#include "policy/PolicySimulator.h"

#include <memory>

namespace ac {

// Every request of a simulation with the level it was recorded at, the level the policy would
// give it and why (the deciding rule and its line): a virtual table over the store.
class PolicyEventsModel final : public TableModelBase {
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        UserColumn,
        VerbColumn,
        ResourceColumn,
        NamespaceColumn,
        RecordedColumn,
        PolicyColumn,
        RuleColumn,
        ColumnCount
    };
    explicit PolicyEventsModel(QObject* parent = nullptr);
    void setResult(std::shared_ptr<const EventStore> store, std::shared_ptr<const SimulationResult> result,
                   AuditPolicy policy);
    // Only the requests whose level would change (or every request).
    void setChangedOnly(bool changedOnly);
    uint32_t requestAt(int row) const { return m_rows[static_cast<size_t>(row)]; }

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    void rebuild();
    std::shared_ptr<const EventStore> m_store;
    std::shared_ptr<const SimulationResult> m_result;
    AuditPolicy m_policy;
    bool m_changedOnly = false;
    std::vector<uint32_t> m_rows; // request ids, newest first
};

} // namespace ac
