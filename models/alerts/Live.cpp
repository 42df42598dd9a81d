#include "Live.h"

#include "backends/MemoryBackend.h"
#include "os/Os.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <deque>
#include <exception>
#include <limits>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace ac {

namespace {

class FollowText {
    Q_DECLARE_TR_FUNCTIONS(FileFollower)
};

constexpr size_t kReadBlock = size_t(1) << 20;
// A "line" this long without a newline is not an audit event (a binary file, a stuck writer).
constexpr size_t kMaxPartial = size_t(64) << 20;

qint64 newlines(const char* p, size_t n) {
    return static_cast<qint64>(std::count(p, p + n, '\n'));
}

} // namespace

struct FileFollower::File {
    QString path;       // as found: the origin of its chunks
    bool named = false; // named on its own: followed while its name is gone (tail -F)
    bool startAtEnd = false;
    qint64 startLimit = -1;         // with startAtEnd: the bytes the load read; -1: the whole file
    std::unique_ptr<os::File> file; // open while followed; a file renamed away stays readable
    os::FileId id;
    qint64 offset = 0;     // the next byte to read
    qint64 lines = 0;      // complete lines before `offset`
    std::string partial;   // read after the last newline
    bool skipping = false; // an over-long line is skipped to its end
    bool goneNoted = false;
    bool drop = false; // a folder's file whose name is gone, read to its end
    QString lastProblem;

    void close() { file.reset(); }
    void restart() {
        offset = 0;
        lines = 0;
        partial.clear();
        skipping = false;
    }
};

FileFollower::FileFollower(QStringList paths, bool fromEnd)
    : m_paths(std::move(paths))
    , m_fromEnd(fromEnd) {
    // What is there now is what the caller loaded: opened now, so nothing appended before the
    // first poll is lost.
    discover(true);
}

FileFollower::FileFollower(QStringList paths, std::map<QString, qint64> loadedBytes)
    : m_paths(std::move(paths))
    , m_fromEnd(true) {
    for (auto& [path, bytes] : loadedBytes)
        m_loadedBytes[QDir::cleanPath(path)] = bytes;
    discover(true);
}

FileFollower::~FileFollower() {
    for (auto& [key, f] : m_files)
        f->close();
}

QStringList FileFollower::files() const {
    QStringList out;
    for (const auto& [key, f] : m_files)
        out << f->path;
    return out;
}

std::vector<TextChunk> FileFollower::textBefore(size_t maxBytes) {
    std::vector<TextChunk> out;
    for (auto& [key, f] : m_files) {
        if (!f->file || f->offset <= 0) continue;
        const qint64 from = std::max<qint64>(0, f->offset - static_cast<qint64>(maxBytes));
        std::string text(static_cast<size_t>(f->offset - from), '\0');
        size_t got = 0;
        while (got < text.size()) {
            const qint64 n = f->file->read(text.data() + got, text.size() - got, from + qint64(got), nullptr);
            if (n <= 0) break;
            got += size_t(n);
        }
        text.resize(got);
        // From the first whole line: a cut line is not an event.
        if (from > 0) {
            const size_t nl = text.find('\n');
            text.erase(0, nl == std::string::npos ? text.size() : nl + 1);
        }
        if (text.empty() || text.back() != '\n') continue;
        TextChunk chunk;
        chunk.origin = f->path;
        chunk.firstLine = f->lines - newlines(text.data(), text.size()) + 1;
        chunk.text = std::move(text);
        out.push_back(std::move(chunk));
    }
    return out;
}

void FileFollower::note(File& f, const QString& reason) {
    if (reason == f.lastProblem) return; // a state that lasts is said once
    f.lastProblem = reason;
    m_notes.push_back({f.path, 0, reason});
}

void FileFollower::discover(bool initial) {
    for (const QString& p : m_paths) {
        const std::optional<os::Status> st = os::status(p);
        const bool isDir = st && st->kind == os::Kind::Directory;
        if (isDir) m_folders.insert(p);
        if (!m_folders.count(p)) {
            addFile(p, true, initial);
            continue;
        }
        if (!isDir) continue; // a folder gone: its files are followed until their names go
        std::vector<LoadIssue> problems;
        for (const QString& f : Loader::auditFilesIn(p, &problems))
            if (!f.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) addFile(f, false, initial);
        for (LoadIssue& problem : problems)
            if (m_noted.insert({problem.file, problem.reason}).second) m_notes.push_back(std::move(problem));
    }
}

