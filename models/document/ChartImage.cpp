#include "ChartImage.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ac::chart {

namespace {
constexpr QRgb kText = 0xff1f2328;
constexpr QRgb kMuted = 0xff5f6b7a;
constexpr QRgb kAxis = 0xff9aa5b1;
constexpr QRgb kBar = 0xff4a6fa5;
constexpr QRgb kFailed = 0xffc0504d;
constexpr int kPad = 8;
constexpr int kTitleHeight = 26;
constexpr int kMaxColumns = 36;

// How a series is filled: a colour, and for some a white pattern over it, so that the series
// stay apart in grey too.
struct Fill {
    QRgb color;
    Qt::BrushStyle overlay;
};
constexpr Fill kSeriesFills[] = {
    {0xff2f5f98, Qt::NoBrush}, {0xff8db4dc, Qt::NoBrush}, {0xffc0504d, Qt::BDiagPattern}, {0xff5e9c6b, Qt::HorPattern}};

QImage canvas(int width, int height) {
    QImage image(qRound(width * kPixelRatio), qRound(height * kPixelRatio), QImage::Format_RGB32);
    image.setDevicePixelRatio(kPixelRatio);
    image.fill(Qt::white);
    return image;
}

void fill(QPainter& p, const QRectF& r, const Fill& f) {
    p.fillRect(r, QColor(f.color));
    if (f.overlay != Qt::NoBrush) p.fillRect(r, QBrush(QColor(255, 255, 255, 150), f.overlay));
}

void drawTitle(QPainter& p, const QString& title, int width) {
    p.setFont(chartFont(13, true));
    p.setPen(QColor(kText));
    p.drawText(QRectF(kPad, 2, width - 2 * kPad, kTitleHeight - 4), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font()).elidedText(title, Qt::ElideRight, width - 2 * kPad));
}

void drawEmpty(QPainter& p, const QRectF& r, const QString& text) {
    p.setFont(chartFont(11));
    p.setPen(QColor(kMuted));
    p.drawText(r, Qt::AlignCenter, text);
}

QString valueText(qint64 value, const QString& note) {
    return note.isEmpty() ? QString::number(value) : QString(QString::number(value) + QStringLiteral("  ") + note);
}

qreal widest(const QFontMetricsF& fm, const QStringList& texts) {
    qreal w = 0;
    for (const QString& t : texts)
        w = std::max(w, fm.horizontalAdvance(t));
    return w;
}
} // namespace

QStringList fontFamilies() {
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("sans-serif")};
}

QFont chartFont(int pixelSize, bool bold) {
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies(fontFamilies());
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QImage horizontalBars(const QString& title, const std::vector<Bar>& bars, int width, const QString& emptyText) {
    constexpr int kRow = 20, kBarHeight = 12, kEmptyHeight = 44;
    const int rows = static_cast<int>(bars.size());
    const int height = kTitleHeight + (rows == 0 ? kEmptyHeight : rows * kRow) + kPad;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawTitle(p, title, width);
    if (rows == 0) {
        drawEmpty(p, QRectF(0, kTitleHeight, width, kEmptyHeight), emptyText);
        p.end();
        return image;
    }
    const QFont font = chartFont(11);
    const QFontMetricsF fm(font);
    p.setFont(font);
    QStringList labels, values;
    qint64 peak = 1;
    for (const Bar& b : bars) {
        labels << b.label;
        values << valueText(b.value, b.note);
        peak = std::max(peak, b.value);
    }
    const qreal labelWidth = std::min(width * 0.38, widest(fm, labels) + 4);
    const qreal valueWidth = std::min(width * 0.3, widest(fm, values) + 6);
    const qreal x0 = kPad + labelWidth + 6;
    const qreal span = std::max<qreal>(10, width - kPad - x0 - valueWidth);
    for (int i = 0; i < rows; ++i) {
        const Bar& b = bars[static_cast<size_t>(i)];
        const qreal y = kTitleHeight + i * kRow;
        p.setPen(QColor(kText));
        p.drawText(QRectF(kPad, y, labelWidth, kRow), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelWidth));
        qreal length = span * static_cast<qreal>(b.value) / static_cast<qreal>(peak);
        if (b.value > 0) length = std::max<qreal>(length, 1);
        const QRectF bar(x0, y + (kRow - kBarHeight) / 2.0, length, kBarHeight);
        p.fillRect(bar, QColor(kBar));
        if (b.failed > 0 && b.value > 0) {
            const qreal part = std::max<qreal>(1, length * static_cast<qreal>(std::min(b.failed, b.value)) /
                                                      static_cast<qreal>(b.value));
            fill(p, QRectF(bar.right() - part, bar.top(), part, bar.height()), {kFailed, Qt::BDiagPattern});
        }
        p.setPen(QColor(kText));
        p.drawText(QRectF(bar.right() + 4, y, valueWidth + 4, kRow), Qt::AlignLeft | Qt::AlignVCenter, values[i]);
    }
    p.end();
    return image;
}

