// Live alerting: files followed as `tail -F` follows them, and rules run on what is appended or
// on a polled source, each finding raised once.
#include "alerts/Live.h"
#include "backends/MemoryBackend.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

#include <memory>
#include <set>

using namespace ac;
using testutil::eventLine;
using testutil::uuid;
using testutil::writeFile;

namespace {

// Lines of one length each (uuid(n) is fixed-width), so byte counts are easy to work out.
QByteArray getLine(int n) {
    return eventLine(uuid(n).toLatin1(), "get", "pods", "2026-11-28T10:00:00Z") + '\n';
}

QByteArray deleteLine(int n, const QByteArray& stage = "ResponseComplete",
                      const QByteArray& time = "2026-11-28T10:00:05Z") {
    return eventLine(uuid(n).toLatin1(), "delete", "pods", time, stage == "RequestReceived" ? 0 : 200, stage) + '\n';
}

// A forbidden read of a Secret from one address.
QByteArray failLine(int n, const QByteArray& time) {
    return eventLine(uuid(n).toLatin1(), "get", "secrets", time, 403, "ResponseComplete", "mallory", "10.9.9.9") + '\n';
}

QByteArray rfc3339(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")).toLatin1();
}

// A file created next must not share its creation time with one created before: the Qt
// models/os (tst_live_qtos) tells files apart by it (os::exactFileIds() is false there).
void nextCreationTick() {
    if (!ac::os::exactFileIds()) QTest::qWait(40); // a few clock ticks of the file system
}

void appendTo(const QString& path, const QByteArray& data) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(data) != data.size())
        qFatal("cannot append to %s", qPrintable(path));
}

std::vector<TextChunk> chunksOf(const FileFollower::Poll& p, const QString& origin) {
    std::vector<TextChunk> out;
    for (const TextChunk& c : p.chunks)
        if (c.origin == origin) out.push_back(c);
    return out;
}

QByteArray textOf(const std::vector<TextChunk>& chunks) {
    QByteArray text;
    for (const TextChunk& c : chunks)
        text += QByteArray::fromStdString(c.text);
    return text;
}

bool hasNote(const FileFollower::Poll& p, const QString& file, const char* part) {
    for (const LoadIssue& n : p.notes)
        if (n.file == file && n.reason.contains(QLatin1String(part))) return true;
    return false;
}

QString notesOf(const FileFollower::Poll& p) {
    QString s;
    for (const LoadIssue& n : p.notes)
        s += n.file + QStringLiteral(": ") + n.reason + QLatin1Char('\n');
    return s;
}

bool anyContains(const QStringList& messages, const char* part) {
    for (const QString& m : messages)
        if (m.contains(QLatin1String(part))) return true;
    return false;
}

const char kRules[] = "id: t-delete\n"
                      "title: Deletion\n"
                      "severity: medium\n"
                      "kind: event\n"
                      "search: 'verb: delete'\n"
                      "message: 'deleted ${resource}/${name}'\n"
                      "---\n"
                      "id: t-fail\n"
                      "title: Failures per IP\n"
                      "severity: high\n"
                      "kind: grouped\n"
                      "search: '*'\n"
                      "group_by: [sourceIPs]\n"
                      "window: 2m\n"
                      "condition: count > 3 and failure_rate > 50%\n"
                      "message: '${count} requests'\n";

RuleSet testRules() {
    return parseRules(kRules, QStringLiteral("test.yaml"));
}

QString errorsOf(const RuleSet& set) {
    QString s;
    for (const RuleError& e : set.errors)
        s += e.toString() + QLatin1Char('\n');
    return s;
}

} // namespace

class TstLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsAppendedLines() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.log"), {});
        FileFollower follower({path}, false);
        const QByteArray third = getLine(3);
        appendTo(path, getLine(1) + getLine(2) + third.left(20));
        auto p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].origin, path);
        QCOMPARE(p.chunks[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), getLine(1) + getLine(2));
        QCOMPARE(p.bytes, qint64(2 * getLine(1).size() + 20));
        // The partial line waits until it is complete.
        appendTo(path, third.mid(20));
        p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(3));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), third);
        p = follower.poll();
        QVERIFY(p.chunks.empty());
        QCOMPARE(p.bytes, qint64(0));
        QCOMPARE(follower.files(), QStringList{path});
    }

    void fromEndKeepsLineNumbers() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.log"), getLine(1) + getLine(2) + getLine(3));
        FileFollower follower({path}, true);
        QVERIFY(follower.poll().chunks.empty());
        appendTo(path, getLine(4));
        const auto p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(4));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), getLine(4));

        // A last line still being written when following starts is read whole once complete.
        const QString other = writeFile(dir, QStringLiteral("y.log"), getLine(1) + getLine(2).left(30));
        FileFollower partial({other}, true);
        QVERIFY(partial.poll().chunks.empty());
        appendTo(other, getLine(2).mid(30) + getLine(3));
        const auto q = partial.poll();
        QCOMPARE(q.chunks.size(), size_t(1));
        QCOMPARE(q.chunks[0].firstLine, qint64(2));
        QCOMPARE(QByteArray::fromStdString(q.chunks[0].text), getLine(2) + getLine(3));
    }

    // A window the load cut in two: its first part was loaded (3 failures, below the threshold),
    // the rest is appended (2 more); live, the window is whole and fires, once.
    void windowAcrossTheLoad() {
        QTemporaryDir dir;
        const QByteArray loaded = failLine(1, "2026-11-28T10:00:01Z") + failLine(2, "2026-11-28T10:00:02Z") +
                                  failLine(3, "2026-11-28T10:00:03Z");
        const QString path = writeFile(dir, QStringLiteral("x.log"), loaded);
        const RuleSet rules = testRules();
        QVERIFY2(rules.errors.empty(), qPrintable(errorsOf(rules)));
        // The run over the load finds nothing: 3 is not more than 3.
        const LoadResult load = Loader::load({path});
        std::set<std::string> seen;
        const MemoryBackend backend(load.store);
        QVERIFY(testutil::must(AlertEngine().run(backend, rules.rules, TimeRange{}, {}, &seen)).findings.empty());

        LiveAlerts live;
        live.setRules(rules.rules);
        live.setSeen(seen);
        std::vector<Finding> found;
        connect(&live, &LiveAlerts::findingsRaised, this,
                [&found](const std::vector<Finding>& f) { found.insert(found.end(), f.begin(), f.end()); });
        QSignalSpy raised(&live, &LiveAlerts::findingsRaised);
        live.followFiles({path}, std::map<QString, qint64>{{path, loaded.size()}}, 3600000);
        appendTo(path, failLine(4, "2026-11-28T10:00:04Z") + failLine(5, "2026-11-28T10:00:05Z"));
        live.pollNow();
        QCOMPARE(raised.count(), 1);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().ruleId, std::string("t-fail"));
        QCOMPARE(found.front().count, int64_t(5));
        appendTo(path, failLine(6, "2026-11-28T10:00:06Z"));
        live.pollNow();
        QCOMPARE(raised.count(), 1);
    }

    // A window whose start is older than the retained text is not judged on its part: five
    // failures at the end of a window whose successes were before it could look like a burst.
    void partialWindowIsNotJudged() {
        const RuleSet rules = testRules();
        std::vector<TextChunk> chunks{
            {QStringLiteral("x.log"), 10,
             QByteArray(failLine(1, "2026-11-28T10:01:50Z") + failLine(2, "2026-11-28T10:01:51Z") +
                        failLine(3, "2026-11-28T10:01:52Z") + failLine(4, "2026-11-28T10:01:53Z"))
                 .toStdString()}};
        const MemoryBackend backend(Loader::loadText(chunks).store);
        AlertOptions whole;
        QCOMPARE(testutil::must(AlertEngine(whole).run(backend, rules.rules, TimeRange{})).findings.size(), size_t(1));
        AlertOptions partial;
        partial.partialBeforeUs = testutil::must(backend.dataRange()).from; // 10:01:50, the window began at 10:00
        QVERIFY(testutil::must(AlertEngine(partial).run(backend, rules.rules, TimeRange{})).findings.empty());
    }

    // Lines written after the load and before following starts are not lost: the follower starts
    // where the load stopped.
    void startsWhereTheLoadStopped() {
        QTemporaryDir dir;
        const QByteArray loaded = getLine(1) + getLine(2);
        const QString path = writeFile(dir, QStringLiteral("x.log"), loaded + getLine(3));
        FileFollower follower({path}, std::map<QString, qint64>{{path, loaded.size()}});
        const auto p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(3));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), getLine(3));
        QVERIFY(follower.poll().chunks.empty());
    }

    void rotationByRename() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.log"), getLine(1) + getLine(2));
        FileFollower follower({path}, true);
        appendTo(path, getLine(3));
        auto p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(3));

        // The writer adds a line to the old file after the rename, then a new file starts.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        appendTo(path + QStringLiteral(".1"), getLine(4));
        nextCreationTick();
        writeFile(dir, QStringLiteral("x.log"), getLine(10) + getLine(11));
        p = follower.poll();
        const auto chunks = chunksOf(p, path);
        QCOMPARE(chunks.size(), size_t(2));
        QCOMPARE(chunks[0].firstLine, qint64(4));
        QCOMPARE(QByteArray::fromStdString(chunks[0].text), getLine(4));
        QCOMPARE(chunks[1].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(chunks[1].text), getLine(10) + getLine(11));
        QVERIFY2(hasNote(p, path, "rotated"), qPrintable(notesOf(p)));
        QCOMPARE(p.chunks.size(), size_t(2)); // x.log.1 itself is not followed

        appendTo(path, getLine(12));
        p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(3));
        QVERIFY(!hasNote(p, path, "rotated"));
    }

    void truncation() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.log"), getLine(1) + getLine(2) + getLine(3));
        FileFollower follower({path}, false);
        QCOMPARE(textOf(follower.poll().chunks), getLine(1) + getLine(2) + getLine(3));
        QVERIFY(QFile::resize(path, 0)); // copytruncate
        appendTo(path, getLine(20));
        const auto p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), getLine(20));
        QVERIFY2(hasNote(p, path, "truncated"), qPrintable(notesOf(p)));
    }

    void folder() {
        QTemporaryDir dir;
        const QString a = writeFile(dir, QStringLiteral("a.log"), getLine(1) + getLine(2));
        const QString fifo = dir.filePath(QStringLiteral("pipe.log"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FileFollower follower({dir.path()}, true);
        auto p = follower.poll();
        QVERIFY(p.chunks.empty());
        QVERIFY2(hasNote(p, fifo, "regular"), qPrintable(notesOf(p))); // reported, never opened

        appendTo(a, getLine(3));
        nextCreationTick();
        const QString b = writeFile(dir, QStringLiteral("b.log"), getLine(5) + getLine(6));
        const QString gz = writeFile(dir, QStringLiteral("c.log.gz"), getLine(7));
        writeFile(dir, QStringLiteral("notes.txt"), getLine(8));
        p = follower.poll();
        const auto fromA = chunksOf(p, a), fromB = chunksOf(p, b);
        QCOMPARE(fromA.size(), size_t(1));
        QCOMPARE(fromA[0].firstLine, qint64(3));
        QCOMPARE(fromB.size(), size_t(1)); // a new file: from its start
        QCOMPARE(fromB[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(fromB[0].text), getLine(5) + getLine(6));
        QCOMPARE(p.chunks.size(), size_t(2));
        QVERIFY(chunksOf(p, gz).empty());
        QVERIFY(follower.files().contains(b));
        QVERIFY(!follower.files().contains(gz));
        QVERIFY(!hasNote(p, fifo, "regular")); // said once
    }

    void folderRotationIsNotReadAgain() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("audit.log"), getLine(1) + getLine(2));
        FileFollower follower({dir.path()}, true);
        appendTo(path, getLine(3));
        QCOMPARE(follower.poll().chunks.size(), size_t(1));
        // kube-apiserver's rotation: renamed with a time, a new audit.log.
        const QString rotated = dir.filePath(QStringLiteral("audit-2026-11-28T10-00-00.000.log"));
        QVERIFY(QFile::rename(path, rotated));
        appendTo(rotated, getLine(4));
        nextCreationTick();
        writeFile(dir, QStringLiteral("audit.log"), getLine(10));
        const auto p = follower.poll();
        const auto old = chunksOf(p, rotated), fresh = chunksOf(p, path);
        QCOMPARE(old.size(), size_t(1));
        QCOMPARE(old[0].firstLine, qint64(4));
        QCOMPARE(QByteArray::fromStdString(old[0].text), getLine(4));
        QCOMPARE(fresh.size(), size_t(1));
        QCOMPARE(fresh[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(fresh[0].text), getLine(10));
        QVERIFY2(hasNote(p, path, "rotated"), qPrintable(notesOf(p)));
    }

    void deletedThenRecreated() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.log"), getLine(1));
        FileFollower follower({path}, false);
        QCOMPARE(follower.poll().chunks.size(), size_t(1));
        QVERIFY(QFile::remove(path));
        auto p = follower.poll();
        QVERIFY(p.chunks.empty());
        QVERIFY2(hasNote(p, path, "gone"), qPrintable(notesOf(p)));
        QCOMPARE(follower.files(), QStringList{path});
        QVERIFY(follower.poll().notes.empty()); // said once
        nextCreationTick();
        writeFile(dir, QStringLiteral("x.log"), getLine(2) + getLine(3));
        p = follower.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), getLine(2) + getLine(3));
        QVERIFY2(hasNote(p, path, "rotated"), qPrintable(notesOf(p)));

        // A name that does not exist yet: followed from its start once it appears.
        const QString later = dir.filePath(QStringLiteral("later.log"));
        FileFollower waiting({later}, true);
        p = waiting.poll();
        QVERIFY(p.chunks.empty());
        QVERIFY2(hasNote(p, later, "not found"), qPrintable(notesOf(p)));
        nextCreationTick();
        writeFile(dir, QStringLiteral("later.log"), getLine(4) + getLine(5));
        p = waiting.poll();
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), getLine(4) + getLine(5));
    }

    void maxBytesPerPoll() {
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 1; i <= 10; ++i)
            content += getLine(i);
        const qint64 length = getLine(1).size();
        const QString path = writeFile(dir, QStringLiteral("x.log"), content);
        FileFollower follower({path}, false);
        const size_t limit = size_t(3 * length + length / 2);
        auto p = follower.poll(limit);
        QCOMPARE(p.bytes, qint64(limit));
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(1));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), content.left(3 * length));
        QVERIFY(follower.poll(0).chunks.empty());
        p = follower.poll();
        QCOMPARE(p.bytes, qint64(content.size()) - qint64(limit));
        QCOMPARE(p.chunks.size(), size_t(1));
        QCOMPARE(p.chunks[0].firstLine, qint64(4));
        QCOMPARE(QByteArray::fromStdString(p.chunks[0].text), content.mid(3 * length));
    }

    void pipeIsNotOpened() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("audit.log"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FileFollower follower({fifo}, true); // opening it would block here, with no writer
        const auto p = follower.poll();
        QVERIFY(p.chunks.empty());
        QVERIFY2(hasNote(p, fifo, "regular"), qPrintable(notesOf(p)));
    }

    void liveOverFiles() {
        const RuleSet rules = testRules();
        QVERIFY2(rules.errors.empty(), qPrintable(errorsOf(rules)));
        QCOMPARE(rules.rules.size(), size_t(2));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("audit.log"), getLine(100));
        LiveAlerts live;
        live.setRules(rules.rules);
        std::vector<Finding> all;
        QStringList notices;
        connect(&live, &LiveAlerts::findingsRaised, this,
                [&all](const std::vector<Finding>& found) { all.insert(all.end(), found.begin(), found.end()); });
        connect(&live, &LiveAlerts::notice, this, [&notices](const QString& m) { notices << m; });
        QSignalSpy raised(&live, &LiveAlerts::findingsRaised);
        QSignalSpy polledSpy(&live, &LiveAlerts::polled);
        live.followFiles({path}, true, 3600 * 1000);
        QVERIFY(live.isRunning());
        QVERIFY(!live.liveBackend());

        // A deletion is raised once, named by its file and line. The loaded line 1 is kept beside it
        // (the windows the load cut are whole), never raised.
        const QByteArray received = deleteLine(1, "RequestReceived");
        appendTo(path, received);
        live.pollNow();
        QCOMPARE(raised.count(), 1);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].ruleId, std::string("t-delete"));
        QCOMPARE(all[0].auditId, uuid(1).toStdString());
        QCOMPARE(all[0].message, QStringLiteral("deleted pods/x"));
        QVERIFY2(all[0].origin.contains(QLatin1String("audit.log")), qPrintable(all[0].origin));
        QCOMPARE(all[0].originLine, qint64(2));
        QCOMPARE(polledSpy.last().at(0).toLongLong(), qint64(received.size()));
        QCOMPARE(polledSpy.last().at(1).toLongLong(), qint64(2));
        QVERIFY(live.liveBackend());

        // Its next stage is the same request: nothing new.
        appendTo(path, deleteLine(1));
        live.pollNow();
        QCOMPARE(raised.count(), 1);

        // Four failures from one address within a window: one grouped finding; two more: none.
        appendTo(path, failLine(2, "2026-11-28T10:00:20Z") + failLine(3, "2026-11-28T10:00:30Z") +
                           failLine(4, "2026-11-28T10:00:40Z") + failLine(5, "2026-11-28T10:00:50Z"));
        live.pollNow();
        QCOMPARE(raised.count(), 2);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[1].ruleId, std::string("t-fail"));
        QCOMPARE(all[1].count, int64_t(4));
        QCOMPARE(all[1].sourceIp, std::string("10.9.9.9"));
        appendTo(path, failLine(6, "2026-11-28T10:01:00Z") + failLine(7, "2026-11-28T10:01:10Z"));
        live.pollNow();
        QCOMPARE(raised.count(), 2);

        // Rotation: the new file's deletion comes, nothing before it again.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        nextCreationTick();
        writeFile(dir, QStringLiteral("audit.log"), deleteLine(20) + getLine(101) + getLine(102));
        live.pollNow();
        QCOMPARE(raised.count(), 3);
        QCOMPARE(all.size(), size_t(3));
        QCOMPARE(all[2].auditId, uuid(20).toStdString());
        QCOMPARE(all[2].originLine, qint64(1));
        QVERIFY2(anyContains(notices, "rotated"), qPrintable(notices.join(QLatin1Char('\n'))));

        // Truncation (copytruncate): the same.
        QVERIFY(QFile::resize(path, 0));
        appendTo(path, deleteLine(21));
        live.pollNow();
        QCOMPARE(raised.count(), 4);
        QCOMPARE(all.size(), size_t(4));
        QCOMPARE(all[3].auditId, uuid(21).toStdString());
        QVERIFY2(anyContains(notices, "truncated"), qPrintable(notices.join(QLatin1Char('\n'))));

        // Nothing appended: nothing raised; every finding was raised once.
        live.pollNow();
        QCOMPARE(raised.count(), 4);
        std::set<std::string> keys;
        for (const Finding& f : all)
            keys.insert(f.key);
        QCOMPARE(keys.size(), all.size());

        live.stop();
        QVERIFY(!live.isRunning());
    }

    void liveOverBackend() {
        const RuleSet rules = testRules();
        QVERIFY2(rules.errors.empty(), qPrintable(errorsOf(rules)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TextChunk chunk;
        chunk.origin = QStringLiteral("memory");
        chunk.firstLine = 1;
        // One deletion just now, one two days ago: outside what a poll looks back over.
        chunk.text = QByteArray(deleteLine(30, "ResponseComplete", rfc3339(now.addSecs(-5))) +
                                deleteLine(31, "ResponseComplete", rfc3339(now.addDays(-2))))
                         .toStdString();
        const LoadResult loaded = Loader::loadText({chunk});
        QVERIFY(loaded.store);
        QCOMPARE(loaded.store->recordCount(), size_t(2));
        const auto backend = std::make_shared<MemoryBackend>(loaded.store);

        LiveAlerts live;
        live.setRules(rules.rules);
        std::vector<Finding> all;
        connect(&live, &LiveAlerts::findingsRaised, this,
                [&all](const std::vector<Finding>& found) { all.insert(all.end(), found.begin(), found.end()); });
        QSignalSpy raised(&live, &LiveAlerts::findingsRaised);
        live.pollBackend(backend, 3600 * 1000);
        QVERIFY(live.isRunning());
        live.pollNow();
        QCOMPARE(raised.count(), 1);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].auditId, uuid(30).toStdString());
        live.pollNow();
        QCOMPARE(raised.count(), 1);
        QVERIFY(live.liveBackend() == backend);

        // Findings known already (from the loaded data's evaluation) are not raised.
        LiveAlerts again;
        again.setRules(rules.rules);
        again.setSeen({all[0].key});
        QSignalSpy raisedAgain(&again, &LiveAlerts::findingsRaised);
        again.pollBackend(backend, 3600 * 1000);
        again.pollNow();
        QCOMPARE(raisedAgain.count(), 0);
        again.stop();
        QVERIFY(!again.isRunning());
    }

    void timerDeliversFindings() {
        const RuleSet rules = testRules();
        QVERIFY2(rules.errors.empty(), qPrintable(errorsOf(rules)));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("audit.log"), deleteLine(40));
        auto live = std::make_unique<LiveAlerts>();
        live->setRules(rules.rules);
        QSignalSpy raised(live.get(), &LiveAlerts::findingsRaised);
        live->followFiles({path}, false, 10);
        QVERIFY(raised.wait(30000));
        QCOMPARE(raised.count(), 1);
        appendTo(path, deleteLine(41));
        QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 2, 30000);
        // Destroyed while it may be evaluating: the evaluation must not outlive it.
        appendTo(path, deleteLine(42));
        QTest::qWait(15);
        live.reset();
    }
};

QTEST_GUILESS_MAIN(TstLive)
#include "tst_live.moc"