void FileFollower::addFile(const QString& path, bool named, bool initial) {
    const QString key = QDir::cleanPath(path);
    if (m_files.count(key)) return;
    auto file = std::make_unique<File>();
    file->path = path;
    file->named = named;
    file->startAtEnd = initial && m_fromEnd;
    if (const auto loaded = m_loadedBytes.find(key); file->startAtEnd && loaded != m_loadedBytes.end())
        file->startLimit = loaded->second;
    const std::optional<os::Status> st = initial || named ? std::nullopt : os::status(path);
    if (st) {
        // A followed file renamed into this name (rotation within the folder): it goes on here
        // from where it was; its old name gets the next file, from the start.
        for (auto& [otherKey, other] : m_files) {
            if (!other->file || other->id != st->id) continue;
            if (const std::optional<os::Status> now = os::status(other->path); now && now->id == st->id) {
                if (os::exactFileIds()) return; // the same file under a second name (a hard link): followed once
                continue; // approximate ids (Qt): another file created in the same tick, not a rename
            }
            File moved = std::move(*other);
            *other = File();
            other->path = moved.path;
            other->named = moved.named;
            moved.path = path;
            moved.named = false;
            moved.lastProblem.clear();
            moved.goneNoted = false;
            *file = std::move(moved);
            m_notes.push_back({other->path, 0, FollowText::tr("rotated: following the new file")});
            m_files.emplace(key, std::move(file));
            return;
        }
    }
    if (!openFile(*file)) file->startAtEnd = false; // when it appears, all of it is new
    m_files.emplace(key, std::move(file));
}

bool FileFollower::openFile(File& f) {
    os::Error error;
    std::optional<os::Status> st = os::status(f.path, &error);
    if (!st) {
        if (f.named)
            note(f, error.notFound ? FollowText::tr("not found: followed from its start once it appears")
                                   : FollowText::tr("cannot read it: %1").arg(error.text));
        return false;
    }
    const QString notRegular = FollowText::tr("not a regular file (a named pipe, socket or device): not followed");
    if (st->kind != os::Kind::Regular) { // opening a pipe would block
        note(f, notRegular);
        return false;
    }
    std::unique_ptr<os::File> file = os::File::open(f.path, os::File::Mode::Regular, &error);
    if (!file) {
        note(f, FollowText::tr("cannot open it: %1").arg(error.text));
        return false;
    }
    st = file->status();
    if (!st || st->kind != os::Kind::Regular) { // replaced between status() and open()
        note(f, notRegular);
        return false;
    }
    f.file = std::move(file);
    f.id = st->id;
    f.restart();
    f.lastProblem.clear();
    f.goneNoted = false;
    if (f.startAtEnd) {
        // Line numbers as the file's own; a last line without its newline yet is read whole
        // on the next poll.
        std::string block(kReadBlock, '\0');
        qint64 at = 0;
        for (;;) {
            const size_t want =
                f.startLimit < 0
                    ? block.size()
                    : static_cast<size_t>(std::clamp<qint64>(f.startLimit - at, 0, static_cast<qint64>(block.size())));
            if (want == 0) break;
            const qint64 n = f.file->read(block.data(), want, at, nullptr);
            if (n <= 0) break;
            const char* p = block.data();
            f.lines += newlines(p, size_t(n));
            if (const size_t nl = std::string_view(p, size_t(n)).rfind('\n'); nl != std::string_view::npos)
                f.offset = at + qint64(nl) + 1;
            at += n;
        }
    }
    f.startAtEnd = false;
    return true;
}

