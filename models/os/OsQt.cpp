// The operating system for the engine through Qt and the C++ library only, for systems without
// POSIX (Windows): see Os.h. Built and tested on Linux too (the tst_*_qtos tests).
#include "Os.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <system_error>
#include <type_traits>

namespace ac::os {

namespace fs = std::filesystem;

namespace {

// The bytes or wide characters QFile would use: no conversion that throws (an unpaired
// surrogate), and the same file QFile opens.
fs::path fsPath(const QString& path) {
    if constexpr (std::is_same_v<fs::path::value_type, wchar_t>)
        return fs::path(path.toStdWString());
    else
        return fs::path(QFile::encodeName(path).toStdString());
}

// A name as Qt decodes file names (path::u16string() throws on bytes that are not UTF-8).
template <typename Char> QString decodeNative(const std::basic_string<Char>& native) {
    if constexpr (std::is_same_v<Char, wchar_t>)
        return QString::fromStdWString(native);
    else
        return QFile::decodeName(QByteArray::fromStdString(native));
}

QString nameOf(const fs::path& name) {
    return decodeNative(name.native());
}

bool fail(Error* error, const std::error_code& ec) {
    if (error) {
        error->text = QString::fromLocal8Bit(ec.message()); // the C runtime's code page on Windows
        error->notFound = ec == std::errc::no_such_file_or_directory;
        error->linkLoop = ec == std::errc::too_many_symbolic_link_levels;
    }
    return false;
}

bool fail(Error* error, const QString& text) {
    if (error) *error = Error{text, false, false};
    return false;
}

// Qt cannot name a file's inode or file index (see FileId in Os.h): a folder is its canonical
// path, a file its creation time, or its canonical path where the system keeps no creation time.
FileId idOf(const fs::path& path, Kind kind) {
    if (kind == Kind::Regular) {
        const QDateTime born = QFileInfo(path).birthTime();
        if (born.isValid()) return {1, static_cast<quint64>(born.toMSecsSinceEpoch())};
    }
    std::error_code ec;
    const fs::path canonical = fs::canonical(path, ec);
    return {2, static_cast<quint64>(std::hash<fs::path::string_type>()((ec ? path : canonical).native()))};
}

std::optional<Status> statusOf(const fs::path& path, Error* error) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || st.type() == fs::file_type::not_found) {
        fail(error, ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory));
        return std::nullopt;
    }
    Status s;
    s.kind = st.type() == fs::file_type::regular     ? Kind::Regular
             : st.type() == fs::file_type::directory ? Kind::Directory
                                                     : Kind::Special;
    if (s.kind == Kind::Regular) {
        const auto size = fs::file_size(path, ec);
        if (ec) {
            fail(error, ec);
            return std::nullopt;
        }
        s.size = static_cast<qint64>(size);
    }
    s.id = idOf(path, s.kind);
    return s;
}

class QtFile final : public File {
public:
    QtFile(std::shared_ptr<QFile> file, Status status)
        : m_file(std::move(file))
        , m_status(status) {}
    const std::shared_ptr<QFile>& file() const { return m_file; }

    std::optional<Status> status(Error*) const override {
        Status s = m_status;
        if (s.kind == Kind::Regular) s.size = m_file->size(); // of the open handle
        return s;
    }

    qint64 read(char* data, size_t size, qint64 offset, Error* error) override {
        if (offset >= 0 && !m_file->seek(offset)) {
            fail(error, m_file->errorString());
            return -1;
        }
        const qint64 n = m_file->read(data, static_cast<qint64>(size));
        if (n < 0) fail(error, m_file->errorString());
        return n;
    }

private:
    std::shared_ptr<QFile> m_file;
    Status m_status;
};

