#include "ChartPanel.h"

#include "reports/ReportWriter.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ac {

namespace {
QString number(qint64 n) {
    return QLocale().toString(n);
}

bool darkPalette(const QPalette& p) {
    return p.color(QPalette::Window).lightness() < 128;
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
    m_emptyLabel->setAlignment(Qt::AlignCenter);
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
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Chart"), m_title->text() + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty()) exportPng(path);
    });
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

bool ChartPanel::exportPng(const QString& path) const {
    return m_view->grab().save(path, "PNG");
}

void ChartPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyTheme();
    QFrame::changeEvent(event);
}

QChart* ChartPanel::resetChart() {
    auto* chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    applyTheme();
    return chart;
}

void ChartPanel::applyTheme() {
    QChart* chart = m_view->chart();
    if (!chart) return;
    const QPalette p = palette();
    chart->setTheme(darkPalette(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
        QFont f = axis->labelsFont();
        f.setPointSizeF(QApplication::font().pointSizeF() * 0.85);
        axis->setLabelsFont(f);
    }
}

void ChartPanel::setEmpty(bool empty) {
    m_empty = empty;
    m_view->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
}

void ChartPanel::showBars(const std::vector<KeyCount>& rows, int maxBars, const Labeler& label) {
    QChart* chart = resetChart();
    const int n = std::min<int>(maxBars, static_cast<int>(rows.size()));
    setEmpty(n == 0);
    if (n == 0) return;
    auto* set = new QBarSet(tr("Requests"));
    QStringList categories;
    std::vector<std::string> keys;
    // Largest on top: a horizontal bar series draws its first category at the bottom.
    for (int i = n - 1; i >= 0; --i) {
        const auto& kc = rows[static_cast<size_t>(i)];
        *set << static_cast<qreal>(kc.count);
        QString text = label ? label(kc.key) : QString::fromStdString(kc.key);
        if (text.isEmpty()) text = tr("(none)");
        // Keep long names readable: elide in the middle, the full name is in the tooltip.
        categories << (text.size() > 32 ? text.left(14) + QStringLiteral("…") + text.right(17) : text);
        keys.push_back(kc.key);
    }
    set->setColor(palette().color(QPalette::Highlight));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    axisX->setRange(0, std::max<qreal>(1, rows.front().count));
    axisX->applyNiceNumbers();
    // Qt Charts drops a category label that is taller than its slot: give each bar room.
    m_view->setMinimumHeight(std::max(200, 48 + 24 * n));
    applyTheme();
    connect(set, &QBarSet::hovered, this, [this, keys, set, label](bool on, int index) {
        if (!on || index < 0 || index >= static_cast<int>(keys.size())) return QToolTip::hideText();
        const QString name =
            label ? label(keys[static_cast<size_t>(index)]) : QString::fromStdString(keys[static_cast<size_t>(index)]);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 requests")
                               .arg(name.isEmpty() ? tr("(none)") : name, number(static_cast<qint64>(set->at(index)))),
                           m_view);
    });
    connect(set, &QBarSet::clicked, this, [this, keys](int index) {
        if (index >= 0 && index < static_cast<int>(keys.size()))
            Q_EMIT keyActivated(QString::fromStdString(keys[static_cast<size_t>(index)]));
    });
}

void ChartPanel::showPie(const std::vector<KeyCount>& rows, int maxSlices, const Labeler& label) {
    QChart* chart = resetChart();
    setEmpty(rows.empty());
    if (rows.empty()) return;
    auto* series = new QPieSeries;
    int64_t total = 0, rest = 0;
    for (const auto& kc : rows)
        total += kc.count;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (static_cast<int>(i) >= maxSlices - 1 && rows.size() > static_cast<size_t>(maxSlices)) {
            rest += rows[i].count;
            continue;
        }
        QString name = label ? label(rows[i].key) : QString::fromStdString(rows[i].key);
        if (name.isEmpty()) name = tr("(none)");
        auto* slice = series->append(name, static_cast<qreal>(rows[i].count));
        const QString key = QString::fromStdString(rows[i].key);
        connect(slice, &QPieSlice::clicked, this, [this, key] { Q_EMIT keyActivated(key); });
        connect(slice, &QPieSlice::hovered, this, [this, slice, total](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %2 requests (%3%)")
                        .arg(slice->label(), number(static_cast<qint64>(slice->value())),
                             QLocale().toString(100.0 * slice->value() / std::max<qreal>(1, total), 'f', 1)),
                    m_view);
        });
    }
    if (rest > 0) series->append(tr("Other"), static_cast<qreal>(rest));
    static const QColor slices[] = {QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00),
                                    QColor(0x8e, 0x24, 0xaa), QColor(0xe5, 0x39, 0x35), QColor(0x00, 0x89, 0x7b),
                                    QColor(0xfd, 0xd8, 0x35), QColor(0x6d, 0x4c, 0x41), QColor(0x9e, 0x9e, 0x9e)};
    for (int i = 0; i < series->count(); ++i)
        series->slices().at(i)->setBrush(series->slices().at(i)->label() == tr("Other") ? slices[8] : slices[i % 8]);
    series->setHoleSize(0.35);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    applyTheme();
}

