#pragma once

#include "query/FilterState.h"
#include "reports/Reports.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace ac {

class SearchBox;

// The one filter bar every page shares: namespace, RAM sub-account and status-code facets
// (their choices with counts under the other filters), hide-system-components, time range and
// the search box; a line below says what is active.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);
    void setState(const FilterState& state, const QString& searchText); // shows it, emits nothing
    void setChoices(std::vector<KeyCount> namespaces, std::vector<KeyCount> accounts, std::vector<KeyCount> codes);
    void setDataRange(const TimeRange& range) { m_dataRange = range; }
    // The time range a fresh start or "Clear filters" goes back to (it depends on the source).
    void setDefaultTime(const TimeSelection& time);
    const TimeSelection& defaultTime() const { return m_defaultTime; }
    // Under the bar: the range the figures cover, and how many matching requests lie outside it.
    void setRangeInfo(const TimeRange& shown, int64_t outside);
    QString summaryText() const;
    FilterState state() const { return m_state; }
    SearchBox* searchBox() const { return m_search; }
    QString searchText() const;
    static QString describe(const FilterState& state, const QString& searchText);
    static QString presetName(const TimeSelection& time);

Q_SIGNALS:
    void edited(const ac::FilterState& state, const QString& searchText);
    void allOperatorsToggled(bool all);

private:
    enum class Facet { Namespace, Account, Code };
    QToolButton* makeFacetButton(Facet facet, const QString& title);
    void showFacetMenu(Facet facet, QToolButton* button);
    void refreshLabels();
    void emitEdited();
    void chooseCustomRange();

    FilterState m_state;
    TimeRange m_dataRange;
    std::vector<KeyCount> m_choices[3];
    bool m_allOperators = false;
    TimeSelection m_defaultTime;
    TimeRange m_shownRange;
    int64_t m_outside = 0;
    QToolButton* m_facetButtons[3];
    QCheckBox* m_hideSystem;
    QComboBox* m_time;
    SearchBox* m_search;
    QLabel* m_error;
    QLabel* m_summary;
    QToolButton* m_clear;
    QToolButton* m_pendingMenu = nullptr;
};

} // namespace ac
