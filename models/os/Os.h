#pragma once

#include <QString>

#include <compare>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

// Everything the engine asks of the operating system, in one place: file status and identity,
// folder listings, reading by position, read-only mappings that survive a file shrinking, the
// open-file limit, the memory still free and whether a stream is a terminal. Nothing else in the
// engine, the command line or the window includes a system header.
//
// Two implementations, one chosen by CMake (AC_OS_LAYER, see models/CMakeLists.txt):
// - OsPosix.cpp: Linux, macOS and the BSDs (stat, opendir, pread, mmap with a SIGBUS guard,
//   setrlimit, /proc, isatty). Linux is what is tested in CI, with this one.
// - OsQt.cpp: any other system (Windows), through Qt and the C++ library only (std::filesystem,
//   QFileInfo, QFile reads, QFile::map). CI builds it on Linux too and runs the loading and
//   following tests with it (the tst_*_qtos entries and audit-console-cli-qtos). Where Qt
//   cannot say what POSIX can (a file's identity, a mapping cut short, free memory), the
//   comments below say what that implementation does instead.
namespace ac::os {

// Why a call failed, in words for the user, and the causes the engine tells apart.
struct Error {
    QString text;
    bool notFound = false; // no such file or folder, or a symbolic link to nothing
    bool linkLoop = false; // symbolic links that lead back to themselves
};

enum class Kind {
    Regular,
    Directory,
    Special, // a named pipe, socket or device: opening one may block
};

// A file's identity while it exists, whatever its name: equal for two names of one file, and
// different for another file created under the same name (log rotation).
// POSIX: the device and inode, exact (exactFileIds()). Qt cannot name an inode or a file index,
// so the Qt implementation approximates: a folder is its canonical path; a file is its
// creation time in milliseconds (QFileInfo::birthTime), so two files created within one tick
// of the file system's clock (a few ms on Linux, about 15.6 ms on Windows) look alike, and
// NTFS "tunnelling" gives a file created under a name renamed away moments before the old
// file's creation time. Where the file system keeps no creation time it falls back to the
// canonical path, with which a rename is never seen as rotation. A Windows port should take
// the volume serial and file index from GetFileInformationByHandle in OsQt.cpp's idOf().
struct FileId {
    quint64 device = 0;
    quint64 node = 0;
    friend auto operator<=>(const FileId&, const FileId&) = default;
};

struct Status {
    Kind kind = Kind::Special;
    qint64 size = 0;
    FileId id;
};

// Follows symbolic links. std::nullopt with `error` set when `path` cannot be examined.
std::optional<Status> status(const QString& path, Error* error = nullptr);

// Whether FileId tells files apart exactly (the POSIX implementation) or approximates.
bool exactFileIds();

// Whether this process may read `path` (a file the folder walk found).
bool isReadable(const QString& path, Error* error = nullptr);

// `path` as the system names it: the bytes QFile would use on POSIX, wide characters on Windows.
std::filesystem::path nativePath(const QString& path);

struct FolderEntry {
    QString name; // as shown to the user
    // False when the name is not valid in the system's encoding for file names (bytes that are
    // not UTF-8 on Linux): no QString can open it.
    bool exactName = true;
    std::optional<Status> status; // following symbolic links; std::nullopt: see `error`
    Error error;
    // As the system names it: a folder whose name is not exact is listed through this.
    std::filesystem::path path;
};

// The entries of `dir` other than "." and "..", hidden ones included, sorted by name as the
// system stores it. False with `error` set when the folder cannot be read.
bool listFolder(const std::filesystem::path& dir, std::vector<FolderEntry>* entries, Error* error);

// A file open for reading. Mode::Regular opens only a regular file; on POSIX the open never
// blocks, even on a named pipe put in its place after the caller's status() (Qt has no such
// flag: there the open refuses what is not a regular file, and the pipe race remains).
// Mode::Stream reads a pipe or device named on its own, which may wait for its writer.
// A followed file stays open while its writer renames it away (rotation): POSIX allows that;
// on Windows a port must open with FILE_SHARE_DELETE (QFile does not), or rotation fails.
class File {
public:
    enum class Mode { Regular, Stream };
    static std::unique_ptr<File> open(const QString& path, Mode mode, Error* error);
    static std::unique_ptr<File> standardInput(Error* error);
    virtual ~File() = default;
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    // The open file's status (not the status of whatever its name names now). The Qt
    // implementation asks the open handle for the size only: kind and id are as at open().
    virtual std::optional<Status> status(Error* error = nullptr) const = 0;
    // Up to `size` bytes at `offset`, or from the current position with offset -1 (streams).
    // 0 at the end; -1 with `error` set. Interrupted calls are retried.
    virtual qint64 read(char* data, size_t size, qint64 offset, Error* error) = 0;

protected:
    File() = default;
};

// A read-only mapping of the first `size` bytes of an open regular file.
// POSIX: safe against the file shrinking while mapped (`copytruncate` of a live log): a
// process-wide SIGBUS handler maps zero pages over the lost part, so no read ever faults, and
// intact() turns false. Windows refuses to shrink a mapped file, so the Qt implementation
// needs no guard; on a POSIX system it would fault there (mappingSurvivesShrink() says which).
// POSIX mappings keep no descriptor; a Qt mapping keeps its QFile (a handle) open.
class Mapping {
public:
    virtual ~Mapping() = default;
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    const char* data() const { return m_data; }
    size_t size() const { return m_size; }
    // Bytes readable from data(): the rest of the last page reads as zeros.
    size_t readable() const { return m_readable; }
    // False once the file has shrunk under the mapping (the last byte changed, or a read past
    // the new end was caught).
    virtual bool intact() const = 0;

protected:
    Mapping() = default;
    const char* m_data = nullptr;
    size_t m_size = 0;
    size_t m_readable = 0;
};

// Maps `file`, whose status() said `size` bytes (more than 0). nullptr with `error` set on
// failure; nullptr with an empty error when no more mappings can be guarded (tens of thousands
// of files): the caller then reads the file instead.
std::unique_ptr<Mapping> map(File& file, size_t size, Error* error);
bool mappingSurvivesShrink();

// Lets the process hold as many open files as the system allows it (once; later calls do
// nothing): on POSIX, streams and sockets take descriptors. Nothing to do on Windows.
void raiseOpenFileLimit();

// Memory this process can still take before the system (or its cgroup) kills it; page cache
// counts as available, as the kernel drops it under pressure. std::nullopt when unknown.
std::optional<size_t> availableMemory();

// "posix" or "qt": which implementation this executable links (--version says it).
const char* implementation();

// Whether `stream` (stdout, stderr) is a terminal: progress is drawn only there.
bool isTerminal(std::FILE* stream);

} // namespace ac::os
