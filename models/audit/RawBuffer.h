#pragma once

#include <QString>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace ac {

namespace os {
class File;
}

// Immutable bytes that records point into: a read-only mapping of a plain file, or an owned
// block (a decompressed .gz, a stream, unescaped events from an AKS export). The raw JSON of
// an event is read back from here on demand instead of being copied at load time.
//
// A mapped file may shrink while it is mapped (`copytruncate` rotation of a live log): the
// mapping (os::map) then reads as NUL bytes from the cut on instead of faulting, and intact()
// turns false.
class RawBuffer {
public:
    virtual ~RawBuffer() = default;
    const char* data() const { return m_data; }
    size_t size() const { return m_size; }
    // Bytes readable from data(): at least size(); an owned buffer carries simdjson padding.
    size_t capacity() const { return m_capacity; }
    // False when the mapped file has shrunk since it was mapped: the text is no longer what
    // was parsed. Cheap (one byte read, one flag).
    virtual bool intact() const { return true; }

    // Maps `path` read-only. On failure returns nullptr and sets `error`.
    static std::shared_ptr<RawBuffer> mapFile(const QString& path, QString* error);
    // Reads a stream (a pipe, standard input) to its end. `limit` bytes at most: beyond it,
    // returns nullptr and sets `error`. `tick(bytes)` runs about every MiB; false stops reading.
    static std::shared_ptr<RawBuffer> readStream(os::File& file, size_t limit, QString* error,
                                                 const std::function<bool(qint64)>& tick = {});
    // Takes ownership of `bytes`, adding the padding simdjson needs after the end.
    static std::shared_ptr<RawBuffer> fromString(std::string&& bytes);
    // Takes ownership of `size` bytes at `data` (from new char[capacity]); adds padding.
    static std::shared_ptr<RawBuffer> fromBlock(std::unique_ptr<char[]> data, size_t size, size_t capacity);

protected:
    const char* m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace ac
