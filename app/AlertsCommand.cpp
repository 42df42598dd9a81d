// `audit-console alerts`: the alert rules over files or a remote source, for cron and CI (exit
// status 1 when anything is found), once or following the source.
#include "CliCommon.h"

#include "alerts/Live.h"
#include "alerts/Notifier.h"
#include "reports/ReportWriter.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <set>

namespace ac {

namespace {

class AlertsCli {
    Q_DECLARE_TR_FUNCTIONS(AlertsCli)
};

std::atomic_bool g_stop{false};
extern "C" void onStopSignal(int) {
    g_stop = true;
}

QByteArray format(const std::vector<Finding>& findings, const QString& fmt, bool header) {
    if (fmt == QLatin1String("json")) return findingsToJson(findings);
    if (fmt == QLatin1String("jsonl")) {
        QByteArray out;
        for (const Finding& f : findings)
            out += QJsonDocument(findingJson(f)).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }
    if (fmt == QLatin1String("csv")) {
        QByteArray csv = findingsToCsv(findings);
        if (!header) csv = csv.mid(csv.indexOf('\n') + 1);
        return csv;
    }
    QByteArray out;
    for (const Finding& f : findings)
        out += findingToText(f).toUtf8() + '\n';
    return out;
}

void deliver(const std::vector<Finding>& findings, const DingTalkChannel& dingTalk, const WebhookChannel& webhook,
             bool& failedDelivery) {
    if (findings.empty() || (!dingTalk.isValid() && !webhook.isValid())) return;
    for (const Delivery& d : Notifier::deliverNow(findings, dingTalk, webhook, QStringLiteral("en"))) {
        const QString channel =
            d.channel == Delivery::Channel::DingTalk ? QStringLiteral("DingTalk") : QStringLiteral("webhook");
        if (!d.ok) {
            failedDelivery = true;
            writeErr(AlertsCli::tr("error: %1 notification failed after %2 attempt(s): %3\n")
                         .arg(channel)
                         .arg(d.attempts)
                         .arg(d.message));
        }
    }
}

} // namespace

int runAlertsCommand(const QStringList& arguments) {
    using namespace cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AlertsCli::tr("Runs the alert rules over audit logs and prints what they find; the exit status is 1 when "
                      "anything is found (or a file could not be read), 0 when nothing is, 2 on a usage error or a "
                      "rule with a mistake.\nBuilt-in rules: Log Service's eight Kubernetes audit alert templates "
                      "(sls-…), ACK's two documented examples (ack-exec, ack-internet-failures) and four more; "
                      "--list-rules shows them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("paths"), AlertsCli::tr("Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    const Common common(AlertsCli::tr("text, json, jsonl or csv."), QStringLiteral("text"));
    const QCommandLineOption rulesDir(
        QStringLiteral("rules"),
        AlertsCli::tr("A folder of user rules (*.yaml) besides the built-in ones (default: %1).")
            .arg(defaultRuleFolder()),
        QStringLiteral("dir"));
    const QCommandLineOption only(QStringLiteral("rule"),
                                  AlertsCli::tr("Run only this rule (repeatable, or comma-separated ids)."),
                                  QStringLiteral("id"));
    const QCommandLineOption noBuiltin(QStringLiteral("no-builtin"), AlertsCli::tr("Run the user rules only."));
    const QCommandLineOption listRules(QStringLiteral("list-rules"),
                                       AlertsCli::tr("List the rules (id, severity, kind, title) and exit."));
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        AlertsCli::tr("After the first run, follow the files as tail -F does (or poll the remote source) and print "
                      "each new finding as it comes, until interrupted."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      AlertsCli::tr("With --follow: seconds between polls (default 1 for files, 30 "
                                                    "for a remote source)."),
                                      QStringLiteral("s"));
    const QCommandLineOption dingtalk(
        QStringLiteral("dingtalk"),
        AlertsCli::tr("Send the findings to this DingTalk robot webhook; the signing secret is read from "
                      "AUDIT_CONSOLE_DINGTALK_SECRET."),
        QStringLiteral("url"));
    const QCommandLineOption webhook(QStringLiteral("webhook"),
                                     AlertsCli::tr("POST the findings as JSON to this URL; a bearer token is read from "
                                                   "AUDIT_CONSOLE_WEBHOOK_TOKEN."),
                                     QStringLiteral("url"));
    common.addTo(parser);
    parser.addOptions({rulesDir, only, noBuiltin, listRules, follow, interval, dingtalk, webhook});
    if (const int done = parseArguments(parser, arguments, QStringLiteral("alerts")); done >= 0) return done;
    QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.front() == QLatin1String("alerts")) args.removeFirst();

    const QString fmt = parser.value(common.format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("jsonl") &&
        fmt != QLatin1String("csv")) {
        writeErr(AlertsCli::tr("error: unknown format \"%1\": use text, json, jsonl or csv\n").arg(fmt));
        return 2;
    }
    if (parser.isSet(follow) && fmt == QLatin1String("json")) {
        writeErr(AlertsCli::tr("error: --follow prints findings as they come: use --format text, jsonl or csv\n"));
        return 2;
    }
    std::optional<qint64> seconds;
    if (parser.isSet(interval) && !(seconds = wholeNumber(parser, interval, 1, 86400))) return 2;

    // The rules: built-in and the folder's; a rule with a mistake stops here, before any load.
    const QString dir = parser.isSet(rulesDir) ? parser.value(rulesDir) : defaultRuleFolder();
    if (parser.isSet(rulesDir) && !QFileInfo(dir).isDir()) {
        writeErr(AlertsCli::tr("error: no such rule folder: %1\n").arg(dir));
        return 2;
    }
    RuleSet set = parser.isSet(noBuiltin) ? loadRuleFolder(dir) : combinedRules(dir);
    for (const RuleError& e : set.errors)
        writeErr(AlertsCli::tr("error: %1\n").arg(e.toString()));
    if (!set.errors.empty()) return 2;
    std::vector<Rule> rules;
    if (parser.isSet(only)) {
        for (const std::string& id : toStd(parser.values(only))) {
            auto it = std::find_if(set.rules.begin(), set.rules.end(), [&](const Rule& r) { return r.id == id; });
            if (it == set.rules.end()) {
                writeErr(
                    AlertsCli::tr("error: no rule “%1” (--list-rules lists them)\n").arg(QString::fromStdString(id)));
                return 2;
            }
            rules.push_back(*it);
        }
    } else {
        rules = set.rules;
    }
    if (parser.isSet(listRules)) {
        QByteArray out;
        for (const Rule& r : rules) {
            static constexpr const char* kinds[] = {"event", "grouped", "first_seen"};
            out += QStringLiteral("%1  %2  %3  %4%5\n")
                       .arg(QString::fromStdString(r.id), -28)
                       .arg(QString::fromLatin1(severityName(r.severity).data()), -8)
                       .arg(QString::fromLatin1(kinds[static_cast<int>(r.kind)]), -10)
                       .arg(r.title, r.builtin ? QString() : QStringLiteral("  (") + r.file + QLatin1Char(')'))
                       .toUtf8();
        }
        writeOut(out);
        return 0;
    }
    if (rules.empty()) {
        writeErr(AlertsCli::tr("error: no rules to run\n"));
        return 2;
    }
    if (args.isEmpty() && !common.remote(parser)) {
        writeErr(AlertsCli::tr("usage: audit-console alerts [--rules DIR] [--format text|json|jsonl|csv] [filters] "
                               "FILE|DIR...\n"));
        return 2;
    }
    DingTalkChannel ding;
    WebhookChannel hook;
    if (parser.isSet(dingtalk)) {
        ding.webhook = QUrl(parser.value(dingtalk));
        ding.secret = qEnvironmentVariable("AUDIT_CONSOLE_DINGTALK_SECRET");
        if (!ding.webhook.isValid() || ding.webhook.scheme().isEmpty()) {
            writeErr(AlertsCli::tr("error: --dingtalk needs a URL such as https://oapi.dingtalk.com/robot/send?"
                                   "access_token=…\n"));
            return 2;
        }
    }
    if (parser.isSet(webhook)) {
        hook.url = QUrl(parser.value(webhook));
        hook.bearerToken = qEnvironmentVariable("AUDIT_CONSOLE_WEBHOOK_TOKEN");
        if (!hook.url.isValid() || hook.url.scheme().isEmpty()) {
            writeErr(AlertsCli::tr("error: --webhook needs a URL such as https://hooks.example.com/audit\n"));
            return 2;
        }
    }

    const Loaded run = loadAndScope(common, parser, args, false);
    if (run.exitCode) return run.exitCode;
    if (!run.sql.empty()) writeErr(AlertsCli::tr("note: the part after '|' is not used by alerts\n"));
    AlertOptions options;
    const AlertEngine engine(options);
    std::set<std::string> seen;
    const Result<AlertRun> result =
        engine.run(*run.backend, rules, run.scope.range, run.scope.filter, parser.isSet(follow) ? &seen : nullptr);
    if (!result) return failed(result.error());
    for (const RuleNote& n : result->notes)
        writeErr(AlertsCli::tr("note: %1: %2\n").arg(QString::fromStdString(n.ruleId), n.message));
    writeOut(format(result->findings, fmt, true));
    std::fflush(stdout);
    bool failedDelivery = false;
    deliver(result->findings, ding, hook, failedDelivery);
    int64_t total = static_cast<int64_t>(result->findings.size());
    const int lost = lostFiles(run.opened, run.reasonsShown);

    if (parser.isSet(follow)) {
        std::signal(SIGINT, onStopSignal);
        std::signal(SIGTERM, onStopSignal);
        LiveAlerts live;
        live.setRules(rules);
        live.setOptions(options);
        live.setSeen(seen);
        live.setScope(run.scope.filter); // the filters narrow what follows too
        QObject::connect(&live, &LiveAlerts::findingsRaised, &live, [&](const std::vector<Finding>& found) {
            total += static_cast<int64_t>(found.size());
            writeOut(format(found, fmt, false));
            std::fflush(stdout);
            deliver(found, ding, hook, failedDelivery);
        });
        QObject::connect(&live, &LiveAlerts::notice, &live,
                         [](const QString& text) { writeErr(AlertsCli::tr("note: %1\n").arg(text)); });
        const bool files = !common.remote(parser);
        if (files) {
            // From where the load stopped: lines written since are read by the first poll.
            std::map<QString, qint64> loaded;
            for (const SourceFileInfo& file : run.backend->info().files)
                loaded[file.path] = file.bytes;
            live.followFiles(args, loaded, static_cast<int>(seconds.value_or(1) * 1000));
        } else
            live.pollBackend(run.backend, static_cast<int>(seconds.value_or(30) * 1000));
        QTimer stopCheck;
        QEventLoop loop;
        QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
            if (g_stop) loop.quit();
        });
        stopCheck.start(100);
        loop.exec();
        live.stop();
    }
    if (failedDelivery || lost) return 1;
    return total > 0 ? 1 : 0;
}

} // namespace ac
