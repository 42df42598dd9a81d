#include "Pages.h"

#include "ChartPanel.h"
#include "EventDetailView.h"
#include "Widgets.h"
#include "audit/GeoIp.h"
#include "itemmodels/EventTableModel.h"
#include "itemmodels/KeyCountModel.h"
#include "itemmodels/ResourceOpsModel.h"
#include "itemmodels/SqlRowsModel.h"
#include "reports/Reports.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ac {

namespace {
QString count(int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

// A scrollable page body, so that charts keep a readable height on small screens.
QWidget* scrollBody(QWidget* page, QVBoxLayout*& layout) {
    auto* area = new QScrollArea(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(area);
    layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    area->setWidget(body);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area);
    return body;
}

// Sizes the columns to their contents the first time a table has rows; later snapshots keep
// the widths (and whatever the user chose), and sizing looks at the first 100 rows only.
void fitColumns(ReportTable* table) {
    if (table->property("fitted").toBool() || table->model()->rowCount() == 0) return;
    table->horizontalHeader()->setResizeContentsPrecision(100);
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
    table->setProperty("fitted", true);
}

// Event tables fill in the background: size their columns when the first page arrives.
void fitWhenFetched(ReportTable* table, EventTableModel* model) {
    QObject::connect(model, &EventTableModel::fetched, table, [table] { fitColumns(table); });
}
} // namespace

// ---------------------------------------------------------------------------------------------

OverviewPage::OverviewPage(QWidget* parent)
    : Page(parent) {
    QVBoxLayout* layout = nullptr;
    QWidget* body = scrollBody(this, layout);

    struct Figure {
        QString label, tip;
        ExprPtr condition;
    };
    const Figure figures[] = {
        {tr("Requests"), tr("All requests (one per auditID)"), nullptr},
        {tr("Public-network access"), tr("Requests whose first source IP is public"), defs::publicAccess()},
        {tr("Unauthorized (401/403)"), tr("Requests that ended in 401 or 403"), defs::unauthorized()},
        {tr("Created"), tr("Requests with verb create"), defs::created()},
        {tr("Deleted"), tr("Requests with verb delete or deletecollection"), defs::deleted()},
        {tr("Command executions"), tr("pods/exec: commands run in containers"), defs::exec()},
        {tr("Attaches"), tr("pods/attach"), defs::attach()},
        {tr("Secret access"), tr("get, list or watch on secrets"), defs::secretAccess()},
    };
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    int i = 0;
    for (const Figure& f : figures) {
        auto* card = new FigureCard(f.label, tr("%1 — click to list them").arg(f.tip), body);
        const ExprPtr condition = f.condition;
        connect(card, &FigureCard::activated, this,
                [this, condition] { Q_EMIT drillDown(condition ? condition : Expr::all()); });
        connect(card, &FigureCard::outcomeActivated, this, [this, condition](bool failed) {
            const ExprPtr outcome = failed ? defs::failed() : defs::succeeded();
            Q_EMIT drillDown(condition ? Expr::and_({condition, outcome}) : outcome);
        });
        grid->addWidget(card, i / 4, i % 4);
        m_figures << card;
        ++i;
    }
    layout->addLayout(grid);

    m_trend = new ChartPanel(tr("Requests over time"), body);
    m_trend->setMinimumHeight(230);
    connect(m_trend, &ChartPanel::rangeActivated, this, &Page::drillDownRange);
    layout->addWidget(m_trend);

    m_byRam = new ChartPanel(tr("Operations by RAM sub-account"), body);
    m_byOperator = new ChartPanel(tr("Operations by operator"), body);
    m_deletions = new ChartPanel(tr("Deletions by resource"), body);
    m_public = new ChartPanel(tr("Public-network access by source IP"), body);
    m_byRam->setEmptyText(tr("No RAM sub-accounts in these requests"));
    m_deletions->setEmptyText(tr("No deletions in these requests"));
    m_public->setEmptyText(tr("No public-network access in these requests"));
    // A bar's segment lists its own outcome: the succeeded or the failed requests of that key.
    auto outcome = [](ExprPtr e, bool failed) {
        return Expr::and_({std::move(e), failed ? defs::failed() : defs::succeeded()});
    };
    connect(m_byRam, &ChartPanel::keyOutcomeActivated, this, [this, outcome](const QString& k, bool failed) {
        Q_EMIT drillDown(outcome(Expr::exact(Field::Operator, k.toStdString()), failed));
    });
    connect(m_byOperator, &ChartPanel::keyOutcomeActivated, this, [this, outcome](const QString& k, bool failed) {
        Q_EMIT drillDown(outcome(Expr::exact(Field::Operator, k.toStdString()), failed));
    });
    connect(m_deletions, &ChartPanel::keyOutcomeActivated, this, [this, outcome](const QString& k, bool failed) {
        Q_EMIT drillDown(outcome(Expr::and_({defs::deleted(), Expr::exact(Field::Resource, k.toStdString())}), failed));
    });
    connect(m_public, &ChartPanel::keyOutcomeActivated, this, [this, outcome](const QString& k, bool failed) {
        Q_EMIT drillDown(
            outcome(Expr::and_({defs::publicAccess(), Expr::exact(Field::SourceIps, k.toStdString())}), failed));
    });
    auto* charts = new QGridLayout;
    charts->addWidget(m_byRam, 0, 0);
    charts->addWidget(m_byOperator, 0, 1);
    charts->addWidget(m_deletions, 1, 0);
    charts->addWidget(m_public, 1, 1);
    for (auto* c : {m_byRam, m_byOperator, m_deletions, m_public})
        c->setMinimumHeight(260);
    layout->addLayout(charts);

    m_lists = new QTabWidget(body);
    m_lists->setMinimumHeight(300);
    const QString listTitles[] = {tr("Command executions"), tr("Attaches"), tr("Secret access"), tr("Deletions"),
                                  tr("Public-network access")};
    for (int k = 0; k < 5; ++k) {
        auto* model =
            new EventTableModel(k == 0 ? EventTableModel::execColumns() : EventTableModel::standardColumns(), this);
        auto* table = new ReportTable(m_lists);
        table->setModel(model);
        connect(table, &ReportTable::rowActivated, this, [this](const QModelIndex& idx) {
            const QString ref = idx.data(TableModelBase::RefRole).toString();
            if (!ref.isEmpty()) Q_EMIT openEvent(ref);
        });
        fitWhenFetched(table, model);
        m_lists->addTab(table, listTitles[k]);
        table->setSettingsKey(QStringLiteral("overview/list%1").arg(k));
        m_listTables << table;
        m_listModels << model;
    }
    layout->addWidget(m_lists);
}

QList<ChartPanel*> OverviewPage::charts() const {
    return {m_trend, m_byRam, m_byOperator, m_deletions, m_public};
}

QList<ReportTable*> OverviewPage::tables() const {
    return m_listTables;
}

void OverviewPage::setFindingMarkers(const std::vector<std::pair<qint64, QString>>& markers) {
    m_trend->setMarkers(markers);
}

void OverviewPage::showSnapshot(const Snapshot& s) {
    const auto& o = s.overview;
    const int64_t values[] = {o.total,   o.publicAccess, o.unauthorized, o.created,
                              o.deleted, o.exec,         o.attach,       o.secretAccess};
    const int64_t failed[] = {o.failed.total,   o.failed.publicAccess, o.failed.unauthorized, o.failed.created,
                              o.failed.deleted, o.failed.exec,         o.failed.attach,       o.failed.secretAccess};
    const int64_t succeeded[] = {o.succeeded.total,   o.succeeded.publicAccess, o.succeeded.unauthorized,
                                 o.succeeded.created, o.succeeded.deleted,      o.succeeded.exec,
                                 o.succeeded.attach,  o.succeeded.secretAccess};
    for (int i = 0; i < m_figures.size(); ++i) {
        m_figures[i]->setValue(count(values[i]));
        // 401/403 are failures by definition: no breakdown there.
        if (i != 2) m_figures[i]->setOutcome(succeeded[i] + failed[i], failed[i]);
    }
    m_trend->showTrend(o.trend, o.bucketUs);
    m_byRam->showBars(s.lists.byRamAccount, 10);
    m_byOperator->showBars(o.byOperator, 10);
    m_deletions->showBars(s.lists.deletionsByResource, 10);
    const auto geo = m_geo;
    m_public->showBars(s.lists.publicBySourceIp, 10, [geo](const std::string& ip) {
        QString label = QString::fromStdString(ip);
        if (geo)
            if (const auto loc = geo->lookup(ip)) label += QStringLiteral(" (") + loc->toString() + QLatin1Char(')');
        return label;
    });
    const EventsQuery* pages[] = {&s.lists.execs, &s.lists.attaches, &s.lists.secretAccesses, &s.lists.deletions,
                                  &s.lists.publicAccesses};
    const int64_t totals[] = {o.exec, o.attach, o.secretAccess, o.deleted, o.publicAccess};
    const QString listTitles[] = {tr("Command executions"), tr("Attaches"), tr("Secret access"), tr("Deletions"),
                                  tr("Public-network access")};
    for (int k = 0; k < 5; ++k) {
        m_listModels[k]->setQuery(s.backend, *pages[k]);
        m_lists->setTabText(k, tr("%1 (%2)").arg(listTitles[k], count(totals[k])));
        fitColumns(m_listTables[k]);
    }
}

// ---------------------------------------------------------------------------------------------

ResourcesPage::ResourcesPage(QWidget* parent)
    : Page(parent)
    , m_model(new ResourceOpsModel(this)) {
    QVBoxLayout* layout = nullptr;
    QWidget* body = scrollBody(this, layout);
    // Compute (six resources) across the top, network and storage side by side below it.
    auto* grid = new QGridLayout;
    const Category cats[] = {Category::Compute, Category::Network, Category::Storage};
    for (Category c : cats) {
        auto* chart = new ChartPanel(tr("%1 resources").arg(ResourceOpsModel::categoryTitle(c)), body);
        chart->setMinimumHeight(300);
        connect(chart, &ChartPanel::cellActivated, this, [this, c](int category, int series) {
            // The chart's categories are this category's resources, in report order.
            std::vector<std::string> resources;
            for (const auto& r : m_report.rows)
                if (r.category == c) resources.push_back(r.resource);
            if (category < 0 || category >= static_cast<int>(resources.size())) return;
            static const Operation ops[] = {Operation::Create, Operation::Update, Operation::Delete, Operation::Access};
            Q_EMIT drillDown(Expr::and_({defs::onResource(resources[static_cast<size_t>(category)]),
                                         Expr::exact(Field::Operation, std::string(operationName(ops[series % 4])))}));
        });
        if (c == Category::Compute)
            grid->addWidget(chart, 0, 0, 1, 2);
        else
            grid->addWidget(chart, 1, c == Category::Network ? 0 : 1);
        m_charts << chart;
    }
    layout->addLayout(grid);
    m_table = new ReportTable(body);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 13);
    connect(m_table, &ReportTable::rowActivated, this, [this](const QModelIndex& idx) {
        // A count cell lists its own operation; the name columns list every request on the resource.
        const std::string& resource = m_model->report().rows[static_cast<size_t>(idx.row())].resource;
        static const Operation ops[] = {Operation::Create, Operation::Update, Operation::Delete, Operation::Access};
        const int op = idx.column() - ResourceOpsModel::CreateColumn;
        if (op >= 0 && op < 4)
            Q_EMIT drillDown(Expr::and_(
                {defs::onResource(resource), Expr::exact(Field::Operation, std::string(operationName(ops[op])))}));
        else
            Q_EMIT drillDown(defs::onResource(resource));
    });
    layout->addWidget(m_table);
}

