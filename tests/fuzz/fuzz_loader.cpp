// libFuzzer target: Loader::load on one file holding the input, as a user opens it. The file
// is an in-memory file (memfd) opened by its /proc/self/fd path, rewritten for each input, so
// the whole path runs: gzip detection and inflation (bounded at 64 MiB), UTF-16 and CR-only
// conversion, the binary check, JSON lines or documents (arrays, EventList, AKS exports), the
// store's merge, sort and request grouping. No crash is the main property; the store must also
// be consistent with itself.

#include "FuzzCheck.h"

#include "audit/Loader.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

using acfuzz::checkColumns;
using acfuzz::looksLikeObject;

namespace {

int g_fd = -1;
QString g_path;

void writeInput(const uint8_t* data, size_t size) {
    if (ftruncate(g_fd, 0) != 0) {
        std::perror("fuzz_loader: ftruncate");
        std::abort();
    }
    size_t done = 0;
    while (done < size) {
        const ssize_t n = pwrite(g_fd, data + done, size - done, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            std::perror("fuzz_loader: pwrite");
            std::abort();
        }
        done += static_cast<size_t>(n);
    }
}

void checkStore(const ac::LoadResult& result) {
    FUZZ_CHECK(!result.cancelled);
    FUZZ_CHECK(result.store != nullptr);
    FUZZ_CHECK(result.skipped >= 0);
    FUZZ_CHECK(result.fileErrors == 0 || result.fileErrors == 1);
    const ac::EventStore& s = *result.store;
    const ac::EventColumns& c = s.columns();
    checkColumns(c);
    const size_t n = s.recordCount();

    // One file, loaded or failed, and it accounts for every record and every rejected line.
    FUZZ_CHECK(s.files().size() == 1);
    const ac::SourceFile& file = s.files().front();
    FUZZ_CHECK(file.records == static_cast<qint64>(n));
    FUZZ_CHECK(file.skipped == result.skipped);
    if (result.fileErrors) FUZZ_CHECK(n == 0 && !file.error.isEmpty());
    for (const auto& issue : result.issues)
        FUZZ_CHECK(issue.line >= 0 && !issue.reason.isEmpty());

    // Sorted by time.
    for (size_t r = 1; r < n; ++r)
        FUZZ_CHECK(c.time[r - 1] <= c.time[r]);

    // Requests: each record belongs to one, whose last record belongs to it too.
    FUZZ_CHECK(s.requestOfRecord().size() == n);
    FUZZ_CHECK(s.requestCount() <= n);
    FUZZ_CHECK((n == 0) == (s.requestCount() == 0));
    for (size_t q = 0; q < s.requestCount(); ++q) {
        const uint32_t last = s.lastRecordOf(static_cast<uint32_t>(q));
        FUZZ_CHECK(last < n);
        FUZZ_CHECK(s.requestOf(last) == q);
    }
    for (size_t r = 0; r < n; ++r) {
        const uint32_t q = s.requestOf(static_cast<uint32_t>(r));
        FUZZ_CHECK(q < s.requestCount());
        FUZZ_CHECK(c.stage[r] <= c.stage[s.lastRecordOf(q)]);
    }

    // One derived value per dictionary entry.
    FUZZ_CHECK(s.scopeOfSourceIp().size() == c.dict(ac::DictColumn::SourceIp).size());
    FUZZ_CHECK(s.accountTypeOfOperator().size() == c.dict(ac::DictColumn::Operator).size());
    FUZZ_CHECK(s.categoryOfResourceId().size() == c.dict(ac::DictColumn::Resource).size());
    FUZZ_CHECK(s.operationOfVerbId().size() == c.dict(ac::DictColumn::Verb).size());

    // Every record's text can be read back, and is the JSON object it was parsed from.
    for (size_t r = 0; r < n; ++r) {
        const std::string_view raw = s.rawJson(static_cast<uint32_t>(r));
        FUZZ_CHECK(raw.size() == c.rawLength[r]);
        FUZZ_CHECK(looksLikeObject(raw));
        (void)s.sourceOf(static_cast<uint32_t>(r));
        (void)s.auditIdText(static_cast<uint32_t>(r));
    }
    // A record is among the stages of its own request.
    for (size_t r = 0; r < std::min<size_t>(n, 16); ++r) {
        const std::vector<uint32_t> stages = s.stagesOf(static_cast<uint32_t>(r));
        FUZZ_CHECK(std::find(stages.begin(), stages.end(), r) != stages.end());
    }
    (void)s.memoryBytes();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    g_fd = memfd_create("fuzz_loader", MFD_CLOEXEC);
    if (g_fd < 0) {
        std::perror("fuzz_loader: memfd_create");
        std::abort();
    }
    g_path = QStringLiteral("/proc/self/fd/%1").arg(g_fd);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    writeInput(data, size);
    ac::LoadOptions options;
    options.threads = 1;
    options.maxInflatedBytes = size_t(64) << 20;
    // The result (and the store mapping the file) is gone before the file is rewritten.
    const ac::LoadResult result = ac::Loader::load(QStringList{g_path}, options);
    checkStore(result);
    return 0;
}
