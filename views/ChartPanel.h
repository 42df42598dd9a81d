#pragma once

#include "reports/Reports.h"

#include <QFrame>
#include <QImage>

#include <functional>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

class TstCharts;

namespace ac {

// A titled chart driven by report results: horizontal bars (succeeded + failed), a pie, a time
// trend or grouped bars. Every bar, slice and point drills down; tooltips give the full name
// and exact numbers; the context menu exports PNG. Times follow TimeDisplay (local or UTC, with
// the zone). Follows the palette (light or dark).
class ChartPanel : public QFrame {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    using Labeler = std::function<QString(const std::string& key)>;
    // Each bar is split into succeeded and failed (KeyCount::failed) segments.
    void showBars(const std::vector<KeyCount>& rows, int maxBars = 10, const Labeler& label = {});
    void showPie(const std::vector<KeyCount>& rows, int maxSlices = 8, const Labeler& label = {});
    void showTrend(const std::vector<TrendPoint>& points, int64_t bucketUs);
    // Bars per category (x axis) for each series, e.g. resources × create/update/delete/access.
    // `failed`, when given, has the shape of the series' values and feeds the tooltips.
    void showGroupedBars(const QStringList& categories, const QList<QPair<QString, QList<qint64>>>& series,
                         const QList<QList<qint64>>& failed = {});
    // Events to point out on the trend (alert findings): small triangles along the top of the
    // plot at their times (µs), each text shown on hover. Kept across showTrend until replaced.
    void setMarkers(const std::vector<std::pair<qint64, QString>>& markers);
    int shownMarkerCount() const { return static_cast<int>(m_markerShown.size()); }

    void setTitle(const QString& title);
    QString title() const;
    // A line under the title in exports, e.g. the filter and the time range.
    void setCaption(const QString& caption);
    QString caption() const { return m_caption; }
    // Why the chart is empty ("No RAM sub-accounts in these requests").
    void setEmptyText(const QString& text);
    QString emptyText() const;
    QChartView* chartView() const { return m_view; }
    // Title, caption and chart (or the empty text) as exported.
    QImage renderImage() const;
    bool exportPng(const QString& path) const;
    bool isEmpty() const { return m_empty; }

    // "425 requests · 187 succeeded · 238 failed"
    static QString outcomeText(qint64 total, qint64 failed);
    // Long names keep their head and tail in labels ("system:serviceaccou…ector-manager"); tooltips
    // carry the full text.
    static QString elideMiddle(const QString& text, int maxChars = 40);
    // A whole-number tick step ≥ 1 for a value axis from 0 to `max`, with at most `maxTicks` steps.
    static qint64 tickStep(qint64 max, int maxTicks = 5);

Q_SIGNALS:
    void keyActivated(const QString& key);
    // A click on the succeeded (failed = false) or failed segment of a bar.
    void keyOutcomeActivated(const QString& key, bool failed);
    void rangeActivated(qint64 fromUs, qint64 toUs);
    void cellActivated(int category, int series);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class ::TstCharts;

    QChart* resetChart();
    void applyTheme();
    void setEmpty(bool empty);
    void setIntegerRange(QValueAxis* axis, qint64 max);
    void setTimeAxis(QChart* chart, int64_t fromUs, int64_t toUs, int64_t padUs);
    int nearestTrendPoint(const QPoint& viewportPos) const;
    void placeMarkers();
    QString markerText(const QPoint& viewportPos) const;
    QString trendText(size_t index) const;
    void showTip(const QString& text);
    void hideTip();
    void exportViaDialog();

    QLabel* m_title;
    QChartView* m_view;
    QLabel* m_emptyLabel;
    QString m_caption;
    QString m_tip; // the tooltip last shown, empty once hidden
    bool m_empty = true;
    std::function<void()> m_recolor; // the current chart's colours, again after a theme change
    std::vector<TrendPoint> m_trend; // non-empty while a trend is shown
    int64_t m_bucketUs = 0;
    QScatterSeries* m_hoverDot = nullptr;
    std::vector<std::pair<qint64, QString>> m_markers; // by time
    QScatterSeries* m_markerSeries = nullptr;          // on the trend shown, if any
    std::vector<size_t> m_markerShown;                 // the m_markers in it, in its point order
};

} // namespace ac
