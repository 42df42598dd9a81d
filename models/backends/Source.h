#pragma once

#include "Backend.h"
#include "ClickHouseClient.h"
#include "SlsConfig.h"
#include "audit/Loader.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace ac {

// Where the data is, as a description that openSource() turns into a backend: local files and
// folders, a Log Service logstore, or a ClickHouse table.
struct Source {
    enum class Kind : uint8_t { Files, LogService, ClickHouse };
    Kind kind = Kind::Files;
    QStringList paths; // Files: files and folders
    LoadOptions load;  // Files: how to load them
    SlsLocation sls;   // LogService: where
    // LogService: the credentials, held in memory only (never part of label() or a saved source)
    SlsCredentials credentials;
    ClickHouseLocation clickhouse; // ClickHouse: where
    QString password;              // ClickHouse: held in memory only, like the credentials
    static Source files(QStringList paths, LoadOptions load = {}) {
        Source s;
        s.paths = std::move(paths);
        s.load = std::move(load);
        return s;
    }
    QString label() const;
    bool operator==(const Source& o) const {
        return kind == o.kind && paths == o.paths && sls == o.sls && clickhouse == o.clickhouse;
    }
};

// What opening a source gave: the backend, or why there is none, and what went wrong on the
// way (rejected lines, unreadable files) either way.
struct OpenedSource {
    std::shared_ptr<const Backend> backend; // null when nothing could be opened
    std::optional<BackendError> error;
    std::vector<LoadIssue> issues;
    qint64 skipped = 0;    // lines or items rejected
    qint64 fileErrors = 0; // files that could not be read at all
    double seconds = 0;
};

// The one place that knows every kind of source; progress is in the source's own units (input
// bytes for files) and may be called from several threads.
OpenedSource openSource(const Source& source, const ProgressFn& progress = {}, const CancelToken& cancel = {});

} // namespace ac