bool FileFollower::readAppended(File& f, size_t& budget, Poll& out) {
    std::string fresh;
    bool atEnd = false;
    while (budget > 0) {
        const size_t want = std::min(budget, kReadBlock);
        const size_t had = fresh.size();
        fresh.resize(had + want);
        os::Error error;
        const qint64 n = f.file->read(fresh.data() + had, want, f.offset, &error);
        if (n < 0) {
            fresh.resize(had);
            note(f, FollowText::tr("cannot read it: %1").arg(error.text));
            atEnd = true;
            break;
        }
        fresh.resize(had + size_t(n));
        if (n == 0) {
            atEnd = true;
            break;
        }
        f.offset += n;
        budget -= size_t(n);
        out.bytes += n;
    }
    if (fresh.empty()) return atEnd;

    size_t begin = 0;
    if (f.skipping) {
        const size_t nl = fresh.find('\n');
        if (nl == std::string::npos) return atEnd;
        f.skipping = false;
        ++f.lines;
        begin = nl + 1;
    }
    const size_t last = fresh.rfind('\n');
    if (last != std::string::npos && last >= begin) {
        TextChunk chunk;
        chunk.origin = f.path;
        chunk.firstLine = f.lines + 1;
        chunk.text = std::move(f.partial);
        chunk.text.append(fresh, begin, last + 1 - begin);
        f.partial.assign(fresh, last + 1, std::string::npos);
        f.lines += newlines(chunk.text.data(), chunk.text.size());
        out.chunks.push_back(std::move(chunk));
    } else {
        f.partial.append(fresh, begin, std::string::npos);
    }
    if (f.partial.size() > kMaxPartial) {
        note(f, FollowText::tr("line %1 is longer than %2 MiB: skipped").arg(f.lines + 1).arg(kMaxPartial >> 20));
        f.partial.clear();
        f.skipping = true;
    }
    return atEnd;
}

void FileFollower::step(File& f, size_t& budget, Poll& out) {
    if (!f.file) {
        if (!openFile(f)) {
            f.drop = !f.named && !os::status(f.path);
            return;
        }
    }
    const std::optional<os::Status> st = os::status(f.path);
    const bool present = st.has_value();
    const bool replaced = present && st->id != f.id;
    if (present && !replaced) f.goneNoted = false;
    if (!present && f.named && !f.goneNoted) {
        f.goneNoted = true;
        m_notes.push_back({f.path, 0,
                           FollowText::tr("the file is gone: what is still written to it is read, and a new file "
                                          "of that name is followed from its start")});
    }
    if (const std::optional<os::Status> now = f.file->status(); now && now->size < f.offset) {
        f.restart();
        m_notes.push_back({f.path, 0, FollowText::tr("truncated: read again from the start")});
    }
    // The old file is read to its end before the new one; with the budget spent, next poll.
    if (!readAppended(f, budget, out)) return;
    if (replaced) {
        if (!f.partial.empty())
            m_notes.push_back(
                {f.path, f.lines + 1, FollowText::tr("the old file ended in an incomplete line, which was left out")});
        f.close();
        m_notes.push_back({f.path, 0, FollowText::tr("rotated: following the new file")});
        if (openFile(f))
            readAppended(f, budget, out);
        else
            f.restart();
    } else if (!present && !f.named) {
        f.close();
        f.drop = true;
    }
}

FileFollower::Poll FileFollower::poll(size_t maxBytes) {
    Poll out;
    discover(false);
    std::vector<File*> order;
    order.reserve(m_files.size());
    for (auto& [key, f] : m_files)
        order.push_back(f.get());
    // Each poll starts at another file, so that one busy file cannot starve the others.
    if (!order.empty())
        std::rotate(order.begin(), order.begin() + std::ptrdiff_t(m_round++ % order.size()), order.end());
    size_t budget = maxBytes;
    for (File* f : order)
        step(*f, budget, out);
    std::erase_if(m_files, [](const auto& entry) { return entry.second->drop; });
    out.notes = std::move(m_notes);
    m_notes.clear();
    return out;
}

// --- LiveAlerts -------------------------------------------------------------------------------

namespace {

constexpr int64_t kMinuteUs = 60'000'000;
constexpr size_t kMaxPollBytes = size_t(64) << 20;
// Every evaluation loads all retained text again: keep it to what a few seconds can parse.
constexpr size_t kMaxRetainedBytes = size_t(256) << 20;
constexpr qint64 kMergeMs = 60'000; // a file's lines arriving within a minute are one chunk
// The text just before the load kept when following starts: windows the load cut are whole.
constexpr size_t kSeedBytes = size_t(32) << 20;

// The longest window of the rules, at least two minutes (a remote source ingests late).
int64_t longestWindow(const std::vector<Rule>& rules) {
    int64_t longest = 2 * kMinuteUs;
    for (const Rule& r : rules)
        longest = std::max(longest, r.windowUs);
    return longest;
}

// What following files keeps between polls: the follower and the appended text of the last
// minutes. Only the running job touches it (one at a time); the GUI thread waits for the job
// before it lets it go.
struct FollowState {
    QStringList paths;
    bool fromEnd = true;
    std::map<QString, qint64> loadedBytes;
    std::unique_ptr<FileFollower> follower; // made by the first job: it reads the files' lines