// Windows refuses to shrink a mapped file, so there is nothing to guard; the last byte still
// tells a cut inside the mapped size on a system that allows it.
class QtMapping final : public Mapping {
public:
    QtMapping(std::shared_ptr<QFile> file, uchar* addr, size_t size)
        : m_file(std::move(file))
        , m_addr(addr) {
        m_data = reinterpret_cast<const char*>(addr);
        m_size = size;
        m_readable = size; // Qt does not say how much of the last page is mapped
        m_lastByte = m_data[size - 1];
    }
    ~QtMapping() override { m_file->unmap(m_addr); }
    bool intact() const override { return *static_cast<const volatile char*>(m_data + m_size - 1) == m_lastByte; }

private:
    std::shared_ptr<QFile> m_file; // a mapping ends with its QFile
    uchar* m_addr;
    char m_lastByte;
};

} // namespace

std::optional<Status> status(const QString& path, Error* error) {
    return statusOf(fsPath(path), error);
}

bool exactFileIds() {
    return false;
}

bool isReadable(const QString& path, Error* error) {
    const QFileInfo info(path);
    if (info.isReadable()) return true;
    return fail(error, std::make_error_code(info.exists() ? std::errc::permission_denied
                                                          : std::errc::no_such_file_or_directory));
}

std::filesystem::path nativePath(const QString& path) {
    return fsPath(path);
}

bool listFolder(const fs::path& dir, std::vector<FolderEntry>* entries, Error* error) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) return fail(error, ec);
    std::vector<fs::path> paths;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        paths.push_back(it->path());
    }
    if (ec) return fail(error, ec); // a failed step ends the iteration: not a whole listing
    std::sort(paths.begin(), paths.end());
    entries->clear();
    entries->reserve(paths.size());
    for (fs::path& p : paths) {
        FolderEntry e;
        e.name = nameOf(p.filename());
        // A name the system's encoding could not turn into text arrives with U+FFFD in it.
        e.exactName = !e.name.contains(QChar::ReplacementCharacter);
        e.status = statusOf(p, &e.error);
        e.path = std::move(p);
        entries->push_back(std::move(e));
    }
    return true;
}

std::unique_ptr<File> File::open(const QString& path, Mode mode, Error* error) {
    Error statusError;
    const std::optional<Status> st = os::status(path, &statusError);
    if (!st) {
        if (error) *error = statusError;
        return nullptr;
    }
    if (mode == Mode::Regular && st->kind != Kind::Regular) { // a pipe would block the open
        fail(error, QStringLiteral("not a regular file"));
        return nullptr;
    }
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(error, file->errorString());
        return nullptr;
    }
    return std::make_unique<QtFile>(std::move(file), *st);
}

// A Windows port must put standard input in binary mode first (_setmode(0, _O_BINARY)): the C
// runtime's text mode turns CRLF into LF and stops at the first 0x1A byte of a piped .gz.
std::unique_ptr<File> File::standardInput(Error* error) {
    auto file = std::make_shared<QFile>();
    if (!file->open(0, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)) {
        fail(error, file->errorString());
        return nullptr;
    }
    return std::make_unique<QtFile>(std::move(file), Status{});
}

std::unique_ptr<Mapping> map(File& file, size_t size, Error* error) {
    const std::shared_ptr<QFile>& f = static_cast<QtFile&>(file).file();
    uchar* addr = f->map(0, static_cast<qint64>(size));
    if (!addr) {
        fail(error, f->errorString().isEmpty() ? QStringLiteral("cannot map the file") : f->errorString());
        return nullptr;
    }
    return std::make_unique<QtMapping>(f, addr, size);
}

bool mappingSurvivesShrink() {
    return false;
}

const char* implementation() {
    return "qt";
}

// Windows has no small per-process limit on handles to raise. (Built on Linux for the tests,
// the Qt implementation leaves the descriptor limit as it is, and each mapping keeps one.)
void raiseOpenFileLimit() {}

// Neither Qt nor the C++ library says how much memory is free (a Windows port would ask
// GlobalMemoryStatusEx here): the loader then limits a .gz or stream to 32 GiB and keeps no
// floor of free memory.
std::optional<size_t> availableMemory() {
    return std::nullopt;
}

// Neither Qt nor the C++ library can tell a terminal: no progress line is drawn (a Windows port
// would ask _isatty here).
bool isTerminal(std::FILE*) {
    return false;
}

} // namespace ac::os
