// The chart panel offscreen: succeeded/failed bars and their drill-downs, whole-number value
// axes, time axes in the display zone, tooltips with full names and counts, the empty state and
// PNG exports.
#include "ChartPanel.h"
#include "i18n/TimeDisplay.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <ctime>

using namespace ac;

namespace {
QChart* chartOf(const ChartPanel& p) {
    return p.chartView()->chart();
}

QBarSet* barSet(const ChartPanel& p, const QString& label) {
    for (QAbstractSeries* s : chartOf(p)->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                if (set->label() == label) return set;
    return nullptr;
}

QValueAxis* valueAxis(const ChartPanel& p, Qt::Orientation o) {
    for (QAbstractAxis* a : chartOf(p)->axes(o))
        if (a->type() == QAbstractAxis::AxisTypeValue) return static_cast<QValueAxis*>(a);
    return nullptr;
}

QCategoryAxis* timeAxisOf(const ChartPanel& p) {
    const auto axes = chartOf(p)->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(axes.front());
}

int64_t micros(const QDateTime& t) {
    return t.toMSecsSinceEpoch() * 1000;
}

std::vector<TrendPoint> trend(const QDateTime& from, int n, int64_t stepUs, int64_t count = 5) {
    std::vector<TrendPoint> out;
    for (int i = 0; i < n; ++i)
        out.push_back({micros(from) + i * stepUs, count + i % 3});
    return out;
}

// Pixels that are not the background colour (the top-left corner) in a band of rows.
int inkPixels(const QImage& image, int fromRow, int toRow) {
    const QRgb background = image.pixel(0, 0);
    int n = 0;
    for (int y = std::max(0, fromRow); y < std::min(image.height(), toRow); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != background;
    return n;
}

// Where the chart draws `value`, in the view's viewport.
QPoint viewportPoint(const ChartPanel& p, const QPointF& value) {
    QChart* c = chartOf(p);
    return p.chartView()->mapFromScene(c->mapToScene(c->mapToPosition(value, c->series().front())));
}

const std::vector<KeyCount> kOperators = {{"kube-controller-manager", 425, 238}, {"alice", 40, 0}, {"bob", 2, 2}};
} // namespace

class TstCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // A local zone that is not UTC (POSIX: eight hours east), so a wrong shift shows.
        qputenv("TZ", "ACT-8");
        tzset();
    }

    void init() { setDisplayUtc(true); }

    void outcomeText() {
        QCOMPARE(ChartPanel::outcomeText(425, 238), QStringLiteral("425 requests · 187 succeeded · 238 failed"));
        QCOMPARE(ChartPanel::outcomeText(1234, 0), QStringLiteral("1,234 requests · 1,234 succeeded · 0 failed"));
        // More failed than requests is a report bug, never a negative count.
        QCOMPARE(ChartPanel::outcomeText(3, 5), QStringLiteral("3 requests · 0 succeeded · 3 failed"));
    }

