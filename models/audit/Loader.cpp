#include "Loader.h"

#include "EventParser.h"
#include "JsonScan.h"
#include "Pools.h"
#include "StoreBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ac {

namespace {

// File-level reasons, translated in whichever thread loads the file.
class LoadText {
    Q_DECLARE_TR_FUNCTIONS(Loader)
};

struct OpenedFile {
    std::shared_ptr<RawBuffer> buffer;
    QString format;
    QString error;   // nothing could be read
    QString warning; // something could be read, the rest is reported
};

bool isGzip(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray magic = f.read(2);
    return magic.size() == 2 && static_cast<uint8_t>(magic[0]) == 0x1f && static_cast<uint8_t>(magic[1]) == 0x8b;
}

// Inflates a whole .gz (several members too) into memory; a corrupt tail keeps the text
// before it, which the line parser then reports line by line. Output beyond `limit` bytes is
// refused (a decompression bomb, or more than the machine can hold).
OpenedFile gunzip(const QString& path, qint64 onDisk, size_t limit, const std::function<bool(qint64)>& tick) {
    OpenedFile out;
    QString mapError;
    auto compressed = RawBuffer::mapFile(path, &mapError);
    if (!compressed) {
        out.error = mapError;
        return out;
    }
    // Grown by hand: std::string::resize would zero-fill (and so commit) every byte first.
    size_t capacity = std::min<size_t>(std::max<size_t>(static_cast<size_t>(onDisk) * 4, 1 << 20), limit + 64);
    auto block = std::make_unique_for_overwrite<char[]>(capacity);
    size_t size = 0;
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) {
        out.error = LoadText::tr("cannot initialise zlib (out of memory?)");
        return out;
    }
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed->data()));
    zs.avail_in = static_cast<uInt>(std::min<size_t>(compressed->size(), UINT32_MAX));
    size_t fed = zs.avail_in;
    qint64 reported = 0;
    for (;;) {
        if (size == capacity) {
            if (capacity >= limit) {
                out.warning = LoadText::tr("decompresses to more than %1 MiB, the limit; the rest is not loaded "
                                           "(split the log into smaller files to load all of it)")
                                  .arg(static_cast<qulonglong>(limit >> 20));
                break;
            }
            const size_t grown = std::min(capacity * 2, limit);
            auto bigger = std::make_unique_for_overwrite<char[]>(grown);
            std::memcpy(bigger.get(), block.get(), size);
            block = std::move(bigger);
            capacity = grown;
        }
        zs.next_out = reinterpret_cast<Bytef*>(block.get() + size);
        zs.avail_out = static_cast<uInt>(std::min<size_t>(capacity - size, UINT32_MAX));
        const size_t room = zs.avail_out;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        size += room - zs.avail_out;
        if (zs.avail_in == 0 && fed < compressed->size()) {
            const size_t more = std::min<size_t>(compressed->size() - fed, UINT32_MAX);
            zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed->data() + fed));
            zs.avail_in = static_cast<uInt>(more);
            fed += more;
        }
        const auto consumed = static_cast<qint64>(fed - zs.avail_in);
        if (consumed - reported > (1 << 20)) {
            const bool goOn = tick(consumed - reported);
            reported = consumed;
            if (!goOn) break;
        }
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0 && fed >= compressed->size()) break;
            inflateReset(&zs); // another gzip member follows
            continue;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            out.warning = LoadText::tr("gzip data ends early, after %1 bytes: the file is truncated (still being "
                                       "written, or cut off while copying?)")
                              .arg(consumed);
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            out.warning = LoadText::tr("corrupt gzip data at byte %1 (%2): the file is damaged; copy or download it "
                                       "again")
                              .arg(QString::number(consumed),
                                   zs.msg ? QString::fromLatin1(zs.msg) : LoadText::tr("unknown error"));
            break;
        }
    }
    tick(static_cast<qint64>(fed - zs.avail_in) - reported);
    inflateEnd(&zs);
    if (size == 0 && !out.warning.isEmpty()) {
        out.error = out.warning;
        return out;
    }
    out.buffer = RawBuffer::fromBlock(std::move(block), size, capacity);
    out.format = QStringLiteral("gzip");
    return out;
}

bool looksBinary(const RawBuffer& b) {
    const size_t n = std::min<size_t>(b.size(), 64 * 1024);
    size_t control = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(b.data()[i]);
        control += c < 0x20 && c != '\n' && c != '\r' && c != '\t';
    }
    return control * 20 > n;
}