QList<ReportTable*> ResourcesPage::tables() const {
    return {m_table};
}

void ResourcesPage::showSnapshot(const Snapshot& s) {
    m_report = s.resources;
    m_model->setReport(s.resources);
    const Category cats[] = {Category::Compute, Category::Network, Category::Storage};
    for (int i = 0; i < 3; ++i) {
        QStringList names;
        QList<qint64> create, update, del, access;
        QList<qint64> createFailed, updateFailed, delFailed, accessFailed;
        for (const auto& r : s.resources.rows) {
            if (r.category != cats[i]) continue;
            names << ResourceOpsModel::resourceTitle(r.resource);
            create << r.create;
            update << r.update;
            del << r.del;
            access << r.access;
            createFailed << r.createFailed;
            updateFailed << r.updateFailed;
            delFailed << r.delFailed;
            accessFailed << r.accessFailed;
        }
        m_charts[i]->showGroupedBars(
            names, {{tr("Create"), create}, {tr("Update"), update}, {tr("Delete"), del}, {tr("Access"), access}},
            {createFailed, updateFailed, delFailed, accessFailed});
    }
}

// ---------------------------------------------------------------------------------------------

DetailPage::DetailPage(QWidget* parent)
    : Page(parent)
    , m_resource(new QComboBox(this))
    , m_namespaceModel(new KeyCountModel(tr("Namespace"), this, tr("(cluster-scoped)")))
    , m_model(new EventTableModel(EventTableModel::standardColumns(), this)) {
    QVBoxLayout* layout = nullptr;
    QWidget* body = scrollBody(this, layout);
    m_resource->setEditable(true);
    m_resource->setInsertPolicy(QComboBox::NoInsert);
    m_resource->setMinimumContentsLength(28);
    m_resource->lineEdit()->setPlaceholderText(tr("Resource, e.g. deployments, pods/exec, aliyunlogconfigs"));
    m_resource->setToolTip(tr("Any resource in its plural form; CRDs too (type it if it is not listed)"));
    m_resource->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_resource->completer()->setFilterMode(Qt::MatchContains);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Resource:"), body);
    label->setBuddy(m_resource);
    top->addWidget(label);
    top->addWidget(m_resource);
    m_total = new FigureCard(tr("Requests"), tr("Requests on this resource — click to list them"), body);
    m_rate = new FigureCard(tr("Success rate"), tr("Requests with a final code below 400 — click to list the failures"),
                            body);
    top->addWidget(m_total);
    top->addWidget(m_rate);
    // How the rate is defined, where people read it: existence checks that end in 404 are
    // failures too, which can pull a resource's rate down.
    auto* definition = new QLabel(tr("Success rate: the share of requests whose final status code is below 400, "
                                     "of the requests that have one. A 404 from an existence check counts as a "
                                     "failure."),
                                  body);
    definition->setWordWrap(true);
    definition->setEnabled(false);
    definition->setObjectName(QStringLiteral("rateDefinition"));
    top->addWidget(definition, 1);
    layout->addLayout(top);
    connect(m_total, &FigureCard::outcomeActivated, this, [this](bool failed) {
        Q_EMIT drillDown(Expr::and_({defs::onResource(m_shownResource), failed ? defs::failed() : defs::succeeded()}));
    });
    connect(m_resource, &QComboBox::textActivated, this, [this](const QString& r) { Q_EMIT resourceChosen(r); });
    connect(m_total, &FigureCard::activated, this, [this] { Q_EMIT drillDown(defs::onResource(m_shownResource)); });
    connect(m_rate, &FigureCard::activated, this, [this] {
        Q_EMIT drillDown(Expr::and_({defs::onResource(m_shownResource), defs::failed()}));
    });

    m_namespaces = new ChartPanel(tr("Namespace distribution"), body);
    m_verbs = new ChartPanel(tr("Operations"), body);
    m_trend = new ChartPanel(tr("Requests over time"), body);
    connect(m_namespaces, &ChartPanel::keyActivated, this, [this](const QString& ns) {
        Q_EMIT drillDown(
            Expr::and_({defs::onResource(m_shownResource), Expr::exact(Field::Namespace, ns.toStdString())}));
    });
    connect(m_verbs, &ChartPanel::keyOutcomeActivated, this, [this](const QString& verb, bool failed) {
        Q_EMIT drillDown(Expr::and_({defs::onResource(m_shownResource), Expr::exact(Field::Verb, verb.toStdString()),
                                     failed ? defs::failed() : defs::succeeded()}));
    });
    connect(m_trend, &ChartPanel::rangeActivated, this, &Page::drillDownRange);
    // The pie shows the shape, the table beside it the exact counts of every namespace.
    m_namespaceTable = new ReportTable(body);
    m_namespaceTable->setModel(m_namespaceModel);
    m_namespaceTable->setMinimumWidth(260);
    connect(m_namespaceTable, &ReportTable::rowActivated, this, [this](const QModelIndex& idx) {
        const QString ns = idx.siblingAtColumn(0).data(TableModelBase::KeyRole).toString();
        Q_EMIT drillDown(
            Expr::and_({defs::onResource(m_shownResource), Expr::exact(Field::Namespace, ns.toStdString())}));
    });
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_namespaces, 3);
    charts->addWidget(m_namespaceTable, 2);
    charts->addWidget(m_verbs, 3);
    for (auto* c : {m_namespaces, m_verbs, m_trend})
        c->setMinimumHeight(250);
    layout->addLayout(charts);
    layout->addWidget(m_trend);
    m_table = new ReportTable(body);
    m_table->setModel(m_model);
    m_table->setSettingsKey(QStringLiteral("detail/operations"));
    m_table->setMinimumHeight(300);
    fitWhenFetched(m_table, m_model);
    connect(m_table, &ReportTable::rowActivated, this, [this](const QModelIndex& idx) {
        const QString ref = idx.data(TableModelBase::RefRole).toString();
        if (!ref.isEmpty()) Q_EMIT openEvent(ref);
    });
    layout->addWidget(new QLabel(tr("Operations, newest first"), body));
    layout->addWidget(m_table);
}

