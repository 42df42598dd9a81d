#include "Live.h"

#include "backends/MemoryBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <optional>
#include <string_view>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ac {

namespace {

class FollowText {
    Q_DECLARE_TR_FUNCTIONS(FileFollower)
};

constexpr size_t kReadBlock = size_t(1) << 20;
// A "line" this long without a newline is not an audit event (a binary file, a stuck writer).
constexpr size_t kMaxPartial = size_t(64) << 20;

QString errnoText(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

qint64 newlines(const char* p, size_t n) {
    return static_cast<qint64>(std::count(p, p + n, '\n'));
}

} // namespace

struct FileFollower::File {
    QString path;       // as found: the origin of its chunks
    bool named = false; // named on its own: followed while its name is gone (tail -F)
    bool startAtEnd = false;
    qint64 startLimit = -1; // with startAtEnd: the bytes the load read; -1: the whole file
    int fd = -1;
    dev_t dev = 0;
    ino_t ino = 0;
    qint64 offset = 0;     // the next byte to read
    qint64 lines = 0;      // complete lines before `offset`
    std::string partial;   // read after the last newline
    bool skipping = false; // an over-long line is skipped to its end
    bool goneNoted = false;
    bool drop = false; // a folder's file whose name is gone, read to its end
    QString lastProblem;

