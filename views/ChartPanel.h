#pragma once

#include "reports/Reports.h"

#include <QFrame>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace ac {

// A titled chart driven by report results: horizontal bars, a pie, a time trend or grouped
// bars. Every bar, slice and point drills down; tooltips give exact numbers; the context menu
// exports PNG. Follows the palette (light or dark).
class ChartPanel : public QFrame {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    using Labeler = std::function<QString(const std::string& key)>;
    void showBars(const std::vector<KeyCount>& rows, int maxBars = 10, const Labeler& label = {});
    void showPie(const std::vector<KeyCount>& rows, int maxSlices = 8, const Labeler& label = {});
    void showTrend(const std::vector<TrendPoint>& points, int64_t bucketUs);
    // Bars per category (x axis) for each series, e.g. resources × create/update/delete/access.
    void showGroupedBars(const QStringList& categories, const QList<QPair<QString, QList<qint64>>>& series);

    void setTitle(const QString& title);
    QString title() const;
    QChartView* chartView() const { return m_view; }
    bool exportPng(const QString& path) const;
    bool isEmpty() const { return m_empty; }

Q_SIGNALS:
    void keyActivated(const QString& key);
    void rangeActivated(qint64 fromUs, qint64 toUs);
    void cellActivated(int category, int series);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChart* resetChart();
    void applyTheme();
    void setEmpty(bool empty);

    QLabel* m_title;
    QChartView* m_view;
    QLabel* m_emptyLabel;
    bool m_empty = true;
};

} // namespace ac
