#include "Loader.h"

#include "EventParser.h"
#include "JsonScan.h"
#include "MemoryBudget.h"
#include "Pools.h"
#include "StoreBuilder.h"
#include "Timestamp.h"
#include "os/Os.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <simdjson.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <set>

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

bool hasGzipMagic(const RawBuffer& b) {
    return b.size() >= 2 && static_cast<uint8_t>(b.data()[0]) == 0x1f && static_cast<uint8_t>(b.data()[1]) == 0x8b;
}

// Bytes below 0x20 other than tab, CR, LF and NUL in `n` bytes at `p`. NUL is left out: a
// crash leaves blocks of NUL bytes in a text log, which the line parser reports and skips.
size_t controlBytes(const char* p, size_t n) {
    size_t control = 0;
    for (size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        control += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0;
    }
    return control;
}

// Inflates a whole .gz (several members too) into memory; a corrupt tail keeps the text
// before it, which the line parser then reports line by line. Output beyond `limit` bytes is
// refused (a decompression bomb, or more than the machine can hold), and so is output that
// turns out to be binary: each MiB is sampled as it is inflated, so 10 GB of zeros stop after
// the first MiB instead of filling memory.
OpenedFile gunzip(const RawBuffer& compressed, size_t limit, bool limitIsMemory,
                  const std::function<bool(qint64)>& tick) {
    OpenedFile out;
    // Grown by hand: std::string::resize would zero-fill (and so commit) every byte first.
    // Every block has simdjson's padding beyond `capacity`, so that fromBlock never copies it.
    constexpr size_t kPad = simdjson::SIMDJSON_PADDING;
    size_t capacity = std::min<size_t>(std::max<size_t>(compressed.size() * 4, 1 << 20), limit);
    auto block = std::make_unique_for_overwrite<char[]>(capacity + kPad);
    size_t size = 0;
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) {
        out.error = LoadText::tr("cannot initialise zlib (out of memory?)");
        return out;
    }
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(std::min<size_t>(compressed.size(), UINT32_MAX));
    size_t fed = zs.avail_in;
    qint64 reported = 0;
    size_t sampled = 0; // output below this was checked for binary content
    constexpr size_t kSampleEvery = size_t(1) << 20, kSample = 4096;
    int nulSamples = 0; // consecutive samples of only NUL bytes
    bool binary = false;
    for (;;) {
        if (size == capacity) {
            if (capacity >= limit) {
                out.warning =
                    limitIsMemory
                        ? LoadText::tr(
                              "decompresses to more than %1 MiB, more than the free memory allows; the rest is "
                              "not loaded (free memory, split the log into smaller files, or set "
                              "AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, to allow more)")
                              .arg(static_cast<qulonglong>(limit >> 20))
                        : LoadText::tr("decompresses to more than %1 MiB, the limit; the rest is not loaded "
                                       "(raise AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, or split the log into smaller "
                                       "files)")
                              .arg(static_cast<qulonglong>(limit >> 20));
                break;
            }
            const size_t grown = std::min(capacity * 2, limit);
            auto bigger = std::make_unique_for_overwrite<char[]>(grown + kPad);
            std::memcpy(bigger.get(), block.get(), size);
            block = std::move(bigger);
            capacity = grown;
        }
        zs.next_out = reinterpret_cast<Bytef*>(block.get() + size);
        // A few MiB a call, so that progress, cancel and the binary check come often.
        zs.avail_out = static_cast<uInt>(std::min<size_t>(capacity - size, size_t(4) << 20));
        const size_t room = zs.avail_out;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        size += room - zs.avail_out;
        while (size >= sampled + kSample) {
            const size_t control = controlBytes(block.get() + sampled, kSample);
            const size_t nul =
                static_cast<size_t>(std::count(block.get() + sampled, block.get() + sampled + kSample, 0));
            nulSamples = nul == kSample ? nulSamples + 1 : 0;
            // Mostly control bytes, or NULs at two samples a MiB apart: not a text log (a crash
            // leaves a few KiB of NULs, not megabytes).
            if (control * 20 > kSample || nulSamples >= 2) {
                binary = true;
                break;
            }
            sampled += kSampleEvery;
        }
        if (binary) break;
        if (zs.avail_in == 0 && fed < compressed.size()) {
            const size_t more = std::min<size_t>(compressed.size() - fed, UINT32_MAX);
            zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + fed));
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
            if (zs.avail_in == 0 && fed >= compressed.size()) break;
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
    if (binary) {
        out.error = LoadText::tr("the gzip holds binary data, not a text audit log (found %1 MiB in)")
                        .arg(static_cast<qulonglong>(sampled >> 20));
        return out;
    }
    if (size == 0 && !out.warning.isEmpty()) {
        out.error = out.warning;
        return out;
    }
    out.buffer = RawBuffer::fromBlock(std::move(block), size, capacity + kPad);
    out.format = QStringLiteral("gzip");
    return out;
}