// JSON lines unless the text is pretty-printed: a first line that opens a value without
// closing it, followed by an indented or closing line.
bool isJsonLines(const char* p, size_t size) {
    size_t i = 0;
    if (size >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < size && std::isspace(static_cast<unsigned char>(p[i])))
        ++i;
    if (i >= size) return true;
    if (p[i] == '[') return false;
    const char* nl = static_cast<const char*>(std::memchr(p + i, '\n', size - i));
    const size_t lineEnd = nl ? static_cast<size_t>(nl - p) : size;
    JsonScan scan;
    for (size_t k = i; k < lineEnd; ++k)
        scan.step(p[k]);
    if (scan.depth <= 0 || !nl) return true;
    size_t k = lineEnd + 1;
    while (k < size && (p[k] == '\r' || p[k] == '\n'))
        ++k;
    return !(k < size && (p[k] == ' ' || p[k] == '\t' || p[k] == '"' || p[k] == '}' || p[k] == ']'));
}

std::vector<size_t> splitAtLines(const char* p, size_t size, int parts) {
    std::vector<size_t> cuts{0};
    for (int i = 1; i < parts; ++i) {
        size_t at = size * static_cast<size_t>(i) / static_cast<size_t>(parts);
        if (at <= cuts.back()) continue;
        const char* nl = static_cast<const char*>(std::memchr(p + at, '\n', size - at));
        if (!nl) break;
        at = static_cast<size_t>(nl - p) + 1;
        if (at < size && at > cuts.back()) cuts.push_back(at);
    }
    cuts.push_back(size);
    return cuts;
}

struct Task {
    size_t begin = 0, end = 0;
    uint32_t firstLine = 1;
    std::unique_ptr<EventParser> parser;
};

} // namespace