void ChartPanel::showTrend(const std::vector<TrendPoint>& points, int64_t bucketUs) {
    QChart* chart = resetChart();
    int64_t sum = 0;
    for (const auto& p : points)
        sum += p.count;
    setEmpty(points.empty() || sum == 0);
    if (points.empty() || sum == 0) return;
    auto* line = new QLineSeries;
    QScatterSeries* dots = nullptr;
    qint64 peak = 1;
    for (const auto& p : points) {
        line->append(static_cast<qreal>(p.time / 1000), static_cast<qreal>(p.count));
        peak = std::max<qint64>(peak, p.count);
    }
    line->setColor(palette().color(QPalette::Highlight));
    QPen pen = line->pen();
    pen.setWidthF(2);
    line->setPen(pen);
    chart->addSeries(line);
    // Points are markers only where few enough to see.
    if (points.size() <= 60) {
        dots = new QScatterSeries;
        for (const auto& p : points)
            dots->append(static_cast<qreal>(p.time / 1000), static_cast<qreal>(p.count));
        dots->setMarkerSize(6);
        dots->setColor(palette().color(QPalette::Highlight));
        dots->setBorderColor(palette().color(QPalette::Highlight));
        chart->addSeries(dots);
    }
    auto* axisX = new QDateTimeAxis;
    const int64_t span = points.back().time - points.front().time;
    axisX->setFormat(span > 2LL * 86400 * 1000000 ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm"));
    axisX->setTickCount(std::clamp<int>(static_cast<int>(points.size()), 2, 8));
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, static_cast<qreal>(peak));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    applyTheme();
    auto nearest = [points](const QPointF& p) {
        const auto ms = static_cast<int64_t>(p.x()) * 1000;
        size_t best = 0;
        for (size_t i = 1; i < points.size(); ++i)
            if (std::llabs(points[i].time - ms) < std::llabs(points[best].time - ms)) best = i;
        return points[best];
    };
    auto hover = [this, nearest, bucketUs](const QPointF& p, bool on) {
        if (!on) return QToolTip::hideText();
        const TrendPoint t = nearest(p);
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(t.time / 1000);
        QToolTip::showText(QCursor::pos(),
                           tr("%1 – %2: %3 requests")
                               .arg(QLocale().toString(from, QLocale::ShortFormat),
                                    QLocale().toString(from.addMSecs(bucketUs / 1000).time(), QLocale::ShortFormat),
                                    number(t.count)),
                           m_view);
    };
    auto click = [this, nearest, bucketUs](const QPointF& p) {
        const TrendPoint t = nearest(p);
        Q_EMIT rangeActivated(t.time, t.time + bucketUs);
    };
    connect(line, &QLineSeries::hovered, this, hover);
    connect(line, &QLineSeries::clicked, this, click);
    if (dots) {
        connect(dots, &QScatterSeries::hovered, this, hover);
        connect(dots, &QScatterSeries::clicked, this, click);
    }
}

void ChartPanel::showGroupedBars(const QStringList& categories,
                                 const QList<QPair<QString, QList<qint64>>>& seriesData) {
    QChart* chart = resetChart();
    qint64 total = 0;
    for (const auto& s : seriesData)
        for (qint64 v : s.second)
            total += v;
    setEmpty(total == 0);
    if (total == 0) return;
    auto* series = new QBarSeries;
    static const QColor colors[] = {QColor(0x43, 0xa0, 0x47), QColor(0x1e, 0x88, 0xe5), QColor(0xe5, 0x39, 0x35),
                                    QColor(0x8e, 0x8e, 0x93)};
    for (int si = 0; si < seriesData.size(); ++si) {
        auto* set = new QBarSet(seriesData[si].first);
        for (qint64 v : seriesData[si].second)
            *set << static_cast<qreal>(v);
        set->setColor(colors[si % 4]);
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
            if (!on) return QToolTip::hideText();
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2: %3 requests")
                    .arg(categories.value(index), set->label(), number(static_cast<qint64>(set->at(index)))),
                m_view);
        });
        connect(set, &QBarSet::clicked, this, [this, si](int index) { Q_EMIT cellActivated(index, si); });
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    qint64 peak = 1;
    for (const auto& sd : seriesData)
        for (qint64 v : sd.second)
            peak = std::max(peak, v);
    axisY->setRange(0, static_cast<qreal>(peak));
    axisY->applyNiceNumbers();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    applyTheme();
}

} // namespace ac
