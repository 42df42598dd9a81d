#include "ReportDocument.h"

#include "ChartImage.h"
#include "i18n/TimeDisplay.h"
#include "itemmodels/ResourceOpsModel.h"
#include "reports/ReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>
#include <QTextOption>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace ac {

namespace {
// Logical pixels (96 dpi): A4 less 15 mm margins is 680 wide; a little is left for the margins
// of the document and of the two-chart rows.
constexpr int kFullWidth = 664;
constexpr int kHalfWidth = 330;
constexpr int kPdfResolution = 150;

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

QString cell(const QString& html) {
    return QStringLiteral("<td>") + html + QStringLiteral("</td>");
}

QString numberCell(int64_t value) {
    return QStringLiteral("<td align=\"right\" class=\"num\">") + QString::number(value) + QStringLiteral("</td>");
}

QString headCell(const QString& html, bool number = false) {
    return (number ? QStringLiteral("<th align=\"right\" class=\"num\">") : QStringLiteral("<th align=\"left\">")) +
           html + QStringLiteral("</th>");
}

QString tableOpen() {
    return QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #9aa5b1\">\n");
}

QString paragraph(const QString& html, const QString& cls = QString()) {
    if (cls.isEmpty()) return QStringLiteral("<p>") + html + QStringLiteral("</p>\n");
    return QStringLiteral("<p class=\"") + cls + QStringLiteral("\">") + html + QStringLiteral("</p>\n");
}

QString heading1(const QString& text, bool newPage) {
    return (newPage ? QStringLiteral("<h1 style=\"page-break-before: always\">") : QStringLiteral("<h1>")) + esc(text) +
           QStringLiteral("</h1>\n");
}

QString heading2(const QString& text) {
    return QStringLiteral("<h2>") + esc(text) + QStringLiteral("</h2>\n");
}

// Two charts side by side.
QString chartPair(const QString& left, const QString& right) {
    return QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr><td "
                          "valign=\"top\">") +
           left + QStringLiteral("</td><td valign=\"top\">") + right + QStringLiteral("</td></tr></table>\n");
}

QString styleSheet() {
    const QString families = QStringLiteral("'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', "
                                            "sans-serif");
    return QStringLiteral("body { font-family: ") + families +
           QStringLiteral("; font-size: 8.5pt; color: #1f2328; background-color: #ffffff; }\n"
                          "h1 { font-size: 16pt; font-weight: bold; color: #1f3b5c; margin-top: 0px; "
                          "margin-bottom: 6px; }\n"
                          "h2 { font-size: 11pt; font-weight: bold; color: #1f3b5c; margin-top: 12px; "
                          "margin-bottom: 4px; }\n"
                          "p { margin-top: 2px; margin-bottom: 4px; }\n"
                          "p.product { font-size: 10pt; color: #5f6b7a; margin-bottom: 2px; }\n"
                          ".muted { color: #5f6b7a; }\n"
                          ".mono { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace; "
                          "font-size: 7.5pt; }\n"
                          "table.data { border-collapse: collapse; border-color: #9aa5b1; margin-bottom: 6px; }\n"
                          "table.data th { background-color: #e8edf3; border: 1px solid #9aa5b1; padding: 2px; }\n"
                          "table.data td { border: 1px solid #9aa5b1; padding: 2px; vertical-align: top; "
                          "overflow-wrap: anywhere; }\n"
                          "table.meta th { text-align: left; color: #5f6b7a; font-weight: normal; "
                          "vertical-align: top; padding-right: 12px; }\n"
                          "table.meta td { vertical-align: top; }\n"
                          "td.num, th.num { text-align: right; }\n");
}

// An image's attributes: its source and its size.
QString sizedSource(const QString& source, int width, int height) {
    return QStringLiteral("src=\"%1\" width=\"%2\" height=\"%3\"").arg(source).arg(width).arg(height);
}

// The resolution QTextDocument takes image sizes in (Qt's default DPI): the screen's logical DPI.
// The screen is asked on the GUI thread only (QScreen is not thread-safe); a document laid out on
// another thread (the evidence bundle) takes the last answer, 96 before any.
qreal screenDpi() {
    static std::atomic<qreal> last{96};
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) return 96;
    if (QThread::currentThread() != QCoreApplication::instance()->thread()) return last.load();
    if (const QScreen* screen = QGuiApplication::primaryScreen()) last = screen->logicalDotsPerInchY();
    return last.load();
}

