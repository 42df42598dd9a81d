// The item models: QAbstractItemModelTester on each, engine sorting, roles.
#include "backends/MemoryBackend.h"
#include "itemmodels/EventTableModel.h"
#include "itemmodels/KeyCountModel.h"
#include "itemmodels/ResourceOpsModel.h"
#include "itemmodels/SqlRowsModel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QTest>

#include <set>

using namespace ac;
using testutil::must;

namespace {
int columnOf(const EventTableModel& m, EventTableModel::Column kind) {
    for (int c = 0; c < m.columnCount(); ++c)
        if (m.columnKind(c) == kind) return c;
    return -1;
}
} // namespace

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
                  {QStringLiteral("--events"), QStringLiteral("20000"), QStringLiteral("--out"), path});
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
        const auto rows = toKeyCounts(must(b.run(q)));
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

    // The SQL part's rows: its columns in order; a column of numbers sorts as numbers (10 after 9),
    // one with any text as text; a selected row stays selected across a sort.
    void sqlRowsModel() {
        SqlRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(SqlRows{{"verb", "n", "mixed"},
                              {{"get", "9", "b"}, {"list", "10", "1"}, {"watch", "", "a"}, {"delete", "2.5", "2"}}});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("n"));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft);
        const QPersistentModelIndex list = model.index(1, 0);
        model.sort(1, Qt::AscendingOrder);
        QStringList verbs;
        for (int r = 0; r < model.rowCount(); ++r)
            verbs << model.index(r, 0).data().toString();
        QCOMPARE(verbs, (QStringList{QStringLiteral("watch"), QStringLiteral("delete"), QStringLiteral("get"),
                                     QStringLiteral("list")}));
        QCOMPARE(list.data().toString(), QStringLiteral("list"));
        QCOMPARE(list.row(), 3);
        model.sort(2, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(3, 2).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, 0).data(TableModelBase::ExportRole).toString(), QStringLiteral("get"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void eventTableModel() {
        const auto b = std::make_shared<const MemoryBackend>(m_store);
        {
            // The first page only: the rest comes as a view scrolls (fetchMore), never all up front.
            EventTableModel alone;
            alone.setQuery(b, EventsQuery());
            QCOMPARE(alone.rowCount(), 0); // nothing is fetched until a view asks
            QVERIFY(alone.canFetchMore({}));
            alone.fetchMore({});
            QTRY_VERIFY(!alone.isFetching());
            QCOMPARE(alone.rowCount(), EventTableModel::kPageSize);
            QVERIFY(alone.canFetchMore({}));
        }
        {
            // The tester asks for more as a view would; a few pages of a narrower query.
            EventTableModel tested;
            QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
            tested.setQuery(b, eventsOf({}, Expr::exact(Field::Verb, "create")));
            QTRY_VERIFY(!tested.isFetching());
            QVERIFY(tested.rowCount() > EventTableModel::kPageSize);
            tested.sort(1, Qt::AscendingOrder);
            QTRY_VERIFY(!tested.isFetching());
        }
        // Scrolled through to the end: more pages than the cache keeps.
        EventTableModel model;
        model.setQuery(b, EventsQuery());
        QTRY_VERIFY(!model.isFetching());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isFetching());
        }
        QCOMPARE(size_t(model.rowCount()), m_store->requestCount());
        QVERIFY(model.atEnd());
        std::set<QString> ids;
        int64_t previousTime = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const EventRow* row = model.rowAt(r);
            if (!row) { // evicted from the bounded cache: fetched again from its cursor
                QTRY_VERIFY(!model.isFetching());
                row = model.rowAt(r);
            }
            QVERIFY(row);
            ids.insert(QString::fromStdString(row->auditId));
            if (r > 0) QVERIFY(previousTime >= row->time); // newest first, across evicted pages too
            previousTime = row->time;
        }
        QCOMPARE(ids.size(), m_store->requestCount());

        // Sorting is an events query: the model starts again from the first page, in the new order.
        // A cell of a row whose page was evicted shows a placeholder until it is fetched again.
        auto cellAt = [&model](int r, int c) {
            if (!model.rowAt(r))
                while (model.isFetching())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            return model.index(r, c).data().toString();
        };
        const int opColumn = 1;
        model.sort(opColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        model.fetchMore({}); // a second ask while the first page is on its way is ignored
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(model.rowCount(), EventTableModel::kPageSize);
        model.fetchMore({});
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(model.rowCount(), 2 * EventTableModel::kPageSize);
        QCOMPARE(model.query().sort, EventSort::Operator);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(cellAt(r - 1, opColumn).toStdString() <= cellAt(r, opColumn).toStdString());
        const int codeColumn = columnOf(model, EventTableModel::Column::Code);
        QCOMPARE(model.headerData(codeColumn, Qt::Horizontal).toString(), QStringLiteral("Code"));
        QVERIFY(model.headerData(codeColumn, Qt::Horizontal, TableModelBase::StatusCodeColumnRole).toBool());
        model.sort(codeColumn, Qt::DescendingOrder);
        model.fetchMore({});
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(model.rowCount(), EventTableModel::kPageSize);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(cellAt(r - 1, codeColumn).toInt() >= cellAt(r, codeColumn).toInt());
        const QString ref = model.index(3, 0).data(TableModelBase::RefRole).toString();
        QVERIFY(!ref.isEmpty());
        QCOMPARE(QString::fromStdString(must(b->detail(ref.toStdString())).stages.back().row.auditId),
                 QString::fromStdString(model.rowAt(3)->auditId));
    }

    void eventTableModelExportsEveryRow() {
        EventTableModel model;
        const auto b = std::make_shared<const MemoryBackend>(m_store);
        model.setQuery(b, EventsQuery());
        model.fetchMore({});
        QTRY_VERIFY(!model.isFetching());
        size_t n = 0;
        QString error;
        QVERIFY(model.forEachRow([&](const EventRow&) { return ++n > 0; }, &error));
        QCOMPARE(n, m_store->requestCount());
        QCOMPARE(model.rowCount(), EventTableModel::kPageSize); // the export did not fill the model
    }

    void execColumnsDecodeTheCommand() {
        const auto b = std::make_shared<const MemoryBackend>(m_store);
        EventTableModel model(EventTableModel::execColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(b, eventsOf({}, defs::exec()));
        QTRY_VERIFY(!model.isFetching());
        QVERIFY(model.rowCount() > 0);
        int withCommand = 0;
        const int command = columnOf(model, EventTableModel::Column::Command);
        const int container = columnOf(model, EventTableModel::Column::Container);
        for (int r = 0; r < model.rowCount(); ++r) {
            withCommand += !model.index(r, command).data().toString().isEmpty();
            QVERIFY(!model.index(r, container).data().toString().isEmpty());
        }
        QCOMPARE(withCommand, model.rowCount());
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
        const auto report = must(ResourceOperationsReport::compute(b, {}));
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
