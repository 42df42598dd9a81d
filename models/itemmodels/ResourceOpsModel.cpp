#include "ResourceOpsModel.h"

#include <QLocale>

namespace ac {

void ResourceOpsModel::setReport(ResourceOperationsReport report) {
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

QString ResourceOpsModel::categoryTitle(Category c) {
    switch (c) {
    case Category::Compute:
        return tr("Compute");
    case Category::Network:
        return tr("Network");
    case Category::Storage:
        return tr("Storage");
    default:
        return tr("Other");
    }
}

QString ResourceOpsModel::resourceTitle(const std::string& r) {
    static const std::pair<const char*, const char*> kinds[] = {{"deployments", "Deployment"},
                                                                {"statefulsets", "StatefulSet"},
                                                                {"cronjobs", "CronJob"},
                                                                {"daemonsets", "DaemonSet"},
                                                                {"jobs", "Job"},
                                                                {"pods", "Pod"},
                                                                {"services", "Service"},
                                                                {"ingresses", "Ingress"},
                                                                {"configmaps", "ConfigMap"},
                                                                {"secrets", "Secret"},
                                                                {"persistentvolumeclaims", "PersistentVolumeClaim"}};
    for (const auto& [plural, kind] : kinds)
        if (r == plural) return QString::fromLatin1(kind);
    return QString::fromStdString(r);
}

QString ResourceOpsModel::columnTitle(int column) const {
    switch (column) {
    case CategoryColumn:
        return tr("Category");
    case ResourceColumn:
        return tr("Resource");
    case CreateColumn:
        return tr("Create");
    case UpdateColumn:
        return tr("Update");
    case DeleteColumn:
        return tr("Delete");
    case AccessColumn:
        return tr("Access");
    }
    return {};
}

QVariant ResourceOpsModel::cell(int row, int column, int role) const {
    const auto& r = m_report.rows[static_cast<size_t>(row)];
    const int64_t values[] = {0, 0, r.create, r.update, r.del, r.access};
    const int64_t failed[] = {0, 0, r.createFailed, r.updateFailed, r.delFailed, r.accessFailed};
    switch (role) {
    case Qt::DisplayRole:
        if (column == CategoryColumn) return categoryTitle(r.category);
        if (column == ResourceColumn) return resourceTitle(r.resource);
        // Success beside failure: "220 · 12 failed".
        if (failed[column])
            return tr("%1 · %2 failed")
                .arg(QLocale().toString(static_cast<qlonglong>(values[column])),
                     QLocale().toString(static_cast<qlonglong>(failed[column])));
        return QLocale().toString(static_cast<qlonglong>(values[column]));
    case Qt::ToolTipRole:
        if (column < CreateColumn) return {};
        return tr("%1 requests · %2 succeeded · %3 failed — double-click to list them")
            .arg(QLocale().toString(static_cast<qlonglong>(values[column])),
                 QLocale().toString(static_cast<qlonglong>(values[column] - failed[column])),
                 QLocale().toString(static_cast<qlonglong>(failed[column])));
    case ExportRole:
        if (column >= CreateColumn) return QString::number(values[column]);
        return {};
    case SortRole:
        if (column == CategoryColumn) return categoryTitle(r.category); // also what CSV export writes
        if (column == ResourceColumn) return QString::fromStdString(r.resource);
        return static_cast<qlonglong>(values[column]);
    case KeyRole:
        return QString::fromStdString(r.resource);
    default:
        return {};
    }
}

Qt::Alignment ResourceOpsModel::columnAlignment(int column) const {
    return column >= CreateColumn ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace ac
