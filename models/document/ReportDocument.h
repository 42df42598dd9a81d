#pragma once
// The report document for incident reviews: a cover page, the three reports (each from a new
// page) and an appendix with the evidence behind every figure, from data gathered anywhere.
// Needs a QGuiApplication; any thread may build and write one (it paints images and fonts, and
// asks the screen for its resolution only on the GUI thread).

#include "ReportData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace ac {

struct DocumentStyle {
    bool utcOnly = false; // times in UTC only; else in the viewer's zone (local unless displayUtc()) and UTC
};

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    explicit ReportDocument(const ReportData& data, DocumentStyle style = {});

    // Self-contained HTML: CSS inline, charts as data:image/png;base64 URIs, no external URL.
    QByteArray html() const;
    // The same content for paging: the charts registered with addResource(), a page break before
    // each report. The caller sets a page size to page it.
    std::unique_ptr<QTextDocument> textDocument() const;
    // A4 at 150 dpi, 15 mm margins, title and creator set; written in one go (nothing is left
    // behind on failure). The reason in *error when it cannot be written.
    bool writePdf(const QString& path, QString* error) const;
    // html() saved through saveFile(); `error`: the reason when it fails.
    bool writeHtml(const QString& path, QString* error) const;
    // File > Print: the pages on the device's page layout, with a footer on each.
    void print(QPagedPaintDevice* device) const;
    // The overview, the resource operations and each resource detail.
    int reportCount() const;
    // The title of each report in order, then the appendix's: each begins a page.
    QStringList pageTitles() const;
    QString title() const;

    // The document's font: families that cover Latin and Simplified Chinese.
    static QFont documentFont();

private:
    struct Chart {
        QImage image;
        int width = 0, height = 0; // logical pixels
    };
    // Chart `index`'s placeholder source; html() turns it into a data URI, textDocument() into a
    // registered resource.
    static QString chartSource(size_t index);
    QString chartTag(QImage image, const QString& alt);
    QString trendChart(const std::vector<TrendPoint>& trend, int64_t bucketUs, int height);
    bool render(QPagedPaintDevice* device, QString* error) const;

    void buildCover(QString& out) const;
    void buildOverview(QString& out);
    void buildResources(QString& out);
    void buildDetail(QString& out, const ResourceDetailReport& report, const std::vector<EventRow>& rows);
    void buildAppendix(QString& out) const;
    QString eventTable(const std::vector<EventRow>& rows, bool exec) const;

    QString scopeLine() const;
    bool showViewerZone() const;
    QString timeText(int64_t micros) const;
    QString zoneText(int64_t micros) const;
    QString rangeText(const TimeRange& range) const;
    QString axisLabel(int64_t micros, int64_t bucketUs) const;

    ReportData m_data;
    DocumentStyle m_style;
    std::vector<Chart> m_charts;
    QString m_html; // with chart placeholders
};

} // namespace ac
