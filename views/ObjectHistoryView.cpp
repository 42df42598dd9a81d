#include "ObjectHistoryView.h"

#include "i18n/TimeDisplay.h"
#include "review/JsonDiff.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ac {

namespace {
enum Column { ColTime, ColOperator, ColVerb, ColCode, ColSource, ColChange, ColCount };
constexpr int kEntryRole = Qt::UserRole;    // index into m_history->entries
constexpr int kPathRole = Qt::UserRole + 1; // a field change's path
constexpr const char* kGeometryKey = "history/geometry";

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

ObjectHistoryView::ObjectHistoryView(std::shared_ptr<const Backend> backend, ObjectKey key, TimeRange range,
                                     QWidget* parent)
    : QDialog(parent)
    , m_backend(std::move(backend))
    , m_key(std::move(key))
    , m_range(range)
    , m_summary(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("History of %1").arg(m_key.label()));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_field->setPlaceholderText(tr("Only the requests that changed a field, e.g. spec.replicas"));
    m_field->setClearButtonEnabled(true);
    m_tree->setColumnCount(ColCount);
    m_tree->setHeaderLabels({tr("Time"), tr("Operator"), tr("Verb"), tr("Code"), tr("Source IP"), tr("Change")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Click a changed field to see who else changed it; double-click a request to open it"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(12);

    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(new QLabel(tr("Changed field:"), this));
    fieldRow->addWidget(m_field, 1);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_progress, 1);
    busyRow->addWidget(m_stop);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bookmarkButton = buttons->addButton(tr("&Bookmark Request"), QDialogButtonBox::ActionRole);
    auto* openButton = buttons->addButton(tr("&Open Request"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(fieldRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(busyRow);
    layout->addWidget(buttons);

    const auto currentEntry = [this]() -> const HistoryEntry* {
        const QTreeWidgetItem* item = m_tree->currentItem();
        if (!item || !m_history) return nullptr;
        if (item->parent()) item = item->parent();
        const auto i = static_cast<size_t>(item->data(0, kEntryRole).toULongLong());
        return i < m_history->entries.size() ? &m_history->entries[i] : nullptr;
    };
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(openButton, &QPushButton::clicked, this, [this, currentEntry] {
        if (const HistoryEntry* e = currentEntry()) Q_EMIT openEvent(qs(e->row.ref));
    });
    connect(bookmarkButton, &QPushButton::clicked, this, [this, currentEntry] {
        if (const HistoryEntry* e = currentEntry()) Q_EMIT bookmark(e->row);
    });
    connect(m_stop, &QPushButton::clicked, this, [this] { m_cancel.cancel(); });
    // A long history is rebuilt once typing pauses, not on every key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, [this] { populate(); });
    connect(m_field, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString path = item->data(0, kPathRole).toString();
        if (!path.isEmpty()) setFieldFilter(path);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent() || !m_history) return;
        const auto i = static_cast<size_t>(item->data(0, kEntryRole).toULongLong());
        if (i < m_history->entries.size()) Q_EMIT openEvent(qs(m_history->entries[i].row.ref));
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = m_tree->itemAt(pos);
        if (!item) return;
        QMenu menu(this);
        const QString path = item->data(0, kPathRole).toString();
        if (!path.isEmpty()) {
            menu.addAction(tr("Who Changed %1").arg(path), this, [this, path] { setFieldFilter(path); });
            menu.addAction(tr("Copy Field Path"), this, [path] { QApplication::clipboard()->setText(path); });
        }
        menu.addAction(tr("Copy Row"), this, [item] {
            QStringList cells;
            for (int c = 0; c < ColCount; ++c)
                if (!item->text(c).isEmpty()) cells << item->text(c);
            QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
        });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    if (!restoreGeometry(QSettings().value(QLatin1String(kGeometryKey)).toByteArray())) resize(980, 640);
    start();
}

ObjectHistoryView::~ObjectHistoryView() {
    m_cancel.cancel();
    QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry());
}

void ObjectHistoryView::start() {
    m_busy = true;
    m_summary->setText(tr("Reading every request on %1…").arg(m_key.label()));
    auto* watcher = new QFutureWatcher<Result<ObjectHistory>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_progress->hide();
        m_stop->hide();
        Result<ObjectHistory> result = watcher->result();
        if (!result) {
            m_summary->setText(
                result.error().cancelled
                    ? tr("Stopped: the history of %1 was not read.").arg(m_key.label())
                    : tr("The history of %1 could not be read: %2").arg(m_key.label(), result.error().message));
        } else {
            m_history = std::move(result).value();
            populate();
        }
        Q_EMIT finished();
    });
    const std::shared_ptr<const Backend> backend = m_backend;
    const ObjectKey key = m_key;
    const TimeRange range = m_range;
    const CancelToken cancel = m_cancel;
    watcher->setFuture(
        QtConcurrent::run([backend, key, range, cancel] { return buildObjectHistory(*backend, key, range, cancel); }));
}

void ObjectHistoryView::setFieldFilter(const QString& field) {
    if (m_field->text() == field) return;
    m_field->setText(field);
    populate();
}

QString ObjectHistoryView::fieldFilter() const {
    return m_field->text().trimmed();
}

std::vector<const HistoryEntry*> ObjectHistoryView::shownEntries() const {
    std::vector<const HistoryEntry*> out;
    if (!m_history) return out;
    const QString field = fieldFilter();
    if (field.isEmpty()) {
        for (const HistoryEntry& e : m_history->entries)
            out.push_back(&e);
    } else {
        for (const size_t i : m_history->changesTo(field.toStdString()))
            out.push_back(&m_history->entries[i]);
    }
    return out;
}

QString ObjectHistoryView::kindText(const HistoryEntry& entry) {
    switch (entry.kind) {
    case HistoryEntry::Kind::Read:
        return tr("read");
    case HistoryEntry::Kind::Created:
        return tr("created");
    case HistoryEntry::Kind::Updated:
        return tr("updated");
    case HistoryEntry::Kind::Patched:
        return tr("patched (%1)").arg(entry.patchType);
    case HistoryEntry::Kind::Deleted:
        return tr("deleted");
    case HistoryEntry::Kind::Failed:
        return tr("failed: nothing changed");
    case HistoryEntry::Kind::DryRun:
        return tr("dry run: nothing changed");
    case HistoryEntry::Kind::NotRecorded:
        return tr("change not recorded (level %1)").arg(qs(entry.level));
    case HistoryEntry::Kind::PatchShown:
        return tr("patch as sent (%1)").arg(entry.patchType);
    case HistoryEntry::Kind::FirstSeen:
        return tr("first known state");
    case HistoryEntry::Kind::Subresource:
        return tr("on %1").arg(qs(entry.row.subresource));
    }
    return {};
}

void ObjectHistoryView::populate() {
    m_tree->clear();
    if (!m_history) return;
    const std::vector<const HistoryEntry*> shown = shownEntries();
    const QString field = fieldFilter();
    qsizetype writes = 0, unrecorded = 0;
    for (const HistoryEntry& e : m_history->entries) {
        if (e.kind != HistoryEntry::Kind::Read && e.kind != HistoryEntry::Kind::Subresource) ++writes;
        if (e.kind == HistoryEntry::Kind::NotRecorded) ++unrecorded;
    }
    QString summary =
        field.isEmpty()
            ? tr("%1: %Ln request(s), newest first", nullptr, int(m_history->entries.size())).arg(m_key.label())
            : tr("%1: %Ln request(s) changed %2", nullptr, int(shown.size())).arg(m_key.label(), field);
    summary += QStringLiteral(" · ") + tr("%Ln write(s)", nullptr, int(writes));
    if (unrecorded > 0)
        summary += QStringLiteral(" · ") +
                   tr("%Ln change(s) the log does not show (logged at level Metadata)", nullptr, int(unrecorded));
    if (m_history->truncated) summary += QStringLiteral(" · ") + tr("only the newest requests are listed");
    m_summary->setText(summary);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const HistoryEntry* e : shown) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, kEntryRole, qulonglong(e - m_history->entries.data()));
        item->setText(ColTime, formatTimeWithZone(e->row.time));
        item->setText(ColOperator, qs(e->row.operatorName));
        item->setText(ColVerb, e->row.subresource.empty()
                                   ? qs(e->row.verb)
                                   : qs(e->row.verb) + QLatin1Char(' ') + qs(e->row.subresource));
        item->setText(ColCode, e->row.code ? QString::number(e->row.code) : QString());
        item->setText(ColSource, qs(e->row.sourceIp));
        const bool unchanged =
            e->changes.empty() && (e->kind == HistoryEntry::Kind::Updated || e->kind == HistoryEntry::Kind::Patched);
        item->setText(ColChange, unchanged ? tr("%1, no field changed").arg(kindText(*e)) : kindText(*e));
        if (!e->explanation.isEmpty()) {
            item->setToolTip(ColChange, e->explanation);
            auto* why = new QTreeWidgetItem(item);
            why->setFirstColumnSpanned(true);
            why->setText(0, e->explanation);
        }
        for (const FieldChange& c : e->changes) {
            auto* child = new QTreeWidgetItem(item);
            const QString path = qs(c.path);
            child->setData(0, kPathRole, path);
            QString change;
            switch (c.kind) {
            case FieldChange::Kind::Added:
                change = tr("added %1").arg(formatValue(c.after));
                break;
            case FieldChange::Kind::Removed:
                change = tr("removed (was %1)").arg(formatValue(c.before));
                break;
            case FieldChange::Kind::Changed:
                change = formatValue(c.before) + QStringLiteral(" → ") + formatValue(c.after);
                break;
            }
            child->setFirstColumnSpanned(true);
            child->setText(0, path + QStringLiteral(":  ") + change);
            child->setToolTip(0, tr("Click to see who changed %1").arg(path));
            QFont font = mono;
            font.setBold(!field.isEmpty() && pathTouches(c.path, field.toStdString()));
            child->setFont(0, font);
        }
        if (e->kind == HistoryEntry::Kind::PatchShown) {
            auto* patch = new QTreeWidgetItem(item);
            patch->setFirstColumnSpanned(true);
            patch->setText(0, tr("Patch: %1").arg(formatValue(e->patch, 400)));
            patch->setFont(0, mono);
        }
        // Writes open with their changes; with a field chosen, every listed request does.
        item->setExpanded(!field.isEmpty() || (e->changes.size() <= 12 && e->kind != HistoryEntry::Kind::Read));
    }
    for (int c = 0; c < ColChange; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(ColTime, std::max(m_tree->columnWidth(ColTime), 200));
    // Service-account names are long; the change is what the reader came for.
    m_tree->setColumnWidth(ColOperator, std::min(m_tree->columnWidth(ColOperator), 260));
    m_tree->setColumnWidth(ColSource, std::min(m_tree->columnWidth(ColSource), 140));
}

} // namespace ac