    struct Retained {
        qint64 arrivedMs = 0;
        qint64 lines = 0;
        TextChunk chunk;
    };
    std::deque<Retained> retained;
    size_t retainedBytes = 0;
    bool capNoted = false;

    // Reads what was appended into the retained text; false when nothing was.
    bool poll(int64_t longest, QStringList& messages, qint64& bytes) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        std::vector<TextChunk> chunks;
        if (!follower) {
            follower = loadedBytes.empty() ? std::make_unique<FileFollower>(paths, fromEnd)
                                           : std::make_unique<FileFollower>(paths, loadedBytes);
            // The lines just before the load: a window the load cuts is whole here.
            chunks = follower->textBefore(kSeedBytes);
        }
        FileFollower::Poll p = follower->poll(kMaxPollBytes);
        bytes = p.bytes;
        for (const LoadIssue& n : p.notes)
            messages << (n.line > 0 ? QStringLiteral("%1:%2: %3").arg(n.file, QString::number(n.line), n.reason)
                                    : QStringLiteral("%1: %2").arg(n.file, n.reason));
        const bool fresh = !p.chunks.empty();
        std::move(p.chunks.begin(), p.chunks.end(), std::back_inserter(chunks));
        for (TextChunk& chunk : chunks) {
            const qint64 lines = newlines(chunk.text.data(), chunk.text.size());
            retainedBytes += chunk.text.size();
            // The file's latest retained text, when this continues it: fewer, larger files to load.
            Retained* last = nullptr;
            for (auto it = retained.rbegin(); it != retained.rend() && !last; ++it)
                if (it->chunk.origin == chunk.origin) last = &*it;
            if (last && last->chunk.firstLine + last->lines == chunk.firstLine && nowMs - last->arrivedMs < kMergeMs) {
                last->chunk.text += chunk.text;
                last->lines += lines;
                continue;
            }
            retained.push_back({nowMs, lines, std::move(chunk)});
        }
        // Twice the longest window of arrival time, so that a window's events are together.
        const qint64 keepMs = std::max<qint64>(2 * longest / 1000, 10 * 60'000);
        while (!retained.empty() &&
               (retained.front().arrivedMs < nowMs - keepMs || retainedBytes > kMaxRetainedBytes)) {
            if (retainedBytes > kMaxRetainedBytes && !capNoted) {
                capNoted = true;
                messages << LiveAlerts::tr(
                                "live alerting keeps the last %1 MiB of appended text: older lines are left out of "
                                "the windows")
                                .arg(kMaxRetainedBytes >> 20);
            }
            retainedBytes -= retained.front().chunk.text.size();
            retained.pop_front();
        }
        return fresh;
    }
};

struct Outcome {
    std::optional<AlertRun> run;
    QString error;
    bool cancelled = false;
    bool nothingNew = false; // files: no new line, nothing evaluated
    std::set<std::string> seen;
    std::shared_ptr<const Backend> live; // files: the backend evaluated
    qint64 events = -1;
    qint64 newBytes = 0;
    QStringList messages; // the follower's notes
};

// What one evaluation reads: its own copies, so that nothing of LiveAlerts is touched but the
// follow state, which no one else touches while it runs.
struct Job {
    std::shared_ptr<const std::vector<Rule>> rules;
    AlertOptions options;
    ExprPtr scope;
    std::set<std::string> seen;
    CancelToken cancel;
    std::shared_ptr<FollowState> follow; // files
    LoadOptions loadOptions;
    std::shared_ptr<const Backend> remote;
    int intervalMs = 1000;
};

// The latest first event time of the files whose retained text does not start at their first
// line: before it, some file's part of a window may be missing.
int64_t completeFrom(const EventStore& store, const std::set<QString>& fromTheStart) {
    std::set<QString> origins = fromTheStart;
    int64_t latest = std::numeric_limits<int64_t>::min();
    const auto& time = store.columns().time;
    for (uint32_t r = 0; r < store.recordCount(); ++r)
        if (origins.insert(store.sourceOf(r).path).second) latest = time[r];
    return latest;
}

Outcome evaluate(Job& job) {
    Outcome out;
    try {
        const int64_t longest = longestWindow(*job.rules);
        std::shared_ptr<const Backend> backend = job.remote;
        TimeRange range;
        AlertOptions options = job.options;
        if (job.remote) {
            job.remote->clearCache(); // its answers would be those of the last poll
            const int64_t nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
            range.from = nowUs - std::max(2 * longest, int64_t(job.intervalMs) * 1000 + longest);
            range.to = nowUs;
            options.partialBeforeUs = range.from;
        } else if (!job.follow->poll(longest, out.messages, out.newBytes)) {
            out.nothingNew = true;
        } else {
            std::vector<TextChunk> chunks;
            std::set<QString> seenOrigin, fromTheStart;
            for (const FollowState::Retained& r : job.follow->retained) {
                if (seenOrigin.insert(r.chunk.origin).second && r.chunk.firstLine == 1)
                    fromTheStart.insert(r.chunk.origin);
                chunks.push_back(r.chunk);
            }
            const LoadResult loaded = Loader::loadText(chunks, job.loadOptions);
            if (loaded.store) {
                out.events = static_cast<qint64>(loaded.store->recordCount());
                options.partialBeforeUs = completeFrom(*loaded.store, fromTheStart);
                backend = std::make_shared<const MemoryBackend>(loaded.store);
                out.live = backend;
            }
        }
        if (out.nothingNew) {
            // nothing to evaluate
        } else if (job.cancel.isCancelled() || !backend) {
            out.cancelled = true;
        } else {
            Result<AlertRun> r =
                AlertEngine(options).run(*backend, *job.rules, range, job.scope, &job.seen, job.cancel);
            if (r.ok()) {
                out.run = std::move(r).value();
            } else {
                out.cancelled = r.error().cancelled;
                out.error = r.error().message;
            }
        }
    } catch (const std::exception& e) {
        out.error = QString::fromLocal8Bit(e.what());
    }
    out.seen = std::move(job.seen);
    return out;
}

} // namespace

