#include "CommandLine.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuditConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("audit-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AC_VERSION));

    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        QCoreApplication app(argc, argv);
        return ac::runReportCommand(QCoreApplication::arguments());
    }
    if (argc > 1 && std::strcmp(argv[1], "events") == 0) {
        QCoreApplication app(argc, argv);
        return ac::runEventsCommand(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QStringList paths = QCoreApplication::arguments().mid(1);
    if (paths.contains(QStringLiteral("--version")) || paths.contains(QStringLiteral("-v"))
        || paths.contains(QStringLiteral("--help")) || paths.contains(QStringLiteral("-h")))
        return ac::runReportCommand(QCoreApplication::arguments());
    if (paths.isEmpty())
        paths << QStringLiteral(AC_SAMPLE_LOG);
    return ac::printOverview(paths);
}