QString resourceText(const EventRow& row) {
    return esc(row.subresource.empty() ? row.resource : row.resource + "/" + row.subresource);
}

QString objectText(const EventRow& row) {
    if (row.ns.empty()) return esc(row.name);
    return esc(row.ns + "/" + row.name);
}

std::vector<chart::Bar> barsOf(const std::vector<KeyCount>& list, size_t limit, const QString& emptyKey,
                               const std::function<QString(int64_t)>& failedNote) {
    std::vector<chart::Bar> bars;
    for (size_t i = 0; i < list.size() && i < limit; ++i) {
        const KeyCount& kc = list[i];
        bars.push_back({kc.key.empty() ? emptyKey : QString::fromStdString(kc.key), kc.count, kc.failed,
                        kc.failed > 0 ? failedNote(kc.failed) : QString()});
    }
    return bars;
}
} // namespace

ReportDocument::ReportDocument(const ReportData& data, DocumentStyle style)
    : m_data(data)
    , m_style(style) {
    QString body;
    buildCover(body);
    buildOverview(body);
    buildResources(body);
    for (const auto& [report, rows] : m_data.details)
        buildDetail(body, report, rows);
    buildAppendix(body);
    m_html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + QLocale().bcp47Name() +
             QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Audit "
                            "Console\">\n<title>") +
             esc(title()) + QStringLiteral("</title>\n<style>\n") + styleSheet() +
             QStringLiteral("</style>\n</head>\n<body>\n") + body + QStringLiteral("</body>\n</html>\n");
}

QFont ReportDocument::documentFont() {
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setFamilies(chart::fontFamilies());
    font.setPointSizeF(8.5);
    return font;
}

int ReportDocument::reportCount() const {
    return 2 + static_cast<int>(m_data.details.size());
}

QStringList ReportDocument::pageTitles() const {
    QStringList titles{tr("Audit overview"), tr("Resource operations")};
    for (const auto& detail : m_data.details)
        titles << tr("Resource detail: %1").arg(QString::fromStdString(detail.first.resource));
    titles << tr("Appendix");
    return titles;
}

QString ReportDocument::title() const {
    return tr("Audit report, %1").arg(rangeText(m_data.effective));
}

// ---------------------------------------------------------------------------------------------
// Times: in the viewer's zone and in UTC, or in UTC only.

bool ReportDocument::showViewerZone() const {
    return !m_style.utcOnly && !displayUtc();
}

