#include "Evidence.h"

#include "ReportDocument.h"
#include "backends/EventLines.h"
#include "reports/ReportWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <zlib.h>

namespace ac {

namespace {
class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(Evidence)
};

// The file as written, with its size and digest (read back: what is on disk is what counts).
SourceFileDigest digestOf(const QString& path, const QString& name) {
    SourceFileDigest d;
    d.path = name;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        d.error = f.errorString();
        return d;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    d.bytes = f.size();
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    return d;
}

std::optional<QString> writeWhole(const QString& path, const QByteArray& bytes) {
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit()) return std::nullopt;
    return EvidenceText::tr("%1: %2").arg(path, f.errorString());
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
                                           const CancelToken& cancel) {
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return BackendError{EvidenceText::tr("%1: the folder cannot be made").arg(folder)};
    EvidenceResult out;
    out.folder = dir.absolutePath();

    const Result<qint64> events = writeEventsGz(backend, data, dir.filePath(QStringLiteral("events.jsonl.gz")), cancel);
    if (!events) return events.error();
    out.events = *events;
    if (cancel.isCancelled()) return BackendError::cancelledError();

    const ReportDocument document(data);
    if (const auto error = writeWhole(dir.filePath(QStringLiteral("report.html")), document.html()))
        return BackendError{*error};
    QString pdfError;
    if (!document.writePdf(dir.filePath(QStringLiteral("report.pdf")), &pdfError)) return BackendError{pdfError};

    for (const char* name : {"events.jsonl.gz", "report.html", "report.pdf"})
        out.contents.push_back(digestOf(dir.filePath(QLatin1String(name)), QLatin1String(name)));

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
    out.contents.push_back(digestOf(dir.filePath(QStringLiteral("manifest.json")), QStringLiteral("manifest.json")));

    QByteArray sums;
    for (const SourceFileDigest& d : out.contents)
        sums += d.sha256.toLatin1() + "  " + d.path.toUtf8() + '\n';
    if (const auto error = writeWhole(dir.filePath(QStringLiteral("SHA256SUMS")), sums)) return BackendError{*error};
    return out;
}

} // namespace ac
