#include "Evidence.h"

#include "ReportDocument.h"
#include "backends/EventLines.h"
#include "reports/ReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace ac {

namespace {
class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(Evidence)
};

std::optional<QString> writeWhole(const QString& path, const QByteArray& bytes) {
    if (const auto why = saveFile(path, bytes)) return EvidenceText::tr("%1: %2").arg(path, *why);
    return std::nullopt;
}

// The gzip stream is written as the lines arrive, so a large match never sits in memory whole.
Result<qint64> writeEventsGz(const Backend& backend, const ReportData& data, const QString& path,
                             const CancelToken& cancel) {
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb6");
    if (!gz) return BackendError{EvidenceText::tr("%1: cannot be written").arg(path)};
    bool writeFailed = false;
    const Result<qint64> written = writeEventLines(
        backend, eventsOf(data.options.scope, nullptr), {},
        [gz, &writeFailed, &cancel](const QByteArray& block) {
            if (cancel.isCancelled()) return false;
            writeFailed = gzwrite(gz, block.constData(), static_cast<unsigned>(block.size())) != block.size();
            return !writeFailed;
        },
        cancel);
    const bool closed = gzclose(gz) == Z_OK;
    if (writeFailed || !closed) return BackendError{EvidenceText::tr("%1: the disk refused the write").arg(path)};
    return written;
}
} // namespace

Result<EvidenceResult> writeEvidenceBundle(const Backend& backend, const ReportData& data, const QString& folder,
                                           const DocumentStyle& style, const CancelToken& cancel) {
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return BackendError{EvidenceText::tr("%1: the folder cannot be made").arg(folder)};
    EvidenceResult out;
    out.folder = dir.absolutePath();

    // The events are written beside their name and renamed once whole (the documents are saved
    // whole by saveFile), so a failed or cancelled export leaves no half file under a name the
    // manifest could vouch for.
    const QString eventsPath = dir.filePath(QStringLiteral("events.jsonl.gz"));
    const QString partial = eventsPath + QStringLiteral(".part");
    const Result<qint64> events = writeEventsGz(backend, data, partial, cancel);
    if (!events || cancel.isCancelled()) {
        QFile::remove(partial);
        return events ? BackendError::cancelledError() : events.error();
    }
    out.events = *events;
    QFile::remove(eventsPath);
    if (!QFile::rename(partial, eventsPath))
        return BackendError{EvidenceText::tr("%1: cannot be renamed to %2").arg(partial, eventsPath)};

    const ReportDocument document(data, style);
    if (const auto error = writeWhole(dir.filePath(QStringLiteral("report.html")), document.html()))
        return BackendError{*error};
    if (cancel.isCancelled()) return BackendError::cancelledError();
    QString pdfError;
    if (!document.writePdf(dir.filePath(QStringLiteral("report.pdf")), &pdfError)) return BackendError{pdfError};

    // The files as written, with their sizes and digests: what is on disk is what counts.
    const auto digest = [&dir, &out](const QString& name) -> std::optional<BackendError> {
        SourceFileDigest d = digestFile(dir.filePath(name));
        if (!d.error.isEmpty()) return BackendError{EvidenceText::tr("%1: %2").arg(dir.filePath(name), d.error)};
        d.path = name;
        out.contents.push_back(std::move(d));
        return std::nullopt;
    };
    for (const char* name : {"events.jsonl.gz", "report.html", "report.pdf"})
        if (auto error = digest(QLatin1String(name))) return *error;

    QJsonArray contents, read;
    for (const SourceFileDigest& d : out.contents)
        contents.append(QJsonObject{{QStringLiteral("file"), d.path},
                                    {QStringLiteral("bytes"), d.bytes},
                                    {QStringLiteral("sha256"), d.sha256}});
    for (const SourceFileDigest& d : data.files) {
        QJsonObject o{{QStringLiteral("path"), d.path}, {QStringLiteral("bytes"), d.bytes}};
        if (d.error.isEmpty())
            o.insert(QStringLiteral("sha256"), d.sha256);
        else
            o.insert(QStringLiteral("error"), d.error);
        read.append(o);
    }
    const ReportScope& scope = data.options.scope;
    QJsonObject range;
    if (scope.range.from != TimeRange().from) range.insert(QStringLiteral("from"), writer::isoTime(scope.range.from));
    if (scope.range.to != TimeRange().to) range.insert(QStringLiteral("to"), writer::isoTime(scope.range.to));
    QJsonObject manifest;
    manifest.insert(QStringLiteral("generator"), QString(QCoreApplication::applicationName() + QLatin1Char(' ') +
                                                         QCoreApplication::applicationVersion()));
    manifest.insert(QStringLiteral("generated"), writer::isoTime(QDateTime::currentMSecsSinceEpoch() * 1000));
    manifest.insert(QStringLiteral("source"), data.sourceLabel);
    manifest.insert(QStringLiteral("range"), range);
    manifest.insert(QStringLiteral("query"),
                    scope.filter ? QString::fromStdString(scope.filter->toString()) : QString());
    manifest.insert(QStringLiteral("search"), data.options.searchText);
    manifest.insert(QStringLiteral("command"), data.options.commandLine);
    manifest.insert(QStringLiteral("events"), out.events);
    manifest.insert(QStringLiteral("contents"), contents);
    manifest.insert(QStringLiteral("sourceFiles"), read);
    if (const auto error = writeWhole(dir.filePath(QStringLiteral("manifest.json")),
                                      QJsonDocument(manifest).toJson(QJsonDocument::Indented)))
        return BackendError{*error};
    if (auto error = digest(QStringLiteral("manifest.json"))) return *error;

    QByteArray sums;
    for (const SourceFileDigest& d : out.contents)
        sums += d.sha256.toLatin1() + "  " + d.path.toUtf8() + '\n';
    if (const auto error = writeWhole(dir.filePath(QStringLiteral("SHA256SUMS")), sums)) return BackendError{*error};
    return out;
}

} // namespace ac