QList<ReportTable*> DetailPage::tables() const {
    return {m_namespaceTable, m_table};
}

void DetailPage::setKnownResources(const QStringList& resources) {
    const QString current = m_resource->currentText();
    const QSignalBlocker block(m_resource);
    m_resource->clear();
    m_resource->addItems(resources);
    m_resource->setCurrentText(current);
}

void DetailPage::showSnapshot(const Snapshot& s) {
    const auto& d = s.detail;
    m_shownResource = d.resource;
    if (m_resource->currentText() != QString::fromStdString(d.resource)) {
        const QSignalBlocker block(m_resource);
        m_resource->setCurrentText(QString::fromStdString(d.resource));
    }
    m_total->setValue(count(d.total));
    m_total->setOutcome(d.total, d.failed);
    m_rate->setValue(d.total ? QLocale().toString(100.0 * d.successRate, 'f', 1) + QLatin1Char('%')
                             : QStringLiteral("–"));
    m_namespaces->setTitle(tr("Namespace distribution of %1").arg(QString::fromStdString(d.resource)));
    m_namespaces->showPie(d.byNamespace, 8, [](const std::string& ns) {
        return ns.empty() ? tr("(cluster-scoped)") : QString::fromStdString(ns);
    });
    m_namespaceModel->setRows(d.byNamespace, d.total);
    fitColumns(m_namespaceTable);
    m_verbs->showBars(d.byVerb, 10);
    m_trend->showTrend(d.trend, d.bucketUs);
    m_model->setQuery(s.backend, d.operations);
    fitColumns(m_table);
}

