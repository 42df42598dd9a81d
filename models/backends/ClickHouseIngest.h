#pragma once

#include "ClickHouseClient.h"
#include "audit/Loader.h"

namespace ac {

struct IngestOptions {
    size_t batchRows = 20000; // rows per INSERT (sent gzip-compressed)
    LoadOptions load;
};

struct IngestReport {
    qint64 records = 0;   // rows sent
    qint64 batches = 0;   // INSERTs
    qint64 rawBytes = 0;  // TabSeparated text before compression
    qint64 sentBytes = 0; // after
    double loadSeconds = 0, sendSeconds = 0;
    std::vector<LoadIssue> issues; // lines and files the loader rejected (named, with reasons)
    qint64 skipped = 0, fileErrors = 0;
};

// Loads audit files with the local loader and inserts every record into the ClickHouse table of
// docs/clickhouse.md, creating the table when it is missing. Ingesting the same files again adds
// nothing that counts twice: a record's sorting key (time, request, stage) is the same, the
// ReplacingMergeTree keeps one row per key once it merges, and every query counts each request
// (and each record) once before that. Progress: records sent of all. A failed or cancelled batch
// stops the ingest; the batches before it stay.
Result<IngestReport> ingestFiles(const ClickHouseClient& client, const QStringList& paths, const IngestOptions& options,
                                 const ProgressFn& progress = {}, const CancelToken& cancel = {});

} // namespace ac
