// simdjson_pass — the comparison baseline for Audit Console's ingest speed: the least work a multi-threaded
// reader of a JSON-lines audit log can do. It mmaps the file, splits it at line ends into one contiguous chunk per
// thread, and runs a bare simdjson On-Demand pass per line that pulls out the seven fields a report is built on.
// On-Demand only validates what it visits, so a line broken after the last extracted field still counts as parsed.
//
//   simdjson_pass [--threads N] FILE
//
// Build: g++ -std=c++20 -O2 -pthread -o simdjson_pass simdjson_pass.cpp -lsimdjson

#include <fcntl.h>
#include <simdjson.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

using u64 = std::uint64_t;
namespace od = simdjson::ondemand;

struct Tally {
    u64 lines = 0;
    u64 failed = 0;
    u64 checksum = 0;  // folds in every extracted field so none of the work can be elided
    std::vector<std::pair<std::string, u64>> verbs;

    void countVerb(std::string_view v, u64 k = 1) {
        for (auto& [name, n] : verbs)
            if (name == v) {
                n += k;
                return;
            }
        verbs.emplace_back(std::string(v), k);
    }
};

// A missing member is data, not a parse error: failed-authentication events have no username and
// non-resource requests no objectRef.
template <class T>
bool optional(simdjson::simdjson_result<T>&& r, T& out) {
    const simdjson::error_code e = std::move(r).get(out);
    return e == simdjson::SUCCESS || e == simdjson::NO_SUCH_FIELD;
}

// Fields are requested in the order kube-apiserver writes them, which keeps On-Demand on its forward-only fast path.
bool parseLine(od::parser& parser, simdjson::padded_string_view line, Tally& t) {
    od::document doc;
    if (parser.iterate(line).get(doc)) return false;
    od::object event;
    if (doc.get_object().get(event)) return false;

    std::string_view stage, verb, username, resource, ns, received;
    std::int64_t code = 0;
    if (event["stage"].get_string().get(stage)) return false;
    u64 sum = stage.size();
    if (event["verb"].get_string().get(verb)) return false;
    t.countVerb(verb);  // copy now: the views point into the parser's buffer, reused by the next line
    od::object user;
    if (event["user"].get_object().get(user)) return false;
    if (!optional(user["username"].get_string(), username)) return false;
    sum += username.size();
    od::object ref;
    const simdjson::error_code refErr = event["objectRef"].get_object().get(ref);
    if (refErr == simdjson::SUCCESS) {
        if (!optional(ref["resource"].get_string(), resource)) return false;
        sum += resource.size();
        if (!optional(ref["namespace"].get_string(), ns)) return false;
        sum += ns.size();
    } else if (refErr != simdjson::NO_SUCH_FIELD) {
        return false;
    }
    od::object status;
    if (event["responseStatus"].get_object().get(status)) return false;
    if (status["code"].get_int64().get(code)) return false;
    if (event["requestReceivedTimestamp"].get_string().get(received)) return false;
    sum += static_cast<u64>(code) + received.size();
    if (!received.empty()) sum += static_cast<unsigned char>(received.back());
    t.checksum += sum;
    return true;
}

void scan(const char* begin, const char* end, const char* mapEnd, Tally& t) {
    od::parser parser;
    std::string tail;  // padded copy for lines that end within SIMDJSON_PADDING of the end of the mapping
    const char* p = begin;
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char* next = nl ? nl + 1 : end;
        size_t len = static_cast<size_t>((nl ? nl : end) - p);
        if (len && p[len - 1] == '\r') --len;
        if (len == 0) {
            p = next;
            continue;
        }
        ++t.lines;
        const size_t room = static_cast<size_t>(mapEnd - p);
        bool ok;
        if (room >= len + simdjson::SIMDJSON_PADDING) {
            // The rest of the mapping serves as padding: simdjson may read past the line but never past `room`.
            ok = parseLine(parser, simdjson::padded_string_view(p, len, room), t);
        } else {
            tail.assign(p, len);
            tail.append(simdjson::SIMDJSON_PADDING, ' ');
            ok = parseLine(parser, simdjson::padded_string_view(tail.data(), len, tail.size()), t);
        }
        if (!ok) ++t.failed;
        p = next;
    }
}

}  // namespace

int main(int argc, char** argv) {
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    const char* path = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) {
            threads = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
        } else if (argv[i][0] != '-' && !path) {
            path = argv[i];
        } else {
            path = nullptr;
            break;
        }
    }
    if (!path || threads == 0) {
        std::fprintf(stderr, "usage: simdjson_pass [--threads N] FILE\n");
        return 2;
    }

    const int fd = ::open(path, O_RDONLY);
    struct stat st{};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        std::perror(path);
        return 1;
    }
    const size_t size = static_cast<size_t>(st.st_size);
    const char* data = nullptr;
    if (size > 0) {
        void* m = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED) {
            std::perror("mmap");
            return 1;
        }
        ::madvise(m, size, MADV_SEQUENTIAL);
        data = static_cast<const char*>(m);
    }
    ::close(fd);

    const auto t0 = std::chrono::steady_clock::now();

    // Chunk i starts at the first line start at or after i*size/N, so every line belongs to exactly one chunk.
    const char* const end = data + size;
    std::vector<const char*> cut(threads + 1, end);
    cut[0] = data;
    for (unsigned i = 1; i < threads; ++i) {
        const char* at = data + size / threads * i;
        if (at != data && at[-1] != '\n') {
            const void* nl = std::memchr(at, '\n', static_cast<size_t>(end - at));
            at = nl ? static_cast<const char*>(nl) + 1 : end;
        }
        cut[i] = std::max(at, cut[i - 1]);
    }
    std::vector<Tally> tallies(threads);
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i)
        pool.emplace_back(scan, cut[i], cut[i + 1], data + size, std::ref(tallies[i]));
    for (std::thread& th : pool) th.join();

    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    Tally all;
    for (const Tally& t : tallies) {
        all.lines += t.lines;
        all.failed += t.failed;
        all.checksum += t.checksum;
        for (const auto& [verb, n] : t.verbs) all.countVerb(verb, n);
    }
    std::printf("file: %s\n", path);
    std::printf("bytes: %zu\n", size);
    std::printf("threads: %u (simdjson %d.%d.%d, %s)\n", threads, int(simdjson::SIMDJSON_VERSION_MAJOR),
                int(simdjson::SIMDJSON_VERSION_MINOR), int(simdjson::SIMDJSON_VERSION_REVISION),
                simdjson::get_active_implementation()->name().c_str());
    std::printf("lines: %" PRIu64 " (failed to parse: %" PRIu64 ")\n", all.lines, all.failed);
    std::printf("seconds: %.3f\n", secs);
    std::printf("MB/s: %.1f\n", secs > 0 ? static_cast<double>(size) / 1e6 / secs : 0.0);
    std::printf("verbs:");
    for (const auto& [verb, n] : all.verbs) std::printf(" %s=%" PRIu64, verb.c_str(), n);
    std::printf("\nchecksum: %" PRIu64 "\n", all.checksum);
    if (data) ::munmap(const_cast<char*>(data), size);
    return 0;
}
