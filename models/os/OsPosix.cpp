// The operating system for the engine on Linux, macOS and the BSDs: see Os.h.
#include "Os.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ac::os {

namespace {

bool fail(Error* error, int err) {
    if (error) {
        error->text = QString::fromLocal8Bit(std::strerror(err));
        error->notFound = err == ENOENT;
        error->linkLoop = err == ELOOP;
    }
    return false;
}

Status statusOf(const struct stat& st) {
    Status s;
    s.kind = S_ISREG(st.st_mode) ? Kind::Regular : S_ISDIR(st.st_mode) ? Kind::Directory : Kind::Special;
    s.size = static_cast<qint64>(st.st_size);
    s.id = {static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino)};
    return s;
}

std::optional<Status> statNative(const char* path, Error* error) {
    struct stat st {};
    if (::stat(path, &st) != 0) {
        fail(error, errno);
        return std::nullopt;
    }
    return statusOf(st);
}

// --- Reading -----------------------------------------------------------------------------------

class PosixFile final : public File {
public:
    PosixFile(int fd, bool owned)
        : m_fd(fd)
        , m_owned(owned) {}
    ~PosixFile() override {
        if (m_owned) ::close(m_fd);
    }
    int fd() const { return m_fd; }

    std::optional<Status> status(Error* error) const override {
        struct stat st {};
        if (::fstat(m_fd, &st) != 0) {
            fail(error, errno);
            return std::nullopt;
        }
        return statusOf(st);
    }

    qint64 read(char* data, size_t size, qint64 offset, Error* error) override {
        for (;;) {
            const ssize_t n = offset < 0 ? ::read(m_fd, data, size) : ::pread(m_fd, data, size, offset);
            if (n >= 0) return n;
            if (errno == EINTR) continue;
            fail(error, errno);
            return -1;
        }
    }

private:
    int m_fd;
    bool m_owned;
};

// --- Mapping, and its guard against the file shrinking -----------------------------------------

// The mappings the SIGBUS handler may repair. A slot is free while `begin` is 0. The handler
// only reads atomics and calls mmap, both safe in a signal handler.
struct GuardedRegion {
    // Odd while the slot is being written: the handler then skips it, and it skips a slot
    // whose sequence changed while it read the bounds (a slot released and reused meanwhile).
    std::atomic<uint64_t> seq{0};
    std::atomic<uintptr_t> begin{0};
    std::atomic<uintptr_t> end{0};
    std::atomic<bool> damaged{false};
};
constexpr size_t kMaxRegions = size_t(1) << 16; // as many as Linux allows mappings by default
GuardedRegion g_regions[kMaxRegions];
std::atomic<size_t> g_regionsUsed{0};
std::mutex g_regionsMutex;
struct sigaction g_previousSigbus {};
uintptr_t g_pageSize = 4096;

void onSigbus(int sig, siginfo_t* info, void* context) {
    const int savedErrno = errno;
    // Only a fault the kernel raised has an address (kill -BUS does not).
    const auto addr = info->si_code > 0 ? reinterpret_cast<uintptr_t>(info->si_addr) : 0;
    const size_t used = addr ? g_regionsUsed.load(std::memory_order_acquire) : 0;
    for (size_t i = 0; i < used; ++i) {
        GuardedRegion& r = g_regions[i];
        const uint64_t seq = r.seq.load(std::memory_order_acquire);
        const uintptr_t begin = r.begin.load(std::memory_order_acquire);
        const uintptr_t end = r.end.load(std::memory_order_acquire);
        if ((seq & 1) || r.seq.load(std::memory_order_acquire) != seq) continue;
        if (begin == 0 || addr < begin || addr >= end) continue;
        // The file shrank under the mapping: zero pages from the faulting one to the end, so
        // the read that faulted, and every later one, sees NUL bytes instead of dying.
        const uintptr_t page = addr & ~(g_pageSize - 1);
        if (mmap(reinterpret_cast<void*>(page), end - page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1,
                 0) == MAP_FAILED)
            break;
        r.damaged.store(true, std::memory_order_release);
        errno = savedErrno;
        return;
    }
    errno = savedErrno;
    // Not one of ours: whatever handled SIGBUS before (a sanitizer, say), else the default.
    if ((g_previousSigbus.sa_flags & SA_SIGINFO) && g_previousSigbus.sa_sigaction) {
        g_previousSigbus.sa_sigaction(sig, info, context);
        return;
    }
    if (g_previousSigbus.sa_handler != SIG_DFL && g_previousSigbus.sa_handler != SIG_IGN &&
        g_previousSigbus.sa_handler) {
        g_previousSigbus.sa_handler(sig);
        return;
    }
    signal(SIGBUS, SIG_DFL); // a faulting read runs again and ends the process as before
    if (info->si_code <= 0) raise(SIGBUS);
}

