#pragma once
// What the commands of the command line share: reading the options that name a source and a
// filter, loading it, and the exit statuses. Used by CommandLine.cpp and the commands beside it.

#include "CommandLine.h"
#include "Keychain.h"

#include "backends/Source.h"
#include "query/FilterState.h"
#include "query/SearchParser.h"
#include "reports/Reports.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace ac::cli {

// The command line's user-visible strings, for lupdate and the translations.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The program's name as it was run, for the hints: audit-console or audit-console-cli.
QString programName(const QStringList& arguments);
// parse(), not process(): every usage error is exit status 2. Returns -1 to go on, else the
// exit status once the help, the version or the error is printed.
int parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                   bool hasVersion = false);
// A whole-number option within [lo, hi]; says why not on stderr and gives nothing otherwise.
std::optional<qint64> wholeNumber(const QCommandLineParser& p, const QCommandLineOption& option, qint64 lo, qint64 hi);
bool isStatusCode(const std::string& c);
std::optional<int64_t> parseTimeArg(const QString& text);
OpenedSource openWithProgress(Source source);
std::vector<std::string> toStd(const QStringList& list);

// Where a ClickHouse table is, for report, events and ingest; the password comes from
// AUDIT_CONSOLE_CLICKHOUSE_PASSWORD or the system keychain, never from the command line.
struct ClickHouseOptions {
    QCommandLineOption url, database, table, user;
    ClickHouseOptions()
        : url(QStringLiteral("clickhouse"),
              Cli::tr("Read a ClickHouse table instead of files: the server's HTTP address (http://host:8123, "
                      "https://host:8443)."),
              QStringLiteral("url"))
        , database(QStringLiteral("database"), Cli::tr("The ClickHouse database (default: default)."),
                   QStringLiteral("name"), QStringLiteral("default"))
        , table(QStringLiteral("table"), Cli::tr("The ClickHouse table (default: audit_events)."),
                QStringLiteral("name"), QStringLiteral("audit_events"))
        , user(QStringLiteral("user"),
               Cli::tr("The ClickHouse user (default: default); the password is read from "
                       "AUDIT_CONSOLE_CLICKHOUSE_PASSWORD, else from the system keychain."),
               QStringLiteral("name"), QStringLiteral("default")) {}
    void addTo(QCommandLineParser& p) const { p.addOptions({url, database, table, user}); }
    bool isSet(const QCommandLineParser& p) const { return p.isSet(url); }
    Source source(const QCommandLineParser& p) const {
        Source s;
        s.kind = Source::Kind::ClickHouse;
        s.clickhouse.url = p.value(url);
        s.clickhouse.database = p.value(database);
        s.clickhouse.table = p.value(table);
        s.clickhouse.user = p.value(user);
        const QByteArray env = qgetenv("AUDIT_CONSOLE_CLICKHOUSE_PASSWORD");
        if (!env.isEmpty())
            s.password = QString::fromLocal8Bit(env);
        else if (keychain::isAvailable())
            s.password = keychain::readSecret(s.clickhouse.keychainKey()).value_or(QString());
        return s;
    }
};