struct LiveAlerts::State {
    std::shared_ptr<const std::vector<Rule>> rules = std::make_shared<const std::vector<Rule>>();
    AlertOptions options;
    LoadOptions loadOptions;
    ExprPtr scope;
    // Lent to the running evaluation and given back with its result; a set given meanwhile
    // waits here.
    std::set<std::string> seen;
    std::optional<std::set<std::string>> seenGivenWhileRunning;

    std::shared_ptr<FollowState> follow;
    std::shared_ptr<const Backend> remote;
    int intervalMs = 1000;

    CancelToken cancel;
    QFuture<Outcome> running;
    QFutureWatcher<Outcome>* watcher = nullptr; // the running job's
    bool jobActive = false;

    std::shared_ptr<const Backend> live;
    qint64 retainedEvents = 0;
    std::set<std::pair<std::string, QString>> ruleNotes; // said once
    QString lastError;                                   // said again only when it changes
};

LiveAlerts::LiveAlerts(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
    , m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &LiveAlerts::tick);
}

LiveAlerts::~LiveAlerts() {
    m_timer->stop();
    // The job owns what it reads; waiting keeps it from outliving the application.
    if (m_state->jobActive) {
        m_state->cancel.cancel();
        m_state->running.waitForFinished();
    }
}

void LiveAlerts::setRules(std::vector<Rule> rules) {
    m_state->rules = std::make_shared<const std::vector<Rule>>(std::move(rules));
    m_state->ruleNotes.clear();
}

void LiveAlerts::setOptions(const AlertOptions& options) {
    m_state->options = options;
}

void LiveAlerts::setSeen(std::set<std::string> keys) {
    if (m_state->jobActive)
        m_state->seenGivenWhileRunning = std::move(keys);
    else
        m_state->seen = std::move(keys);
}

void LiveAlerts::setScope(ExprPtr scope) {
    m_state->scope = std::move(scope);
}

void LiveAlerts::setLoadOptions(const LoadOptions& options) {
    m_state->loadOptions = options;
}

void LiveAlerts::followFiles(const QStringList& paths, bool fromEnd, int intervalMs) {
    // The ends as they are now (a stat each): the first job opens the files, maybe later.
    std::map<QString, qint64> ends;
    if (fromEnd)
        for (const QString& p : paths)
            for (const QString& file : QFileInfo(p).isDir() ? Loader::auditFilesIn(p) : QStringList{p})
                if (const QFileInfo f(file); f.isFile()) ends[file] = f.size();
    followFiles(paths, ends, intervalMs);
    m_state->follow->fromEnd = fromEnd;
}