QString ReportDocument::timeText(int64_t micros) const {
    if (showViewerZone()) return formatTime(micros, TimeDetail::Seconds);
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ReportDocument::zoneText(int64_t micros) const {
    return showViewerZone() ? zoneName(micros) : QStringLiteral("UTC");
}

QString ReportDocument::rangeText(const TimeRange& range) const {
    const QString utc = writer::isoTime(range.from) + QStringLiteral(" – ") + writer::isoTime(range.to);
    if (!showViewerZone()) return utc;
    return formatRange(range.from, range.to, TimeDetail::Seconds) + QStringLiteral(" (") + utc + QLatin1Char(')');
}

// The requests per bucket, titled with the zone its axis is in.
QString ReportDocument::trendChart(const std::vector<TrendPoint>& trend, int64_t bucketUs, int height) {
    const QString title =
        tr("Requests over time (%1)").arg(zoneText(trend.empty() ? m_data.effective.from : trend.front().time));
    return chartTag(chart::trendColumns(
                        title, trend, kFullWidth, height,
                        [this, bucketUs](int64_t t) { return axisLabel(t, bucketUs); },
                        tr("No requests in this range")),
                    title);
}

QString ReportDocument::axisLabel(int64_t micros, int64_t bucketUs) const {
    const bool days = bucketUs >= int64_t(86400) * 1000000;
    const QString pattern = days ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm");
    const QDateTime t =
        showViewerZone() ? displayDateTime(micros) : QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return t.toString(pattern);
}

QString ReportDocument::scopeLine() const {
    QString line = tr("Requests from %1, end exclusive.").arg(esc(rangeText(m_data.effective)));
    if (!m_data.options.filterLines.isEmpty())
        line += QLatin1Char(' ') + tr("Filters: %1.").arg(esc(m_data.options.filterLines.join(QStringLiteral("; "))));
    if (!m_data.options.searchText.trimmed().isEmpty())
        line += QLatin1Char(' ') + tr("Search: %1")
                                       .arg(QString(QStringLiteral("<span class=\"mono\">") +
                                                    esc(m_data.options.searchText) + QStringLiteral("</span>")));
    return paragraph(line, QStringLiteral("muted"));
}

// ---------------------------------------------------------------------------------------------
// Charts

QString ReportDocument::chartSource(size_t index) {
    return QStringLiteral("chart://%1.png").arg(index);
}

QString ReportDocument::chartTag(QImage image, const QString& alt) {
    const size_t index = m_charts.size();
    const int width = qRound(image.width() / image.devicePixelRatio());
    const int height = qRound(image.height() / image.devicePixelRatio());
    m_charts.push_back({std::move(image), width, height});
    return QStringLiteral("<img ") + sizedSource(chartSource(index), width, height) + QStringLiteral(" alt=\"") +
           esc(alt) + QStringLiteral("\">");
}

// ---------------------------------------------------------------------------------------------
// Sections

void ReportDocument::buildCover(QString& out) const {
    const ReportDataOptions& o = m_data.options;
    out += paragraph(QStringLiteral("Audit Console"), QStringLiteral("product"));
    out += heading1(tr("Audit report"), false);
    out += QStringLiteral("<table class=\"meta\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\">\n");
    const auto row = [&out](const QString& label, const QString& html) {
        out += QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + esc(label) + QStringLiteral("</th>") +
               cell(html) + QStringLiteral("</tr>\n");
    };
    const TimeRange& r = m_data.effective;
    row(tr("Source"), esc(m_data.sourceLabel));
    if (showViewerZone())
        row(tr("Time range (%1)").arg(zoneName(r.from)), esc(formatRange(r.from, r.to, TimeDetail::Seconds)));
    row(tr("Time range (UTC)"), esc(tr("%1 – %2, end exclusive").arg(writer::isoTime(r.from), writer::isoTime(r.to))));
    row(tr("Data in the source"), esc(rangeText(m_data.data)));
    row(tr("Filters"),
        o.filterLines.isEmpty()
            ? esc(tr("None"))
            : esc(o.filterLines.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    row(tr("Search"), o.searchText.trimmed().isEmpty() ? esc(tr("None"))
                                                       : QString(QStringLiteral("<span class=\"mono\">") +
                                                                 esc(o.searchText) + QStringLiteral("</span>")));
    const QString generatedUtc = writer::isoTime(m_data.generatedAtUs);
    row(tr("Generated"), showViewerZone() ? esc(QString(formatTimeWithZone(m_data.generatedAtUs) +
                                                        QStringLiteral(" (") + generatedUtc + QLatin1Char(')')))
                                          : esc(generatedUtc));
    row(tr("Files read"), m_data.files.empty() ? esc(tr("None: a remote source"))
                                               : esc(tr("%n file(s); each with its SHA-256 in the appendix", nullptr,
                                                        static_cast<int>(m_data.files.size()))));
    out += QStringLiteral("</table>\n");

    out += heading2(tr("Contents"));
    out += QStringLiteral("<ol>\n");
    for (const QString& t : pageTitles())
        out += QStringLiteral("<li>") + esc(t) + QStringLiteral("</li>\n");
    out += QStringLiteral("</ol>\n");
    out += paragraph(esc(tr("Every figure counts API requests, one per auditID, as the Alibaba Cloud ACK cluster "
                            "auditing reports do. Each report begins on a new page. The appendix gives the search "
                            "statement behind each figure and the command that lists its requests, so that any "
                            "figure can be checked against the source.")),
                     QStringLiteral("muted"));
}

void ReportDocument::buildOverview(QString& out) {
    const OverviewReport& o = m_data.overview;
    const size_t top = std::max<size_t>(1, m_data.options.top);
    out += heading1(tr("Audit overview"), true);
    out += scopeLine();

    out += tableOpen();
    out += QStringLiteral("<thead><tr>") + headCell(tr("Figure")) + headCell(tr("Total"), true) +
           headCell(tr("Succeeded"), true) + headCell(tr("Failed"), true) + QStringLiteral("</tr></thead>\n");
    for (const OverviewFigure& f : overviewFigures())
        out += QStringLiteral("<tr>") + cell(esc(f.label)) + numberCell(o.*f.member) +
               numberCell(o.succeeded.*f.member) + numberCell(o.failed.*f.member) + QStringLiteral("</tr>\n");
    out += QStringLiteral("</table>\n");

    out += paragraph(trendChart(o.trend, o.bucketUs, 210));
    const auto failedNote = [](int64_t n) { return tr("%1 failed").arg(n); };
    const QString none = tr("(none)");
    const QString ram = chartTag(chart::horizontalBars(tr("Operations by RAM sub-account"),
                                                       barsOf(m_data.lists.byRamAccount, top, none, failedNote),
                                                       kHalfWidth, tr("No RAM sub-accounts in these requests")),
                                 tr("Operations by RAM sub-account"));
    const QString byOperator =
        chartTag(chart::horizontalBars(tr("Operations by operator"), barsOf(o.byOperator, top, none, failedNote),
                                       kHalfWidth, tr("No requests in this range")),
                 tr("Operations by operator"));
    const QString deletions =
        chartTag(chart::horizontalBars(tr("Deletions by resource"),
                                       barsOf(m_data.lists.deletionsByResource, top, none, failedNote), kHalfWidth,
                                       tr("No deletions in these requests")),
                 tr("Deletions by resource"));
    const QString publicIps =
        chartTag(chart::horizontalBars(tr("Public-network access by source IP"),
                                       barsOf(m_data.lists.publicBySourceIp, top, none, failedNote), kHalfWidth,
                                       tr("No public-network access in these requests")),
                 tr("Public-network access by source IP"));
    out += chartPair(ram, byOperator);
    out += chartPair(deletions, publicIps);

    struct List {
        QString name;
        const std::vector<EventRow>* rows;
        int64_t total;
        bool exec;
    };
    const List lists[] = {{tr("Command executions"), &m_data.execs, o.exec, true},
                          {tr("Attaches"), &m_data.attaches, o.attach, false},
                          {tr("Secret access"), &m_data.secretAccesses, o.secretAccess, false},
                          {tr("Deletions"), &m_data.deletions, o.deleted, false},
                          {tr("Public-network access"), &m_data.publicAccesses, o.publicAccess, false}};
    for (const List& l : lists) {
        out += heading2(tr("%1 (%2)").arg(l.name, QString::number(l.total)));
        if (l.rows->empty()) {
            out += paragraph(esc(tr("None in this range.")), QStringLiteral("muted"));
            continue;
        }
        if (static_cast<int64_t>(l.rows->size()) < l.total)
            out += paragraph(esc(tr("The latest %1 of %2, newest first; the appendix gives the query that lists them "
                                    "all.")
                                     .arg(l.rows->size())
                                     .arg(l.total)),
                             QStringLiteral("muted"));
        out += eventTable(*l.rows, l.exec);
    }
}

QString ReportDocument::eventTable(const std::vector<EventRow>& rows, bool exec) const {
    QString out = tableOpen();
    out += QStringLiteral("<thead><tr>") +
           headCell(esc(tr("Time (%1)").arg(zoneText(rows.empty() ? m_data.effective.from : rows.front().time)))) +
           headCell(esc(tr("Operator"))) + headCell(esc(tr("Verb"))) + headCell(esc(tr("Resource"))) +
           headCell(esc(tr("Namespace / name"))) + headCell(esc(tr("Code")), true) + headCell(esc(tr("Source IP")));
    if (exec) out += headCell(esc(tr("Command")));
    out += QStringLiteral("</tr></thead>\n");
    for (const EventRow& e : rows) {
        out += QStringLiteral("<tr>") + cell(esc(timeText(e.time))) + cell(esc(e.operatorName)) + cell(esc(e.verb)) +
               cell(resourceText(e)) + cell(objectText(e)) + (e.code ? numberCell(e.code) : cell(QString())) +
               cell(esc(e.sourceIp));
        if (exec) {
            const ExecCommand c = parseExecUri(e.requestUri);
            QString text = esc(c.command);
            if (!c.container.empty())
                text += QStringLiteral("<br><span class=\"muted\">") +
                        esc(tr("container %1").arg(QString::fromStdString(c.container))) + QStringLiteral("</span>");
            out += cell(text);
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
    return out;
}

void ReportDocument::buildResources(QString& out) {
    const ResourceOperationsReport& r = m_data.resources;
    out += heading1(tr("Resource operations"), true);
    out += scopeLine();
    QStringList groups;
    std::vector<chart::Series> series{{tr("Create"), {}}, {tr("Update"), {}}, {tr("Delete"), {}}, {tr("Access"), {}}};
    for (const auto& row : r.rows) {
        groups << ResourceOpsModel::resourceTitle(row.resource);
        series[0].values.push_back(row.create);
        series[1].values.push_back(row.update);
        series[2].values.push_back(row.del);
        series[3].values.push_back(row.access);
    }
    const QString chartTitle = tr("Operations by resource");
    out += paragraph(chartTag(chart::groupedBars(chartTitle, groups, series, kFullWidth), chartTitle));

    out += tableOpen();
    out += QStringLiteral("<thead><tr><th align=\"left\" rowspan=\"2\">") + esc(tr("Category")) +
           QStringLiteral("</th><th align=\"left\" rowspan=\"2\">") + esc(tr("Resource")) + QStringLiteral("</th>");
    for (const chart::Series& s : series)
        out += QStringLiteral("<th align=\"center\" colspan=\"2\">") + esc(s.name) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>\n<tr>");
    for (size_t i = 0; i < series.size(); ++i)
        out += headCell(esc(tr("Total")), true) + headCell(esc(tr("Failed")), true);
    out += QStringLiteral("</tr></thead>\n");
    for (const auto& row : r.rows)
        out += QStringLiteral("<tr>") + cell(esc(ResourceOpsModel::categoryTitle(row.category))) +
               cell(esc(ResourceOpsModel::resourceTitle(row.resource))) + numberCell(row.create) +
               numberCell(row.createFailed) + numberCell(row.update) + numberCell(row.updateFailed) +
               numberCell(row.del) + numberCell(row.delFailed) + numberCell(row.access) + numberCell(row.accessFailed) +
               QStringLiteral("</tr>\n");
    out += QStringLiteral("</table>\n");
    out += paragraph(esc(tr("Requests on the resources themselves: subresources such as pods/exec are counted in the "
                            "overview. Failed: the final status code is 400 or more.")),
                     QStringLiteral("muted"));
}

void ReportDocument::buildDetail(QString& out, const ResourceDetailReport& report, const std::vector<EventRow>& rows) {
    const QString resource = QString::fromStdString(report.resource);
    out += heading1(tr("Resource detail: %1").arg(resource), true);
    out += scopeLine();
    out += tableOpen();
    out +=
        QStringLiteral("<tr>") + headCell(esc(tr("Requests"))) + numberCell(report.total) + QStringLiteral("</tr>\n");
    out += QStringLiteral("<tr>") + headCell(esc(tr("Failed"))) + numberCell(report.failed) + QStringLiteral("</tr>\n");
    const QString rate = report.total ? QString(QString::number(100.0 * report.successRate, 'f', 1) + QLatin1Char('%'))
                                      : QStringLiteral("–");
    out += QStringLiteral("<tr>") + headCell(esc(tr("Success rate"))) +
           QStringLiteral("<td align=\"right\" class=\"num\">") + rate + QStringLiteral("</td></tr>\n");
    out += QStringLiteral("</table>\n");
    out += paragraph(esc(tr("Success rate: the share of requests whose final status code is below 400, of the "
                            "requests that have one. A 404 from an existence check counts as a failure.")),
                     QStringLiteral("muted"));

    // The largest namespaces, and the rest in one bar.
    constexpr size_t kNamespaces = 10;
    const auto failedNote = [](int64_t n) { return tr("%1 failed").arg(n); };
    std::vector<chart::Bar> namespaces = barsOf(report.byNamespace, kNamespaces, tr("(cluster-scoped)"), failedNote);
    if (report.byNamespace.size() > kNamespaces) {
        chart::Bar rest;
        for (size_t i = kNamespaces; i < report.byNamespace.size(); ++i) {
            rest.value += report.byNamespace[i].count;
            rest.failed += report.byNamespace[i].failed;
        }
        rest.label = tr("%n other namespace(s)", nullptr, static_cast<int>(report.byNamespace.size() - kNamespaces));
        if (rest.failed > 0) rest.note = failedNote(rest.failed);
        namespaces.push_back(rest);
    }
    const QString nsTitle = tr("Namespace distribution of %1").arg(resource);
    const QString opsTitle = tr("Operations");
    out += chartPair(
        chartTag(chart::horizontalBars(nsTitle, namespaces, kHalfWidth, tr("No requests in this range")), nsTitle),
        chartTag(chart::horizontalBars(opsTitle, barsOf(report.byOperation, 10, tr("(none)"), failedNote), kHalfWidth,
                                       tr("No requests in this range")),
                 opsTitle));
    out += paragraph(trendChart(report.trend, report.bucketUs, 180));

    out += heading2(tr("Operations, newest first"));
    if (rows.empty()) {
        out += paragraph(esc(tr("None in this range.")), QStringLiteral("muted"));
        return;
    }
    if (static_cast<int64_t>(rows.size()) < report.total)
        out += paragraph(esc(tr("The latest %1 of %2.").arg(rows.size()).arg(report.total)), QStringLiteral("muted"));
    out += eventTable(rows, report.resource == "pods/exec");
}

void ReportDocument::buildAppendix(QString& out) const {
    out += heading1(tr("Appendix"), true);

    out += heading2(tr("Bookmarks and notes"));
    if (m_data.notes.empty()) {
        out += paragraph(esc(tr("No bookmarks or notes were added.")), QStringLiteral("muted"));
    } else {
        out += tableOpen();
        out += QStringLiteral("<thead><tr>") + headCell(esc(tr("Title"))) + headCell(esc(tr("When"))) +
               headCell(esc(tr("Note"))) + QStringLiteral("</tr></thead>\n");
        for (const DocumentNote& n : m_data.notes)
            out += QStringLiteral("<tr>") + cell(esc(n.title)) + cell(esc(n.when)) +
                   cell(esc(n.text).replace(QLatin1Char('\n'), QStringLiteral("<br>"))) + QStringLiteral("</tr>\n");
        out += QStringLiteral("</table>\n");
    }

    out += heading2(tr("Files read"));
    if (m_data.files.empty()) {
        out += paragraph(esc(tr("No local files: the figures were read from %1.").arg(m_data.sourceLabel)),
                         QStringLiteral("muted"));
    } else {
        out += tableOpen();
        out += QStringLiteral("<thead><tr>") + headCell(esc(tr("File"))) + headCell(esc(tr("Bytes")), true) +
               headCell(esc(tr("SHA-256"))) + QStringLiteral("</tr></thead>\n");
        for (const SourceFileDigest& f : m_data.files) {
            QString digest = QStringLiteral("<span class=\"mono\">") + esc(f.sha256) + QStringLiteral("</span>");
            if (!f.error.isEmpty())
                digest += QStringLiteral("<br><span class=\"muted\">") + esc(f.error) + QStringLiteral("</span>");
            out += QStringLiteral("<tr>") + cell(esc(f.path)) + numberCell(f.bytes) + cell(digest) +
                   QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }

    out += heading2(tr("Queries behind the figures"));
    out += paragraph(esc(tr("Each figure is the number of requests (one per auditID) that its Log Service search "
                            "statement matches in its time range (end exclusive): paste the statement into the "
                            "search box, or run the command, which lists the requests one per line and counts them "
                            "at the end.")),
                     QStringLiteral("muted"));
    if (m_data.files.empty() || m_data.files.size() > 3)
        out += paragraph(esc(tr("SOURCE stands for the source of the command line below: its files and folders, or "
                                "its --sls-… or --clickhouse options.")),
                         QStringLiteral("muted"));
    out += tableOpen();
    out += QStringLiteral("<thead><tr>") + headCell(esc(tr("Figure"))) + headCell(esc(tr("Value")), true) +
           headCell(esc(tr("Search statement, time range and command"))) + QStringLiteral("</tr></thead>\n");
    const TimeRange open;
    for (const FigureQuery& f : m_data.figures) {
        const QString from = f.range.from == open.from ? tr("(unbounded)") : writer::isoTime(f.range.from);
        const QString to = f.range.to == open.to ? tr("(unbounded)") : writer::isoTime(f.range.to);
        out += QStringLiteral("<tr>") + cell(esc(f.label)) + numberCell(f.value) +
               cell(QStringLiteral("<span class=\"mono\">") + esc(f.statement) +
                    QStringLiteral("</span><br><span class=\"muted\">") + esc(tr("%1 – %2").arg(from, to)) +
                    QStringLiteral("</span><br><span class=\"mono\">") + esc(figureCommand(f, m_data)) +
                    QStringLiteral("</span>")) +
               QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");

    out += heading2(tr("Reproduce this document"));
    out += paragraph(m_data.options.commandLine.isEmpty()
                         ? esc(tr("This document was made in the window; the queries above reproduce each figure."))
                         : QString(QStringLiteral("<span class=\"mono\">") + esc(m_data.options.commandLine) +
                                   QStringLiteral("</span>")));
}

// ---------------------------------------------------------------------------------------------
// Output

QByteArray ReportDocument::html() const {
    QString out = m_html;
    for (size_t i = 0; i < m_charts.size(); ++i) {
        QByteArray png;
        QBuffer buffer(&png);
        if (!buffer.open(QIODevice::WriteOnly) || !m_charts[i].image.save(&buffer, "PNG")) continue;
        out.replace(chartSource(i),
                    QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())));
    }
    return out.toUtf8();
}

std::unique_ptr<QTextDocument> ReportDocument::textDocument() const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(documentFont());
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    // QTextDocument reads an image's size in the screen's pixels (and scales it by the printer's
    // resolution over the screen's): sizes meant at 96 dpi are rescaled for screens that differ.
    QString text = m_html;
    const qreal scale = screenDpi() / 96.0;
    if (!qFuzzyCompare(scale, 1.0))
        for (size_t i = 0; i < m_charts.size(); ++i) {
            const Chart& c = m_charts[i];
            text.replace(sizedSource(chartSource(i), c.width, c.height),
                         sizedSource(chartSource(i), qRound(c.width * scale), qRound(c.height * scale)));
        }
    doc->setHtml(text);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    // Registered after setHtml(), so that nothing clears them.
    for (size_t i = 0; i < m_charts.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(chartSource(i)), QVariant::fromValue(m_charts[i].image));
    return doc;
}

bool ReportDocument::render(QPagedPaintDevice* device, QString* error) const {
    const std::unique_ptr<QTextDocument> doc = textDocument();
    // Laid out for the device itself, so that text is measured at its resolution.
    doc->documentLayout()->setPaintDevice(device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error) *error = tr("the pages could not be started");
        return false;
    }
    QFont footerFont = documentFont();
    footerFont.setPointSizeF(7);
    const QFontMetricsF fm(footerFont, device);
    const qreal width = device->width();
    const qreal footer = fm.height() * 2.4;
    const qreal body = device->height() - footer;
    doc->setPageSize(QSizeF(width, body));
    const int pages = doc->pageCount();
    const QString heading = title();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error) *error = tr("a new page could not be started");
            return false;
        }
        const QRectF clip(0, page * body, width, body);
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x5f, 0x6b, 0x7a));
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
        const QRectF line(0, body + fm.height(), width, fm.height() * 1.2);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
        const qreal room = width - fm.horizontalAdvance(number) - fm.height() * 2;
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(heading, Qt::ElideRight, room));
    }
    painter.end();
    return true;
}

void ReportDocument::print(QPagedPaintDevice* device) const {
    if (device) render(device, nullptr);
}

bool ReportDocument::writePdf(const QString& path, QString* error) const {
    const auto fail = [error](const QString& why) {
        if (error) *error = why;
        return false;
    };
    // Rendered in memory and saved in one go, so that a failed write leaves no half document.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        if (!buffer.open(QIODevice::WriteOnly)) return fail(buffer.errorString());
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title());
        const QString version = QCoreApplication::applicationVersion();
        writer.setCreator(version.isEmpty() ? QStringLiteral("Audit Console")
                                            : QString(QStringLiteral("Audit Console ") + version));
        QString why;
        if (!render(&writer, &why)) return fail(why);
    }
    if (const auto why = saveFile(path, pdf)) return fail(*why);
    return true;
}

bool ReportDocument::writeHtml(const QString& path, QString* error) const {
    const auto why = saveFile(path, html());
    if (why && error) *error = *why;
    return !why;
}

} // namespace ac