    QByteArray native() const { return QFile::encodeName(path); }
    void close() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
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

void FileFollower::note(File& f, const QString& reason) {
    if (reason == f.lastProblem) return; // a state that lasts is said once
    f.lastProblem = reason;
    m_notes.push_back({f.path, 0, reason});
}

void FileFollower::discover(bool initial) {
    for (const QString& p : m_paths) {
        struct stat st {};
        const bool isDir = ::stat(QFile::encodeName(p).constData(), &st) == 0 && S_ISDIR(st.st_mode);
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
    struct stat st {};
    if (!initial && !named && ::stat(file->native().constData(), &st) == 0) {
        // A followed file renamed into this name (rotation within the folder): it goes on here
        // from where it was; its old name gets the next file, from the start.
        for (auto& [otherKey, other] : m_files) {
            if (other->fd < 0 || other->dev != st.st_dev || other->ino != st.st_ino) continue;
            struct stat now {};
            if (::stat(other->native().constData(), &now) == 0 && now.st_dev == st.st_dev && now.st_ino == st.st_ino)
                return; // the same file under a second name (a hard link): followed once
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
    const QByteArray name = f.native();
    struct stat st {};
    if (::stat(name.constData(), &st) != 0) {
        const int err = errno;
        if (f.named)
            note(f, err == ENOENT ? FollowText::tr("not found: followed from its start once it appears")
                                  : FollowText::tr("cannot read it: %1").arg(errnoText(err)));
        return false;
    }
    const QString notRegular = FollowText::tr("not a regular file (a named pipe, socket or device): not followed");
    if (!S_ISREG(st.st_mode)) { // opening a pipe would block
        note(f, notRegular);
        return false;
    }
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        note(f, FollowText::tr("cannot open it: %1").arg(errnoText(err)));
        return false;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { // replaced between stat and open
        ::close(fd);
        note(f, notRegular);
        return false;
    }
    f.fd = fd;
    f.dev = st.st_dev;
    f.ino = st.st_ino;
    f.restart();
    f.lastProblem.clear();
    f.goneNoted = false;
    if (f.startAtEnd) {
        // Line numbers as the file's own; a last line without its newline yet is read whole
        // on the next poll.
        std::string block(kReadBlock, '\0');
        qint64 at = 0;
        for (;;) {
            const size_t want = f.startLimit < 0 ? block.size()
                                                 : static_cast<size_t>(std::clamp<qint64>(
                                                       f.startLimit - at, 0, static_cast<qint64>(block.size())));
            if (want == 0) break;
            const ssize_t n = ::pread(fd, block.data(), want, at);
            if (n < 0 && errno == EINTR) continue;
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
        const ssize_t n = ::pread(f.fd, fresh.data() + had, want, f.offset);
        if (n < 0) {
            const int err = errno;
            fresh.resize(had);
            if (err == EINTR) continue;
            note(f, FollowText::tr("cannot read it: %1").arg(errnoText(err)));
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
    const QByteArray name = f.native();
    struct stat st {};
    if (f.fd < 0) {
        if (!openFile(f)) {
            f.drop = !f.named && ::stat(name.constData(), &st) != 0;
            return;
        }
    }
    const bool present = ::stat(name.constData(), &st) == 0;
    const bool replaced = present && (st.st_dev != f.dev || st.st_ino != f.ino);
    if (present && !replaced) f.goneNoted = false;
    if (!present && f.named && !f.goneNoted) {
        f.goneNoted = true;
        m_notes.push_back({f.path, 0,
                           FollowText::tr("the file is gone: what is still written to it is read, and a new file "
                                          "of that name is followed from its start")});
    }
    struct stat now {};
    if (::fstat(f.fd, &now) == 0 && now.st_size < f.offset) {
        f.restart();
        m_notes.push_back({f.path, 0, FollowText::tr("truncated: read again from the start")});
    }
    // The old file is read to its end before the new one; with the budget spent, next poll.
    if (!readAppended(f, budget, out)) return;
    if (replaced) {
        if (!f.partial.empty())
            m_notes.push_back({f.path, f.lines + 1,
                               FollowText::tr("the old file ended in an incomplete line, which was left out")});
        f.close();
        m_notes.push_back({f.path, 0, FollowText::tr("rotated: following the new file")});
        if (openFile(f)) readAppended(f, budget, out);
        else f.restart();
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

// The longest window of the rules, at least two minutes (a remote source ingests late).
int64_t longestWindow(const std::vector<Rule>& rules) {
    int64_t longest = 2 * kMinuteUs;
    for (const Rule& r : rules)
        longest = std::max(longest, r.windowUs);
    return longest;
}

struct Outcome {
    std::optional<AlertRun> run;
    QString error;
    bool cancelled = false;
    std::set<std::string> seen;
    std::shared_ptr<const Backend> live; // files: the backend evaluated
    qint64 events = -1;
    qint64 newBytes = 0;
};

// What one evaluation reads: its own copies, so that nothing of LiveAlerts is touched.
struct Job {
    std::shared_ptr<const std::vector<Rule>> rules;
    AlertOptions options;
    std::set<std::string> seen;
    CancelToken cancel;
    std::vector<TextChunk> chunks; // files
    LoadOptions loadOptions;
    qint64 newBytes = 0;
    std::shared_ptr<const Backend> remote;
    int64_t lookbackUs = 0;
};

Outcome evaluate(Job& job) {
    Outcome out;
    out.newBytes = job.newBytes;
    try {
        const Backend* backend = job.remote.get();
        TimeRange range;
        if (job.remote) {
            job.remote->clearCache(); // its answers would be those of the last poll
            const int64_t nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
            range.from = nowUs - job.lookbackUs;
            range.to = nowUs;
        } else {
            const LoadResult loaded = Loader::loadText(job.chunks, job.loadOptions);
            std::vector<TextChunk>().swap(job.chunks);
            if (loaded.store) {
                auto memory = std::make_shared<const MemoryBackend>(loaded.store);
                out.events = static_cast<qint64>(loaded.store->recordCount());
                out.live = memory;
                backend = memory.get();
            }
        }
        if (job.cancel.isCancelled() || !backend) {
            out.cancelled = true;
        } else {
            const AlertEngine engine(job.options);
            Result<AlertRun> r = engine.run(*backend, *job.rules, range, ExprPtr(), &job.seen, job.cancel);
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
    // Lent to the running evaluation and given back with its result; a set given meanwhile
    // waits here.
    std::set<std::string> seen;
    std::optional<std::set<std::string>> seenGivenWhileRunning;

    std::unique_ptr<FileFollower> follower;
    std::shared_ptr<const Backend> remote;
    int intervalMs = 1000;

    struct Retained {
        qint64 arrivedMs = 0;
        qint64 lines = 0;
        TextChunk chunk;
    };
    std::deque<Retained> retained;
    size_t retainedBytes = 0;
    bool capNoted = false;

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
    if (m_state->jobActive) m_state->seenGivenWhileRunning = std::move(keys);
    else m_state->seen = std::move(keys);
}

void LiveAlerts::setLoadOptions(const LoadOptions& options) {
    m_state->loadOptions = options;
}

void LiveAlerts::followFiles(const QStringList& paths, bool fromEnd, int intervalMs) {
    stop();
    m_state->follower = std::make_unique<FileFollower>(paths, fromEnd);
    m_state->intervalMs = intervalMs;
    m_timer->start(std::max(1, intervalMs));
}

void LiveAlerts::followFiles(const QStringList& paths, const std::map<QString, qint64>& loadedBytes, int intervalMs) {
    stop();
    m_state->follower = std::make_unique<FileFollower>(paths, loadedBytes);
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
    s.follower.reset();
    s.remote.reset();
    s.retained.clear();
    s.retainedBytes = 0;
    s.capNoted = false;
    s.lastError.clear();
    waitAndFinish(); // last: a slot may start again
}

bool LiveAlerts::isRunning() const {
    return m_state->follower || m_state->remote;
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

bool LiveAlerts::startPoll() {
    State& s = *m_state;
    if (s.jobActive || (!s.follower && !s.remote)) return false;
    Job inputs;
    QStringList messages;
    if (s.follower) {
        FileFollower::Poll p = s.follower->poll(kMaxPollBytes);
        for (const LoadIssue& n : p.notes)
            messages << (n.line > 0 ? QStringLiteral("%1:%2: %3").arg(n.file, QString::number(n.line), n.reason)
                                    : QStringLiteral("%1: %2").arg(n.file, n.reason));
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        for (TextChunk& chunk : p.chunks) {
            const qint64 lines = newlines(chunk.text.data(), chunk.text.size());
            s.retainedBytes += chunk.text.size();
            // The file's latest retained text, when this continues it: fewer, larger files to load.
            State::Retained* last = nullptr;
            for (auto it = s.retained.rbegin(); it != s.retained.rend() && !last; ++it)
                if (it->chunk.origin == chunk.origin) last = &*it;
            if (last && last->chunk.firstLine + last->lines == chunk.firstLine && nowMs - last->arrivedMs < kMergeMs) {
                last->chunk.text += chunk.text;
                last->lines += lines;
                continue;
            }
            State::Retained r;
            r.arrivedMs = nowMs;
            r.lines = lines;
            r.chunk = std::move(chunk);
            s.retained.push_back(std::move(r));
        }
        // Twice the longest window of arrival time, so that a window's events are together.
        const qint64 keepMs = std::max<qint64>(2 * longestWindow(*s.rules) / 1000, 10 * 60'000);
        while (!s.retained.empty() &&
               (s.retained.front().arrivedMs < nowMs - keepMs || s.retainedBytes > kMaxRetainedBytes)) {
            if (s.retainedBytes > kMaxRetainedBytes && !s.capNoted) {
                s.capNoted = true;
                messages << tr("live alerting keeps the last %1 MiB of appended text: older lines are left out of "
                               "the windows")
                                .arg(kMaxRetainedBytes >> 20);
            }
            s.retainedBytes -= s.retained.front().chunk.text.size();
            s.retained.pop_front();
        }
        if (p.chunks.empty()) { // nothing new to evaluate
            for (const QString& m : messages)
                Q_EMIT notice(m);
            Q_EMIT polled(p.bytes, s.retainedEvents);
            return false;
        }
        inputs.chunks.reserve(s.retained.size());
        for (const State::Retained& r : s.retained)
            inputs.chunks.push_back(r.chunk);
        inputs.loadOptions = s.loadOptions;
        inputs.newBytes = p.bytes;
    } else {
        inputs.remote = s.remote;
        const int64_t longest = longestWindow(*s.rules);
        inputs.lookbackUs = std::max(2 * longest, int64_t(s.intervalMs) * 1000 + longest);
    }
    s.cancel = CancelToken();
    inputs.rules = s.rules;
    inputs.options = s.options;
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
    for (const QString& m : messages)
        Q_EMIT notice(m);
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

    QStringList messages;
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
    Q_EMIT polled(out.newBytes, out.events);
}

} // namespace ac
