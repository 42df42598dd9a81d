#pragma once

#include "EventStore.h"
#include "IpClassifier.h"

#include <QString>
#include <QStringList>

#include <string>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace ac {

struct LoadIssue {
    QString file;
    qint64 line = 0; // 1-based; 0 when the problem is the whole file
    QString reason;
};

struct LoadOptions {
    int threads = 0;                            // 0: one per core
    size_t maxLineBytes = size_t(64) << 20;     // longer lines are rejected, not parsed
    std::vector<Cidr> privateRanges;            // VPC ranges that count as private besides RFC 1918 & co.
    size_t maxIssuesPerFile = 200;              // all are counted, this many are kept with line numbers
    // A .gz or a stream larger than this is cut there. 0: what memory allows (most of the free
    // memory when the file starts), or AUDIT_CONSOLE_MAX_INFLATED (512M, 20G) when that is set.
    size_t maxInflatedBytes = 0;
};

struct LoadResult {
    std::shared_ptr<const EventStore> store; // null when cancelled
    std::vector<LoadIssue> issues;
    qint64 skipped = 0;    // lines or items rejected, all files
    qint64 fileErrors = 0; // files that could not be read at all
    bool cancelled = false;
    double seconds = 0;
};

// Progress in input bytes (compressed bytes for .gz); called from the loading threads,
// possibly from two at once.
// Text held in memory (lines appended to a followed file): where it came from and the line number
// of its first line, so that issues and events name the file and line as a load does.
struct TextChunk {
    QString origin;
    qint64 firstLine = 1;
    std::string text; // complete JSON lines
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

class Loader {
public:
    // Loads every file and every audit file found under each folder into one store.
    // Never throws: unreadable files and rejected lines become issues.
    static LoadResult load(const QStringList& paths, const LoadOptions& options = {}, const ProgressFn& progress = {},
                           const std::atomic_bool* cancel = nullptr);

    // Loads text held in memory; each chunk is a file of the store, named by its origin.
    static LoadResult loadText(const std::vector<TextChunk>& chunks, const LoadOptions& options = {});
    // The files of a folder that look like audit logs (recursively, sorted by name). What was
    // skipped for a reason (unreadable, a pipe, a name that is not UTF-8) goes to `problems`.
    static QStringList auditFilesIn(const QString& dir, std::vector<LoadIssue>* problems = nullptr);
};

} // namespace ac
