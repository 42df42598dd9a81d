#include "RawBuffer.h"

#include "os/Os.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace ac {

namespace {

class MappedBuffer final : public RawBuffer {
public:
    explicit MappedBuffer(std::unique_ptr<os::Mapping> mapping)
        : m_mapping(std::move(mapping)) {
        m_data = m_mapping->data();
        m_size = m_mapping->size();
        // The rest of the last page is mapped and reads as zeros: it serves as simdjson's
        // padding when there is enough of it; otherwise callers copy the last value.
        m_capacity = m_mapping->readable() - m_size >= simdjson::SIMDJSON_PADDING ? m_mapping->readable() : m_size;
    }
    bool intact() const override { return m_mapping->intact(); }

private:
    std::unique_ptr<os::Mapping> m_mapping;
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

// Reads all of `file` from `offset` (-1: its current position); false with `error` set on
// failure or when the text would pass `limit` bytes.
bool readAll(os::File& file, qint64 offset, size_t limit, std::string& out, QString* error,
             const std::function<bool(qint64)>& tick) {
    size_t reported = 0;
    for (;;) {
        if (out.size() == out.capacity()) out.reserve(std::max<size_t>(out.size() * 2, size_t(1) << 20));
        const size_t room = out.capacity() - out.size();
        const size_t at = out.size();
        out.resize(out.capacity()); // the new bytes are overwritten by read() below
        os::Error failed;
        const qint64 n = file.read(out.data() + at, room, offset < 0 ? -1 : offset + qint64(at), &failed);
        if (n < 0) {
            out.resize(at);
            *error = failed.text;
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
    os::Error failed;
    // Closed once mapped on POSIX: a mapping outlives its descriptor, so none is kept per file.
    const std::unique_ptr<os::File> file = os::File::open(path, os::File::Mode::Regular, &failed);
    const std::optional<os::Status> st = file ? file->status(&failed) : std::nullopt;
    if (!st) {
        *error = failed.text;
        return nullptr;
    }
    if (st->kind != os::Kind::Regular) {
        *error = QStringLiteral("not a regular file");
        return nullptr;
    }
    const auto size = static_cast<size_t>(st->size);
    if (size == 0) return std::make_shared<OwnedBuffer>(std::string());
    if (std::unique_ptr<os::Mapping> mapping = os::map(*file, size, &failed))
        return std::make_shared<MappedBuffer>(std::move(mapping));
    if (!failed.text.isEmpty()) {
        *error = failed.text;
        return nullptr;
    }
    // No more mappings can be guarded (tens of thousands of files): read this one into memory.
    std::string bytes;
    bytes.reserve(size);
    if (!readAll(*file, 0, SIZE_MAX, bytes, error, {})) return nullptr;
    return std::make_shared<OwnedBuffer>(std::move(bytes));
}

std::shared_ptr<RawBuffer> RawBuffer::readStream(os::File& file, size_t limit, QString* error,
                                                 const std::function<bool(qint64)>& tick) {
    std::string bytes;
    if (!readAll(file, -1, limit, bytes, error, tick)) return nullptr;
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
