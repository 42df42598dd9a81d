#pragma once

#include "TableModelBase.h"
#include "alerts/Alerts.h"

#include <memory>
#include <string>
#include <vector>

namespace ac {

// The findings of an alert run: filtered (minimum severity, rule, text) and sorted here on the
// findings themselves, never through a proxy. Rows index into a shared, immutable list, so that
// the page and the controller hold one copy. Colours are the view's (this library has no QtGui):
// SeverityRole gives the level to paint by.
class FindingsModel final : public TableModelBase {
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        SeverityColumn,
        RuleColumn,
        OperatorColumn,
        ObjectColumn,
        SourceColumn,
        CountColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Roles {
        SeverityRole = TableModelBase::ExportRole + 1, // int(Severity) of the row, any column
        RuleIdRole,                                    // the rule's id
    };
    using Findings = std::shared_ptr<const std::vector<Finding>>;

    explicit FindingsModel(QObject* parent = nullptr);
    void setFindings(Findings findings);
    void clear() { setFindings({}); }

    void setMinimumSeverity(Severity severity);
    // Empty: every rule.
    void setRuleFilter(const std::string& ruleId);
    // Case-insensitive, in the rule, who, what, from where, the message and the details.
    void setTextFilter(const QString& text);
    Severity minimumSeverity() const { return m_minSeverity; }
    const std::string& ruleFilter() const { return m_rule; }
    QString textFilter() const { return m_text; }

    const Finding* findingAt(int row) const;
    int rowOfKey(const std::string& key) const; // -1 when not shown
    int totalCount() const { return m_all ? static_cast<int>(m_all->size()) : 0; }
    const Findings& allFindings() const { return m_all; }
    // The rows shown, in the order shown (for exports).
    std::vector<Finding> shownFindings() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString severityTitle(Severity severity);
    static QString objectText(const Finding& f);  // namespace/resource/name
    static QString sourceText(const Finding& f);  // "203.0.113.9 · public · China, Zhejiang"
    static QString detailsText(const Finding& f); // the message, else the details
    static QString scopeTitle(const QString& scope);
    static QString displayText(const Finding& f, int column);
    static QString toolTip(const Finding& f, int column);

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    void refilter();
    bool accepts(const Finding& f) const;
    void sortRows();
    bool less(const Finding& a, const Finding& b, int column) const;

    Findings m_all;
    std::vector<uint32_t> m_rows; // indexes into *m_all, as shown
    Severity m_minSeverity = Severity::Report;
    std::string m_rule;
    QString m_text;
    int m_sortColumn = -1; // -1: the engine's order (time, rule, key)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ac