void LiveAlerts::followFiles(const QStringList& paths, const std::map<QString, qint64>& loadedBytes, int intervalMs) {
    stop();
    m_state->follow = std::make_shared<FollowState>();
    m_state->follow->paths = paths;
    m_state->follow->loadedBytes = loadedBytes;
    m_state->intervalMs = intervalMs;
    m_timer->start(std::max(1, intervalMs));
}

void LiveAlerts::pollBackend(std::shared_ptr<const Backend> backend, int intervalMs) {
    stop();
    m_state->remote = std::move(backend);
    m_state->intervalMs = intervalMs;
    m_timer->start(std::max(1, intervalMs));
}

void LiveAlerts::stop() {
    State& s = *m_state;
    m_timer->stop();
    if (s.jobActive) s.cancel.cancel();
    waitAndFinish(); // the job reads the follow state: it goes only after the job
    s.follow.reset();
    s.remote.reset();
    s.lastError.clear();
}

bool LiveAlerts::isRunning() const {
    return m_state->follow || m_state->remote;
}

void LiveAlerts::pollNow() {
    waitAndFinish();
    if (startPoll()) waitAndFinish();
}

void LiveAlerts::waitAndFinish() {
    State& s = *m_state;
    if (!s.jobActive) return;
    s.running.waitForFinished();
    // Without an event loop (the command line) the watcher's signal would never come.
    delete s.watcher;
    s.watcher = nullptr;
    finishJob();
}

std::shared_ptr<const Backend> LiveAlerts::liveBackend() const {
    return m_state->remote ? m_state->remote : m_state->live;
}

void LiveAlerts::tick() {
    if (m_state->jobActive) {
        if (!m_state->running.isFinished()) return; // the last evaluation is still running
        finishJob();
    }
    startPoll();
}

// Polls and evaluates off the calling thread: reading a followed file's lines (at the start, all
// of a large log) and loading the retained text never block the window.
bool LiveAlerts::startPoll() {
    State& s = *m_state;
    if (s.jobActive || (!s.follow && !s.remote)) return false;
    Job inputs;
    inputs.follow = s.follow;
    inputs.remote = s.remote;
    inputs.loadOptions = s.loadOptions;
    inputs.intervalMs = s.intervalMs;
    s.cancel = CancelToken();
    inputs.rules = s.rules;
    inputs.options = s.options;
    inputs.scope = s.scope;
    inputs.seen = std::move(s.seen);
    s.seen.clear();
    inputs.cancel = s.cancel;
    s.jobActive = true;
    s.running = QtConcurrent::run([job = std::move(inputs)]() mutable { return evaluate(job); });
    auto* watcher = new QFutureWatcher<Outcome>(this);
    s.watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_state->watcher == watcher) m_state->watcher = nullptr;
        finishJob(); // nothing when tick() took the result already
    });
    watcher->setFuture(s.running);
    return true;
}

void LiveAlerts::finishJob() {
    State& s = *m_state;
    if (!s.jobActive || !s.running.isFinished()) return;
    s.jobActive = false;
    Outcome out = s.running.takeResult();
    std::vector<Finding> found;
    if (out.run) found = std::move(out.run->findings);
    if (s.seenGivenWhileRunning) {
        s.seen = std::move(*s.seenGivenWhileRunning);
        s.seenGivenWhileRunning.reset();
        for (const Finding& f : found)
            s.seen.insert(f.key);
    } else {
        s.seen = std::move(out.seen);
    }
    if (out.live) s.live = out.live;
    if (out.events >= 0) s.retainedEvents = out.events;

    QStringList messages = std::move(out.messages);
    if (!out.error.isEmpty() && !out.cancelled) {
        if (out.error != s.lastError) messages << out.error;
        s.lastError = out.error;
    } else if (out.run) {
        s.lastError.clear();
    }
    if (out.run)
        for (const RuleNote& n : out.run->notes)
            if (s.ruleNotes.insert({n.ruleId, n.message}).second)
                messages << QStringLiteral("%1: %2").arg(QString::fromStdString(n.ruleId), n.message);
    // Signals last: a slot may stop or restart this.
    for (const QString& m : messages)
        Q_EMIT notice(m);
    if (!found.empty()) Q_EMIT findingsRaised(found);
    Q_EMIT polled(out.newBytes, out.nothingNew ? s.retainedEvents : out.events);
}

} // namespace ac