QStringList Loader::auditFilesIn(const QString& dir) {
    // Rotated kube-apiserver logs (audit.log, audit-2026-11-28T10-00-00.000.log, audit.log.1,
    // kubernetes.audit, *.gz) and exported JSON.
    static const QRegularExpression pattern(QStringLiteral(R"((\.log|\.json|\.jsonl|\.gz|audit)(\.\d+)?(\.gz)?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (pattern.match(it.fileName()).hasMatch()) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

LoadResult Loader::load(const QStringList& paths, const LoadOptions& options, const ProgressFn& progress,
                        const std::atomic_bool* cancel) {
    QElapsedTimer timer;
    timer.start();
    LoadResult result;
    StoreBuilder builder(options.privateRanges);

    // A file that could not be loaded at all: an issue, and a file of the store with that error.
    auto failedFile = [&](const QString& path, const QString& reason) {
        result.issues.push_back({path, 0, reason});
        ++result.fileErrors;
        builder.addFailedFile(path, reason);
    };

    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            failedFile(p, LoadText::tr("no such file or folder (moved, renamed or deleted?)"));
        } else if (info.isDir()) {
            const QStringList found = auditFilesIn(p);
            if (found.isEmpty())
                failedFile(p, LoadText::tr("the folder holds no audit log files (*.log, *.log.N, *.json, *.jsonl, "
                                           "*.gz, *audit): open the files themselves to load other names"));
            files += found;
        } else {
            files.push_back(p);
        }
    }

    qint64 mergeNs = 0;
    qint64 total = 0;
    for (const QString& f : files)
        total += QFileInfo(f).size();
    std::atomic<qint64> done{0};
    auto report = [&] {
        if (progress) progress(done.load(), total);
    };

    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const EventParser::Limits limits{options.maxLineBytes, options.maxIssuesPerFile};

    // One file; false stops the load (cancelled).
    auto loadFile = [&](const QString& path) -> bool {
        if (cancel && cancel->load()) return false;
        const qint64 onDisk = QFileInfo(path).size();
        OpenedFile opened;
        if (isGzip(path)) {
            opened = gunzip(path, onDisk, options.maxInflatedBytes, [&](qint64 bytes) {
                done.fetch_add(bytes, std::memory_order_relaxed);
                report();
                return !(cancel && cancel->load(std::memory_order_relaxed));
            });
        } else {
            QString error;
            opened.buffer = RawBuffer::mapFile(path, &error);
            opened.error = error;
        }
        if (!opened.buffer) {
            failedFile(path, LoadText::tr("cannot read the file: %1").arg(opened.error));
            return true;
        }
        const RawBuffer& buf = *opened.buffer;
        if (buf.size() == 0 || std::all_of(buf.data(), buf.data() + buf.size(),
                                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
            failedFile(path, LoadText::tr("empty file: it holds no text, or only blank lines"));
            return true;
        }
        if (looksBinary(buf)) {
            failedFile(path, LoadText::tr("binary file, not a text audit log (compressed in a format other than gzip? "
                                          "Unpack it first)"));
            return true;
        }
        if (!opened.warning.isEmpty()) result.issues.push_back({path, 0, opened.warning});

        const bool lines = isJsonLines(buf.data(), buf.size());
        const QString format = (opened.format.isEmpty() ? QString() : opened.format + QLatin1Char(' ')) +
                               (lines ? QStringLiteral("json-lines") : QStringLiteral("json-document"));
        // Parallel only where it pays: one chunk per thread for big JSON-lines files.
        const int parts = lines && buf.size() > (4 << 20) ? threads : 1;
        const std::vector<size_t> cuts = splitAtLines(buf.data(), buf.size(), parts);
        const uint32_t fileBuffer = builder.addBuffer(opened.buffer);
        std::vector<Task> tasks(cuts.size() - 1);
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            tasks[i].begin = cuts[i];
            tasks[i].end = cuts[i + 1];
            tasks[i].parser = std::make_unique<EventParser>(limits, fileBuffer, builder.reserveBuffer());
        }
        const bool plainFile = opened.format.isEmpty();
        // Progress counts input bytes: for a .gz those were counted while inflating.
        auto tick = [&](qint64 bytes) {
            if (plainFile) done.fetch_add(bytes, std::memory_order_relaxed);
            report();
            return !(cancel && cancel->load(std::memory_order_relaxed));
        };
        auto run = [&](Task& t) {
            if (lines)
                t.parser->parseLines(buf.data(), buf.capacity(), t.begin, t.end, 1, tick);
            else
                t.parser->parseDocuments(buf.data(), buf.capacity(), t.begin, t.end, tick);
        };
        // The calling thread parses the first chunk itself while the pool takes the others.
        QFuture<void> others;
        if (tasks.size() > 1) others = QtConcurrent::map(leafPool(), tasks.begin() + 1, tasks.end(), run);
        {
            // The pool's chunks refer to `tasks`: wait for them even if this thread's throws.
            struct Join {
                QFuture<void>& f;
                ~Join() {
                    while (!f.isFinished())
                        QThread::msleep(1);
                }
            } join{others};
            run(tasks.front());
        }
        others.waitForFinished();
        report();
        if (cancel && cancel->load()) return false;

        // Line numbers: each chunk counted from 1; shift by the lines of the chunks before it.
        uint32_t lineBase = 0;
        size_t kept = 0;
        std::vector<EventParser*> parsers;
        for (size_t i = 0; i < tasks.size(); ++i) {
            EventParser& p = *tasks[i].parser;
            if (i > 0) {
                lineBase += tasks[i - 1].parser->lineCount;
                for (auto& l : p.columns.line)
                    l += lineBase;
                for (auto& is : p.issues)
                    is.line += lineBase;
            }
            for (const auto& is : p.issues) {
                if (kept++ >= options.maxIssuesPerFile) break;
                result.issues.push_back({path, is.line, QString::fromStdString(is.reason)});
            }
            result.skipped += p.skipped;
            parsers.push_back(&p);
        }
        const qint64 parsedAt = timer.nsecsElapsed();
        builder.addFile(path, format, onDisk, opened.warning, parsers);
        mergeNs += timer.nsecsElapsed() - parsedAt;
        return true;
    };
    for (const QString& path : files) {
        if (cancel && cancel->load()) break;
        try {
            if (!loadFile(path)) break;
        } catch (const std::bad_alloc&) {
            // A file too large for memory is reported, and the files loaded so far are kept.
            failedFile(path, LoadText::tr("not enough memory to load this file: load fewer or smaller files, or "
                                          "close other programs"));
        } catch (const std::exception& e) {
            // Out of memory in a pool thread arrives wrapped (QUnhandledException).
            failedFile(path, LoadText::tr("cannot load the file: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    }

    if (cancel && cancel->load()) {
        result.cancelled = true;
        result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return result;
    }
    const qint64 finishAt = timer.nsecsElapsed();
    result.store = builder.finish();
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (qEnvironmentVariableIsSet("AC_TRACE_LOAD"))
        std::fprintf(stderr, "load phases: parse %.3f s, merge %.3f s, sort+requests+derive %.3f s\n",
                     static_cast<double>(finishAt - mergeNs) / 1e9, static_cast<double>(mergeNs) / 1e9,
                     result.seconds - static_cast<double>(finishAt) / 1e9);
    return result;
}

} // namespace ac