// The options `report` and `events` share: what to load and which requests count.
struct Common {
    QCommandLineOption format, from, to, last, query, ns, account, code, hideSystem, threads;
    QCommandLineOption slsEndpoint, slsProject, slsLogstore, slsCluster, slsProfile;
    ClickHouseOptions clickhouse;
    Common(const QString& formats, const QString& defaultFormat)
        : format(QStringLiteral("format"), formats, QStringLiteral("format"), defaultFormat)
        , from(QStringLiteral("from"), Cli::tr("Start time (RFC 3339 or YYYY-MM-DD[ HH:MM], UTC)."),
               QStringLiteral("time"))
        , to(QStringLiteral("to"), Cli::tr("End time, exclusive."), QStringLiteral("time"))
        , last(QStringLiteral("last"),
               Cli::tr("Only the last 15m, 1h, 1d, 7d, 30d, any <n>m|h|d, or all, back from the newest event."),
               QStringLiteral("span"))
        , query(QStringLiteral("query"),
                Cli::tr("Log Service search statement, e.g. 'verb: create and objectRef.subresource: exec'."),
                QStringLiteral("statement"))
        , ns(QStringLiteral("namespace"), Cli::tr("Only this namespace (repeatable, or comma-separated)."),
             QStringLiteral("ns"))
        , account(QStringLiteral("account"),
                  Cli::tr("Only this operator: a RAM sub-account id or any user (repeatable)."), QStringLiteral("id"))
        , code(QStringLiteral("code"), Cli::tr("Only this status code or class, e.g. 403 or 4xx (repeatable)."),
               QStringLiteral("code"))
        , hideSystem(QStringLiteral("hide-system"),
                     Cli::tr("Leave out nodes, service accounts and control-plane components."))
        , threads(QStringLiteral("threads"), Cli::tr("Loader threads (default: one per core)."), QStringLiteral("n"),
                  QStringLiteral("0"))
        , slsEndpoint(QStringLiteral("sls-endpoint"),
                      Cli::tr("Read a Log Service logstore instead of files: the region endpoint (cn-hangzhou.log."
                              "aliyuncs.com), or one with a scheme, address or port (http://127.0.0.1:8080)."),
                      QStringLiteral("endpoint"))
        , slsProject(QStringLiteral("sls-project"), Cli::tr("The Log Service project (default k8s-log-<cluster id>)."),
                     QStringLiteral("project"))
        , slsLogstore(QStringLiteral("sls-logstore"), Cli::tr("The Log Service logstore (default audit-<cluster id>)."),
                      QStringLiteral("logstore"))
        , slsCluster(QStringLiteral("sls-cluster"),
                     Cli::tr("The ACK cluster id, for the default project and logstore."), QStringLiteral("id"))
        , slsProfile(QStringLiteral("sls-profile"),
                     Cli::tr("Credentials from this aliyun CLI profile (~/.aliyun/config.json) instead of "
                             "ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN."),
                     QStringLiteral("name")) {}
    void addTo(QCommandLineParser& p) const {
        p.addOptions({format, from, to, last, query, ns, account, code, hideSystem, threads, slsEndpoint, slsProject,
                      slsLogstore, slsCluster, slsProfile});
        clickhouse.addTo(p);
    }
    bool remote(const QCommandLineParser& p) const { return p.isSet(slsEndpoint) || clickhouse.isSet(p); }

