// Hostile files, folders and streams (issue 11): no crash, no hang, no silent loss. Every case
// asserts how many good records load and the reason given for each bad one. All inputs are
// generated here.
#include "audit/JsonScan.h"
#include "audit/Loader.h"
#include "backends/ClickHouseClient.h"
#include "backends/MemoryBackend.h"
#include "reports/Reports.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace ac;
using ac::gzipCompress;
using testutil::eventLine;
using testutil::writeFile;

namespace {
QByteArray auditEvent(int n, const QByteArray& verb = "get", const QByteArray& extra = {}) {
    const QByteArray time = "2026-11-28T10:" + QByteArray::number(n / 60 % 60).rightJustified(2, '0') + ':' +
                            QByteArray::number(n % 60).rightJustified(2, '0') + 'Z';
    return eventLine(testutil::uuid(n).toLatin1(), verb, "pods", time, 200, "ResponseComplete", "alice", "10.0.0.1",
                     extra);
}

QByteArray lines(int from, int count) {
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += auditEvent(i) + '\n';
    return out;
}

// Lines that gzip poorly: each carries random hex, so the compressed file is large too.
QByteArray noisyLines(int count) {
    QRandomGenerator rng(7);
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        QByteArray noise(400, '\0');
        for (auto& c : noise)
            c = "0123456789abcdef"[rng.bounded(16)];
        out += auditEvent(i, "get", "\"annotations\":{\"noise\":\"" + noise + "\"}") + '\n';
    }
    return out;
}

// Loads `path` on one thread and cuts the file to `cut` bytes at the first progress report, as
// copytruncate does to a live log; `cutDone` says whether the cut happened.
LoadResult loadCuttingAt(const QString& path, qint64 cut, bool* cutDone) {
    *cutDone = false;
    LoadOptions options;
    options.threads = 1;
    return Loader::load({path}, options, [&](qint64 read, qint64) {
        if (!*cutDone && read > 0) *cutDone = ::truncate(QFile::encodeName(path).constData(), cut) == 0;
    });
}

QString dump(const LoadResult& r) {
    QString s;
    for (const auto& i : r.issues)
        s += QStringLiteral("%1:%2: %3\n").arg(i.file).arg(i.line).arg(i.reason);
    return s;
}

int issuesWith(const LoadResult& r, const QString& reasonPart, qint64 line = -1) {
    int n = 0;
    for (const auto& i : r.issues)
        n += i.reason.contains(reasonPart) && (line < 0 || i.line == line);
    return n;
}

size_t records(const LoadResult& r) {
    return r.store ? r.store->recordCount() : 0;
}

