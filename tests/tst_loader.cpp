// The loader: every input format, hostile input, the request merge, parallel loading.
#include "audit/Loader.h"
#include "backends/ClickHouseClient.h"
#include "testutil.h"

#include <QTest>

using namespace ac;
using ac::gzipCompress;
using testutil::eventLine;
using testutil::writeFile;

namespace {
QByteArray threeEvents() {
    return eventLine(testutil::uuid(1).toLatin1(), "create", "pods", "2026-11-28T10:00:00.000001Z") + '\n' +
           eventLine(testutil::uuid(2).toLatin1(), "get", "secrets", "2026-11-28T10:00:01Z") + '\n' +
           eventLine(testutil::uuid(3).toLatin1(), "delete", "deployments", "2026-11-28T10:00:02Z") + '\n';
}

LoadResult loadOne(const QString& path, LoadOptions options = {}) {
    return Loader::load({path}, options);
}

bool hasIssue(const LoadResult& r, const QString& file, qint64 line, const QString& reasonPart) {
    for (const auto& i : r.issues)
        if (i.file == file && i.line == line && i.reason.contains(reasonPart)) return true;
    return false;
}

QString dump(const LoadResult& r) {
    QString s;
    for (const auto& i : r.issues)
        s += QStringLiteral("%1:%2: %3\n").arg(i.file).arg(i.line).arg(i.reason);
    return s;
}

std::string verbs(const EventStore& s) {
    std::string out;
    for (uint32_t r = 0; r < s.recordCount(); ++r)
        out += std::string(s.str(DictColumn::Verb, r)) + " ";
    return out;
}
} // namespace

class TstLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonLines() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("audit.log"), threeEvents());
        const auto r = loadOne(path);
        QVERIFY2(r.issues.empty(), qPrintable(dump(r)));
        QCOMPARE(r.store->recordCount(), size_t(3));
        QCOMPARE(r.store->requestCount(), size_t(3));
        QCOMPARE(verbs(*r.store), std::string("create get delete "));
        QCOMPARE(r.store->str(DictColumn::Resource, 1), std::string_view("secrets"));
        QCOMPARE(r.store->columns().line[2], 3u);
        QCOMPARE(r.store->columns().time[0], 1795860000000001LL);
        QCOMPARE(r.store->files().front().format, QStringLiteral("json-lines"));
        // The raw text is the line itself, read back from the mapped file.
        QCOMPARE(QByteArray::fromStdString(std::string(r.store->rawJson(1))), threeEvents().split('\n')[1]);
    }

    void legacyFormats() {
        // v1beta1 and the early events without apiVersion, timed by `timestamp`.
        QTemporaryDir dir;
        const QByteArray old =
            R"({"kind":"Event","level":"Request","auditID":"a1","verb":"create","user":{"username":"minikube-user"},"objectRef":{"resource":"namespaces","name":"foo"},"responseStatus":{"code":201},"timestamp":"2018-10-26T13:38:34Z","stage":"ResponseComplete"})";
        const QByteArray beta =
            R"({"kind":"Event","apiVersion":"audit.k8s.io/v1beta1","auditID":"b2","verb":"get","stage":"ResponseComplete","user":{"username":"u"},"requestReceivedTimestamp":"2019-01-01T00:00:00.5Z","stageTimestamp":"2019-01-01T00:00:01.5Z","timestamp":"2018-01-01T00:00:00Z"})";
        const auto r = loadOne(writeFile(dir, QStringLiteral("a.json"), old + "\n" + beta + "\n"));
        QVERIFY2(r.issues.empty(), qPrintable(dump(r)));
        QCOMPARE(r.store->recordCount(), size_t(2));
        QCOMPARE(r.store->columns().time[0], 1540561114000000LL);
        QCOMPARE(r.store->columns().time[1], 1546300800500000LL); // requestReceivedTimestamp wins
        QCOMPARE(r.store->columns().latencyMs[1], 1000);
        QCOMPARE(r.store->columns().latencyMs[0], -1);
        QCOMPARE(r.store->auditIdText(0), std::string("a1"));
    }

    void documents_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("records");
        const QByteArray e1 =
            eventLine("11111111-1111-4111-8111-111111111111", "create", "pods", "2026-11-28T10:00:00Z");
        const QByteArray e2 = eventLine("22222222-2222-4222-8222-222222222222", "get", "pods", "2026-11-28T10:00:01Z");
        QByteArray pretty = QJsonDocument(QJsonDocument::fromJson(e1).object()).toJson(QJsonDocument::Indented);
        QTest::newRow("pretty single event") << pretty << 1;
        QTest::newRow("pretty single event with BOM") << QByteArray("\xEF\xBB\xBF") + pretty << 1;
        QTest::newRow("two concatenated pretty events") << pretty + pretty << 2;
        QTest::newRow("array one line") << "[" + e1 + "," + e2 + "]" << 2;
        QTest::newRow("array pretty") << QJsonDocument(QJsonArray{QJsonDocument::fromJson(e1).object(),
                                                                  QJsonDocument::fromJson(e2).object()})
                                             .toJson(QJsonDocument::Indented)
                                      << 2;
        const QByteArray list =
            R"({"kind":"EventList","apiVersion":"audit.k8s.io/v1","metadata":{},"items":[)" + e1 + "," + e2 + "]}";
        QTest::newRow("EventList line") << list << 2;
        QTest::newRow("EventList lines") << list + "\n" + list + "\n" << 4;
        QTest::newRow("EventList pretty") << QJsonDocument::fromJson(list).toJson(QJsonDocument::Indented) << 2;
        auto aks = [](const QByteArray& ev) {
            QJsonObject rec{
                {QStringLiteral("category"), QStringLiteral("kube-audit")},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("log"), QString::fromUtf8(ev + "\n")},
                                                           {QStringLiteral("stream"), QStringLiteral("stdout")}}}};
            return rec;
        };
        const QByteArray records = QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{aks(e1), aks(e2)}}})
                                       .toJson(QJsonDocument::Compact);
        QTest::newRow("AKS records") << records << 2;
        QTest::newRow("AKS records with BOM") << QByteArray("\xEF\xBB\xBF") + records << 2;
        QTest::newRow("AKS single record pretty") << QByteArray("\xEF\xBB\xBF") + QJsonDocument(aks(e1)).toJson() << 1;
    }
    void documents() {
        QFETCH(QByteArray, content);
        QFETCH(int, records);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("doc.json"), content);
        const auto r = loadOne(path);
        QVERIFY2(r.issues.empty(), qPrintable(dump(r)));
        QCOMPARE(int(r.store->recordCount()), records);
        for (uint32_t i = 0; i < r.store->recordCount(); ++i) {
            // Every record's raw text is a complete event of its own.
            const auto raw = r.store->rawJson(i);
            const QJsonDocument d = QJsonDocument::fromJson(QByteArray(raw.data(), qsizetype(raw.size())));
            QVERIFY2(d.isObject(), raw.data());
            QCOMPARE(d.object().value(QStringLiteral("kind")).toString(), QStringLiteral("Event"));
        }
    }

    void lineNumbersInDocuments() {
        QTemporaryDir dir;
        const QByteArray e1 =
            eventLine("11111111-1111-4111-8111-111111111111", "create", "pods", "2026-11-28T10:00:00Z");
        const QByteArray doc = "[\n  " + e1 + ",\n  {\"kind\":\"Event\"},\n  " + e1 + "\n]\n";
        const QString path = writeFile(dir, QStringLiteral("arr.json"), doc);
        const auto r = loadOne(path);
        QCOMPARE(r.store->recordCount(), size_t(2));
        QVERIFY2(hasIssue(r, path, 3, QStringLiteral("“verb” is missing")), qPrintable(dump(r)));
        QCOMPARE(r.store->columns().line[1], 4u);
    }

    void gzipAndFolders() {
        QTemporaryDir dir;
        const QByteArray a = eventLine(testutil::uuid(1).toLatin1(), "create", "pods", "2026-11-28T10:00:00Z") + '\n' +
                             eventLine(testutil::uuid(2).toLatin1(), "get", "pods", "2026-11-28T10:00:02Z") + '\n';
        const QByteArray b = eventLine(testutil::uuid(3).toLatin1(), "list", "pods", "2026-11-28T09:00:00Z") + '\n';
        const QByteArray c = eventLine(testutil::uuid(4).toLatin1(), "watch", "pods", "2026-11-28T10:00:01Z") + '\n';
        // Rotated names; the newest file sorts first by name, so the merge must sort by time.
        writeFile(dir, QStringLiteral("logs/kube-apiserver.log"), a);
        writeFile(dir, QStringLiteral("logs/kube-apiserver-2026-11-28T09-30-00.000.log.gz"), gzipCompress(b));
        // Two gzip members in one file, as `cat x.gz y.gz` makes.
        writeFile(dir, QStringLiteral("logs/kube-apiserver-2026-11-28T10-00-00.000.log.gz"), gzipCompress(c) + gzipCompress(""));
        writeFile(dir, QStringLiteral("logs/README.txt"), "not a log");
        const auto r = Loader::load({dir.filePath(QStringLiteral("logs"))});
        QVERIFY2(r.issues.empty(), qPrintable(dump(r)));
        QCOMPARE(r.store->recordCount(), size_t(4));
        QCOMPARE(verbs(*r.store), std::string("list create watch get "));
        QCOMPARE(r.store->files().size(), size_t(3));
        QVERIFY(r.store->sourceOf(0).path.endsWith(QStringLiteral("09-30-00.000.log.gz")));
        QCOMPARE(r.store->sourceOf(0).format, QStringLiteral("gzip json-lines"));
        QCOMPARE(r.store->columns().line[3], 2u);
    }

    void requestMerge() {
        // An exec: ResponseStarted then ResponseComplete with one auditID is one request whose
        // code is its last stage's.
        QTemporaryDir dir;
        const QByteArray id = "33333333-3333-4333-8333-333333333333";
        const QByteArray lines =
            eventLine(id, "create", "pods", "2026-11-28T10:00:00Z", 101, "ResponseStarted") + '\n' +
            eventLine("44444444-4444-4444-8444-444444444444", "get", "pods", "2026-11-28T10:00:00Z") + '\n' +
            eventLine(id, "create", "pods", "2026-11-28T10:00:00Z", 500, "ResponseComplete") + '\n' +
            eventLine("", "get", "pods", "2026-11-28T10:00:00Z") + '\n' +
            eventLine("", "get", "pods", "2026-11-28T10:00:00Z") + '\n';
        const auto r = loadOne(writeFile(dir, QStringLiteral("exec.log"), lines));
        QVERIFY2(r.issues.empty(), qPrintable(dump(r)));
        const EventStore& s = *r.store;
        QCOMPARE(s.recordCount(), size_t(5));
        QCOMPARE(s.requestCount(), size_t(4)); // records without an auditID stay separate
        QCOMPARE(s.requestOf(0), s.requestOf(2));
        const uint32_t last = s.lastRecordOf(s.requestOf(0));
        QCOMPARE(s.columns().code[last], int16_t(500));
        QCOMPARE(s.columns().stage[last], Stage::ResponseComplete);
        QCOMPARE(s.stagesOf(2), (std::vector<uint32_t>{0, 2}));
    }

    void hostileLines() {
        QTemporaryDir dir;
        const QByteArray good = eventLine(testutil::uuid(1).toLatin1(), "get", "pods", "2026-11-28T10:00:00Z");
        QByteArray text;
        text += good + '\n';                       // 1
        text += "this is not json\n";              // 2
        text += good.left(good.size() / 2) + '\n'; // 3 truncated
        text += R"({"kind":"Status","apiVersion":"v1"})"
                "\n"; // 4 not an event
        text += R"({"kind":"Event","verb":"get"})"
                "\n"; // 5 no timestamp
        text += R"({"kind":"Event","verb":"get","requestReceivedTimestamp":"soon"})"
                "\n"; // 6 bad time
        text += R"({"kind":"Event","verb":5,"requestReceivedTimestamp":"2026-11-28T10:00:00Z"})"
                "\n"; // 7 wrong type
        text += "{\"kind\":\"Event\",\"verb\":\"get\",\"user\":{\"username\":\"\xff\xfe\"},"
                "\"requestReceivedTimestamp\":\"2026-11-28T10:00:00Z\"}\n"; // 8 bad UTF-8
        text += "[1,2,3]\n";                                                // 9
        text +=
            "{\"kind\":\"Event\",\"verb\":\"get\",\"a\":\"" + QByteArray(1, '\0') + "\"}\n"; // 10 raw NUL in a string
        text += "   \n";                                                                     // 11 blank: ignored
        text += "{" + QByteArray(2000, '[') + "}\n";                                         // 12 absurd nesting
        text += QByteArray(3000, 'x') + '\n';                                                // 13 over the line limit
        text += "{\"verb\":\"get\",\"requestReceivedTimestamp\":\"2026-11-28T10:00:00Z\"} trailing\n"; // 14
        text += good + "\r\n";      // 15 CRLF is fine
        text += good + good + "\n"; // 16 two objects on a line
        text += good;               // 17 no final newline
        const QString path = writeFile(dir, QStringLiteral("hostile.log"), text);
        LoadOptions options;
        options.maxLineBytes = 2048;
        const auto r = loadOne(path, options);
        QVERIFY(r.store);
        QCOMPARE(r.store->recordCount(), size_t(3));
        QCOMPARE(r.store->columns().line[0], 1u);
        QCOMPARE(r.store->columns().line[1], 15u);
        QCOMPARE(r.store->columns().line[2], 17u);
        QCOMPARE(r.skipped, qint64(13));
        // Each reason names what is wrong, with the field and the value from the line.
        QVERIFY2(hasIssue(r, path, 2, QStringLiteral("not a JSON object (the line does not start with '{')")),
                 qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 3, QStringLiteral("truncated or malformed line: it does not end with '}'")),
                 qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 4, QStringLiteral("“kind” is “Status”, not “Event”")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 5, QStringLiteral("no timestamp")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 6, QStringLiteral("invalid timestamp: “requestReceivedTimestamp” is “soon”")),
                 qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 7, QStringLiteral("“verb” is a number here but must be a string")),
                 qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 8, QStringLiteral("UTF-8")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 9, QStringLiteral("not a JSON object")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 10, QString()), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 12, QString()), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 13, QStringLiteral("line too long: 3000 bytes, over the limit of 2048 bytes")),
                 qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 14, QString()), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, path, 16, QStringLiteral("unexpected text after the JSON object")), qPrintable(dump(r)));
        QCOMPARE(r.store->files().front().skipped, qint64(13));
    }

    void hostileFiles() {
        QTemporaryDir dir;
        const QString empty = writeFile(dir, QStringLiteral("empty.log"), "");
        const QString blank = writeFile(dir, QStringLiteral("blank.log"), "\n\n  \n");
        QByteArray bin(4096, '\0');
        for (int i = 0; i < bin.size(); ++i)
            bin[i] = char(i * 7);
        const QString binary = writeFile(dir, QStringLiteral("binary.log"), bin);
        const QString missing = dir.filePath(QStringLiteral("missing.log"));
        QDir(dir.path()).mkdir(QStringLiteral("nologs"));
        writeFile(dir, QStringLiteral("nologs/notes.txt"), "hello");
        const QString noLogs = dir.filePath(QStringLiteral("nologs"));
        QByteArray gz = gzipCompress(threeEvents());
        gz.chop(gz.size() / 3);
        const QString truncatedGz = writeFile(dir, QStringLiteral("cut.log.gz"), gz);
        const QString good = writeFile(dir, QStringLiteral("good.log"), threeEvents());

        const auto r = Loader::load({empty, blank, binary, missing, noLogs, truncatedGz, good});
        QVERIFY(r.store);
        QVERIFY2(hasIssue(r, empty, 0, QStringLiteral("empty file")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, blank, 0, QStringLiteral("empty file")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, binary, 0, QStringLiteral("binary")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, missing, 0, QStringLiteral("no such file")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, noLogs, 0, QStringLiteral("no audit log files")), qPrintable(dump(r)));
        QVERIFY2(hasIssue(r, truncatedGz, 0, QStringLiteral("gzip")), qPrintable(dump(r)));
        // Whatever the broken files are, the good file and the readable part of the gzip load.
        QVERIFY(r.store->recordCount() >= 3);
        size_t fromGood = 0;
        for (uint32_t i = 0; i < r.store->recordCount(); ++i)
            fromGood += r.store->sourceOf(i).path == good;
        QCOMPARE(fromGood, size_t(3));
    }

    void gzipBomb() {
        // Output beyond the limit is refused; what came before it loads.
        QTemporaryDir dir;
        QByteArray text;
        while (text.size() < (3 << 20))
            text += threeEvents();
        const QString path = writeFile(dir, QStringLiteral("big.log.gz"), gzipCompress(text));
        LoadOptions options;
        options.maxInflatedBytes = 1 << 20;
        const auto r = loadOne(path, options);
        QVERIFY2(hasIssue(r, path, 0, QStringLiteral("decompresses to more than 1 MiB")), qPrintable(dump(r)));
        QVERIFY(r.store->recordCount() > 100);
        QVERIFY(r.store->recordCount() < size_t(text.count('\n')));
    }

    void rawStringReadsTheTopLevelField() {
        // A body key of the same name, before the real one (keys sorted by a log shipper).
        QTemporaryDir dir;
        const QByteArray line =
            R"({"apiVersion":"audit.k8s.io/v1","auditID":"55555555-5555-4555-8555-555555555555","kind":"Event",)"
            R"("requestObject":{"data":{"requestURI":"/fake"}},"requestReceivedTimestamp":"2026-11-28T10:00:00Z",)"
            R"("requestURI":"/api/v1/namespaces/a/pods/b/exec?command=id","verb":"create"})";
        const auto r = loadOne(writeFile(dir, QStringLiteral("sorted.log"), line + "\n"));
        QCOMPARE(r.store->recordCount(), size_t(1));
        QCOMPARE(r.store->rawString(0, "requestURI").value(),
                 std::string("/api/v1/namespaces/a/pods/b/exec?command=id"));
        QVERIFY(!r.store->rawString(0, "missing"));
    }

    void truncatedAfterLoad() {
        AC_REQUIRE_SHRINK_GUARD();
        // `logrotate copytruncate` while the log is open: its text is no longer read (reading a
        // mapping past the file's new end would raise SIGBUS), and nothing crashes.
        QTemporaryDir dir;
        QByteArray text;
        while (text.size() < 3 * 4096)
            text += threeEvents();
        const QString path = writeFile(dir, QStringLiteral("live.log"), text);
        const auto r = loadOne(path);
        QVERIFY(!r.store->rawJson(0).empty());
        QVERIFY(r.store->intactBuffers()[r.store->bufferOf(0)]);
        QVERIFY(QFile::resize(path, 0));
        QVERIFY(r.store->rawJson(0).empty());
        QVERIFY(!r.store->intactBuffers()[r.store->bufferOf(0)]);
        QVERIFY(!r.store->rawString(0, "requestURI"));
        // Columns still answer; the raw text does not.
        QCOMPARE(std::string(r.store->str(DictColumn::Verb, 0)), std::string("create"));
    }

    void parallelMatchesSerial() {
        // Above the split threshold: the same store with 1 and 4 threads, line numbers included.
        QTemporaryDir dir;
        QByteArray text;
        int n = 0;
        while (text.size() < (6 << 20)) {
            const QByteArray t = "2026-11-28T10:" + QByteArray::number(n / 60000 % 60).rightJustified(2, '0') + ":" +
                                 QByteArray::number(n / 1000 % 60).rightJustified(2, '0') + "Z";
            text += eventLine(testutil::uuid(n).toLatin1(), n % 3 ? "get" : "create", n % 5 ? "pods" : "secrets", t,
                              200, "ResponseComplete", "user" + QByteArray::number(n % 97)) +
                    '\n';
            if (n % 1000 == 7) text += "garbage line\n";
            ++n;
        }
        const QString path = writeFile(dir, QStringLiteral("big.log"), text);
        LoadOptions one;
        one.threads = 1;
        LoadOptions four;
        four.threads = 4;
        const auto a = loadOne(path, one);
        const auto b = loadOne(path, four);
        QCOMPARE(a.store->recordCount(), size_t(n));
        QCOMPARE(b.store->recordCount(), size_t(n));
        QCOMPARE(a.skipped, b.skipped);
        QVERIFY(a.skipped > 0);
        for (uint32_t i = 0; i < a.store->recordCount(); i += 997) {
            QCOMPARE(a.store->columns().line[i], b.store->columns().line[i]);
            QCOMPARE(a.store->str(DictColumn::Username, i), b.store->str(DictColumn::Username, i));
            QCOMPARE(a.store->rawJson(i), b.store->rawJson(i));
        }
        for (size_t i = 0; i < a.issues.size(); ++i)
            QCOMPARE(a.issues[i].line, b.issues[i].line);
    }

    void cancel() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.log"), threeEvents());
        std::atomic_bool stop{true};
        const auto r = Loader::load({path}, {}, {}, &stop);
        QVERIFY(r.cancelled);
        QVERIFY(!r.store);
    }

    void progressReachesTotal() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.log"), threeEvents());
        qint64 lastDone = -1, lastTotal = -1;
        Loader::load({path}, {}, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(lastTotal, qint64(threeEvents().size()));
        QCOMPARE(lastDone, lastTotal);
    }

    void realData() {
        AC_REQUIRE_REAL_DATA();
        const QString dir = testutil::realDataDir();
        const auto r = Loader::load({dir});
        QVERIFY(r.store);
        // MANIFEST.tsv lists 108 events in 82 files; falco/fal_01_003.json ({"kind":0}) is the
        // malformed one.
        QCOMPARE(r.store->recordCount(), size_t(107));
        QCOMPARE(r.skipped, qint64(1));
        QCOMPARE(r.issues.size(), size_t(1));
        QVERIFY(r.issues.front().file.endsWith(QStringLiteral("falco/fal_01_003.json")));
        QCOMPARE(r.issues.front().line, qint64(1));
        QVERIFY2(r.issues.front().reason.contains(QStringLiteral("“kind” is a number here but must be a string")),
                 qPrintable(r.issues.front().reason));
        QCOMPARE(r.store->files().size(), size_t(82));
        // The AKS export holds 22 events (15 lines), the pretty KubeAuditLog one event.
        qint64 aks = 0;
        for (const auto& f : r.store->files())
            if (f.path.endsWith(QStringLiteral("aks-audit-log/event.json"))) aks = f.records;
        QCOMPARE(aks, qint64(22));
        const auto ref = testutil::referenceEvents(dir);
        QCOMPARE(size_t(ref.size()), r.store->recordCount());
        QCOMPARE(size_t(testutil::referenceRequests(ref).size()), r.store->requestCount());
    }
};

QTEST_GUILESS_MAIN(TstLoader)
#include "tst_loader.moc"
