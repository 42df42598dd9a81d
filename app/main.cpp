#include "CommandLine.h"
#include "DocumentCommand.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "audit/BuildInfo.h"
#include "i18n/TimeDisplay.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
bool haveDisplay() {
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("AuditConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("audit-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AC_VERSION));

    // The command line runs without a display.
    if (argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "events") == 0 ||
                     std::strcmp(argv[1], "policy") == 0 || std::strcmp(argv[1], "ingest") == 0 ||
                     std::strcmp(argv[1], "alerts") == 0)) {
        // `report all` paints charts and lays out PDF pages: QtGui, on the offscreen platform
        // unless one is named, so it needs no display either.
        const bool paints = argc > 2 && std::strcmp(argv[1], "report") == 0 && std::strcmp(argv[2], "all") == 0;
        if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app =
            paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
        ac::setReportAllCommand(&ac::runReportAllCommand);
        ac::installTranslations(QString()); // help and errors in the system's language
        const QStringList args = QCoreApplication::arguments();
        if (std::strcmp(argv[1], "policy") == 0) return ac::runPolicyCommand(args);
        if (std::strcmp(argv[1], "ingest") == 0) return ac::runIngestCommand(args);
        if (std::strcmp(argv[1], "alerts") == 0) return ac::runAlertsCommand(args);
        return std::strcmp(argv[1], "report") == 0 ? ac::runReportCommand(args) : ac::runEventsCommand(args);
    }
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version") ||
            !std::strcmp(argv[i], "-v")) {
            QCoreApplication app(argc, argv);
            if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
                std::fputs(ac::versionText(QStringLiteral("audit-console")).toLocal8Bit().constData(), stdout);
                return 0;
            }
            std::printf("usage: audit-console [FILE|DIR...]                 open the console window\n"
                        "       audit-console report overview|resources|detail [options] FILE|DIR...\n"
                        "       audit-console report all --format html|pdf --output FILE [--evidence DIR] FILE|DIR...\n"
                        "       audit-console events [options] FILE|DIR...\n"
                        "       audit-console alerts [--rules DIR] [--format text|json|jsonl|csv] FILE|DIR...\n"
                        "       audit-console ingest --clickhouse URL [options] FILE|DIR...\n"
                        "       audit-console policy lint FILE | policy simulate POLICY [options] FILE|DIR...\n"
                        "       audit-console report --help                 the report and filter options\n");
            return 0;
        }
    // Any other word names a file or folder to open: a mistyped command or a missing file is a
    // usage error before any window (or report) appears.
    if (!haveDisplay()) {
        QCoreApplication app(argc, argv);
        ac::installTranslations(QString());
        if (const int status = ac::checkCommandWord(QCoreApplication::arguments(), true)) return status;
        std::fprintf(stderr, "No display: printing the overview report instead of opening the window.\n");
        QStringList paths = QCoreApplication::arguments().mid(1);
        if (paths.isEmpty()) {
            std::fprintf(stderr, "usage: audit-console FILE|DIR... (or use `audit-console report`)\n");
            return 2;
        }
        return ac::printOverview(paths);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Audit Console"));
    // The installed .desktop entry, so that a Wayland compositor shows its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.auditconsole.AuditConsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/audit-console.svg")));
    ac::installTranslations(ac::SettingsDialog::language());
    // After QApplication took its own options (-platform, -style …) out of the arguments.
    if (const int status = ac::checkCommandWord(QCoreApplication::arguments(), true)) return status;
    ac::setDisplayUtc(ac::SettingsDialog::utcTimes());
    ac::MainWindow window;
    window.show();
    const QStringList paths = QCoreApplication::arguments().mid(1);
    if (!paths.isEmpty()) window.openPaths(paths);
    return QApplication::exec();
}
