#include "RawBuffer.h"

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ac {

namespace {

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
    installSigbusHandler();
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

class MappedBuffer final : public RawBuffer {
public:
    MappedBuffer(void* addr, size_t size, GuardedRegion* region)
        : m_addr(addr)
        , m_region(region) {
        m_data = static_cast<const char*>(addr);
        m_size = size;
        // The rest of the last page is mapped and reads as zeros: it serves as simdjson's
        // padding when there is enough of it; otherwise callers copy the last value.
        const size_t mapped = (size + g_pageSize - 1) / g_pageSize * g_pageSize;
        m_capacity = mapped - size >= simdjson::SIMDJSON_PADDING ? mapped : size;
        m_lastByte = readByte(size - 1);
    }
    ~MappedBuffer() override {
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

class BlockBuffer final : public RawBuffer {
public:
    BlockBuffer(std::unique_ptr<char[]> block, size_t size, size_t capacity)
        : m_block(std::move(block)) {
        m_data = m_block.get();
        m_size = size;
        m_capacity = capacity;
    }

private:
    std::unique_ptr<char[]> m_block;
};

class OwnedBuffer final : public RawBuffer {
public:
    explicit OwnedBuffer(std::string&& bytes)
        : m_bytes(std::move(bytes)) {
        const size_t size = m_bytes.size();
        m_bytes.resize(size + simdjson::SIMDJSON_PADDING, '\0');
        m_data = m_bytes.data();
        m_size = size;
        m_capacity = m_bytes.size();
    }

private:
    std::string m_bytes;
};

// Reads all of `fd` from its current position; false with `error` set on failure or when the
// text would pass `limit` bytes.
bool readAll(int fd, size_t limit, std::string& out, QString* error, const std::function<bool(qint64)>& tick) {
    size_t reported = 0;
    for (;;) {
        if (out.size() == out.capacity()) out.reserve(std::max<size_t>(out.size() * 2, size_t(1) << 20));
        const size_t room = out.capacity() - out.size();
        const size_t at = out.size();
        out.resize(out.capacity()); // the new bytes are overwritten by read() below
        const ssize_t n = ::read(fd, out.data() + at, room);
        if (n < 0) {
            out.resize(at);
            if (errno == EINTR) continue;
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        out.resize(at + static_cast<size_t>(n));
        if (n == 0) break;
        if (out.size() > limit) {
            *error = QStringLiteral("more than %1 MiB").arg(static_cast<qulonglong>(limit >> 20));
            return false;
        }
        if (tick && out.size() - reported >= (size_t(1) << 20)) {
            if (!tick(static_cast<qint64>(out.size() - reported))) return false;
            reported = out.size();
        }
    }
    if (tick) tick(static_cast<qint64>(out.size() - reported));
    return true;
}
} // namespace

std::shared_ptr<RawBuffer> RawBuffer::mapFile(const QString& path, QString* error) {
    const QByteArray native = path.toLocal8Bit();
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); } // a mapping outlives its descriptor: none is kept per file
    } closer{fd};
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("not a regular file");
        return nullptr;
    }
    const auto size = static_cast<size_t>(st.st_size);
    if (size == 0) return std::make_shared<OwnedBuffer>(std::string());
    installSigbusHandler(); // before the first read of the mapping
    void* addr = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (addr == MAP_FAILED) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    const auto begin = reinterpret_cast<uintptr_t>(addr);
    GuardedRegion* region = guardRegion(begin, begin + (size + g_pageSize - 1) / g_pageSize * g_pageSize);
    if (!region) {
        // Every slot taken (tens of thousands of files): read this one into memory instead.
        munmap(addr, size);
        std::string bytes;
        bytes.reserve(size);
        if (lseek(fd, 0, SEEK_SET) != 0 || !readAll(fd, SIZE_MAX, bytes, error, {})) return nullptr;
        return std::make_shared<OwnedBuffer>(std::move(bytes));
    }
    return std::make_shared<MappedBuffer>(addr, size, region);
}

std::shared_ptr<RawBuffer> RawBuffer::readStream(int fd, size_t limit, QString* error,
                                                 const std::function<bool(qint64)>& tick) {
    std::string bytes;
    if (!readAll(fd, limit, bytes, error, tick)) return nullptr;
    return std::make_shared<OwnedBuffer>(std::move(bytes));
}

std::shared_ptr<RawBuffer> RawBuffer::fromString(std::string&& bytes) {
    return std::make_shared<OwnedBuffer>(std::move(bytes));
}

std::shared_ptr<RawBuffer> RawBuffer::fromBlock(std::unique_ptr<char[]> data, size_t size, size_t capacity) {
    if (capacity < size + simdjson::SIMDJSON_PADDING) {
        auto bigger = std::make_unique_for_overwrite<char[]>(size + simdjson::SIMDJSON_PADDING);
        std::memcpy(bigger.get(), data.get(), size);
        data = std::move(bigger);
        capacity = size + simdjson::SIMDJSON_PADDING;
    }
    std::memset(data.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return std::make_shared<BlockBuffer>(std::move(data), size, size + simdjson::SIMDJSON_PADDING);
}

} // namespace ac