void installSigbusHandler() {
    static std::once_flag once;
    std::call_once(once, [] {
        g_pageSize = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
        struct sigaction sa {};
        sa.sa_sigaction = onSigbus;
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGBUS, nullptr, &g_previousSigbus); // complete before the handler can run
        sigaction(SIGBUS, &sa, nullptr);
    });
}

// A slot for [begin, end), or nullptr when all are taken.
GuardedRegion* guardRegion(uintptr_t begin, uintptr_t end) {
    std::lock_guard lock(g_regionsMutex);
    const size_t used = g_regionsUsed.load(std::memory_order_relaxed);
    size_t slot = used;
    for (size_t i = 0; i < used; ++i)
        if (g_regions[i].begin.load(std::memory_order_relaxed) == 0) {
            slot = i;
            break;
        }
    if (slot == kMaxRegions) return nullptr;
    GuardedRegion& r = g_regions[slot];
    r.seq.fetch_add(1, std::memory_order_acq_rel); // odd: being written
    r.damaged.store(false, std::memory_order_relaxed);
    r.end.store(end, std::memory_order_relaxed);
    r.begin.store(begin, std::memory_order_release);
    r.seq.fetch_add(1, std::memory_order_acq_rel);
    if (slot == used) g_regionsUsed.store(used + 1, std::memory_order_release);
    return &r;
}

void releaseRegion(GuardedRegion* r) {
    std::lock_guard lock(g_regionsMutex);
    r->seq.fetch_add(1, std::memory_order_acq_rel);
    r->begin.store(0, std::memory_order_release);
    r->end.store(0, std::memory_order_release);
    r->seq.fetch_add(1, std::memory_order_acq_rel);
}

class GuardedMapping final : public Mapping {
public:
    GuardedMapping(void* addr, size_t size, size_t mapped, GuardedRegion* region)
        : m_addr(addr)
        , m_region(region) {
        m_data = static_cast<const char*>(addr);
        m_size = size;
        m_readable = mapped;
        m_lastByte = readByte(size - 1);
    }
    ~GuardedMapping() override {
        releaseRegion(m_region);
        munmap(m_addr, m_size);
    }
    bool intact() const override {
        // A file cut inside its last page reads zeros past the cut without a fault: the last
        // byte tells. A longer cut faults on that byte and the handler marks the mapping.
        return readByte(m_size - 1) == m_lastByte && !m_region->damaged.load(std::memory_order_acquire);
    }

private:
    char readByte(size_t at) const { return *static_cast<const volatile char*>(m_data + at); }

    void* m_addr;
    GuardedRegion* m_region;
    char m_lastByte;
};

// The first number after `key` in a small text file such as /proc/meminfo, times `scale`.
std::optional<size_t> readField(const char* path, const char* key, size_t scale) {
    FILE* f = std::fopen(path, "re");
    if (!f) return std::nullopt;
    char line[256];
    std::optional<size_t> value;
    const size_t keyLength = std::strlen(key);
    while (std::fgets(line, sizeof line, f))
        if (std::strncmp(line, key, keyLength) == 0) {
            value = static_cast<size_t>(std::strtoull(line + keyLength, nullptr, 10)) * scale;
            break;
        }
    std::fclose(f);
    return value;
}

std::optional<size_t> readNumber(const char* path) {
    FILE* f = std::fopen(path, "re");
    if (!f) return std::nullopt;
    char text[64] = {};
    const bool ok = std::fgets(text, sizeof text, f) != nullptr;
    std::fclose(f);
    if (!ok || !std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt; // "max": no limit
    return static_cast<size_t>(std::strtoull(text, nullptr, 10));
}

// The bytes as the system stores the name, and whether QString holds them exactly.
bool exactName(const QByteArray& native, const QString& decoded) {
    return QFile::encodeName(decoded) == native && !decoded.contains(QChar::ReplacementCharacter);
}

} // namespace

