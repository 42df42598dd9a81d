#include "Source.h"

#include "ClickHouseBackend.h"
#include "MemoryBackend.h"
#include "SlsBackend.h"

#include <QElapsedTimer>

#include <QCoreApplication>
#include <QFileInfo>

namespace ac {

namespace {
class SourceText {
    Q_DECLARE_TR_FUNCTIONS(Source)
};
// A remote source's first request checks the address, the credentials and the logstore or
// table, so that a mistake shows when connecting rather than on the first page.
void connectRemote(OpenedSource& out, std::shared_ptr<const Backend> backend, const CancelToken& cancel) {
    QElapsedTimer clock;
    clock.start();
    const auto range = backend->dataRange(cancel);
    out.seconds = double(clock.elapsed()) / 1000.0;
    if (!range)
        out.error = range.error();
    else
        out.backend = std::move(backend);
}
} // namespace

QString Source::label() const {
    if (kind == Kind::LogService) return sls.label();
    if (kind == Kind::ClickHouse) return clickhouse.label();
    QStringList names;
    for (const QString& p : paths)
        names << QFileInfo(p).fileName();
    return names.join(QStringLiteral(", "));
}

OpenedSource openSource(const Source& source, const ProgressFn& progress, const CancelToken& cancel) {
    OpenedSource out;
    switch (source.kind) {
    case Source::Kind::Files: {
        LoadResult load = Loader::load(source.paths, source.load, progress, cancel.flag());
        out.issues = std::move(load.issues);
        out.skipped = load.skipped;
        out.fileErrors = load.fileErrors;
        out.seconds = load.seconds;
        if (load.cancelled || cancel.isCancelled()) {
            out.error = BackendError::cancelledError();
        } else if (!load.store || load.store->recordCount() == 0) {
            QString why = SourceText::tr("No audit events could be loaded.");
            if (!out.issues.empty())
                why += QLatin1Char(' ') + out.issues.front().file + QStringLiteral(": ") + out.issues.front().reason;
            out.error = BackendError{why};
        } else {
            out.backend = std::make_shared<const MemoryBackend>(std::move(load.store));
        }
        break;
    }
    case Source::Kind::LogService:
        if (!source.sls.isComplete()) {
            out.error = BackendError{SourceText::tr("A Log Service source needs an endpoint, a project and a logstore.")};
            break;
        }
        connectRemote(out, std::make_shared<const SlsBackend>(source.sls, source.credentials), cancel);
        break;
    case Source::Kind::ClickHouse:
        if (!source.clickhouse.isComplete()) {
            out.error = BackendError{SourceText::tr("A ClickHouse source needs a URL, a database and a table.")};
            break;
        }
        connectRemote(out, std::make_shared<const ClickHouseBackend>(source.clickhouse, source.password), cancel);
        break;
    }
    return out;
}

} // namespace ac