// Text in the form the parser reads: UTF-16 with a byte order mark (what Windows PowerShell 5
// writes with `>`) becomes UTF-8, and old Mac line ends (CR alone) become LF. Anything else is
// returned as it is, without a copy. `format` gains what was converted.
std::shared_ptr<RawBuffer> normaliseText(std::shared_ptr<RawBuffer> buffer, QString& format) {
    const char* p = buffer->data();
    const size_t n = buffer->size();
    auto note = [&format](const char* what) {
        format =
            format.isEmpty() ? QString(QLatin1String(what)) : QString(format + QLatin1Char(' ') + QLatin1String(what));
    };
    if (n >= 2 && ((p[0] == '\xFF' && p[1] == '\xFE') || (p[0] == '\xFE' && p[1] == '\xFF'))) {
        const bool little = p[0] == '\xFF';
        const size_t units = (n - 2) / 2;
        std::u16string text(units, u'\0');
        for (size_t i = 0; i < units; ++i) {
            const auto a = static_cast<uint8_t>(p[2 + 2 * i]), b = static_cast<uint8_t>(p[3 + 2 * i]);
            text[i] = static_cast<char16_t>(little ? a | (b << 8) : (a << 8) | b);
        }
        // A lone surrogate becomes U+FFFD, as it would in any UTF-16 reader.
        const QByteArray utf8 = QString::fromUtf16(text.data(), static_cast<qsizetype>(text.size())).toUtf8();
        note(little ? "utf-16le" : "utf-16be");
        return RawBuffer::fromString(std::string(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    const size_t head = std::min<size_t>(n, 64 * 1024);
    if (!std::memchr(p, '\n', head) && std::memchr(p, '\r', head)) {
        std::string text(p, n);
        std::replace(text.begin(), text.end(), '\r', '\n');
        note("cr");
        return RawBuffer::fromString(std::move(text));
    }
    return buffer;
}

bool looksBinary(const RawBuffer& b) {
    const size_t n = std::min<size_t>(b.size(), 64 * 1024);
    return controlBytes(b.data(), n) * 20 > n;
}

// Text in which every other byte is NUL: UTF-16 without a byte order mark.
bool looksUtf16WithoutBom(const RawBuffer& b) {
    const size_t n = std::min<size_t>(b.size(), 64 * 1024) & ~size_t(1);
    size_t evenNul = 0, oddNul = 0;
    for (size_t i = 0; i < n; i += 2) {
        evenNul += b.data()[i] == 0;
        oddNul += b.data()[i + 1] == 0;
    }
    return n >= 8 && std::max(evenNul, oddNul) * 10 > n / 2 * 9 && std::min(evenNul, oddNul) * 10 < n / 2;
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

namespace {
// Rotated kube-apiserver logs (audit.log, audit-2026-11-28T10-00-00.000.log, audit.log.1,
// kubernetes.audit, *.gz) and exported JSON.
bool isAuditFileName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral(R"((\.log|\.json|\.jsonl|\.gz|audit)(\.\d+)?(\.gz)?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

// Walks a folder so that nothing is skipped unsaid: a name that is not UTF-8, an unreadable file
// or subfolder, a pipe or a socket is reported by name. Symbolic links are followed, each folder
// once (a link loop ends there). A folder whose name QString cannot hold (`exact` false) is
// walked by the system's own path, so that the audit files in it are reported, not opened.
void walkFolder(const QString& shownDir, const std::filesystem::path& dir, bool exact, std::set<os::FileId>& seen,
                QStringList& files, std::vector<LoadIssue>& problems) {
    std::vector<os::FolderEntry> entries;
    os::Error error;
    if (!os::listFolder(dir, &entries, &error)) {
        problems.push_back({shownDir, 0, LoadText::tr("cannot read the folder: %1").arg(error.text)});
        return;
    }
    for (const os::FolderEntry& e : entries) {
        if (e.name.startsWith(QLatin1Char('.'))) continue; // hidden files and folders, as file managers do
        const QString shown = shownDir.endsWith(QLatin1Char('/')) ? QString(shownDir + e.name)
                                                                  : QString(shownDir + QLatin1Char('/') + e.name);
        if (!e.status) {
            if (e.error.linkLoop || isAuditFileName(e.name))
                problems.push_back({shown, 0,
                                    e.error.notFound ? LoadText::tr("a symbolic link to nothing: its target is gone")
                                                     : LoadText::tr("cannot read it: %1").arg(e.error.text)});
            continue;
        }
        if (e.status->kind == os::Kind::Directory) {
            if (!seen.insert(e.status->id).second) continue; // read already (a link loop)
            walkFolder(shown, e.path, exact && e.exactName, seen, files, problems);
            continue;
        }
        if (!isAuditFileName(e.name)) continue;
        if (!exact) {
            problems.push_back({shown, 0,
                                LoadText::tr("the folder's name is not valid UTF-8, so its files cannot be opened "
                                             "by name here: rename the folder to load them")});
            continue;
        }
        if (!e.exactName) {
            problems.push_back({shown, 0,
                                LoadText::tr("the file name is not valid UTF-8, so it cannot be opened by name here: "
                                             "rename the file to load it")});
            continue;
        }
        if (e.status->kind != os::Kind::Regular) {
            problems.push_back({shown, 0,
                                LoadText::tr("not a regular file (a named pipe, socket or device), so it was not read "
                                             "with the folder: name it on its own to read it as a stream")});
            continue;
        }
        if (!os::isReadable(shown, &error)) {
            problems.push_back({shown, 0, LoadText::tr("cannot read the file: %1").arg(error.text)});
            continue;
        }
        files.push_back(shown);
    }
}
} // namespace

QStringList Loader::auditFilesIn(const QString& dir, std::vector<LoadIssue>* problems) {
    QStringList files;
    std::vector<LoadIssue> found;
    std::set<os::FileId> seen;
    if (const std::optional<os::Status> st = os::status(dir)) seen.insert(st->id);
    walkFolder(dir, os::nativePath(dir), true, seen, files, found);
    if (problems) *problems = std::move(found);
    return files;
}

LoadResult Loader::load(const QStringList& paths, const LoadOptions& options, const ProgressFn& progress,
                        const std::atomic_bool* cancel) {
    QElapsedTimer timer;
    timer.start();
    os::raiseOpenFileLimit();
    LoadResult result;
    StoreBuilder builder(options.privateRanges);

    // A file that could not be loaded at all: an issue, and a file of the store with that error.
    auto failedFile = [&](const QString& path, const QString& reason) {
        result.issues.push_back({path, 0, reason});
        ++result.fileErrors;
        builder.addFailedFile(path, reason);
    };

    // "-" is standard input; a pipe or device named on its own (`<(zcat f.gz)`, /dev/stdin) is
    // read as a stream. A folder's pipes are reported, never opened: that would block.
    QStringList files;
    for (const QString& p : paths) {
        os::Error error;
        std::optional<os::Status> st;
        if (p == QLatin1String("-")) {
            files.push_back(p);
        } else if (st = os::status(p, &error); !st) {
            failedFile(p, error.notFound ? LoadText::tr("no such file or folder (moved, renamed or deleted?)")
                                         : LoadText::tr("cannot read it: %1").arg(error.text));
        } else if (st->kind == os::Kind::Directory) {
            std::vector<LoadIssue> problems;
            const QStringList found = auditFilesIn(p, &problems);
            for (const LoadIssue& problem : problems)
                failedFile(problem.file, problem.reason);
            if (found.isEmpty() && problems.empty())
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
        if (f != QLatin1String("-")) total += QFileInfo(f).size();
    std::atomic<qint64> done{0};
    auto report = [&] {
        if (progress) progress(done.load(), total);
    };

    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const EventParser::Limits limits{options.maxLineBytes, options.maxIssuesPerFile};
    // What a .gz or a stream may grow to in memory: set by the caller or the environment, else
    // most of the memory free when the file starts (checked anew for each file).
    std::optional<size_t> configuredLimit = options.maxInflatedBytes
                                                ? std::optional<size_t>(options.maxInflatedBytes)
                                                : parseByteSize(qgetenv("AUDIT_CONSOLE_MAX_INFLATED").constData());
    if (configuredLimit == size_t(0)) configuredLimit.reset(); // 0: what memory allows, as in the options
    auto inflateLimit = [&]() -> std::pair<size_t, bool> {
        if (configuredLimit) return {*configuredLimit, false};
        const std::optional<size_t> free = os::availableMemory();
        return {free ? *free / 10 * 8 : size_t(32) << 30, bool(free)};
    };
    // Stops the load while the machine still has memory: a store that would not fit ends with
    // a message instead of the system killing the process. Checked about every 64 MiB read.
    std::atomic<bool> outOfMemory{false};
    std::atomic<qint64> checkedAt{0};
    // An eighth of what is free at the start, within 64–512 MiB: a small container still loads
    // what fits, a large machine keeps room for the rest of the session.
    // AUDIT_CONSOLE_MEMORY_FLOOR (256M, 2G) sets it: more headroom for the rest of a session, or
    // (a test) a floor above what is free, which stops the load at its first check.
    const std::optional<size_t> floorSet = parseByteSize(qgetenv("AUDIT_CONSOLE_MEMORY_FLOOR").constData());
    const size_t memoryFloor = floorSet.value_or(
        std::clamp<size_t>(os::availableMemory().value_or(0) / 8, size_t(64) << 20, size_t(512) << 20));
    auto memoryLow = [&] {
        const qint64 now = done.load(std::memory_order_relaxed);
        qint64 last = checkedAt.load(std::memory_order_relaxed);
        if (now - last >= (qint64(64) << 20) && checkedAt.compare_exchange_strong(last, now)) {
            const std::optional<size_t> free = os::availableMemory();
            if (free && *free < memoryFloor) outOfMemory = true;
        }
        return outOfMemory.load(std::memory_order_relaxed);
    };
    auto stopped = [&] { return (cancel && cancel->load(std::memory_order_relaxed)) || memoryLow(); };

    auto outOfMemoryAt = [&](const QString& path) {
        failedFile(path, LoadText::tr("loading stopped: the machine is running out of memory (less than %1 MiB "
                                      "free). The files before this one are loaded; load fewer or smaller files, "
                                      "or pick a shorter time range at the source")
                             .arg(static_cast<qulonglong>(memoryFloor >> 20)));
        return false;
    };

    // One file; false stops the load (cancelled, or out of memory).
    auto loadFile = [&](const QString& path) -> bool {
        if (cancel && cancel->load()) return false;
        const bool stdinput = path == QLatin1String("-");
        const std::optional<os::Status> st = stdinput ? std::nullopt : os::status(path);
        const bool stream = stdinput || (st && st->kind != os::Kind::Regular);
        const qint64 onDisk = stream || !st ? 0 : st->size;
        const auto [limit, limitIsMemory] = inflateLimit();
        auto countBytes = [&](qint64 bytes) {
            done.fetch_add(bytes, std::memory_order_relaxed);
            report();
            return !stopped();
        };
        OpenedFile opened;
        QString error;
        std::shared_ptr<RawBuffer> raw;
        if (stream) {
            os::Error failed;
            const std::unique_ptr<os::File> in =
                stdinput ? os::File::standardInput(&failed) : os::File::open(path, os::File::Mode::Stream, &failed);
            if (!in) {
                error = failed.text;
            } else {
                raw = RawBuffer::readStream(*in, limit, &error, [&](qint64 bytes) {
                    total += bytes; // a stream's size is known only as it is read
                    return countBytes(bytes);
                });
                if (!raw && error.startsWith(QLatin1String("more than")))
                    error = LoadText::tr("the stream is larger than %1 MiB, more than memory allows; the rest is not "
                                         "loaded (set AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, to allow more)")
                                .arg(static_cast<qulonglong>(limit >> 20));
            }
        } else {
            raw = RawBuffer::mapFile(path, &error);
        }
        if (!raw) {
            if (outOfMemory) return outOfMemoryAt(path);
            if (cancel && cancel->load()) return false;
            failedFile(path, LoadText::tr("cannot read the file: %1").arg(error));
            return true;
        }
        if (hasGzipMagic(*raw)) {
            opened = gunzip(*raw, limit, limitIsMemory,
                            stream ? std::function<bool(qint64)>([&](qint64) { return !stopped(); })
                                   : std::function<bool(qint64)>(countBytes));
            if (!raw->intact())
                opened.warning = LoadText::tr("the file shrank while it was read (truncated by log rotation with "
                                              "copytruncate?): the events before the cut are loaded; open it again "
                                              "for the rest");
        } else {
            opened.buffer = raw;
            if (stream) opened.format = QStringLiteral("stream");
        }
        if (!opened.buffer) {
            if (outOfMemory) return outOfMemoryAt(path);
            if (cancel && cancel->load()) return false;
            failedFile(path, opened.error);
            return true;
        }
        opened.buffer = normaliseText(std::move(opened.buffer), opened.format);
        const RawBuffer& buf = *opened.buffer;
        if (buf.size() == 0 || std::all_of(buf.data(), buf.data() + buf.size(),
                                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
            failedFile(path, LoadText::tr("empty file: it holds no text, or only blank lines"));
            return true;
        }
        if (looksUtf16WithoutBom(buf)) {
            failedFile(path, LoadText::tr("UTF-16 text without a byte order mark: convert it to UTF-8 (iconv -f "
                                          "UTF-16LE -t UTF-8), or save it with a byte order mark"));
            return true;
        }
        if (looksBinary(buf)) {
            failedFile(path, LoadText::tr("binary file, not a text audit log (compressed in a format other than gzip? "
                                          "Unpack it first)"));
            return true;
        }

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
        // Progress counts input bytes: for a .gz or a stream those were counted while reading.
        const bool plainFile = opened.buffer == raw && !stream;
        // A mapped file read through a conversion (UTF-16, CR line ends): counted once parsed.
        const bool mappedFile = !stream && !hasGzipMagic(*raw);
        auto tick = [&](qint64 bytes) {
            if (plainFile) done.fetch_add(bytes, std::memory_order_relaxed);
            report();
            return !stopped();
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
        if (outOfMemory) return outOfMemoryAt(path);
        if (mappedFile && !plainFile) {
            done.fetch_add(onDisk, std::memory_order_relaxed);
            report();
        }
        if (mappedFile && !raw->intact())
            opened.warning = LoadText::tr("the file shrank while it was read (truncated by log rotation with "
                                          "copytruncate?): the events before the cut are loaded; open it again for "
                                          "the rest");
        if (!opened.warning.isEmpty()) result.issues.push_back({path, 0, opened.warning});

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
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        if (cancel && cancel->load()) break;
        if (outOfMemory) {
            failedFile(path, LoadText::tr("not loaded: the machine ran out of memory before this file"));
            continue;
        }
        try {
            if (!loadFile(path) && !outOfMemory) break;
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
    // Events dated far from the rest are kept, said, and left out of the default time range's end.
    const EventStore& store = *result.store;
    for (uint32_t r = store.firstTimeOutlier(), shown = 0; r < store.recordCount(); ++r) {
        if (shown++ >= options.maxIssuesPerFile) break;
        const int64_t t = store.columns().time[r];
        result.issues.push_back(
            {store.sourceOf(r).path, store.columns().line[r],
             t > QDateTime::currentMSecsSinceEpoch() * 1000
                 ? LoadText::tr("dated %1, in the future: the event is loaded, but the default time range ends at the "
                                "newest other event (is a clock wrong?)")
                       .arg(QString::fromStdString(formatRfc3339Micros(t)))
                 : LoadText::tr("dated %1, far after every other event: the event is loaded, but the default time "
                                "range ends at the newest other event (is a clock wrong?)")
                       .arg(QString::fromStdString(formatRfc3339Micros(t)))});
    }
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (qEnvironmentVariableIsSet("AC_TRACE_LOAD"))
        std::fprintf(stderr, "load phases: parse %.3f s, merge %.3f s, sort+requests+derive %.3f s\n",
                     static_cast<double>(finishAt - mergeNs) / 1e9, static_cast<double>(mergeNs) / 1e9,
                     result.seconds - static_cast<double>(finishAt) / 1e9);
    return result;
}

LoadResult Loader::loadText(const std::vector<TextChunk>& chunks, const LoadOptions& options) {
    QElapsedTimer timer;
    timer.start();
    LoadResult result;
    StoreBuilder builder(options.privateRanges);
    const EventParser::Limits limits{options.maxLineBytes, options.maxIssuesPerFile};
    for (const TextChunk& chunk : chunks) {
        std::string copy = chunk.text;
        auto buffer = RawBuffer::fromString(std::move(copy));
        EventParser parser(limits, builder.addBuffer(buffer), builder.reserveBuffer());
        const auto firstLine = static_cast<uint32_t>(std::clamp<qint64>(chunk.firstLine, 1, UINT32_MAX));
        parser.parseLines(buffer->data(), buffer->capacity(), 0, buffer->size(), firstLine, {});
        for (const auto& is : parser.issues)
            result.issues.push_back({chunk.origin, is.line, QString::fromStdString(is.reason)});
        result.skipped += parser.skipped;
        builder.addFile(chunk.origin, QStringLiteral("json-lines"), static_cast<qint64>(buffer->size()), {}, {&parser});
    }
    result.store = builder.finish();
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace ac
