// The item models: QAbstractItemModelTester on each, engine sorting, roles.
#include "backends/MemoryBackend.h"
#include "itemmodels/EventTableModel.h"
#include "itemmodels/KeyCountModel.h"
#include "itemmodels/ResourceOpsModel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QTest>

using namespace ac;

class TstItemModels : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const EventStore> m_store;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        const QString path = m_dir.filePath(QStringLiteral("gen.log"));
        QProcess gen;
        gen.start(QStringLiteral(AC_GEN),
                  {QStringLiteral("--events"), QStringLiteral("5000"), QStringLiteral("--out"), path});
        QVERIFY(gen.waitForFinished(60000));
        m_store = Loader::load({path}).store;
        QVERIFY(m_store);
    }

    void keyCountModel() {
        KeyCountModel model(QStringLiteral("Operator"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MemoryBackend b(m_store);
        Query q;
        q.groupBy = {Field::Operator};
        const auto rows = toKeyCounts(b.run(q));
        model.setRows(rows, static_cast<int64_t>(m_store->requestCount()));
        QCOMPARE(model.rowCount(), int(rows.size()));
        QCOMPARE(model.columnCount(), int(KeyCountModel::ColumnCount));
        QCOMPARE(model.index(0, KeyCountModel::CountColumn).data(TableModelBase::SortRole).toLongLong(),
                 qlonglong(rows.front().count));
        model.sort(KeyCountModel::KeyColumn, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(TableModelBase::SortRole).toString() <=
                    model.index(r, 0).data(TableModelBase::SortRole).toString());
        model.sort(KeyCountModel::CountColumn, Qt::DescendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 1).data(TableModelBase::SortRole).toLongLong() >=
                    model.index(r, 1).data(TableModelBase::SortRole).toLongLong());
        model.setRows({}, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void eventTableModel() {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MemoryBackend b(m_store);
        auto page = b.events(Query(), 0, SIZE_MAX);
        model.setRecords(m_store, page.records);
        QCOMPARE(size_t(model.rowCount()), m_store->requestCount());
        // A persistent index follows its record through a sort done by the engine.
        const QPersistentModelIndex kept = model.index(17, 0);
        const uint32_t keptRecord = model.recordAt(17);
        const int opColumn = 1;
        model.sort(opColumn, Qt::AscendingOrder);
        QCOMPARE(model.recordAt(kept.row()), keptRecord);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, opColumn).data().toString().toStdString() <=
                    model.index(r, opColumn).data().toString().toStdString());
        model.sort(0, Qt::DescendingOrder); // time
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(m_store->columns().time[model.recordAt(r - 1)] >= m_store->columns().time[model.recordAt(r)]);
        const int codeColumn = 6;
        QCOMPARE(model.headerData(codeColumn, Qt::Horizontal).toString(), QStringLiteral("Code"));
        QVERIFY(model.headerData(codeColumn, Qt::Horizontal, TableModelBase::StatusCodeColumnRole).toBool());
        model.sort(codeColumn, Qt::DescendingOrder);
        QVERIFY(model.index(0, codeColumn).data().toInt() >=
                model.index(model.rowCount() - 1, codeColumn).data().toInt());
        QCOMPARE(model.index(3, 0).data(TableModelBase::RecordRole).toUInt(), model.recordAt(3));
    }

    void execColumnsDecodeTheCommand() {
        const MemoryBackend b(m_store);
        Query q;
        q.filter = defs::exec();
        EventTableModel model(EventTableModel::execColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(m_store, b.events(q, 0, 100).records);
        QVERIFY(model.rowCount() > 0);
        int withCommand = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            withCommand += !model.index(r, 5).data().toString().isEmpty();
            QVERIFY(!model.index(r, 4).data().toString().isEmpty()); // container
        }
        QCOMPARE(withCommand, model.rowCount());
        model.sort(5, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 5).data().toString().toStdString() <=
                    model.index(r, 5).data().toString().toStdString());
    }

    void execUriDecoding() {
        const auto e =
            parseExecUri("/api/v1/namespaces/p/pods/web-1/exec?command=sh&command=-c&command=cat%20%2Fetc%2Fpasswd"
                         "&container=web&stdin=true&stdout=true&tty=true");
        QCOMPARE(e.container, std::string("web"));
        QCOMPARE(e.command, std::string("sh -c \"cat /etc/passwd\""));
        QVERIFY(e.tty);
        QVERIFY(e.stdinAttached);
        const auto plus = parseExecUri("/x/exec?command=ls+-l&container=c");
        QCOMPARE(plus.command, std::string("\"ls -l\""));
        QVERIFY(!plus.tty);
        QCOMPARE(parseExecUri("/no/query").command, std::string());
    }

    void resourceOpsModel() {
        ResourceOpsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MemoryBackend b(m_store);
        const auto report = ResourceOperationsReport::compute(b, {});
        model.setReport(report);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(0, ResourceOpsModel::ResourceColumn).data().toString(), QStringLiteral("Deployment"));
        QCOMPARE(model.index(10, ResourceOpsModel::ResourceColumn).data().toString(),
                 QStringLiteral("PersistentVolumeClaim"));
        QCOMPARE(model.index(5, ResourceOpsModel::AccessColumn).data(TableModelBase::SortRole).toLongLong(),
                 qlonglong(report.rows[5].access));
        QCOMPARE(model.index(5, 0).data(TableModelBase::KeyRole).toString(), QStringLiteral("pods"));
    }
};

QTEST_GUILESS_MAIN(TstItemModels)
#include "tst_itemmodels.moc"
