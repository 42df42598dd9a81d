#pragma once
// The report document's charts, painted with QPainter into images at twice their size so that
// they stay sharp on paper and on a projector. Calm colours, told apart by lightness and
// hatching too, so that they read when printed in grey. The caller supplies every word.

#include "reports/Reports.h"

#include <QFont>
#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ac::chart {

inline constexpr qreal kPixelRatio = 2.0;

struct Bar {
    QString label;
    qint64 value = 0;
    qint64 failed = 0; // of value: a hatched segment at the bar's end
    QString note;      // drawn after the value, e.g. "3 failed"
};

struct Series {
    QString name;
    std::vector<qint64> values; // one per group
};

// Families that cover Latin and Simplified Chinese, in the order they are tried.
QStringList fontFamilies();
QFont chartFont(int pixelSize, bool bold = false);

// Horizontal bars (label, bar, value), one row each; `emptyText` when there are none. `width` is
// in logical pixels (the image has twice as many); the height follows from the rows.
QImage horizontalBars(const QString& title, const std::vector<Bar>& bars, int width, const QString& emptyText);

// Columns over time with the count on each column: at most 36 columns, adjacent buckets summed
// when there are more. `axisLabel` writes a column's start time under the axis.
QImage trendColumns(const QString& title, const std::vector<TrendPoint>& points, int width, int height,
                    const std::function<QString(int64_t)>& axisLabel, const QString& emptyText);

// Horizontal bars in groups (one group per entry of `groups`, one bar per series in each) with a
// legend and the value at each bar's end.
QImage groupedBars(const QString& title, const QStringList& groups, const std::vector<Series>& series, int width);

} // namespace ac::chart
