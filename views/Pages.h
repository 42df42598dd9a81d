#pragma once

#include "Session.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
QT_END_NAMESPACE

namespace ac {

class ChartPanel;
class EventDetailView;
class EventTableModel;
class FigureCard;
class GeoIp;
class KeyCountModel;
class ReportTable;
class ResourceOpsModel;
class SqlRowsModel;

// One page per report; a page shows a snapshot and asks for drill-downs, nothing else.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void showSnapshot(const Snapshot& snapshot) = 0;
    virtual QString title() const = 0;
    // Every chart and table of the page, for exports and tests.
    virtual QList<ChartPanel*> charts() const = 0;
    virtual QList<ReportTable*> tables() const = 0;

Q_SIGNALS:
    // Show the events of the current filter narrowed by `condition` (or by a time range).
    void drillDown(const ac::ExprPtr& condition);
    void drillDownRange(qint64 fromUs, qint64 toUs);
    // Show one event whole: the opaque reference of its row (Backend::detail).
    void openEvent(const QString& ref);
};

class OverviewPage final : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void showSnapshot(const Snapshot& snapshot) override;
    QString title() const override { return tr("Audit Overview"); }
    QList<ChartPanel*> charts() const override;
    QList<ReportTable*> tables() const override;
    QList<FigureCard*> figures() const { return m_figures; }
    void setGeoIp(std::shared_ptr<const GeoIp> geo) { m_geo = std::move(geo); }
    // Alert findings on the trend (µs, "rule: message").
    void setFindingMarkers(const std::vector<std::pair<qint64, QString>>& markers);

private:
    QList<FigureCard*> m_figures;
    ChartPanel *m_trend, *m_byRam, *m_byOperator, *m_deletions, *m_public;
    QTabWidget* m_lists;
    QList<ReportTable*> m_listTables;
    QList<EventTableModel*> m_listModels;
    std::shared_ptr<const GeoIp> m_geo;
};

class ResourcesPage final : public Page {
    Q_OBJECT
public:
    explicit ResourcesPage(QWidget* parent = nullptr);
    void showSnapshot(const Snapshot& snapshot) override;
    QString title() const override { return tr("Resource Operations"); }
    QList<ChartPanel*> charts() const override { return m_charts; }
    QList<ReportTable*> tables() const override;

private:
    QList<ChartPanel*> m_charts; // compute, network, storage
    ResourceOpsModel* m_model;
    ReportTable* m_table;
    ResourceOperationsReport m_report;
};

class DetailPage final : public Page {
    Q_OBJECT
public:
    explicit DetailPage(QWidget* parent = nullptr);
    void showSnapshot(const Snapshot& snapshot) override;
    QString title() const override { return tr("Resource Details"); }
    QList<ChartPanel*> charts() const override { return {m_namespaces, m_verbs, m_trend}; }
    QList<ReportTable*> tables() const override;
    void setKnownResources(const QStringList& resources);
    QComboBox* resourceBox() const { return m_resource; }

Q_SIGNALS:
    void resourceChosen(const QString& resource);

private:
    QComboBox* m_resource;
    FigureCard *m_total, *m_rate;
    ChartPanel *m_namespaces, *m_verbs, *m_trend;
    KeyCountModel* m_namespaceModel;
    ReportTable* m_namespaceTable;
    EventTableModel* m_model;
    ReportTable* m_table;
    std::string m_shownResource;
};

class EventsPage final : public Page {
    Q_OBJECT
public:
    explicit EventsPage(QWidget* parent = nullptr);
    void showSnapshot(const Snapshot& snapshot) override;
    QString title() const override { return tr("Events"); }
    QList<ChartPanel*> charts() const override { return {}; }
    QList<ReportTable*> tables() const override;
    EventTableModel* model() const { return m_model; }
    EventDetailView* detail() const { return m_detail; }
    // Shows one event in the detail pane, listed or not (an overview list's row).
    void showEventByRef(const QString& ref);

    SqlRowsModel* sqlModel() const { return m_sqlModel; }
    // True while the SQL part's rows are the tab shown.
    bool showingSqlRows() const;

private:
    QLabel* m_count;
    EventTableModel* m_model;
    ReportTable* m_table;
    EventDetailView* m_detail;
    QSplitter* m_splitter;
    // The matching requests, and the rows of the SQL part after `|` where the source ran it.
    QTabWidget* m_views;
    QLabel* m_sqlLine;
    SqlRowsModel* m_sqlModel;
    ReportTable* m_sqlTable;
    std::string m_sql;
    std::shared_ptr<const Backend> m_backend;
    int64_t m_total = 0;
    void updateCount();
    void showSqlRows(const Snapshot& snapshot);
};

} // namespace ac
