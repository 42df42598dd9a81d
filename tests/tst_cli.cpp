// The command line: report JSON/text/CSV, time options, usage errors, exit codes.
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
using testutil::Run;
using testutil::run;

Run cli(const QStringList& args) {
    return run(QStringLiteral(AC_CLI), args);
}

int overviewTotal(const QByteArray& json) {
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("overview"))
        .toObject()
        .value(QStringLiteral("total"))
        .toInt(-1);
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
        // The version, the commit and the JSON kernel this CPU runs, from both executables.
        for (const QString& program : {QStringLiteral(AC_CLI), QStringLiteral(AC_CLI_HEADLESS)}) {
            const Run version = run(program, {QStringLiteral("--version")});
            QCOMPARE(version.code, 0);
            QVERIFY2(version.out.contains(" " AC_VERSION " (commit "), version.out.constData());
            QVERIFY2(version.out.contains("; JSON kernel: "), version.out.constData());
            QVERIFY2(version.out.contains("chosen at run time"), version.out.constData());
            QVERIFY2(version.out.contains("system layer: posix (models/os)"), version.out.constData());
        }
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

    // Every usage error is exit status 2 with a message that names it (issue 11): out-of-range and
    // unreadable numbers, codes the filter does not know, an empty time range, unknown options,
    // unknown commands and missing files named to the window. "@log" is a good log, "@missing" a
    // file that does not exist; "window" runs the window's executable offscreen (the error must
    // come before any window opens), "headless" the command-line executable.
    void usageErrorsExitTwo_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("phrase");
        const QString window = QStringLiteral("window"), headless = QStringLiteral("headless");
        const auto S = [](const char* text) { return QString::fromUtf8(text); };
        const auto overview = [&](std::initializer_list<const char*> options) {
            QStringList a{S("report"), S("overview")};
            for (const char* o : options)
                a << S(o);
            return a << S("@log");
        };
        const auto events = [&](std::initializer_list<const char*> options) {
            QStringList a{S("events")};
            for (const char* o : options)
                a << S(o);
            return a << S("@log");
        };
        const QByteArray top = "--top takes a whole number from 1 to 100000";
        QTest::newRow("--top -1") << window << overview({"--top", "-1"}) << top;
        QTest::newRow("--top 0") << window << overview({"--top", "0"}) << top;
        QTest::newRow("--top abc") << window << overview({"--top", "abc"}) << top;
        QTest::newRow("--top 99999999999") << window << overview({"--top", "99999999999"}) << top;
        QTest::newRow("--top headless") << headless << overview({"--top", "abc"}) << top;
        QTest::newRow("report --limit abc")
            << window << QStringList{S("report"),  S("detail"), S("--resource"), S("deployments"),
                                     S("--limit"), S("abc"),    S("@log")}
            << QByteArray("--limit takes a whole number from 0 to 10000000");
        QTest::newRow("events --limit abc")
            << window << events({"--limit", "abc"}) << QByteArray("--limit takes a whole number");
        QTest::newRow("events --limit -5")
            << window << events({"--limit", "-5"}) << QByteArray("--limit takes a whole number");
        const QByteArray code = "--code takes a status code from 100 to 599 or a class from 1xx to 5xx";
        QTest::newRow("--code abc") << window << overview({"--code", "abc"}) << code;
        QTest::newRow("--code 4xx,abc") << window << events({"--code", "4xx,abc"}) << code;
        QTest::newRow("--code 600") << window << overview({"--code", "600"}) << code;
        QTest::newRow("--code 40") << window << overview({"--code", "40"}) << code;
        QTest::newRow("--code ,") << window << overview({"--code", ","}) << code;
        QTest::newRow("--threads 1000") << window << overview({"--threads", "1000"})
                                        << QByteArray("--threads takes a whole number from 0 to 256");
        QTest::newRow("--threads x") << window << events({"--threads", "x"})
                                     << QByteArray("--threads takes a whole number from 0 to 256");
        QTest::newRow("--from after --to") << window << overview({"--from", "2026-11-28", "--to", "2026-11-27"})
                                           << QByteArray("--from 2026-11-28 is not before --to 2026-11-27");
        QTest::newRow("--from equals --to")
            << window << events({"--from", "2026-11-28T10:00:00Z", "--to", "2026-11-28 10:00"})
            << QByteArray("is not before --to");
        QTest::newRow("--from unreadable")
            << window << overview({"--from", "soon"}) << QByteArray("cannot read the time");
        QTest::newRow("--last 5y") << window << overview({"--last", "5y"}) << QByteArray("cannot read --last");
        QTest::newRow("--last -1d") << window << overview({"--last", "-1d"}) << QByteArray("cannot read --last");
        QTest::newRow("report --format xml") << window << overview({"--format", "xml"}) << QByteArray("unknown format");
        QTest::newRow("events --format text") << window << events({"--format", "text"}) << QByteArray("unknown format");
        QTest::newRow("report unknown option") << window << overview({"--bogus"}) << QByteArray("report --help");
        QTest::newRow("events unknown option") << window << events({"--tpo", "3"}) << QByteArray("events --help");
        QTest::newRow("headless unknown option") << headless << overview({"--bogus"}) << QByteArray("report --help");
        QTest::newRow("ingest --batch 5")
            << headless
            << QStringList{S("ingest"), S("--clickhouse"), S("http://127.0.0.1:9"), S("--batch"), S("5"), S("@log")}
            << QByteArray("--batch takes a whole number from 100 to 10000000");
        QTest::newRow("unknown command, window")
            << window << QStringList{S("alarms"), S("@log")} << QByteArray("unknown command");
        QTest::newRow("unknown command alone, window")
            << window << QStringList{S("alarms")}
            << QByteArray("the commands are report, events, alerts, policy, ingest");
        QTest::newRow("unknown command, headless")
            << headless << QStringList{S("alarms"), S("@log")} << QByteArray("unknown command");
        QTest::newRow("unknown option, window")
            << window << QStringList{S("--bogus"), S("@log")} << QByteArray("unknown option");
        QTest::newRow("missing file beside an existing one, window")
            << window << QStringList{S("@log"), S("@missing")} << QByteArray("no such file or folder");
        QTest::newRow("standard input, window") << window << QStringList{S("-")} << QByteArray("standard input");
        QTest::newRow("policy frobnicate")
            << window << QStringList{S("policy"), S("frobnicate"), S("@log")} << QByteArray("unknown policy command");
        QTest::newRow("policy frobnicate, headless")
            << headless << QStringList{S("policy"), S("frobnicate")} << QByteArray("unknown policy command");
        QTest::newRow("policy simulate unknown option")
            << headless << QStringList{S("policy"), S("simulate"), S("--formt"), S("json"), S("@log"), S("@log")}
            << QByteArray("policy simulate --help");
        QTest::newRow("report without files")
            << window << QStringList{S("report"), S("overview")} << QByteArray("usage:");
    }
    void usageErrorsExitTwo() {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, phrase);
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        QStringList resolved;
        for (const QString& a : args)
            resolved << (a == QLatin1String("@log")       ? log
                         : a == QLatin1String("@missing") ? dir.filePath(QStringLiteral("none.log"))
                                                          : a);
        const Run r =
            run(program == QLatin1String("headless") ? QStringLiteral(AC_CLI_HEADLESS) : QStringLiteral(AC_CLI),
                resolved, 60000);
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromLocal8Bit(r.err))));
        QVERIFY2(r.err.contains(phrase), r.err.constData());
        QVERIFY2(r.err.contains("error") || r.err.contains("usage"), r.err.constData());
    }

    // Valid values still do what they say.
    void validValuesWork() {
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        const QStringList json{QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                               QStringLiteral("json")};
        const auto verbs = [](const QByteArray& out) {
            return QJsonDocument::fromJson(out)
                .object()
                .value(QStringLiteral("overview"))
                .toObject()
                .value(QStringLiteral("byVerb"))
                .toArray()
                .size();
        };
        for (int n : {1, 2, 3}) {
            const Run r = cli(json + QStringList{QStringLiteral("--top"), QString::number(n), log});
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(verbs(r.out), n);
        }
        // Codes, classes in either case, and lists.
        const auto total = [&](const QStringList& options) {
            const Run r = cli(json + options + QStringList{log});
            return r.code == 0 ? overviewTotal(r.out) : -100 - r.code;
        };
        QCOMPARE(total({QStringLiteral("--code"), QStringLiteral("403")}), 1);
        QCOMPARE(total({QStringLiteral("--code"), QStringLiteral("2xx")}), 2);
        QCOMPARE(total({QStringLiteral("--code"), QStringLiteral("4XX")}), 1);
        QCOMPARE(total({QStringLiteral("--code"), QStringLiteral("201,403")}), 2);
        QCOMPARE(
            total({QStringLiteral("--code"), QStringLiteral("200"), QStringLiteral("--code"), QStringLiteral("403")}),
            2);
        QCOMPARE(total({QStringLiteral("--threads"), QStringLiteral("2")}), 3);
        QCOMPARE(total({QStringLiteral("--threads"), QStringLiteral("0")}), 3);
        QCOMPARE(total({QStringLiteral("--from"), QStringLiteral("2026-11-28"), QStringLiteral("--to"),
                        QStringLiteral("2026-11-29")}),
                 2);
        QCOMPARE(total({QStringLiteral("--last"), QStringLiteral("1d")}), 2);
        // The detail report's --limit, 0 for no operations list.
        for (int n : {0, 1}) {
            const Run r = cli({QStringLiteral("report"), QStringLiteral("detail"), QStringLiteral("--resource"),
                               QStringLiteral("deployments"), QStringLiteral("--limit"), QString::number(n),
                               QStringLiteral("--format"), QStringLiteral("json"), log});
            QVERIFY2(r.code == 0, r.err.constData());
            const QJsonObject d = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("detail")).toObject();
            QCOMPARE(d.value(QStringLiteral("total")).toInt(), 2);
            QCOMPARE(d.value(QStringLiteral("operations")).toArray().size(), n);
        }
        // events --limit: N requests, 0 for all.
        for (const auto& [limit, lines] : {std::pair{1, 2}, std::pair{2, 3}, std::pair{0, 4}}) {
            const Run r = cli({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--limit"), QString::number(limit), log});
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(r.out.trimmed().split('\n').size(), lines); // the header and the requests
        }
        // Help is not an error.
        const Run help = cli({QStringLiteral("events"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--limit"));
        QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("--help")}).code, 0);
    }

    // Never exit 0 after losing files: a file that could not be read at all beside a good one
    // gives the good one's report and events, the reason and a count on stderr, and exit status 1.
    void lostFileExitsOne() {
        QTemporaryDir dir;
        const QString log = testutil::writeFile(dir, QStringLiteral("a.log"), sample());
        const QString missing = dir.filePath(QStringLiteral("gone.log"));
        const Run json = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                              QStringLiteral("json"), log, missing});
        QCOMPARE(json.code, 1);
        QCOMPARE(overviewTotal(json.out), 3);
        const QJsonObject loaded =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("loaded")).toObject();
        QCOMPARE(loaded.value(QStringLiteral("fileErrors")).toInt(), 1);
        QVERIFY2(json.err.contains("gone.log") && json.err.contains("no such file"), json.err.constData());
        QVERIFY2(json.err.contains("could not be read"), json.err.constData());

        const Run text = cli({QStringLiteral("report"), QStringLiteral("overview"), missing, log});
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains("Audit overview"));
        QVERIFY2(text.err.contains("could not be read"), text.err.constData());

        const Run csv = cli({QStringLiteral("report"), QStringLiteral("resources"), QStringLiteral("--format"),
                             QStringLiteral("csv"), log, missing});
        QCOMPARE(csv.code, 1);
        QVERIFY(csv.out.contains("compute,deployments,1,0,1,0\r\n"));
        QVERIFY2(csv.err.contains("gone.log"), csv.err.constData());

        const Run events =
            cli({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("csv"), log, missing});
        QCOMPARE(events.code, 1);
        QCOMPARE(events.out.trimmed().split('\n').size(), 4); // header + 3 requests
        QVERIFY2(events.err.contains("gone.log") && events.err.contains("could not be read"), events.err.constData());

        // A folder without audit files counts as a file lost as well.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty")));
        const Run folder = run(QStringLiteral(AC_CLI_HEADLESS),
                               {QStringLiteral("events"), log, dir.filePath(QStringLiteral("empty"))});
        QCOMPARE(folder.code, 1);
        QVERIFY2(folder.err.contains("could not be read"), folder.err.constData());

        // The good file alone is still a success.
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("overview"), log}).code, 0);
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
