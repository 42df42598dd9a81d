#include "ChartPanel.h"

#include "i18n/TimeDisplay.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPieSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSettings>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>

namespace ac {

namespace {
QString number(qint64 n) {
    return QLocale().toString(n);
}

bool darkPalette(const QPalette& p) {
    return p.color(QPalette::Window).lightness() < 128;
}

// Red that reads as "failed" on a light and on a dark background alike.
QColor failedColor(const QPalette& p) {
    return darkPalette(p) ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f);
}

void paintSet(QBarSet* set, const QColor& color) {
    set->setColor(color);
    set->setBorderColor(color);
}

// QBarCategoryAxis drops a category it already has; two names may elide alike.
QString uniqueCategory(QString text, const QStringList& taken) {
    while (taken.contains(text))
        text += QChar(0x200B); // zero-width space
    return text;
}

constexpr int64_t kMinute = 60, kHour = 3600, kDay = 86400;

// Tick steps for the time axis: seconds below a month, months from there.
struct TimeStep {
    int64_t seconds;
    int months;
    int64_t approxSeconds() const { return months ? months * 2629746LL : seconds; }
};
// clang-format off
constexpr TimeStep kTimeSteps[] = {
    {kMinute, 0}, {2 * kMinute, 0}, {5 * kMinute, 0}, {10 * kMinute, 0}, {15 * kMinute, 0}, {30 * kMinute, 0},
    {kHour, 0}, {2 * kHour, 0}, {3 * kHour, 0}, {6 * kHour, 0}, {12 * kHour, 0},
    {kDay, 0}, {2 * kDay, 0}, {7 * kDay, 0}, {14 * kDay, 0},
    {0, 1}, {0, 2}, {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}, {0, 120}};
// clang-format on

// The first tick at or after `start`, aligned in the display zone (hours on the hour, days at
// midnight, weeks on Monday, months on the 1st).
QDateTime firstTick(const QDateTime& start, const TimeStep& step) {
    const Qt::TimeSpec spec = start.timeSpec();
    QDateTime t;
    if (step.months) {
        const QDate d = start.date();
        const int index = (d.year() * 12 + d.month() - 1) / step.months * step.months;
        t = QDateTime(QDate(index / 12, index % 12 + 1, 1), QTime(0, 0), spec);
        while (t < start)
            t = t.addMonths(step.months);
    } else if (step.seconds >= kDay) {
        t = QDateTime(start.date(), QTime(0, 0), spec);
        if (step.seconds == 7 * kDay || step.seconds == 14 * kDay) t = t.addDays(1 - start.date().dayOfWeek());
        while (t < start)
            t = t.addDays(step.seconds / kDay);
    } else {
        const int minutes = start.time().hour() * 60 + start.time().minute();
        const int stepMinutes = static_cast<int>(step.seconds / kMinute);
        t = QDateTime(start.date(), QTime(0, 0).addSecs(minutes / stepMinutes * stepMinutes * 60), spec);
        while (t < start)
            t = t.addSecs(step.seconds);
    }
    return t;
}

QDateTime nextTick(const QDateTime& t, const TimeStep& step) {
    if (step.months) return t.addMonths(step.months);
    if (step.seconds >= kDay) return t.addDays(step.seconds / kDay);
    return t.addSecs(step.seconds);
}
} // namespace

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_view(new QChartView(this))
    , m_emptyLabel(new QLabel(tr("No matching requests"), this)) {
    setFrameShape(QFrame::StyledPanel);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    auto* stack = new QStackedLayout;
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_emptyLabel);
    stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addLayout(stack, 1);
    auto* exportAction = new QAction(tr("Export Chart as PNG…"), this);
    connect(exportAction, &QAction::triggered, this, &ChartPanel::exportViaDialog);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(exportAction);
    resetChart();
}

void ChartPanel::setTitle(const QString& title) {
    m_title->setText(title);
}

QString ChartPanel::title() const {
    return m_title->text();
}

void ChartPanel::setCaption(const QString& caption) {
    m_caption = caption;
}

void ChartPanel::setEmptyText(const QString& text) {
    m_emptyLabel->setText(text.isEmpty() ? tr("No matching requests") : text);
}