struct Run {
    int exitCode;
    QByteArray out, err;
};
Run cli(const QStringList& args, const QByteArray& input = {}, const QString& shellPrefix = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    if (shellPrefix.isEmpty()) {
        p.start(QStringLiteral(AC_CLI_HEADLESS), args);
    } else {
        p.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"), shellPrefix + QStringLiteral(" && exec \"$0\" \"$@\""),
                            QStringLiteral(AC_CLI_HEADLESS)} +
                    args);
    }
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class TstHostile : public QObject {
    Q_OBJECT
private slots:
    // copytruncate: the file loses its tail while it is parsed. Reading the lost pages of the
    // mapping would raise SIGBUS; the load reports the cut and keeps what came before it.
    void plainFileTruncatedWhileLoading() {
        AC_REQUIRE_SHRINK_GUARD();
        QTemporaryDir dir;
        const QByteArray text = lines(0, 30000);
        const QString path = writeFile(dir, QStringLiteral("live.log"), text);
        const qint64 cut = text.size() / 3;
        bool done = false;
        const auto r = loadCuttingAt(path, cut, &done);
        QVERIFY(done);
        QVERIFY(r.store);
        QVERIFY2(issuesWith(r, QStringLiteral("shrank while it was read")) == 1, qPrintable(dump(r)));
        // Every line that ended before the cut loads; nothing after it does.
        const auto whole = static_cast<size_t>(text.left(cut).count('\n'));
        QCOMPARE(records(r), whole);
        QVERIFY(!r.store->intactBuffers()[r.store->bufferOf(0)]);
        QVERIFY(r.store->rawJson(0).empty()); // the text is no longer what was parsed: not shown
    }

    void gzipTruncatedWhileLoading() {
        AC_REQUIRE_SHRINK_GUARD();
        QTemporaryDir dir;
        const QByteArray gz = gzipCompress(noisyLines(30000));
        QVERIFY(gz.size() > 4 << 20);
        const QString path = writeFile(dir, QStringLiteral("live.log.gz"), gz);
        bool done = false;
        const auto r = loadCuttingAt(path, 2 << 20, &done);
        QVERIFY(done);
        QVERIFY(r.store);
        QVERIFY2(issuesWith(r, QStringLiteral("shrank while it was read")) == 1, qPrintable(dump(r)));
        QVERIFY(records(r) > 1000);
        QVERIFY(records(r) < 30000);
    }

    // A named pipe or `<(zcat f.gz)` named on its own is read as a stream; one inside a folder
    // is reported, never opened (opening a FIFO without a writer blocks).
    void namedPipes() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.log"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        std::thread writer([&] {
            QFile f(fifo);
            if (f.open(QIODevice::WriteOnly)) f.write(gzipCompress(lines(0, 3)));
        });
        const auto r = Loader::load({fifo});
        writer.join();
        QCOMPARE(records(r), size_t(3));
        QCOMPARE(r.fileErrors, qint64(0));

        const QString good = writeFile(dir, QStringLiteral("good.log"), lines(10, 2));
        const auto folder = Loader::load({dir.path()}); // nobody writes to the pipe now
        QCOMPARE(records(folder), size_t(2));
        QCOMPARE(folder.fileErrors, qint64(1));
        QVERIFY2(issuesWith(folder, QStringLiteral("not a regular file")) == 1, qPrintable(dump(folder)));
        QCOMPARE(folder.issues.front().file, fifo);
        QCOMPARE(records(Loader::load({good})), size_t(2));
    }

    void standardInput() {
        // The command line this test runs links the same models/os as the test.
        const Run version = cli({QStringLiteral("--version")});
        QVERIFY2(version.out.contains(QByteArray("system layer: ").append(ac::os::implementation())),
                 version.out.constData());
        const Run run = cli({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                             QStringLiteral("-")},
                            gzipCompress(lines(0, 4)));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count('\n'), 4);
    }

    // 64 MiB of zeros: stopped as binary within the first MiBs; the good file beside it loads.
    void gzipBomb() {
        QTemporaryDir dir;
        const QString bomb = writeFile(dir, QStringLiteral("bomb.log.gz"), gzipCompress(QByteArray(64 << 20, '\0'), 1));
        const QString good = writeFile(dir, QStringLiteral("good.log"), lines(0, 3));
        const auto r = Loader::load({bomb, good});
        QCOMPARE(records(r), size_t(3));
        QCOMPARE(r.fileErrors, qint64(1));
        QVERIFY2(issuesWith(r, QStringLiteral("binary data")) == 1, qPrintable(dump(r)));

        // Text that inflates past the limit: cut there with a way to raise it named.
        const QString big = writeFile(dir, QStringLiteral("big.log.gz"), gzipCompress(lines(0, 20000)));
        qputenv("AUDIT_CONSOLE_MAX_INFLATED", "1M");
        const auto limited = Loader::load({big, good});
        qunsetenv("AUDIT_CONSOLE_MAX_INFLATED");
        QVERIFY2(issuesWith(limited, QStringLiteral("AUDIT_CONSOLE_MAX_INFLATED")) == 1, qPrintable(dump(limited)));
        QVERIFY(records(limited) > 3 && records(limited) < 20003);
    }

    // 1,100 files under `ulimit -n 64`: a mapping needs no open descriptor, so all load.
    void manyFilesFewDescriptors() {
        if (ac::os::implementation() == std::string_view("qt"))
            QSKIP("the Qt models/os keeps a handle per mapped file (Windows, which it is for, has no small limit)");
        QTemporaryDir dir;
        for (int i = 0; i < 1100; ++i)
            writeFile(dir, QStringLiteral("audit-%1.log").arg(i, 4, 10, QLatin1Char('0')), auditEvent(i) + '\n');
        const Run run = cli({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("csv"), dir.path()},
                            {}, QStringLiteral("ulimit -n 64"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count('\n'), 1101); // the header and one line per file
    }

    // A store that would not fit stops the load with a message before the system kills the
    // process; the files before it stay loaded and the command exits 1. Forced here with a floor
    // of free memory above what any machine has (the check comes every 64 MiB read).
    void stopsBeforeMemoryRunsOut() {
        if (!ac::os::availableMemory()) QSKIP("this build's models/os cannot tell how much memory is free");
        QTemporaryDir dir;
        const QString small =
            writeFile(dir, QStringLiteral("a.log"), auditEvent(1) + '\n' + auditEvent(2) + '\n' + auditEvent(3) + '\n');
        const QString big = dir.filePath(QStringLiteral("b.log"));
        QVERIFY(testutil::generateAudit(60000, 3, big)); // about 80 MB
        const Run run = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                             QStringLiteral("json"), small, big},
                            {}, QStringLiteral("export AUDIT_CONSOLE_MEMORY_FLOOR=1T"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("running out of memory"), run.err.constData());
        const QJsonObject loaded =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("loaded")).toObject();
        QCOMPARE(loaded.value(QStringLiteral("records")).toInteger(), 3);
        QCOMPARE(loaded.value(QStringLiteral("fileErrors")).toInteger(), 1);
    }

    // A crash leaves a block of NUL bytes: that line is reported, the others load.
    void nulBlock() {
        QTemporaryDir dir;
        QByteArray text = lines(0, 10) + QByteArray(4096, '\0') + lines(10, 40);
        const QString before = writeFile(dir, QStringLiteral("nul.log"), text);
        auto r = Loader::load({before});
        QCOMPARE(records(r), size_t(50)); // the event written after the NULs loads too
        QVERIFY2(issuesWith(r, QStringLiteral("NUL bytes"), 11) == 1, qPrintable(dump(r)));
        QCOMPARE(r.skipped, qint64(1));

        // A half-written event, NULs, then the next event on the same line: that event loads.
        QByteArray sameLine = lines(0, 5) + auditEvent(5).left(80) + QByteArray(512, '\0') + auditEvent(6) + '\n';
        r = Loader::load({writeFile(dir, QStringLiteral("same.log"), sameLine)});
        QCOMPARE(records(r), size_t(6));
        QVERIFY2(issuesWith(r, QStringLiteral("NUL bytes"), 6) == 1, qPrintable(dump(r)));
        QCOMPARE(r.skipped, qint64(1));

        // Mid-line: the half-written line is lost and said; the rest load.
        QByteArray cut = lines(0, 19) + auditEvent(19).left(100) + QByteArray(4096, '\0') + '\n' + lines(20, 30);
        r = Loader::load({writeFile(dir, QStringLiteral("cut.log"), cut)});
        QCOMPARE(records(r), size_t(49));
        QVERIFY2(issuesWith(r, QStringLiteral("NUL bytes"), 20) == 1, qPrintable(dump(r)));
    }

    // A syntax error inside a list loses only its item, with the item's line.
    void brokenListItems_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("loaded");
        QTest::addColumn<int>("badLine");
        QTest::addColumn<QString>("reason");
        QByteArray pretty = "[\n", compact = "[", list = "{\n  \"kind\": \"EventList\",\n  \"items\": [\n";
        QByteArray unclosed = "[\n";
        // Errors simdjson finds before reading any item (invalid UTF-8), so that the whole list
        // fails at once and is split again by its brackets; and items at column 0.
        QByteArray utf8Array = "[\n", utf8List = "{\n  \"kind\": \"EventList\",\n  \"items\": [\n",
                   column0 = "[\n";
        for (int i = 0; i < 10; ++i) {
            QByteArray bad = auditEvent(i);
            if (i == 5) bad.replace("\"name\":\"x\"", "\"name\":\"x\xff\"");
            utf8Array += "  " + bad + (i < 9 ? ",\n" : "\n");
            utf8List += "    " + bad + (i < 9 ? ",\n" : "\n");
            QByteArray u = auditEvent(i);
            if (i == 5) u.replace("\"verb\":\"get\"", "\"verb\":\"get");
            column0 += u + (i < 9 ? ",\n" : "\n");
        }
        utf8Array += "]\n";
        utf8List += "  ]\n}\n";
        column0 += "]\n";
        for (int i = 0; i < 10; ++i) {
            QByteArray e = auditEvent(i);
            const bool bad = i == 5;
            if (bad) e.replace("\"verb\":\"get\"", "\"verb\":get");
            pretty += "  " + e + (i < 9 ? ",\n" : "\n");
            compact += e + (i < 9 ? "," : "");
            list += "    " + e + (i < 9 ? ",\n" : "\n");
            QByteArray u = auditEvent(i);
            if (bad) u.replace("\"verb\":\"get\"", "\"verb\":\"get");
            unclosed += "  " + u + (i < 9 ? ",\n" : "\n");
        }
        pretty += "]\n";
        compact += "]\n";
        list += "  ]\n}\n";
        unclosed += "]\n";
        QTest::newRow("pretty array") << pretty << 9 << 7 << QStringLiteral("JSON");
        QTest::newRow("one-line array") << compact << 9 << 1 << QStringLiteral("JSON");
        QTest::newRow("EventList") << list << 9 << 9 << QStringLiteral("JSON");
        QTest::newRow("unclosed string") << unclosed << 9 << 7 << QStringLiteral("not closed on its line");
        QTest::newRow("invalid UTF-8 in an array item") << utf8Array << 9 << 7 << QStringLiteral("UTF-8");
        QTest::newRow("invalid UTF-8 in an EventList item") << utf8List << 9 << 9 << QStringLiteral("UTF-8");
        QTest::newRow("items at column 0, unclosed string") << column0 << 9 << 7 << QStringLiteral("not closed");
        // Concatenated pretty-printed events, the third with a string that never closes.
        QByteArray events;
        int third = 0;
        for (int i = 0; i < 5; ++i) {
            QByteArray e = auditEvent(i);
            if (i == 2) {
                e.replace("\"verb\":\"get\"", "\"verb\":\"get");
                third = static_cast<int>(events.count('\n')) + 1;
            }
            events += e.replace(",\"", ",\n  \"") + '\n';
        }
        QTest::newRow("concatenated events") << events << 4 << third << QStringLiteral("not closed on its line");
    }
    void brokenListItems() {
        QFETCH(QByteArray, text);
        QFETCH(int, loaded);
        QFETCH(int, badLine);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const auto r = Loader::load({writeFile(dir, QStringLiteral("list.json"), text)});
        QCOMPARE(records(r), size_t(loaded));
        QCOMPARE(r.skipped, qint64(1));
        QVERIFY2(r.issues.size() == 1 && r.issues.front().line == badLine && r.issues.front().reason.contains(reason),
                 qPrintable(dump(r)));
    }

    // Nothing in a folder is skipped unsaid.
    void folderProblems() {
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("good.log"), lines(0, 2));
        const QString newline = writeFile(dir, QStringLiteral("new\nline.log"), lines(2, 1));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")), dir.filePath(QStringLiteral("dangling.log"))));
        QDir(dir.path()).mkdir(QStringLiteral("sub"));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("sub/loop")))); // a link loop
        const QByteArray badName = QFile::encodeName(dir.path()) + "/bad\xff.log";
        {
            const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            const QByteArray e = auditEvent(9) + '\n';
            QVERIFY(::write(fd, e.constData(), static_cast<size_t>(e.size())) == e.size());
            ::close(fd);
        }
        // A folder whose name is not UTF-8: its audit log is reported, for it cannot be opened
        // by name; a second such folder without logs is not.
        const QByteArray badFolder = QFile::encodeName(dir.path()) + "/logs\xfe";
        const QByteArray photos = QFile::encodeName(dir.path()) + "/photos\xfe";
        QVERIFY(::mkdir(badFolder.constData(), 0755) == 0);
        QVERIFY(::mkdir(photos.constData(), 0755) == 0);
        for (const QByteArray& file : {QByteArray(badFolder + "/audit.log"), QByteArray(photos + "/x.jpg")}) {
            const int fd = ::open(file.constData(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            ::close(fd);
        }
        int expectedErrors = 3;
        if (::geteuid() != 0) { // root reads everything: nothing to report then
            writeFile(dir, QStringLiteral("secret.log"), lines(5, 1));
            QFile::setPermissions(dir.filePath(QStringLiteral("secret.log")), QFileDevice::WriteOwner);
            QDir(dir.path()).mkdir(QStringLiteral("locked"));
            QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::WriteOwner);
            expectedErrors += 2;
        }
        const auto r = Loader::load({dir.path()});
        QCOMPARE(records(r), size_t(3)); // good.log and the name with a line break
        QCOMPARE(r.fileErrors, qint64(expectedErrors));
        QVERIFY2(issuesWith(r, QStringLiteral("link to nothing")) == 1, qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("not valid UTF-8")) == 2, qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("folder's name is not valid UTF-8")) == 1, qPrintable(dump(r)));
        if (::geteuid() != 0) QVERIFY2(issuesWith(r, QStringLiteral("cannot read")) == 2, qPrintable(dump(r)));
        QFile::remove(dir.filePath(QStringLiteral("sub/loop"))); // so that the folder can be removed
        // QTemporaryDir removes by QString names: these go by their bytes.
        ::unlink(QByteArray(badFolder + "/audit.log").constData());
        ::rmdir(badFolder.constData());
        ::unlink(QByteArray(photos + "/x.jpg").constData());
        ::rmdir(photos.constData());
        ::unlink(badName.constData());
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                          QFileDevice::ExeOwner);
        Q_UNUSED(good);
        Q_UNUSED(newline);
    }

    // `events --format jsonl` prints what was written, even what no JSON parser takes.
    void jsonlKeepsTheBytes() {
        QTemporaryDir dir;
        QByteArray deep = "0";
        for (int i = 0; i < 2000; ++i)
            deep = "{\"a\":" + deep + "}";
        const QByteArray compact = auditEvent(1, "get", "\"requestObject\":{\"s\":\"\\ud800\",\"n\":1e999,\"deep\":" + deep + "}");
        QByteArray pretty = compact;
        pretty.replace(",\"", ",\n    \"");
        const QString path = writeFile(dir, QStringLiteral("pretty.json"), pretty + "\n");
        const Run run = cli({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("jsonl"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, compact + '\n');
        QCOMPARE(QByteArray::fromStdString(compactJson(std::string_view(pretty.constData(), pretty.size()))), compact);
    }

    // One rule for fields of the wrong type: the line is skipped with the field named. A single
    // string where a list of source IPs belongs is that list; codes are kept exact.
    void wrongTypes() {
        QTemporaryDir dir;
        QByteArray text;
        text += auditEvent(0).replace("\"verb\":\"get\"", "\"verb\":5") + '\n';                          // 1 skip
        text += auditEvent(1).replace("\"sourceIPs\":[\"10.0.0.1\"]", "\"sourceIPs\":\"8.8.8.8\"") + '\n'; // 2 load
        text += auditEvent(2).replace("\"user\":{\"username\":\"alice\",\"groups\":[\"system:authenticated\"]}",
                                 "\"user\":\"alice\"") +
                '\n'; // 3 skip
        text += auditEvent(3).replace("\"responseStatus\":{\"metadata\":{},\"code\":200}", "\"responseStatus\":\"OK\"") +
                '\n';                                                              // 4 skip
        text += auditEvent(4).replace("\"code\":200", "\"code\":-1") + '\n';            // 5 skip
        text += auditEvent(5).replace("\"code\":200", "\"code\":70000") + '\n';         // 6 skip
        text += auditEvent(6).replace("\"code\":200", "\"code\":404") + '\n';           // 7 load
        text += auditEvent(7).replace("\"sourceIPs\":[\"10.0.0.1\"]", "\"sourceIPs\":[5]") + '\n'; // 8 skip
        const auto r = Loader::load({writeFile(dir, QStringLiteral("types.log"), text)});
        QCOMPARE(records(r), size_t(2));
        QCOMPARE(r.skipped, qint64(6));
        QVERIFY2(issuesWith(r, QStringLiteral("“verb” is a number here but must be a string"), 1) == 1,
                 qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("“user” is a string here but must be an object"), 3) == 1,
                 qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("“responseStatus” is a string here but must be an object"), 4) == 1,
                 qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("is -1, not an HTTP status code"), 5) == 1, qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("is 70000, not an HTTP status code"), 6) == 1, qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("“sourceIPs” is a number here but must be a list of strings"), 8) == 1,
                 qPrintable(dump(r)));
        const EventStore& s = *r.store;
        QCOMPARE(s.str(DictColumn::SourceIp, 0), std::string_view("8.8.8.8"));
        QCOMPARE(s.columns().code[1], int16_t(404));
    }

    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray text = lines(0, 3);
        const QString utf = QString::fromUtf8(text);
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (const QChar c : utf) {
            const char16_t u = c.unicode();
            le += char(u & 0xFF);
            le += char(u >> 8);
            be += char(u >> 8);
            be += char(u & 0xFF);
        }
        QTest::newRow("UTF-16 LE with BOM (PowerShell 5)") << le;
        QTest::newRow("UTF-16 BE with BOM") << be;
        QTest::newRow("CR line ends") << QByteArray(text).replace('\n', '\r');
        QTest::newRow("CRLF line ends") << QByteArray(text).replace("\n", "\r\n");
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + text;
        QTest::newRow("concatenated gzip members") << gzipCompress(lines(0, 1)) + gzipCompress(lines(1, 2));
    }
    void encodings() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const auto r = Loader::load({writeFile(dir, QStringLiteral("enc.log"), bytes)});
        QCOMPARE(records(r), size_t(3));
        QVERIFY2(r.issues.empty(), qPrintable(dump(r)));
    }

    // One event dated 9999 neither moves "the last 7 days" nor makes thousands of buckets.
    void farFutureEvent() {
        QTemporaryDir dir;
        QByteArray text = lines(0, 50);
        text += eventLine(testutil::uuid(99).toLatin1(), "get", "pods", "9999-12-31T00:00:00Z") + '\n';
        const auto r = Loader::load({writeFile(dir, QStringLiteral("clock.log"), text)});
        QCOMPARE(records(r), size_t(51));
        QVERIFY2(issuesWith(r, QStringLiteral("in the future"), 51) == 1, qPrintable(dump(r)));
        const MemoryBackend backend(r.store);
        const TimeRange data = backend.dataRange().value();
        QCOMPARE(backend.anchorUs(data), r.store->columns().time[49] + 1);
        const int64_t bucket = autoBucketUs(data);
        QVERIFY((data.to - data.from) / bucket <= 120);
        // A gap after the rest, not in the future: also set aside.
        QByteArray early;
        for (int i = 0; i < 50; ++i)
            early += eventLine(testutil::uuid(i).toLatin1(), "get", "pods", "2020-01-01T00:00:0" +
                                                                                 QByteArray::number(i % 10) + "Z") +
                     '\n';
        early += eventLine(testutil::uuid(77).toLatin1(), "get", "pods", "2024-06-01T00:00:00Z") + '\n';
        const auto gap = Loader::load({writeFile(dir, QStringLiteral("gap.log"), early)});
        QVERIFY2(issuesWith(gap, QStringLiteral("far after every other event"), 51) == 1, qPrintable(dump(gap)));
    }

    void impossibleOffsets() {
        QTemporaryDir dir;
        QByteArray text = eventLine(testutil::uuid(1).toLatin1(), "get", "pods", "2026-11-28T10:00:00+99:99") + '\n' +
                          eventLine(testutil::uuid(2).toLatin1(), "get", "pods", "2026-11-28T10:00:00+23:59") + '\n';
        // In UTC before year 0000 or after 9999: no time that could be written back (the round
        // trip fuzz_search checks).
        text += eventLine(testutil::uuid(3).toLatin1(), "get", "pods", "0000-01-01T00:00:00+01:00") + '\n' +
                eventLine(testutil::uuid(4).toLatin1(), "get", "pods", "9999-12-31T23:59:59-01:00") + '\n';
        const auto r = Loader::load({writeFile(dir, QStringLiteral("tz.log"), text)});
        QCOMPARE(records(r), size_t(1));
        QVERIFY2(issuesWith(r, QStringLiteral("invalid timestamp"), 1) == 1, qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("invalid timestamp"), 3) == 1, qPrintable(dump(r)));
        QVERIFY2(issuesWith(r, QStringLiteral("invalid timestamp"), 4) == 1, qPrintable(dump(r)));
    }
};

QTEST_GUILESS_MAIN(TstHostile)
#include "tst_hostile.moc"
