#include "Widgets.h"

#include "itemmodels/TableModelBase.h"
#include "reports/ReportWriter.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressDialog>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace ac {

namespace {
// Codes of failed requests in red, readable on light and dark palettes.
class CodeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.model()->headerData(index.column(), Qt::Horizontal, TableModelBase::StatusCodeColumnRole).toBool())
            return;
        bool ok = false;
        const int code = index.data(Qt::DisplayRole).toString().toInt(&ok);
        if (ok && code >= 400) {
            const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
            option->palette.setColor(QPalette::Text, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
        }
    }
};
} // namespace

FigureCard::FigureCard(const QString& label, const QString& tip, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_label(new QLabel(label, this)) {
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tip);
    setAccessibleName(label);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 1.9);
    f.setBold(true);
    m_value->setFont(f);
    m_label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_value);
    layout->addWidget(m_label);
}

void FigureCard::setValue(const QString& value) {
    m_value->setText(value);
}

QString FigureCard::value() const {
    return m_value->text();
}

QString FigureCard::label() const {
    return m_label->text();
}

void FigureCard::mouseReleaseEvent(QMouseEvent* event) {
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) Q_EMIT activated();
}

void FigureCard::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

ReportTable::ReportTable(QWidget* parent)
    : QTableView(parent) {
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    setItemDelegate(new CodeDelegate(this));
    connect(this, &QTableView::doubleClicked, this, &ReportTable::rowActivated);
    auto* exportAction = new QAction(tr("Export Table as CSV…"), this);
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"), QStringLiteral("table.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(exportAction);
}

void ReportTable::setModel(QAbstractItemModel* model) {
    QTableView::setModel(model);
    // Start unsorted: the model's own order (newest first, or largest first) is the default.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // New rows (a filter change) come in the model's order: keep the user's chosen sort.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int section = horizontalHeader()->sortIndicatorSection();
        if (isSortingEnabled() && section >= 0 && section < this->model()->columnCount())
            this->model()->sort(section, horizontalHeader()->sortIndicatorOrder());
    });
}

bool ReportTable::exportCsv(const QString& path) const {
    QAbstractItemModel* m = model();
    if (!m) return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    QByteArray out;
    for (int c = 0; c < m->columnCount(); ++c)
        out += (c ? "," : "") + writer::csvField(m->headerData(c, Qt::Horizontal).toString());
    out += "\r\n";
    // Large tables (the Events page) show progress and can be cancelled.
    std::unique_ptr<QProgressDialog> progress;
    if (m->rowCount() > 20000 && isVisible()) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting %1 rows…").arg(QLocale().toString(m->rowCount())),
                                                     tr("Cancel"), 0, m->rowCount(), const_cast<ReportTable*>(this));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c)
            out += (c ? "," : "") + writer::csvField(m->index(r, c).data(TableModelBase::ExportRole).toString());
        out += "\r\n";
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
        if (progress && r % 5000 == 0) {
            progress->setValue(r);
            if (progress->wasCanceled()) {
                f.remove();
                return false;
            }
        }
    }
    f.write(out);
    return true;
}

void ReportTable::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT rowActivated(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace ac
