#include "RawBuffer.h"

#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ac {

namespace {
class MappedBuffer final : public RawBuffer {
public:
    MappedBuffer(void* addr, size_t size, int fd)
        : m_addr(addr)
        , m_fd(fd) {
        m_data = static_cast<const char*>(addr);
        m_size = size;
        // The rest of the last page is mapped and reads as zeros: it serves as simdjson's
        // padding when there is enough of it; otherwise callers copy the last value.
        const auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
        const size_t mapped = (size + page - 1) / page * page;
        m_capacity = mapped - size >= simdjson::SIMDJSON_PADDING ? mapped : size;
    }
    ~MappedBuffer() override {
        if (m_addr) munmap(m_addr, m_size);
        ::close(m_fd);
    }
    bool intact() const override {
        struct stat st {};
        return fstat(m_fd, &st) == 0 && static_cast<size_t>(st.st_size) >= m_size;
    }

private:
    void* m_addr;
    int m_fd; // kept open to notice truncation
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
} // namespace

std::shared_ptr<RawBuffer> RawBuffer::mapFile(const QString& path, QString* error) {
    const QByteArray native = path.toLocal8Bit();
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return nullptr;
    }
    const auto size = static_cast<size_t>(st.st_size);
    if (size == 0) {
        ::close(fd);
        return std::make_shared<OwnedBuffer>(std::string());
    }
    void* addr = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (addr == MAP_FAILED) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return nullptr;
    }
    return std::make_shared<MappedBuffer>(addr, size, fd);
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