QImage trendColumns(const QString& title, const std::vector<TrendPoint>& points, int width, int height,
                    const std::function<QString(int64_t)>& axisLabel, const QString& emptyText) {
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawTitle(p, title, width);
    if (points.empty()) {
        drawEmpty(p, QRectF(0, kTitleHeight, width, height - kTitleHeight), emptyText);
        p.end();
        return image;
    }
    // Fold adjacent buckets so that every column has room for its count.
    const size_t fold = (points.size() + kMaxColumns - 1) / kMaxColumns;
    std::vector<TrendPoint> columns;
    for (size_t i = 0; i < points.size(); i += fold) {
        TrendPoint c{points[i].time, 0};
        for (size_t k = i; k < std::min(points.size(), i + fold); ++k)
            c.count += points[k].count;
        columns.push_back(c);
    }
    int64_t peak = 1;
    QStringList counts;
    for (const TrendPoint& c : columns) {
        peak = std::max(peak, c.count);
        counts << QString::number(c.count);
    }
    const QFont valueFont = chartFont(10);
    const QFont axisFont = chartFont(10);
    const QFontMetricsF vm(valueFont), am(axisFont);
    const qreal axisHeight = am.height() + 6;
    const qreal left = kPad, right = width - kPad;
    const qreal base = height - kPad - axisHeight;
    const qreal pitch = (right - left) / static_cast<qreal>(columns.size());
    const qreal barWidth = std::max<qreal>(1, pitch * 0.78);
    // Counts wider than a column stand upright above it.
    const bool upright = widest(vm, counts) > pitch - 1;
    const qreal valueSpace = upright ? widest(vm, counts) + 4 : vm.height() + 2;
    const qreal plotHeight = std::max<qreal>(10, base - kTitleHeight - 4 - valueSpace);

    for (size_t i = 0; i < columns.size(); ++i) {
        const qreal x = left + pitch * static_cast<qreal>(i);
        const qreal h = plotHeight * static_cast<qreal>(columns[i].count) / static_cast<qreal>(peak);
        const QRectF bar(x + (pitch - barWidth) / 2, base - h, barWidth, h);
        if (columns[i].count > 0) p.fillRect(bar, QColor(kBar));
        if (columns[i].count == 0) continue;
        p.setFont(valueFont);
        p.setPen(QColor(kText));
        const QString& text = counts[static_cast<qsizetype>(i)];
        if (!upright) {
            p.drawText(QRectF(x - 2, bar.top() - vm.height() - 1, pitch + 4, vm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, text);
        } else {
            p.save();
            p.translate(x + pitch / 2, bar.top() - 2);
            p.rotate(-90);
            p.drawText(QPointF(0, (vm.ascent() - vm.descent()) / 2), text);
            p.restore();
        }
    }
    p.setPen(QPen(QColor(kAxis), 1));
    p.drawLine(QPointF(left, base + 0.5), QPointF(right, base + 0.5));

    // Time labels under the axis, as many as fit without touching.
    p.setFont(axisFont);
    p.setPen(QColor(kMuted));
    const qreal labelWidth = am.horizontalAdvance(axisLabel(columns.front().time)) + 14;
    const size_t step = std::max<size_t>(1, static_cast<size_t>(std::ceil(labelWidth / std::max<qreal>(pitch, 0.5))));
    for (size_t i = 0; i < columns.size(); i += step) {
        const qreal x = left + pitch * static_cast<qreal>(i);
        if (x + labelWidth - 14 > right + kPad) break;
        p.drawLine(QPointF(x, base), QPointF(x, base + 3));
        p.drawText(QPointF(x, base + 3 + am.ascent()), axisLabel(columns[i].time));
    }
    p.end();
    return image;
}

QImage groupedBars(const QString& title, const QStringList& groups, const std::vector<Series>& series, int width) {
    constexpr int kBarHeight = 8, kBarGap = 1, kGroupGap = 7, kLegendHeight = 20;
    const int perGroup = static_cast<int>(series.size()) * (kBarHeight + kBarGap);
    const int groupHeight = perGroup + kGroupGap;
    const int height = kTitleHeight + kLegendHeight + static_cast<int>(groups.size()) * groupHeight + kPad;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawTitle(p, title, width);

    const QFont labelFont = chartFont(11), valueFont = chartFont(9);
    const QFontMetricsF lm(labelFont), vm(valueFont);
    // The legend: a swatch and the series' name each.
    p.setFont(labelFont);
    qreal lx = kPad;
    for (size_t s = 0; s < series.size(); ++s) {
        const Fill& f = kSeriesFills[s % std::size(kSeriesFills)];
        fill(p, QRectF(lx, kTitleHeight + 4, 12, 10), f);
        p.setPen(QColor(kText));
        p.drawText(QPointF(lx + 16, kTitleHeight + 4 + 10), series[s].name);
        lx += 16 + lm.horizontalAdvance(series[s].name) + 18;
    }

    qint64 peak = 1;
    QStringList numbers;
    for (const Series& s : series)
        for (qint64 v : s.values) {
            peak = std::max(peak, v);
            numbers << QString::number(v);
        }
    const qreal labelWidth = std::min(width * 0.3, widest(lm, groups) + 4);
    const qreal valueWidth = widest(vm, numbers) + 6;
    const qreal x0 = kPad + labelWidth + 6;
    const qreal span = std::max<qreal>(10, width - kPad - x0 - valueWidth);
    const qreal top = kTitleHeight + kLegendHeight;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const qreal y = top + static_cast<qreal>(g) * groupHeight;
        p.setFont(labelFont);
        p.setPen(QColor(kText));
        p.drawText(QRectF(kPad, y, labelWidth, perGroup), Qt::AlignRight | Qt::AlignVCenter,
                   lm.elidedText(groups[g], Qt::ElideRight, labelWidth));
        p.setFont(valueFont);
        for (size_t s = 0; s < series.size(); ++s) {
            const auto& values = series[s].values;
            const qint64 v = static_cast<size_t>(g) < values.size() ? values[static_cast<size_t>(g)] : 0;
            const qreal by = y + static_cast<qreal>(s) * (kBarHeight + kBarGap);
            qreal length = span * static_cast<qreal>(v) / static_cast<qreal>(peak);
            if (v > 0) length = std::max<qreal>(length, 1);
            if (v > 0) fill(p, QRectF(x0, by, length, kBarHeight), kSeriesFills[s % std::size(kSeriesFills)]);
            p.setPen(QColor(v > 0 ? kText : kMuted));
            p.drawText(QRectF(x0 + length + 3, by - 2, valueWidth + 4, kBarHeight + 4),
                       Qt::AlignLeft | Qt::AlignVCenter, QString::number(v));
        }
        if (g + 1 < groups.size()) {
            p.setPen(QPen(QColor(0xffe3e8ee), 1));
            const qreal line = y + perGroup + kGroupGap / 2.0;
            p.drawLine(QPointF(kPad, line), QPointF(width - kPad, line));
        }
    }
    p.end();
    return image;
}

} // namespace ac::chart
