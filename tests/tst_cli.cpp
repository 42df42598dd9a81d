// The command line: report JSON/text/CSV, time options, usage errors, exit codes.
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(AC_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray sample() {
    using testutil::eventLine;
    return eventLine(testutil::uuid(1).toLatin1(), "create", "deployments", "2026-11-27T10:00:00Z", 201) + '\n' +
           eventLine(testutil::uuid(2).toLatin1(), "delete", "deployments", "2026-11-28T10:00:00Z", 200) + '\n' +
           "not json\n" +
           eventLine(testutil::uuid(3).toLatin1(), "get", "secrets", "2026-11-28T11:00:00Z", 403, "ResponseComplete",
                     "system:anonymous", "8.8.8.8") +
           '\n';
}
} // namespace

class TstCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion() {
        const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--format"));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(AC_VERSION));
    }

    // The headless executable links the engine only: no Qt Widgets, Gui or OpenGL libraries, so
    // that it runs from cron or CI on a server without a display.
    void headlessExecutable() {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(AC_CLI_HEADLESS)});
        QVERIFY(ldd.waitForFinished(30000));
        const QByteArray libs = ldd.readAllStandardOutput();
        QVERIFY2(libs.contains("libQt6Core"), libs.constData());
        for (const char* gui : {"libQt6Widgets", "libQt6Gui", "libQt6OpenGL", "libGL", "libEGL", "libxcb"})
            QVERIFY2(!libs.contains(gui), gui);
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(var));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AC_CLI_HEADLESS), {QStringLiteral("report"), QStringLiteral("overview"),
                                                  QStringLiteral("--format"), QStringLiteral("json"), log});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("overview")).toObject().value(QStringLiteral("total")).toInt(), 3);
        // The same report as the window's executable prints.
        const Run same = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                              QStringLiteral("json"), log});
        QCOMPARE(QJsonDocument::fromJson(same.out).object().value(QStringLiteral("overview")),
                 o.value(QStringLiteral("overview")));
        // Events: one line per request, every stage on request.
        QProcess ev;
        ev.start(QStringLiteral(AC_CLI_HEADLESS),
                 {QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("csv"), log});
        QVERIFY(ev.waitForFinished(60000));
        QCOMPARE(ev.exitCode(), 0);
        const QList<QByteArray> lines = ev.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // header + 3 requests
        QVERIFY(lines.front().contains("requestURI"));
        QVERIFY(lines.front().contains("impersonatedUser"));
    }

    void usageErrors() {
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("bogus"), log}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("detail"), log}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                      QStringLiteral("xml"), log})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--from"),
                      QStringLiteral("soon"), log})
                     .code,
                 2);
        const Run nothing =
            cli({QStringLiteral("report"), QStringLiteral("overview"), dir.filePath(QStringLiteral("none.log"))});
        QCOMPARE(nothing.code, 1);
        QVERIFY(nothing.err.contains("no such file"));
    }

    void overviewJson() {
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        const Run r = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                           QStringLiteral("json"), log});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonObject loaded = root.value(QStringLiteral("loaded")).toObject();
        QCOMPARE(loaded.value(QStringLiteral("records")).toInt(), 3);
        QCOMPARE(loaded.value(QStringLiteral("requests")).toInt(), 3);
        QCOMPARE(loaded.value(QStringLiteral("skipped")).toInt(), 1);
        const QJsonObject err = loaded.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(err.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(err.value(QStringLiteral("file")).toString(), log);
        const QJsonObject o = root.value(QStringLiteral("overview")).toObject();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("unauthorized")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("publicAccess")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("secretAccess")).toInt(), 1);
        for (const char* key : {"byOperator", "byNamespace", "byVerb", "byCode", "trend"})
            QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
        const QJsonObject firstVerb = o.value(QStringLiteral("byVerb")).toArray().first().toObject();
        QVERIFY(firstVerb.contains(QStringLiteral("key")) && firstVerb.contains(QStringLiteral("count")));
    }

    void timeOptions() {
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        const Run r = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--from"), QStringLiteral("2026-11-28"),
                           QStringLiteral("--to"), QStringLiteral("2026-11-28T10:30:00Z"), log});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("overview"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);
    }

    void resourcesAndDetail() {
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        const Run csv = cli({QStringLiteral("report"), QStringLiteral("resources"), QStringLiteral("--format"),
                             QStringLiteral("csv"), log});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith("category,resource,create,update,delete,access\r\n"));
        QVERIFY(csv.out.contains("compute,deployments,1,0,1,0\r\n"));
        QVERIFY(csv.out.contains("storage,secrets,0,0,0,1\r\n"));
        const Run detail =
            cli({QStringLiteral("report"), QStringLiteral("detail"), QStringLiteral("--resource"),
                 QStringLiteral("deployments"), QStringLiteral("--format"), QStringLiteral("json"), log});
        QCOMPARE(detail.code, 0);
        const QJsonObject d = QJsonDocument::fromJson(detail.out).object().value(QStringLiteral("detail")).toObject();
        QCOMPARE(d.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("successRate")).toDouble(), 1.0);
        QCOMPARE(d.value(QStringLiteral("operations")).toArray().size(), 2);
        QCOMPARE(
            d.value(QStringLiteral("operations")).toArray().first().toObject().value(QStringLiteral("verb")).toString(),
            QStringLiteral("delete"));
        const Run text = cli({QStringLiteral("report"), QStringLiteral("overview"), log});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("Audit overview"));
        QVERIFY(text.out.contains(":3: not a JSON object"));
    }

    void realData() {
        AC_REQUIRE_REAL_DATA();
        const Run r = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                           QStringLiteral("json"), testutil::realDataDir()});
        QCOMPARE(r.code, 0);
        const QJsonObject loaded = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("loaded")).toObject();
        QCOMPARE(loaded.value(QStringLiteral("records")).toInt(), 107);
        QCOMPARE(loaded.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(loaded.value(QStringLiteral("files")).toArray().size(), 82);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