    // The source the options name: files, or a logstore with credentials from the environment,
    // an aliyun CLI profile or the system keychain, in that order. Prints why not and returns
    // nothing when it cannot be used.
    std::optional<Source> source(const QCommandLineParser& p, const QStringList& paths) const {
        if (!remote(p)) {
            Source s = Source::files(paths);
            s.load.threads = p.value(threads).toInt();
            return s;
        }
        if (clickhouse.isSet(p)) {
            if (p.isSet(slsEndpoint)) {
                writeErr(Cli::tr("give either --clickhouse or --sls-endpoint, not both\n"));
                return std::nullopt;
            }
            if (!paths.isEmpty()) {
                writeErr(Cli::tr("give either files or --clickhouse, not both (audit-console ingest loads files into "
                                 "ClickHouse)\n"));
                return std::nullopt;
            }
            return clickhouse.source(p);
        }
        Source s;
        s.kind = Source::Kind::LogService;
        const QString cluster = p.value(slsCluster);
        s.sls.endpoint = p.value(slsEndpoint);
        s.sls.project = p.isSet(slsProject) ? p.value(slsProject)
                        : cluster.isEmpty() ? QString()
                                            : clusterProject(cluster);
        s.sls.logstore = p.isSet(slsLogstore) ? p.value(slsLogstore)
                         : cluster.isEmpty()  ? QString()
                                              : clusterLogstore(cluster);
        if (!s.sls.isComplete()) {
            writeErr(Cli::tr("a Log Service source needs --sls-endpoint and --sls-project and --sls-logstore (or "
                             "--sls-cluster)\n"));
            return std::nullopt;
        }
        if (!paths.isEmpty()) {
            writeErr(Cli::tr("give either files or --sls-endpoint, not both\n"));
            return std::nullopt;
        }
        QString why;
        if (p.isSet(slsProfile)) {
            const auto c = credentialsFromAliyunProfile(readAliyunConfig(), p.value(slsProfile), &why);
            if (!c) {
                writeErr(Cli::tr("error: %1\n").arg(why));
                return std::nullopt;
            }
            s.credentials = *c;
        } else if (const auto env = credentialsFromEnvironment()) {
            s.credentials = *env;
        } else if (const auto stored = keychain::readCredentials(s.sls.keychainKey(), &why)) {
            s.credentials = *stored;
        } else {
            writeErr(Cli::tr("error: no Log Service credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                             "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), name an "
                             "aliyun CLI profile with --sls-profile, or connect once from the window and remember "
                             "the key%1\n")
                         .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')')));
            return std::nullopt;
        }
        return s;
    }

    // Fills the filter state; returns false after printing an error.
    bool read(const QCommandLineParser& p, FilterState& state, std::string& sql, std::optional<int64_t>& fromT,
              std::optional<int64_t>& toT) const {
        if (p.isSet(query)) {
            const QString text = p.value(query);
            const auto parsed = parseSearch(text.toStdString());
            if (!parsed.ok()) {
                writeErr(Cli::tr("search statement: %1\n  %2\n  %3^\n")
                             .arg(QString::fromStdString(parsed.error.toString()), text,
                                  QString(parsed.error.column - 1, QLatin1Char(' '))));
                return false;
            }
            state.search = parsed.statement->filter;
            sql = parsed.statement->sql;
        }
        if (!wholeNumber(p, threads, 0, 256)) return false;
        state.namespaces = toStd(p.values(ns));
        state.accounts = toStd(p.values(account));
        state.codes = toStd(p.values(code));
        for (const std::string& c : state.codes)
            if (!isStatusCode(c)) {
                writeErr(Cli::tr("error: --code takes a status code from 100 to 599 or a class from 1xx to 5xx, "
                                 "not “%1”\n")
                             .arg(QString::fromStdString(c)));
                return false;
            }
        if (p.isSet(code) && state.codes.empty()) {
            writeErr(Cli::tr("error: --code takes a status code from 100 to 599 or a class from 1xx to 5xx, "
                             "not “%1”\n")
                         .arg(p.values(code).join(QLatin1Char(','))));
            return false;
        }
        state.hideSystem = p.isSet(hideSystem);
        state.time.preset = TimePreset::All;
        if (p.isSet(last)) {
            const auto t = TimeSelection::parse(p.value(last).toStdString());
            if (!t) {
                writeErr(Cli::tr("error: cannot read --last \"%1\": use 15m, 1h, 1d, 7d, 30d, <n>m|h|d or all\n")
                             .arg(p.value(last)));
                return false;
            }
            state.time = *t;
        }
        for (const auto& [opt, slot] : {std::pair{&from, &fromT}, std::pair{&to, &toT}}) {
            if (!p.isSet(*opt)) continue;
            *slot = parseTimeArg(p.value(*opt));
            if (!*slot) {
                writeErr(Cli::tr("error: cannot read the time \"%1\" of --%2: use RFC 3339 or "
                                 "YYYY-MM-DD[ HH:MM[:SS]]\n")
                             .arg(p.value(*opt), opt->names().constLast()));
                return false;
            }
        }
        if (fromT && toT && *fromT >= *toT) {
            writeErr(Cli::tr("error: --from %1 is not before --to %2: no time lies between them\n")
                         .arg(p.value(from), p.value(to)));
            return false;
        }
        return true;
    }
};

// What both commands work on once the options are read and the files loaded.
struct Loaded {
    OpenedSource opened;
    std::shared_ptr<const Backend> backend;
    ReportScope scope;
    std::string sql;
    int exitCode = 0;          // non-zero: stop with it
    bool reasonsShown = false; // the load's issues are on stderr already
};

Loaded loadAndScope(const Common& common, const QCommandLineParser& parser, const QStringList& paths, bool quiet);
// A backend's error, on stderr; the exit code for it.
int failed(const BackendError& error);
// Files that could not be read at all: the exit status says so (never 0 after losing files).
int lostFiles(const OpenedSource& opened, bool reasonsShown);

} // namespace ac::cli
