// audit-console-cli: the reports and event listings without any GUI library, for cron and CI.
#include "CommandLine.h"
#include "audit/BuildInfo.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace {
class CliMain {
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("audit-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AC_VERSION));
    ac::installTranslations(QString()); // help and errors in the system's language
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args[1] == QLatin1String("report")) return ac::runReportCommand(args);
    if (args.size() > 1 && args[1] == QLatin1String("events")) return ac::runEventsCommand(args);
    if (args.size() > 1 && args[1] == QLatin1String("alerts")) return ac::runAlertsCommand(args);
    if (args.size() > 1 && args[1] == QLatin1String("policy")) return ac::runPolicyCommand(args);
    if (args.size() > 1 && args[1] == QLatin1String("ingest")) return ac::runIngestCommand(args);
    if (args.size() > 1 && (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v"))) {
        std::fputs(ac::versionText(QStringLiteral("audit-console-cli")).toLocal8Bit().constData(), stdout);
        return 0;
    }
    const bool help = args.size() > 1 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"));
    // An unknown command or option: say which before the usage (this executable opens no files).
    if (!help && args.size() > 1) ac::checkCommandWord(args, false);
    const QByteArray usage =
        CliMain::tr("usage: audit-console-cli report overview|resources|detail [options] FILE|DIR...\n"
                    "       audit-console-cli events [options] FILE|DIR...\n"
                    "       audit-console-cli alerts [--rules DIR] [--format text|json|jsonl|csv] FILE|DIR...\n"
                    "       audit-console-cli ingest --clickhouse URL [--database D] [--table T] FILE|DIR...\n"
                    "       audit-console-cli policy lint FILE | policy simulate POLICY [--compare P2] FILE|DIR...\n"
                    "       audit-console-cli report --help          the report and filter options\n")
            .toLocal8Bit();
    std::fputs(usage.constData(), help ? stdout : stderr);
    return help ? 0 : 2;
}