    void barsShowSucceededAndFailed() {
        ChartPanel p(QStringLiteral("Operations by operator"));
        p.showBars(kOperators, 10);
        QVERIFY(!p.isEmpty());
        const auto series = chartOf(p)->series();
        QCOMPARE(series.size(), 1);
        auto* stacked = qobject_cast<QHorizontalStackedBarSeries*>(series.front());
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 2);
        QBarSet* ok = barSet(p, QStringLiteral("Succeeded"));
        QBarSet* failed = barSet(p, QStringLiteral("Failed"));
        QVERIFY(ok && failed);
        QVERIFY(chartOf(p)->legend()->isVisible());
        // Largest on top: the first row is the last category.
        QCOMPARE(ok->count(), 3);
        QCOMPARE(ok->at(2), 187.0);
        QCOMPARE(failed->at(2), 238.0);
        QCOMPARE(ok->at(0), 0.0);
        QCOMPARE(failed->at(0), 2.0);
        // Either segment's tooltip gives the full name and both counts.
        for (QBarSet* set : {ok, failed}) {
            Q_EMIT set->hovered(true, 2);
            QCOMPARE(p.m_tip, QStringLiteral("kube-controller-manager\n425 requests · 187 succeeded · 238 failed"));
            Q_EMIT set->hovered(false, 2);
            QVERIFY(p.m_tip.isEmpty());
        }
        // Failed is red, succeeded is not, in light and dark palettes (a theme change recolours).
        auto reddish = [](const QColor& c) { return c.red() > c.green() + 60 && c.red() > c.blue() + 60; };
        QVERIFY(reddish(failed->color()));
        QVERIFY(!reddish(ok->color()));
        QPalette dark = p.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        p.setPalette(dark);
        QVERIFY(reddish(failed->color()));
        QVERIFY(!reddish(ok->color()));
        QVERIFY(failed->color() != ok->color());
    }

    void barClickEmitsKeyAndOutcome() {
        ChartPanel p(QStringLiteral("Operations by operator"));
        p.showBars(kOperators, 10);
        QSignalSpy keys(&p, &ChartPanel::keyActivated);
        QSignalSpy outcomes(&p, &ChartPanel::keyOutcomeActivated);
        QStringList tipAtEmit;
        connect(&p, &ChartPanel::keyOutcomeActivated, this, [&] { tipAtEmit << p.m_tip; });
        QBarSet* failed = barSet(p, QStringLiteral("Failed"));
        QBarSet* ok = barSet(p, QStringLiteral("Succeeded"));
        QVERIFY(failed && ok);
        Q_EMIT failed->hovered(true, 2);
        QVERIFY(!p.m_tip.isEmpty());
        Q_EMIT failed->clicked(2);
        Q_EMIT ok->clicked(1);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0][0].toString(), QStringLiteral("kube-controller-manager"));
        QCOMPARE(keys[1][0].toString(), QStringLiteral("alice"));
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0][0].toString(), QStringLiteral("kube-controller-manager"));
        QCOMPARE(outcomes[0][1].toBool(), true);
        QCOMPARE(outcomes[1][0].toString(), QStringLiteral("alice"));
        QCOMPARE(outcomes[1][1].toBool(), false);
        // The tooltip is gone before the drill-down changes the page.
        QCOMPARE(tipAtEmit, QStringList({QString(), QString()}));
    }

    void longNamesElideInLabelsNotInTooltips() {
        const std::string crd = "certificaterequests.cert-manager.io-with-a-very-long-operator-name-suffix";
        ChartPanel p(QStringLiteral("Deletions by resource"));
        p.showBars({{crd, 7, 1}, {crd + "-2", 5, 0}}, 10);
        auto* axis = qobject_cast<QBarCategoryAxis*>(chartOf(p)->axes(Qt::Vertical).front());
        QVERIFY(axis);
        const QStringList labels = axis->categories();
        QCOMPARE(labels.size(), 2);
        for (const QString& l : labels) {
            QVERIFY2(l.size() <= 41 && l.contains(QChar(0x2026)), qPrintable(l));
            QVERIFY(l.startsWith(QStringLiteral("certificaterequests")));
        }
        Q_EMIT barSet(p, QStringLiteral("Succeeded"))->hovered(true, 1);
        QVERIFY(p.m_tip.startsWith(QString::fromStdString(crd) + QLatin1Char('\n')));
        QCOMPARE(ChartPanel::elideMiddle(QStringLiteral("short")), QStringLiteral("short"));
        QCOMPARE(ChartPanel::elideMiddle(QString(100, QLatin1Char('x'))).size(), 40);
    }

    void pieTooltipHasFullNameAndCount() {
        const std::string ns = "a-namespace-whose-name-is-much-longer-than-forty-characters";
        ChartPanel p(QStringLiteral("Namespace distribution"));
        p.showPie({{ns, 1234, 34}, {"default", 100, 0}}, 8);
        auto* pie = qobject_cast<QPieSeries*>(chartOf(p)->series().front());
        QVERIFY(pie);
        QPieSlice* slice = pie->slices().front();
        QVERIFY(slice->label().size() <= 40);
        Q_EMIT slice->hovered(true);
        QVERIFY2(p.m_tip.startsWith(QString::fromStdString(ns) + QLatin1Char('\n')), qPrintable(p.m_tip));
        QVERIFY2(p.m_tip.contains(QStringLiteral("1,234 requests")), qPrintable(p.m_tip));
        QSignalSpy keys(&p, &ChartPanel::keyActivated);
        Q_EMIT slice->clicked();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0][0].toString(), QString::fromStdString(ns));
        QVERIFY(p.m_tip.isEmpty());
    }

    void groupedBarsTooltips() {
        ChartPanel p(QStringLiteral("Compute resources"));
        const QStringList resources = {QStringLiteral("Pods"), QStringLiteral("Deployments")};
        const QList<QPair<QString, QList<qint64>>> series = {{QStringLiteral("Create"), {10, 5}},
                                                             {QStringLiteral("Delete"), {220, 0}}};
        p.showGroupedBars(resources, series, {{1, 0}, {20, 0}});
        QBarSet* del = barSet(p, QStringLiteral("Delete"));
        QVERIFY(del);
        Q_EMIT del->hovered(true, 0);
        QCOMPARE(p.m_tip, QStringLiteral("Pods\nDelete 220 · 200 succeeded · 20 failed"));
        QSignalSpy cells(&p, &ChartPanel::cellActivated);
        Q_EMIT del->clicked(0);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells[0][0].toInt(), 0);
        QCOMPARE(cells[0][1].toInt(), 1);
        QVERIFY(p.m_tip.isEmpty());
        // Without failed counts (the old callers) the tooltip still has the numbers.
        p.showGroupedBars(resources, series);
        Q_EMIT barSet(p, QStringLiteral("Delete"))->hovered(true, 0);
        QCOMPARE(p.m_tip, QStringLiteral("Pods\nDelete: 220 requests"));
    }

    void integerTicks_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("max");
        for (const char* kind : {"bars", "grouped", "trend"})
            for (qint64 max : {1, 2, 3, 7, 12, 1234}) {
                const QByteArray name = QByteArray(kind) + ' ' + QByteArray::number(max);
                QTest::newRow(name.constData()) << QString::fromLatin1(kind) << max;
            }
    }

    void integerTicks() {
        QFETCH(QString, kind);
        QFETCH(qint64, max);
        ChartPanel p(QStringLiteral("Ticks"));
        Qt::Orientation valueOrientation = Qt::Vertical;
        if (kind == QLatin1String("bars")) {
            p.showBars({{"a", max, 0}, {"b", 1, 1}});
            valueOrientation = Qt::Horizontal;
        } else if (kind == QLatin1String("grouped")) {
            p.showGroupedBars({QStringLiteral("Pods")}, {{QStringLiteral("Create"), {max}}});
        } else {
            p.showTrend({{micros(QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC)), max},
                         {micros(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)), 1}},
                        3600LL * 1000000);
        }
        QValueAxis* axis = valueAxis(p, valueOrientation);
        QVERIFY(axis);
        QCOMPARE(axis->labelFormat(), QStringLiteral("%d"));
        QCOMPARE(axis->tickType(), QValueAxis::TicksFixed);
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->max() >= static_cast<qreal>(max));
        QVERIFY(axis->tickCount() >= 2 && axis->tickCount() <= 7);
        const qreal step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
        QVERIFY2(step >= 1, qPrintable(QString::number(step)));
        QStringList labels;
        for (int i = 0; i < axis->tickCount(); ++i) {
            const qreal v = axis->min() + i * step;
            QVERIFY2(qFuzzyCompare(v + 1, std::round(v) + 1), qPrintable(QString::number(v)));
            labels << QString::number(qRound64(v));
        }
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    void timeAxis_data() {
        QTest::addColumn<bool>("utc");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<int>("points");
        QTest::addColumn<qint64>("stepSecs");
        QTest::addColumn<QString>("labelPattern");
        QTest::addColumn<QStringList>("titleHas");
        QTest::addColumn<QStringList>("labelsHave");
        const QDateTime morning(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
        QTest::newRow("one day, UTC") << true << morning << 12 << 3600LL << QStringLiteral("^\\d\\d:\\d\\d$")
                                      << QStringList{QStringLiteral("2026-11-28"), QStringLiteral("(UTC)")}
                                      << QStringList{QStringLiteral("08:00"), QStringLiteral("18:00")};
        // The same instants in local time (UTC+08:00): labels shift by eight hours.
        QTest::newRow("one day, local") << false << QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC) << 10 << 3600LL
                                        << QStringLiteral("^\\d\\d:\\d\\d$")
                                        << QStringList{QStringLiteral("2026-11-28"), QStringLiteral("UTC+08:00")}
                                        << QStringList{QStringLiteral("08:00"), QStringLiteral("16:00")};
        QTest::newRow("past midnight, local")
            << false << QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC) << 12 << 3600LL
            << QStringLiteral("^(\\d\\d:\\d\\d|\\d\\d-\\d\\d)$")
            << QStringList{QStringLiteral("2026-11-28"), QStringLiteral("2026-11-29"), QStringLiteral("UTC+08:00")}
            << QStringList{QStringLiteral("11-29")};
        QTest::newRow("weeks in one year")
            << true << QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC) << 60 << 86400LL
            << QStringLiteral("^\\d\\d-\\d\\d$") << QStringList{QStringLiteral("2026"), QStringLiteral("UTC")}
            << QStringList{QStringLiteral("03-")};
        QTest::newRow("hours in one year")
            << true << QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC) << 72 << 3600LL
            << QStringLiteral("^\\d\\d-\\d\\d( \\d\\d:\\d\\d)?$") << QStringList{QStringLiteral("2026")}
            << QStringList{QStringLiteral("03-02")};
        QTest::newRow("crossing a year") << true << QDateTime(QDate(2025, 12, 20), QTime(0, 0), Qt::UTC) << 22
                                         << 86400LL << QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$")
                                         << QStringList{QStringLiteral("UTC")}
                                         << QStringList{QStringLiteral("2025-12-"), QStringLiteral("2026-01-")};
        QTest::newRow("days crossing a year")
            << true << QDateTime(QDate(2025, 12, 30), QTime(0, 0), Qt::UTC) << 72 << 3600LL
            << QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$") << QStringList{QStringLiteral("UTC")}
            << QStringList{QStringLiteral("2025-12-31"), QStringLiteral("2026-01-01")};
        QTest::newRow("years") << true << QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC) << 30 << 30LL * 86400
                               << QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$") << QStringList{QStringLiteral("UTC")}
                               << QStringList{QStringLiteral("2025-")};
    }

    void timeAxis() {
        QFETCH(bool, utc);
        QFETCH(QDateTime, from);
        QFETCH(int, points);
        QFETCH(qint64, stepSecs);
        QFETCH(QString, labelPattern);
        QFETCH(QStringList, titleHas);
        QFETCH(QStringList, labelsHave);
        setDisplayUtc(utc);
        ChartPanel p(QStringLiteral("Requests over time"));
        const auto data = trend(from, points, stepSecs * 1000000);
        p.showTrend(data, stepSecs * 1000000);
        QCategoryAxis* axis = timeAxisOf(p);
        QVERIFY(axis);
        const QStringList labels = axis->categoriesLabels();
        QVERIFY2(labels.size() >= 2 && labels.size() <= 8, qPrintable(labels.join(QLatin1Char('|'))));
        const QRegularExpression re(labelPattern);
        for (const QString& l : labels) {
            QVERIFY2(re.match(l).hasMatch(), qPrintable(l + QStringLiteral(" in ") + labels.join(QLatin1Char('|'))));
            // Each label names the instant it stands at, in the display zone.
            const QDateTime at = displayDateTime(static_cast<int64_t>(axis->endValue(l)) * 1000);
            const QString format = l.size() == 5 && l[2] == QLatin1Char(':') ? QStringLiteral("HH:mm")
                                   : l.size() == 5                           ? QStringLiteral("MM-dd")
                                   : l.size() == 11                          ? QStringLiteral("MM-dd HH:mm")
                                                                             : QStringLiteral("yyyy-MM-dd");
            QCOMPARE(at.toString(format), l);
            QVERIFY(axis->endValue(l) >= axis->min() && axis->endValue(l) <= axis->max());
        }
        const QString joined = labels.join(QLatin1Char('|'));
        for (const QString& s : labelsHave)
            QVERIFY2(joined.contains(s), qPrintable(s + QStringLiteral(" not in ") + joined));
        for (const QString& s : titleHas)
            QVERIFY2(axis->titleText().contains(s), qPrintable(s + QStringLiteral(" not in ") + axis->titleText()));
        QVERIFY(axis->titleText().contains(zoneName(data.front().time)));
    }

    void trendTooltipText() {
        setDisplayUtc(false);
        ChartPanel p(QStringLiteral("Requests over time"));
        const QDateTime from(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC); // 10:00 at UTC+08:00
        p.showTrend({{micros(from), 1234}, {micros(from.addSecs(3600)), 5}}, 3600LL * 1000000);
        QCOMPARE(p.trendText(0), QStringLiteral("2026-11-28 10:00 – 11:00 UTC+08:00: 1,234 requests"));
        setDisplayUtc(true);
        QCOMPARE(p.trendText(0), QStringLiteral("2026-11-28 02:00 – 03:00 UTC: 1,234 requests"));
    }

    void trendClickAnywherePicksNearestBucket() {
        ChartPanel p(QStringLiteral("Requests over time"));
        const int64_t hour = 3600LL * 1000000;
        const auto data = trend(QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC), 12, hour, 20);
        p.showTrend(data, hour);
        p.resize(900, 400);
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        QTRY_VERIFY(chartOf(p)->plotArea().width() > 300);
        // Few points: markers big enough to aim at.
        QScatterSeries* dots = nullptr;
        for (QAbstractSeries* s : chartOf(p)->series())
            if (auto* d = qobject_cast<QScatterSeries*>(s); d && d->count() == 12) dots = d;
        QVERIFY(dots);
        QVERIFY(dots->markerSize() >= 8);

        QSignalSpy ranges(&p, &ChartPanel::rangeActivated);
        QWidget* viewport = p.chartView()->viewport();
        // A third of the way to the next bucket, near the bottom of the plot: far from the marker.
        const qreal x = static_cast<qreal>(data[3].time / 1000) + 0.3 * static_cast<qreal>(hour / 1000);
        const QPoint at = viewportPoint(p, {x, 1});
        QTest::mouseMove(viewport, at);
        QTRY_COMPARE(p.m_tip, p.trendText(3));
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges[0][0].toLongLong(), data[3].time);
        QCOMPARE(ranges[0][1].toLongLong(), data[3].time + hour);
        QVERIFY(p.m_tip.isEmpty());
        // Past the middle, the next bucket.
        const QPoint later = viewportPoint(p, {x + 0.4 * static_cast<qreal>(hour / 1000), 1});
        QTest::mouseClick(viewport, Qt::LeftButton, {}, later);
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges[1][0].toLongLong(), data[4].time);
        // Outside the plot area (the axis labels) nothing happens.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(ranges.size(), 2);
    }

    void emptyTextSays() {
        ChartPanel p(QStringLiteral("Operations by RAM sub-account"));
        QCOMPARE(p.emptyText(), QStringLiteral("No matching requests"));
        p.setEmptyText(QStringLiteral("No RAM sub-accounts in these requests"));
        p.showBars({});
        QVERIFY(p.isEmpty());
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        bool shown = false;
        for (QLabel* l : p.findChildren<QLabel*>())
            shown |= l->isVisible() && l->text() == QStringLiteral("No RAM sub-accounts in these requests");
        QVERIFY(shown);
        QVERIFY(!p.chartView()->isVisible());
        p.showBars(kOperators);
        QVERIFY(!p.isEmpty());
        QVERIFY(p.chartView()->isVisible());
        p.setEmptyText(QString());
        QCOMPARE(p.emptyText(), QStringLiteral("No matching requests"));
    }

    void exportEmptyChartIsNotBlank() {
        QTemporaryDir dir;
        ChartPanel p(QStringLiteral("Deletions by resource"));
        p.setEmptyText(QStringLiteral("No deletions in these requests"));
        p.showBars({});
        const QString path = dir.filePath(QStringLiteral("empty.png"));
        QVERIFY(p.exportPng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 320 && image.height() >= 200);
        // The title at the top and the empty text in the chart's place, below it.
        const int header = image.height() / 4;
        QVERIFY(inkPixels(image, 0, header) > 20);
        QVERIFY(inkPixels(image, image.height() / 3, image.height()) > 20);
        // Without the empty text, the lower part is blank: the check above can fail.
        p.setEmptyText(QStringLiteral(" "));
        const QImage blank = p.renderImage();
        QCOMPARE(inkPixels(blank, blank.height() / 3, blank.height()), 0);
    }

    void exportCaptionAddsALine() {
        QTemporaryDir dir;
        for (bool empty : {true, false}) {
            ChartPanel p(QStringLiteral("Operations by operator"));
            p.showBars(empty ? std::vector<KeyCount>{} : kOperators);
            const QString plain = dir.filePath(QStringLiteral("plain.png"));
            const QString captioned = dir.filePath(QStringLiteral("captioned.png"));
            QVERIFY(p.exportPng(plain));
            p.setCaption(QStringLiteral("namespace: kube-system · 2026-11-21 12:00 – 2026-11-28 11:59 UTC"));
            QCOMPARE(p.caption(), QStringLiteral("namespace: kube-system · 2026-11-21 12:00 – 2026-11-28 11:59 UTC"));
            QVERIFY(p.exportPng(captioned));
            const QImage a(plain), b(captioned);
            QVERIFY(!a.isNull() && !b.isNull());
            QVERIFY2(b.height() > a.height(), qPrintable(QStringLiteral("%1 vs %2").arg(b.height()).arg(a.height())));
            QCOMPARE(b.width(), a.width());
            // The chart is the same: the extra ink is the caption's.
            QVERIFY(inkPixels(b, 0, b.height()) > inkPixels(a, 0, a.height()) + 50);
            if (!empty) QVERIFY(inkPixels(b, b.height() / 3, b.height()) > 100); // the bars
        }
    }
};

QTEST_MAIN(TstCharts)
#include "tst_charts.moc"