QString ChartPanel::emptyText() const {
    return m_emptyLabel->text();
}

QString ChartPanel::outcomeText(qint64 total, qint64 failed) {
    failed = std::clamp<qint64>(failed, 0, std::max<qint64>(total, 0));
    return tr("%1 requests · %2 succeeded · %3 failed").arg(number(total), number(total - failed), number(failed));
}

QString ChartPanel::elideMiddle(const QString& text, int maxChars) {
    if (maxChars < 3 || text.size() <= maxChars) return text;
    const int head = (maxChars - 1) / 2, tail = maxChars - 1 - head;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

qint64 ChartPanel::tickStep(qint64 max, int maxTicks) {
    maxTicks = std::max(1, maxTicks);
    if (max <= maxTicks) return 1;
    qint64 magnitude = 1;
    while (magnitude * 10 * maxTicks < max)
        magnitude *= 10;
    for (const qint64 m : {1, 2, 5, 10})
        if (m * magnitude * maxTicks >= max) return m * magnitude;
    return 10 * magnitude;
}

// ---------------------------------------------------------------------------------------------
// Export

QImage ChartPanel::renderImage() const {
    const QPalette p = palette();
    QPixmap chart;
    QSize chartSize;
    if (m_empty) {
        chartSize = m_emptyLabel->size().expandedTo(QSize(480, 200));
    } else {
        // A hidden view (another tab) may never have been laid out: give it a readable size.
        if (!m_view->isVisible() && (m_view->width() < 480 || m_view->height() < 200))
            m_view->resize(m_view->size().expandedTo(QSize(640, 360)));
        chart = m_view->grab();
        chartSize = chart.deviceIndependentSize().toSize();
    }
    const qreal dpr = m_empty ? devicePixelRatioF() : chart.devicePixelRatio();
    const int margin = 8, width = std::max(chartSize.width(), 320), textWidth = width - 2 * margin;
    const QFont titleFont = m_title->font(), captionFont = font();
    const int titleHeight =
        QFontMetrics(titleFont).boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, title()).height();
    const int captionHeight = m_caption.isEmpty()
                                  ? 0
                                  : QFontMetrics(captionFont)
                                        .boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, m_caption)
                                        .height();
    const int header = margin + titleHeight + (captionHeight ? 4 + captionHeight : 0) + margin;

    QImage image(QSize(width, header + chartSize.height()) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(p.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(p.color(QPalette::Text));
    painter.setFont(titleFont);
    painter.drawText(QRect(margin, margin, textWidth, titleHeight), Qt::TextWordWrap, title());
    if (captionHeight) {
        painter.setFont(captionFont);
        painter.drawText(QRect(margin, margin + titleHeight + 4, textWidth, captionHeight), Qt::TextWordWrap,
                         m_caption);
    }
    if (m_empty) {
        painter.setFont(font());
        painter.setPen(p.color(QPalette::Disabled, QPalette::Text));
        painter.drawText(QRect(margin, header, textWidth, chartSize.height()), Qt::AlignCenter | Qt::TextWordWrap,
                         emptyText());
    } else {
        painter.drawPixmap(QPoint(0, header), chart);
    }
    return image;
}

bool ChartPanel::exportPng(const QString& path) const {
    return renderImage().save(path, "PNG");
}

void ChartPanel::exportViaDialog() {
    QSettings settings;
    const QString dir = settings
                            .value(QStringLiteral("dialogs/exportDir"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                            .toString();
    QString name = title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty()) name = QStringLiteral("chart");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(dir).filePath(name + QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!exportPng(path)) {
        QMessageBox::warning(this, tr("Export Chart"), tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    settings.setValue(QStringLiteral("dialogs/exportDir"), QFileInfo(path).absolutePath());
}

// ---------------------------------------------------------------------------------------------
// Chart plumbing

void ChartPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyTheme();
    QFrame::changeEvent(event);
}

QChart* ChartPanel::resetChart() {
    hideTip();
    m_recolor = {};
    m_trend.clear();
    m_bucketUs = 0;
    m_hoverDot = nullptr;
    m_markerSeries = nullptr;
    m_markerShown.clear();
    auto* chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    // Later: this may run from a signal of the old chart's series (a drill-down re-showing data).
    if (old) old->deleteLater();
    applyTheme();
    return chart;
}

void ChartPanel::applyTheme() {
    QChart* chart = m_view->chart();
    if (!chart) return;
    const QPalette p = palette();
    // Setting the theme recolours every series: our colours go on again afterwards.
    chart->setTheme(darkPalette(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
        QFont f = axis->labelsFont();
        f.setPointSizeF(QApplication::font().pointSizeF() * 0.85);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    if (m_recolor) m_recolor();
}

void ChartPanel::setEmpty(bool empty) {
    m_empty = empty;
    m_view->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
}

void ChartPanel::setIntegerRange(QValueAxis* axis, qint64 max) {
    // Whole-number ticks only: a step ≥ 1 and a top that is a multiple of it.
    const qint64 step = tickStep(std::max<qint64>(max, 1));
    const qint64 top = std::max<qint64>(step, (max + step - 1) / step * step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0, static_cast<qreal>(top));
    axis->setTickCount(static_cast<int>(top / step) + 1);
    axis->setMinorTickCount(0);
}

void ChartPanel::showTip(const QString& text) {
    m_tip = text;
    // Plain text never wraps or elides; escape what Qt would take for markup.
    const QString shown = Qt::mightBeRichText(text)
                              ? QStringLiteral("<p style='white-space:pre'>") +
                                    text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                                    QStringLiteral("</p>")
                              : text;
    QToolTip::showText(QCursor::pos(), shown, m_view);
}

void ChartPanel::hideTip() {
    if (m_tip.isEmpty()) return;
    m_tip.clear();
    QToolTip::hideText();
}

// ---------------------------------------------------------------------------------------------
// Bars and pie

void ChartPanel::showBars(const std::vector<KeyCount>& rows, int maxBars, const Labeler& label) {
    QChart* chart = resetChart();
    const int n = std::clamp<int>(maxBars, 0, static_cast<int>(rows.size()));
    setEmpty(n == 0);
    if (n == 0) return;
    struct Bar {
        QString key, name;
        qint64 total, failed;
    };
    auto bars = std::make_shared<std::vector<Bar>>();
    auto* succeeded = new QBarSet(tr("Succeeded"));
    auto* failed = new QBarSet(tr("Failed"));
    QStringList categories;
    qint64 peak = 1;
    // Largest on top: a horizontal bar series draws its first category at the bottom.
    for (int i = n - 1; i >= 0; --i) {
        const KeyCount& kc = rows[static_cast<size_t>(i)];
        const qint64 bad = std::clamp<qint64>(kc.failed, 0, kc.count);
        *succeeded << static_cast<qreal>(kc.count - bad);
        *failed << static_cast<qreal>(bad);
        QString name = label ? label(kc.key) : QString::fromStdString(kc.key);
        if (name.isEmpty()) name = tr("(none)");
        categories << uniqueCategory(elideMiddle(name), categories);
        bars->push_back({QString::fromStdString(kc.key), name, kc.count, bad});
        peak = std::max<qint64>(peak, kc.count);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(succeeded);
    series->append(failed);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    setIntegerRange(axisX, peak);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    // Qt Charts drops a category label that is taller than its slot: give each bar room.
    m_view->setMinimumHeight(std::max(200, 72 + 24 * n));
    m_recolor = [this, succeeded, failed] {
        paintSet(succeeded, palette().color(QPalette::Highlight));
        paintSet(failed, failedColor(palette()));
    };
    applyTheme();
    for (QBarSet* set : {succeeded, failed}) {
        const bool isFailed = set == failed;
        connect(set, &QBarSet::hovered, this, [this, bars](bool on, int index) {
            if (!on || index < 0 || index >= static_cast<int>(bars->size())) return hideTip();
            const Bar& b = (*bars)[static_cast<size_t>(index)];
            showTip(b.name + QLatin1Char('\n') + outcomeText(b.total, b.failed));
        });
        connect(set, &QBarSet::clicked, this, [this, bars, isFailed](int index) {
            if (index < 0 || index >= static_cast<int>(bars->size())) return;
            const QString key = (*bars)[static_cast<size_t>(index)].key;
            hideTip();
            Q_EMIT keyActivated(key);
            Q_EMIT keyOutcomeActivated(key, isFailed);
        });
    }
}

void ChartPanel::showPie(const std::vector<KeyCount>& rows, int maxSlices, const Labeler& label) {
    QChart* chart = resetChart();
    setEmpty(rows.empty());
    if (rows.empty()) return;
    auto* series = new QPieSeries;
    int64_t total = 0, rest = 0, restFailed = 0;
    for (const auto& kc : rows)
        total += kc.count;
    auto percent = [total](qint64 n) {
        return QLocale().toString(100.0 * static_cast<double>(n) / static_cast<double>(std::max<int64_t>(1, total)),
                                  'f', 1);
    };
    auto hover = [this, percent](QPieSlice* slice, const QString& name, qint64 count, qint64 failed) {
        return [this, percent, slice, name, count, failed](bool on) {
            slice->setExploded(on);
            if (!on) return hideTip();
            showTip(name + QLatin1Char('\n') + tr("%1 (%2%)").arg(outcomeText(count, failed), percent(count)));
        };
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        if (static_cast<int>(i) >= maxSlices - 1 && rows.size() > static_cast<size_t>(maxSlices)) {
            rest += rows[i].count;
            restFailed += rows[i].failed;
            continue;
        }
        QString name = label ? label(rows[i].key) : QString::fromStdString(rows[i].key);
        if (name.isEmpty()) name = tr("(none)");
        auto* slice = series->append(elideMiddle(name), static_cast<qreal>(rows[i].count));
        const QString key = QString::fromStdString(rows[i].key);
        connect(slice, &QPieSlice::clicked, this, [this, key] {
            hideTip();
            Q_EMIT keyActivated(key);
        });
        connect(slice, &QPieSlice::hovered, this, hover(slice, name, rows[i].count, rows[i].failed));
    }
    if (rest > 0) {
        auto* other = series->append(tr("Other"), static_cast<qreal>(rest));
        other->setProperty("other", true);
        connect(other, &QPieSlice::hovered, this, hover(other, tr("Other"), rest, restFailed));
    }
    series->setHoleSize(0.35);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_recolor = [series] {
        static const QColor slices[] = {QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00),
                                        QColor(0x8e, 0x24, 0xaa), QColor(0xe5, 0x39, 0x35), QColor(0x00, 0x89, 0x7b),
                                        QColor(0xfd, 0xd8, 0x35), QColor(0x6d, 0x4c, 0x41), QColor(0x9e, 0x9e, 0x9e)};
        for (int i = 0; i < series->count(); ++i) {
            QPieSlice* s = series->slices().at(i);
            s->setBrush(s->property("other").toBool() ? slices[8] : slices[i % 8]);
        }
    };
    applyTheme();
}

void ChartPanel::showGroupedBars(const QStringList& categories, const QList<QPair<QString, QList<qint64>>>& seriesData,
                                 const QList<QList<qint64>>& failedData) {
    QChart* chart = resetChart();
    qint64 total = 0, peak = 1;
    for (const auto& s : seriesData)
        for (qint64 v : s.second) {
            total += v;
            peak = std::max(peak, v);
        }
    setEmpty(total == 0);
    if (total == 0) return;
    auto* series = new QBarSeries;
    QList<QBarSet*> sets;
    for (int si = 0; si < seriesData.size(); ++si) {
        auto* set = new QBarSet(seriesData[si].first);
        for (qint64 v : seriesData[si].second)
            *set << static_cast<qreal>(v);
        series->append(set);
        sets << set;
        const QList<qint64> values = seriesData[si].second, failed = failedData.value(si);
        connect(set, &QBarSet::hovered, this,
                [this, categories, values, failed, name = seriesData[si].first](bool on, int index) {
                    if (!on || index < 0 || index >= values.size()) return hideTip();
                    const qint64 v = values[index];
                    QString text = categories.value(index) + QLatin1Char('\n');
                    if (index < failed.size()) {
                        const qint64 bad = std::clamp<qint64>(failed[index], 0, v);
                        text +=
                            tr("%1 %2 · %3 succeeded · %4 failed").arg(name, number(v), number(v - bad), number(bad));
                    } else {
                        text += tr("%1: %2 requests").arg(name, number(v));
                    }
                    showTip(text);
                });
        connect(set, &QBarSet::clicked, this, [this, si](int index) {
            hideTip();
            Q_EMIT cellActivated(index, si);
        });
    }
    chart->addSeries(series);
    QStringList labels;
    for (const QString& c : categories)
        labels << uniqueCategory(elideMiddle(c), labels);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    setIntegerRange(axisY, peak);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    m_recolor = [sets] {
        static const QColor colors[] = {QColor(0x43, 0xa0, 0x47), QColor(0x1e, 0x88, 0xe5), QColor(0xe5, 0x39, 0x35),
                                        QColor(0x8e, 0x8e, 0x93)};
        for (int i = 0; i < sets.size(); ++i)
            paintSet(sets[i], colors[i % 4]);
    };
    applyTheme();
}

// ---------------------------------------------------------------------------------------------
// Trend

void ChartPanel::showTrend(const std::vector<TrendPoint>& points, int64_t bucketUs) {
    QChart* chart = resetChart();
    int64_t sum = 0;
    qint64 peak = 1;
    for (const auto& p : points) {
        sum += p.count;
        peak = std::max<qint64>(peak, p.count);
    }
    setEmpty(points.empty() || sum == 0);
    if (points.empty() || sum == 0) return;
    m_trend = points;
    std::sort(m_trend.begin(), m_trend.end(), [](const TrendPoint& a, const TrendPoint& b) { return a.time < b.time; });
    m_bucketUs = bucketUs;
    auto* line = new QLineSeries;
    for (const auto& p : m_trend)
        line->append(static_cast<qreal>(p.time / 1000), static_cast<qreal>(p.count));
    chart->addSeries(line);
    // Markers where few enough to see, large enough to aim at; a click anywhere picks a bucket.
    QScatterSeries* dots = nullptr;
    if (m_trend.size() <= 60) {
        dots = new QScatterSeries;
        dots->append(line->points());
        dots->setMarkerSize(m_trend.size() <= 24 ? 10 : 8);
        chart->addSeries(dots);
    }
    m_hoverDot = new QScatterSeries;
    m_hoverDot->setMarkerSize(14);
    chart->addSeries(m_hoverDot);
    m_markerSeries = new QScatterSeries;
    m_markerSeries->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_markerSeries->setMarkerSize(11);
    chart->addSeries(m_markerSeries);
    auto* axisY = new QValueAxis;
    chart->addAxis(axisY, Qt::AlignLeft);
    setIntegerRange(axisY, peak);
    for (QAbstractSeries* s : chart->series())
        s->attachAxis(axisY);
    // Half a bucket either side, so that the first and last markers show whole.
    setTimeAxis(chart, m_trend.front().time,
                std::max(m_trend.back().time, m_trend.front().time + std::max<int64_t>(bucketUs, kMinute * 1000000)),
                dots ? std::max<int64_t>(bucketUs, 0) / 2 : 0);
    placeMarkers();
    m_recolor = [this, line, dots, hoverDot = m_hoverDot, markers = m_markerSeries] {
        const QColor c = palette().color(QPalette::Highlight);
        QPen pen(c);
        pen.setWidthF(2);
        line->setPen(pen);
        if (dots) {
            dots->setColor(c);
            dots->setBorderColor(c);
        }
        hoverDot->setColor(palette().color(QPalette::Base));
        hoverDot->setBorderColor(c);
        QPen ring(c);
        ring.setWidthF(3);
        hoverDot->setPen(ring);
        markers->setColor(failedColor(palette()));
        markers->setBorderColor(palette().color(QPalette::Base));
    };
    applyTheme();
}

void ChartPanel::setMarkers(const std::vector<std::pair<qint64, QString>>& markers) {
    m_markers = markers;
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    placeMarkers();
}

void ChartPanel::placeMarkers() {
    m_markerShown.clear();
    if (!m_markerSeries) return;
    QChart* chart = m_view->chart();
    const auto* axisX = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
    const auto* axisY = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    QList<QPointF> points;
    if (axisX && axisY) {
        // Just under the top edge, so that the triangles show whole above the line.
        const qreal top = axisY->max() - 0.04 * (axisY->max() - axisY->min());
        for (size_t i = 0; i < m_markers.size(); ++i) {
            const auto ms = static_cast<qreal>(m_markers[i].first / 1000);
            if (ms < axisX->min() || ms > axisX->max()) continue;
            points << QPointF(ms, top);
            m_markerShown.push_back(i);
        }
    }
    m_markerSeries->replace(points);
}

QString ChartPanel::markerText(const QPoint& viewportPos) const {
    if (!m_markerSeries || m_markerShown.empty()) return {};
    QChart* chart = m_view->chart();
    const QPointF pos = chart->mapFromScene(m_view->mapToScene(viewportPos));
    QStringList lines;
    int more = 0;
    for (size_t k = 0; k < m_markerShown.size() && k < static_cast<size_t>(m_markerSeries->count()); ++k) {
        const QPointF at = chart->mapToPosition(m_markerSeries->at(static_cast<int>(k)), m_markerSeries);
        if (std::abs(at.x() - pos.x()) > 7 || std::abs(at.y() - pos.y()) > 9) continue;
        const auto& [us, label] = m_markers[m_markerShown[k]];
        if (lines.size() < 8)
            lines << QString(formatTime(us) + QStringLiteral("  ") + label);
        else
            ++more;
    }
    if (more > 0) lines << tr("… and %n more", nullptr, more);
    return lines.join(QLatin1Char('\n'));
}

void ChartPanel::setTimeAxis(QChart* chart, int64_t fromUs, int64_t toUs, int64_t padUs) {
    // QDateTimeAxis labels in local time only; a category axis carries labels made in the
    // display zone (local or UTC) at values in ms since the epoch.
    const QDateTime from = displayDateTime(fromUs), to = displayDateTime(toUs);
    const QDate lastDay = displayDateTime(toUs - 1).date(); // a range to midnight ends the day before
    const int64_t span = std::max<int64_t>(1, (toUs - fromUs) / 1000000);
    enum class Style { Day, Year, Years };
    const Style style = span <= kDay                                                 ? Style::Day
                        : from.date().year() == lastDay.year() && span <= 366 * kDay ? Style::Year
                                                                                     : Style::Years;
    const TimeStep* step = &kTimeSteps[std::size(kTimeSteps) - 1];
    for (const TimeStep& s : kTimeSteps) {
        if (style == Style::Years && !s.months && s.seconds < kDay) continue; // date-only labels
        if (span / s.approxSeconds() <= 6) {
            step = &s;
            break;
        }
    }
    const bool subDay = !step->months && step->seconds < kDay;
    const QString format = style == Style::Day    ? QStringLiteral("HH:mm")
                           : style == Style::Year ? (subDay ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("MM-dd"))
                                                  : QStringLiteral("yyyy-MM-dd");
    const QString zone = zoneName(fromUs) == zoneName(toUs) ? zoneName(fromUs)
                                                            : zoneName(fromUs) + QStringLiteral(" – ") + zoneName(toUs);
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int64_t lowMs = (fromUs - padUs) / 1000, highMs = (toUs + padUs) / 1000;
    axis->setStartValue(static_cast<qreal>(lowMs - 1));
    axis->setRange(static_cast<qreal>(lowMs), static_cast<qreal>(highMs));
    for (QDateTime t = firstTick(displayDateTime(lowMs * 1000), *step); t.toMSecsSinceEpoch() <= highMs;
         t = nextTick(t, *step)) {
        // Past midnight in a day's view the label says which day.
        QString text = t.toString(style == Style::Day && from.date() != to.date() && t.time() == QTime(0, 0)
                                      ? QStringLiteral("MM-dd")
                                      : format);
        if (axis->categoriesLabels().contains(text)) text = t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        axis->append(text, static_cast<qreal>(t.toMSecsSinceEpoch()));
    }
    switch (style) {
    case Style::Day:
        axis->setTitleText(from.date() == lastDay
                               ? tr("Time on %1 (%2)").arg(from.toString(QStringLiteral("yyyy-MM-dd")), zone)
                               : tr("Time, %1 – %2 (%3)")
                                     .arg(from.toString(QStringLiteral("yyyy-MM-dd")),
                                          lastDay.toString(QStringLiteral("yyyy-MM-dd")), zone));
        break;
    case Style::Year:
        axis->setTitleText(tr("Time in %1 (%2)").arg(QString::number(from.date().year()), zone));
        break;
    case Style::Years:
        axis->setTitleText(tr("Time (%1)").arg(zone));
        break;
    }
    chart->addAxis(axis, Qt::AlignBottom);
    for (QAbstractSeries* s : chart->series())
        s->attachAxis(axis);
}

int ChartPanel::nearestTrendPoint(const QPoint& viewportPos) const {
    QChart* chart = m_view->chart();
    if (m_trend.empty() || !chart || chart->series().isEmpty()) return -1;
    const QPointF pos = chart->mapFromScene(m_view->mapToScene(viewportPos));
    if (!chart->plotArea().contains(pos)) return -1;
    const qreal ms = chart->mapToValue(pos, chart->series().front()).x();
    const auto it = std::lower_bound(m_trend.begin(), m_trend.end(), ms, [](const TrendPoint& p, qreal v) {
        return static_cast<qreal>(p.time / 1000) < v;
    });
    size_t best = static_cast<size_t>(it - m_trend.begin());
    if (best == m_trend.size() || (best > 0 && ms - static_cast<qreal>(m_trend[best - 1].time / 1000) <
                                                   static_cast<qreal>(m_trend[best].time / 1000) - ms))
        --best;
    return static_cast<int>(best);
}

QString ChartPanel::trendText(size_t index) const {
    const TrendPoint& p = m_trend[index];
    QString range;
    if (m_bucketUs <= 0) {
        range = formatTimeWithZone(p.time, TimeDetail::Minutes);
    } else {
        const int64_t end = p.time + m_bucketUs;
        const QDateTime from = displayDateTime(p.time), to = displayDateTime(end);
        range = from.date() == to.date() && zoneName(p.time) == zoneName(end)
                    ? formatTime(p.time, TimeDetail::Minutes) + QStringLiteral(" – ") +
                          to.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + zoneName(end)
                    : formatRange(p.time, end, TimeDetail::Minutes);
    }
    return tr("%1: %2 requests").arg(range, number(p.count));
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport() || m_trend.empty()) return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove: {
        // A marker under the pointer says what it marks; elsewhere the nearest bucket its count.
        const QString marked = markerText(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (!marked.isEmpty()) {
            if (m_hoverDot) m_hoverDot->clear();
            showTip(marked);
            break;
        }
        const int i = nearestTrendPoint(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (i < 0) {
            if (m_hoverDot) m_hoverDot->clear();
            hideTip();
        } else {
            const TrendPoint& p = m_trend[static_cast<size_t>(i)];
            const QPointF at(static_cast<qreal>(p.time / 1000), static_cast<qreal>(p.count));
            if (m_hoverDot && (m_hoverDot->count() != 1 || m_hoverDot->at(0) != at)) m_hoverDot->replace({at});
            showTip(trendText(static_cast<size_t>(i)));
        }
        break;
    }
    case QEvent::Leave:
        if (m_hoverDot) m_hoverDot->clear();
        hideTip();
        break;
    case QEvent::MouseButtonRelease: {
        auto* me = static_cast<QMouseEvent*>(event);
        const int i = me->button() == Qt::LeftButton ? nearestTrendPoint(me->position().toPoint()) : -1;
        if (i < 0) break;
        const int64_t from = m_trend[static_cast<size_t>(i)].time, to = from + m_bucketUs;
        hideTip();
        Q_EMIT rangeActivated(from, to);
        return true;
    }
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace ac