// ---------------------------------------------------------------------------------------------

EventsPage::EventsPage(QWidget* parent)
    : Page(parent)
    , m_count(new QLabel(this))
    , m_model(new EventTableModel(EventTableModel::standardColumns(), this))
    , m_table(new ReportTable(this))
    , m_detail(new EventDetailView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_views(new QTabWidget(this))
    , m_sqlLine(new QLabel(this))
    , m_sqlModel(new SqlRowsModel(this))
    , m_sqlTable(new ReportTable(this)) {
    m_table->setModel(m_model);
    fitWhenFetched(m_table, m_model);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_sqlTable->setModel(m_sqlModel);
    m_sqlLine->setTextFormat(Qt::PlainText);
    m_sqlLine->setWordWrap(true);
    m_sqlLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* sqlPage = new QWidget(this);
    auto* sqlLayout = new QVBoxLayout(sqlPage);
    sqlLayout->setContentsMargins(0, 4, 0, 0);
    sqlLayout->addWidget(m_sqlLine);
    sqlLayout->addWidget(m_sqlTable, 1);
    m_views->setDocumentMode(true);
    m_views->addTab(m_splitter, tr("&Matching Requests"));
    m_views->addTab(sqlPage, tr("&SQL Result"));
    m_views->setTabVisible(1, false);
    m_views->tabBar()->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_count->setTextFormat(Qt::PlainText);
    layout->addWidget(m_count);
    layout->addWidget(m_views, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString ref = current.isValid() ? current.data(TableModelBase::RefRole).toString() : QString();
                if (!ref.isEmpty()) m_detail->showEventByRef(m_backend, ref);
            });
    connect(m_model, &EventTableModel::fetchFailed, this, [this](const QString& message) {
        m_count->setText(tr("The events could not be listed: %1").arg(message));
    });
    // The line says the order the rows are in, whichever column sorted them.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
    m_table->setSettingsKey(QStringLiteral("events"));
}