std::optional<Status> status(const QString& path, Error* error) {
    return statNative(QFile::encodeName(path).constData(), error);
}

bool exactFileIds() {
    return true;
}

bool isReadable(const QString& path, Error* error) {
    return ::access(QFile::encodeName(path).constData(), R_OK) == 0 || fail(error, errno);
}

std::filesystem::path nativePath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

bool listFolder(const std::filesystem::path& dir, std::vector<FolderEntry>* entries, Error* error) {
    DIR* d = opendir(dir.c_str());
    if (!d) return fail(error, errno);
    std::vector<QByteArray> names;
    while (const dirent* e = readdir(d)) {
        const char* n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        names.emplace_back(n);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    entries->clear();
    entries->reserve(names.size());
    for (const QByteArray& name : names) {
        FolderEntry e;
        e.name = QFile::decodeName(name);
        e.exactName = exactName(name, e.name);
        e.path = dir / name.toStdString();
        e.status = statNative(e.path.c_str(), &e.error);
        entries->push_back(std::move(e));
    }
    return true;
}

std::unique_ptr<File> File::open(const QString& path, Mode mode, Error* error) {
    // O_NONBLOCK for a regular file: a named pipe swapped in after the caller's status() would
    // otherwise block this open; reads of regular files ignore the flag.
    const int flags = O_RDONLY | O_CLOEXEC | (mode == Mode::Regular ? O_NONBLOCK : 0);
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0) {
        fail(error, errno);
        return nullptr;
    }
    return std::make_unique<PosixFile>(fd, true);
}

std::unique_ptr<File> File::standardInput(Error*) {
    return std::make_unique<PosixFile>(STDIN_FILENO, false);
}

std::unique_ptr<Mapping> map(File& file, size_t size, Error* error) {
    installSigbusHandler(); // before the first read of the mapping
    void* addr = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, static_cast<PosixFile&>(file).fd(), 0);
    if (addr == MAP_FAILED) {
        fail(error, errno);
        return nullptr;
    }
    const size_t mapped = (size + g_pageSize - 1) / g_pageSize * g_pageSize;
    const auto begin = reinterpret_cast<uintptr_t>(addr);
    GuardedRegion* region = guardRegion(begin, begin + mapped);
    if (!region) { // every slot taken: the caller reads this file instead
        munmap(addr, size);
        if (error) *error = Error();
        return nullptr;
    }
    return std::make_unique<GuardedMapping>(addr, size, mapped, region);
}

bool mappingSurvivesShrink() {
    return true;
}

const char* implementation() {
    return "posix";
}

void raiseOpenFileLimit() {
    static std::once_flag once;
    std::call_once(once, [] {
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
}

// Linux: the least of MemAvailable and, inside a cgroup (v2) with a limit, that limit less the
// anonymous memory already charged to it. Other POSIX systems have neither file: unknown.
std::optional<size_t> availableMemory() {
    std::optional<size_t> best = readField("/proc/meminfo", "MemAvailable:", 1024);
    // cgroup v2: this process's group is named in /proc/self/cgroup as "0::/path".
    if (FILE* f = std::fopen("/proc/self/cgroup", "re")) {
        char line[512];
        std::string group;
        while (std::fgets(line, sizeof line, f))
            if (std::strncmp(line, "0::", 3) == 0) {
                group = line + 3;
                while (!group.empty() && (group.back() == '\n' || group.back() == '\r'))
                    group.pop_back();
            }
        std::fclose(f);
        if (!group.empty()) {
            const std::string dir = "/sys/fs/cgroup" + (group == "/" ? std::string() : group);
            const auto limit = readNumber((dir + "/memory.max").c_str());
            const auto anon = readField((dir + "/memory.stat").c_str(), "anon ", 1);
            if (limit && anon) {
                const size_t left = *limit > *anon ? *limit - *anon : 0;
                best = best ? std::min(*best, left) : left;
            }
        }
    }
    return best;
}

bool isTerminal(std::FILE* stream) {
    return isatty(fileno(stream)) != 0;
}

} // namespace ac::os
