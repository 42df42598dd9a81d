#pragma once

#include "ReportData.h"
#include "ReportDocument.h"

namespace ac {

// An evidence bundle: the raw events behind the document, the document itself and a manifest
// that names every file with its SHA-256, so that a reviewer can check nothing was altered.
struct EvidenceResult {
    QString folder;
    qint64 events = 0;                      // requests written to events.jsonl.gz
    std::vector<SourceFileDigest> contents; // the files written, manifest last
};

// Writes into `folder` (made if missing): events.jsonl.gz (every request the document's scope
// selects, in time order, exactly the lines `audit-console events` prints with the same
// filters), report.html, report.pdf, manifest.json and SHA256SUMS (`sha256sum -c` checks it).
// Needs a QGuiApplication (the PDF); runs on any thread (fonts and images only, no screen).
Result<EvidenceResult> writeEvidenceBundle(const Backend& backend, const ReportData& data, const QString& folder,
                                           const DocumentStyle& style = {}, const CancelToken& cancel = {});

} // namespace ac
