#include "Widgets.h"

#include "itemmodels/EventTableModel.h"
#include "itemmodels/TableModelBase.h"
#include "reports/ReportWriter.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressDialog>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace ac {

QLabel* noteLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed, as the notes in Preferences
    label->setTextFormat(Qt::PlainText);
    return label;
}


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
    , m_label(new QLabel(label, this))
    , m_outcome(new QLabel(this)) {
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
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setVisible(false);
    m_outcome->setToolTip(tr("Succeeded: final status code below 400. Failed: 400 or above (a 404 existence check "
                             "counts as failed). Click either to list them."));
    connect(m_outcome, &QLabel::linkActivated, this,
            [this](const QString& link) { Q_EMIT outcomeActivated(link == QLatin1String("failed")); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_value);
    layout->addWidget(m_label);
    layout->addWidget(m_outcome);
}

void FigureCard::setOutcome(qint64 total, qint64 failed) {
    m_succeeded = total - failed;
    m_failed = failed;
    const QLocale locale;
    // Links in the palette's colours; the failed part in red only when there are failures.
    const QString failedStyle = failed ? QStringLiteral("color:#c62828") : QString();
    m_outcome->setText(tr("<a href=\"ok\" style=\"text-decoration:none\">%1 succeeded</a> · "
                          "<a href=\"failed\" style=\"text-decoration:none;%3\">%2 failed</a>")
                           .arg(locale.toString(m_succeeded), locale.toString(m_failed), failedStyle));
    m_outcome->setVisible(true);
}

QString FigureCard::outcomeText() const {
    return !m_outcome->isHidden() ? QTextDocumentFragment::fromHtml(m_outcome->text()).toPlainText() : QString();
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
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"),
                                                          QDir(exportFolder()).filePath(QStringLiteral("table.csv")),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        rememberExportFolder(path);
        bool cancelled = false;
        if (!exportCsv(path, &cancelled) && !cancelled)
            QMessageBox::warning(this, tr("Export Table"), tr("Cannot write %1").arg(path));
    });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(exportAction);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ReportTable::showColumnMenu);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveHeader(); });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveHeader(); });
}

QString ReportTable::exportFolder() {
    const QString dir = QSettings().value(QStringLiteral("dialogs/exportDir")).toString();
    return dir.isEmpty() || !QDir(dir).exists() ? QDir::homePath() : dir;
}

void ReportTable::rememberExportFolder(const QString& filePath) {
    QSettings().setValue(QStringLiteral("dialogs/exportDir"), QFileInfo(filePath).absolutePath());
}

void ReportTable::setSettingsKey(const QString& key) {
    m_settingsKey = key;
    const QByteArray state = QSettings().value(QStringLiteral("tables/%1").arg(key)).toByteArray();
    if (!state.isEmpty() && model()) horizontalHeader()->restoreState(state);
    // Restored widths count as fitted: the first page must not override the user's choice.
    if (!state.isEmpty()) setProperty("fitted", true);
}

void ReportTable::saveHeader() const {
    if (m_settingsKey.isEmpty() || !model() || model()->columnCount() == 0) return;
    QSettings().setValue(QStringLiteral("tables/%1").arg(m_settingsKey), horizontalHeader()->saveState());
}

void ReportTable::showColumnMenu(const QPoint& pos) {
    if (!model()) return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    int shown = 0;
    for (int c = 0; c < model()->columnCount(); ++c)
        shown += !isColumnHidden(c);
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction* a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        a->setEnabled(isColumnHidden(c) || shown > 1); // the last column stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveHeader();
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(pos));
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

bool ReportTable::exportCsv(const QString& path, bool* cancelled) const {
    if (cancelled) *cancelled = false;
    QAbstractItemModel* m = model();
    if (!m) return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    QByteArray out;
    std::vector<int> shown;
    for (int c = 0; c < m->columnCount(); ++c)
        if (!isColumnHidden(c)) shown.push_back(c);
    for (size_t i = 0; i < shown.size(); ++i)
        out += (i ? "," : "") + writer::csvField(m->headerData(shown[i], Qt::Horizontal).toString());
    out += "\r\n";
    if (auto* events = qobject_cast<EventTableModel*>(m)) {
        // Every matching event, paged from the source, not only the rows fetched so far.
        std::unique_ptr<QProgressDialog> progress;
        if (isVisible()) {
            progress = std::make_unique<QProgressDialog>(tr("Exporting events…"), tr("Cancel"), 0, 0,
                                                         const_cast<ReportTable*>(this));
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(300);
        }
        qint64 rows = 0;
        QString error;
        const bool done = events->forEachRow(
            [&](const EventRow& row) {
                for (size_t i = 0; i < shown.size(); ++i) {
                    out += (i ? "," : "") + writer::csvField(events->exportText(row, events->columnKind(shown[i])));
                }
                out += "\r\n";
                if (out.size() > (1 << 20)) {
                    f.write(out);
                    out.clear();
                }
                if (progress && ++rows % 5000 == 0) {
                    progress->setLabelText(tr("Exporting events… %1").arg(QLocale().toString(rows)));
                    QCoreApplication::processEvents();
                    if (progress->wasCanceled()) {
                        if (cancelled) *cancelled = true;
                        return false;
                    }
                }
                return true;
            },
            &error);
        if (!done) {
            f.remove();
            // The source's own words; the caller reports only a failure to write.
            if (!error.isEmpty() && isVisible())
                QMessageBox::warning(const_cast<ReportTable*>(this), tr("Export Table"), error);
            if (cancelled) *cancelled = *cancelled || !error.isEmpty();
            return false;
        }
        f.write(out);
        return true;
    }
    // Large tables (the Events page) show progress and can be cancelled.
    std::unique_ptr<QProgressDialog> progress;
    if (m->rowCount() > 20000 && isVisible()) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting %1 rows…").arg(QLocale().toString(m->rowCount())),
                                                     tr("Cancel"), 0, m->rowCount(), const_cast<ReportTable*>(this));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    for (int r = 0; r < m->rowCount(); ++r) {
        for (size_t i = 0; i < shown.size(); ++i)
            out += (i ? "," : "") + writer::csvField(m->index(r, shown[i]).data(TableModelBase::ExportRole).toString());
        out += "\r\n";
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
        if (progress && r % 5000 == 0) {
            progress->setValue(r);
            if (progress->wasCanceled()) {
                f.remove();
                if (cancelled) *cancelled = true;
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