void EventsPage::updateCount() {
    const EventsQuery& q = m_model->query();
    QString order;
    if (q.sort == EventSort::Time)
        order = q.descending ? tr("newest first") : tr("oldest first");
    else
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (EventTableModel::sortOf(m_model->columnKind(c)) == q.sort) {
                order = (q.descending ? tr("by %1, descending") : tr("by %1, ascending"))
                            .arg(m_model->headerData(c, Qt::Horizontal).toString());
                break;
            }
    m_count->setText(
        tr("%Ln matching request(s), %1; select one to see the whole event", nullptr, static_cast<int>(m_total))
            .arg(order));
}

QList<ReportTable*> EventsPage::tables() const {
    return {m_table, m_sqlTable};
}

bool EventsPage::showingSqlRows() const {
    return m_views->isTabVisible(1) && m_views->currentIndex() == 1;
}

void EventsPage::showSqlRows(const Snapshot& s) {
    const bool ran = s.sqlRows.has_value() || !s.sqlError.isEmpty();
    const bool changed = s.events.sql != m_sql;
    m_sql = s.events.sql;
    m_sqlModel->setRows(s.sqlRows.value_or(SqlRows{}));
    fitColumns(m_sqlTable);
    const QString sql = QString::fromStdString(s.events.sql);
    if (!s.sqlError.isEmpty())
        m_sqlLine->setText(tr("The SQL part could not be run: %1").arg(s.sqlError));
    else if (s.sqlRows)
        m_sqlLine->setText(tr("%Ln row(s) from the SQL part: %1", nullptr, static_cast<int>(s.sqlRows->rows.size()))
                               .arg(sql));
    m_views->setTabVisible(1, ran);
    m_views->tabBar()->setVisible(ran);
    // A new SQL part is what the user asked to see; the same one keeps the tab they chose.
    if (!ran)
        m_views->setCurrentIndex(0);
    else if (changed)
        m_views->setCurrentIndex(1);
}

void EventsPage::showSnapshot(const Snapshot& s) {
    if (s.backend != m_backend) m_detail->clear(); // another source: its event is gone
    m_backend = s.backend;
    m_total = s.overview.total;
    m_model->setQuery(s.backend, s.events);
    updateCount();
    fitColumns(m_table);
    showSqlRows(s);
}

void EventsPage::showEventByRef(const QString& ref) {
    m_table->clearSelection();
    m_detail->showEventByRef(m_backend, ref);
}

} // namespace ac
