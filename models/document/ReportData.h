#pragma once
// Everything the printable report document shows, gathered in one go off the GUI thread: the
// three reports, the first rows of their lists, the query behind every figure and a digest of
// every file read. QtCore only, so that it runs on any thread; ReportDocument renders it.

#include "reports/Reports.h"
#include "review/CaseFile.h" // shellQuote

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ac {

struct OpenedSource;

// One figure of the document and the Log Service search statement that counts it: the number of
// requests the statement matches over `range` is `value`. The statement is the figure's filter
// as Expr::toString() prints it, so it parses back with parseSearch() to the same filter.
struct FigureQuery {
    QString label;     // "Audit overview · Deleted · failed"
    QString statement; // "*" when the figure counts every request
    TimeRange range;   // the scope's range; an open end is unbounded
    qint64 value = 0;
};

// A file the source read, as it is on disk now.
struct SourceFileDigest {
    QString path;
    qint64 bytes = 0; // bytes hashed
    QString sha256;   // lowercase hex; empty when the file could not be read
    QString error;    // why it could not be read, or how it differs from what was loaded
};

// A bookmarked event or finding with the user's note, or a note of the case notebook.
struct DocumentNote {
    QString title;
    QString when;
    QString text;
};

struct ReportDataOptions {
    ReportScope scope;                        // range and filter, already resolved
    QString searchText;                       // the search box text as typed (may be empty)
    QStringList filterLines;                  // "Namespaces: default, prod", "Hide system components", …
    std::vector<std::string> detailResources; // the resource detail reports, e.g. {"deployments", "pods/exec"}
    size_t top = 10;                          // entries of each top list
    size_t listLimit = 20;                    // rows of each important-event list and detail operation list
    QString commandLine;                      // the equivalent `audit-console report all …` command
};

struct ReportData {
    ReportDataOptions options;
    QString sourceLabel; // the backend's name and the source's description
    TimeRange data;      // the source's data range
    TimeRange effective; // the range the figures cover: the scope's, clipped to the data's
    OverviewReport overview;
    OverviewLists lists;
    // The first listLimit rows of each of lists.execs, .attaches, .secretAccesses, .deletions and
    // .publicAccesses, newest first.
    std::vector<EventRow> execs, attaches, secretAccesses, deletions, publicAccesses;
    ResourceOperationsReport resources;
    // Each picked resource's report with the first listLimit rows of its operations.
    std::vector<std::pair<ResourceDetailReport, std::vector<EventRow>>> details;
    // One per headline figure of every report: the overview's figures with their succeeded and
    // failed split, each non-zero cell of the resource operations, each detail's total and failed.
    std::vector<FigureQuery> figures;
    // Every file the source read, with its SHA-256; empty for remote sources.
    std::vector<SourceFileDigest> files;
    std::vector<DocumentNote> notes; // filled by the caller (the case notebook): the appendix
    qint64 generatedAtUs = 0;
};

// The overview's headline figures, in the order the window shows them: the label, the condition
// within the scope (null: every request) and the member of OverviewFigures that holds it.
struct OverviewFigure {
    QString label;
    ExprPtr condition;
    int64_t OverviewFigures::*member = nullptr;
};
std::vector<OverviewFigure> overviewFigures();

// Writes `bytes` to `path` through a temporary file renamed into place, so a failed write leaves
// the old file (or none) and never half a new one; the reason when it fails.
std::optional<QString> saveFile(const QString& path, const QByteArray& bytes);

// A file's SHA-256, read in 1 MiB blocks; the reason in `error` when it cannot be read, and
// `stopped` when cancelled half way.
SourceFileDigest digestFile(const QString& path, const CancelToken& cancel = {}, bool* stopped = nullptr);

// Gathers the document's data: one batch of queries for all the reports, the lists' first rows
// and the file digests. `opened` (may be null) adds the files that could not be read at all.
// Cancellable; progress counts steps. Safe to call from any thread.
Result<ReportData> gatherReportData(const Backend& backend, const OpenedSource* opened,
                                    const ReportDataOptions& options, const CancelToken& cancel = {},
                                    const std::function<void(int done, int total)>& progress = {});

// The document's figures as JSON, in the shapes `report overview|resources|detail --format json`
// prints ("overview", "resources", "details"), with "figures", "files" and the ranges.
QJsonObject reportDataJson(const ReportData& d);

// The command that lists the requests behind a figure: `audit-console events --query '…'
// [--from …] [--to …] SOURCE…` (the source's files, or SOURCE for a remote source).
QString figureCommand(const FigureQuery& figure, const ReportData& d);

} // namespace ac
