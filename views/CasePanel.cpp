#include "CasePanel.h"

#include "i18n/TimeDisplay.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ac {

namespace {
enum BookmarkColumn { BmTime, BmSummary, BmNote };

QTreeWidget* noteTree(QWidget* parent, const QStringList& headers) {
    auto* tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers); // double-click: the note, else open
    tree->header()->setStretchLastSection(true);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    return tree;
}
} // namespace

CasePanel::CasePanel(CaseFile* caseFile, QWidget* parent)
    : QWidget(parent)
    , m_case(caseFile)
    , m_title(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_bookmarks(noteTree(this, {tr("Time"), tr("Request"), tr("Note")}))
    , m_findings(noteTree(this, {tr("Time"), tr("Finding"), tr("Note")}))
    , m_views(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this)) {
    m_title->setPlaceholderText(tr("Case title, e.g. INC-2041 deleted deployment"));
    m_notes->setPlaceholderText(tr("Notes for the case: timeline, conclusions, follow-ups"));
    m_views->setToolTip(tr("Double-click a view to show it; its command line is in the tooltip"));

    QTabWidget* tabs = m_tabs;
    tabs->addTab(m_bookmarks, tr("Bookmarks"));
    tabs->addTab(m_findings, tr("Findings"));
    tabs->addTab(m_views, tr("Views"));
    tabs->addTab(m_notes, tr("Notes"));
    auto* open = new QPushButton(tr("Open"), this);
    auto* copy = new QPushButton(tr("Copy Command"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    // A narrow panel shortens its buttons rather than pushing the pages off a small screen.
    for (QPushButton* b : {open, copy, remove})
        b->setMinimumWidth(40);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(copy);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);

    const auto updateButtons = [tabs, open, copy, remove, this] {
        const QWidget* w = tabs->currentWidget();
        open->setEnabled(w == m_bookmarks || w == m_views);
        copy->setEnabled(w == m_views);
        remove->setEnabled(w != m_notes);
    };
    connect(tabs, &QTabWidget::currentChanged, this, updateButtons);
    updateButtons();
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) {
        m_case->title = t;
        Q_EMIT changed();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling) return;
        m_case->notes = m_notes->toPlainText();
        Q_EMIT changed();
    });
    connect(m_bookmarks, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const int i = m_bookmarks->indexOfTopLevelItem(item);
        if (m_filling || column != BmNote || i < 0 || size_t(i) >= m_case->bookmarks.size()) return;
        m_case->bookmarks[size_t(i)].note = item->text(BmNote);
        Q_EMIT changed();
    });
    connect(m_findings, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const int i = m_findings->indexOfTopLevelItem(item);
        if (m_filling || column != BmNote || i < 0 || size_t(i) >= m_case->findingNotes.size()) return;
        m_case->findingNotes[size_t(i)].note = item->text(BmNote);
        Q_EMIT changed();
    });
    connect(m_bookmarks, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int column) {
        if (column == BmNote)
            m_bookmarks->editItem(item, BmNote);
        else
            Q_EMIT openBookmark(m_bookmarks->indexOfTopLevelItem(item));
    });
    connect(m_findings, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { m_findings->editItem(item, BmNote); });
    // F2 edits the note of the current row, whichever column has the focus.
    for (QTreeWidget* tree : {m_bookmarks, m_findings}) {
        auto* editNote = new QAction(tr("Edit Note"), tree);
        editNote->setShortcut(QKeySequence(Qt::Key_F2));
        editNote->setShortcutContext(Qt::WidgetShortcut);
        connect(editNote, &QAction::triggered, tree, [tree] {
            if (QTreeWidgetItem* item = tree->currentItem()) tree->editItem(item, BmNote);
        });
        tree->addAction(editNote);
    }
    connect(m_views, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openView(m_views->row(item)); });
    connect(open, &QPushButton::clicked, this, [this, tabs] {
        if (tabs->currentWidget() == m_bookmarks && m_bookmarks->currentItem())
            Q_EMIT openBookmark(m_bookmarks->indexOfTopLevelItem(m_bookmarks->currentItem()));
        else if (tabs->currentWidget() == m_views && m_views->currentRow() >= 0)
            Q_EMIT openView(m_views->currentRow());
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        if (m_views->currentRow() >= 0) Q_EMIT copyViewCommand(m_views->currentRow());
    });
    connect(remove, &QPushButton::clicked, this, &CasePanel::removeSelected);
    refresh();
}

void CasePanel::refresh() {
    m_filling = true;
    if (m_title->text() != m_case->title) m_title->setText(m_case->title);
    if (m_notes->toPlainText() != m_case->notes) m_notes->setPlainText(m_case->notes);
    m_bookmarks->clear();
    for (const CaseBookmark& b : m_case->bookmarks) {
        auto* item = new QTreeWidgetItem(m_bookmarks, {formatTime(b.time), b.summary, b.note});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(BmSummary,
                         tr("auditID %1\n%2, line %3").arg(QString::fromStdString(b.auditId), b.origin).arg(b.line));
    }
    m_findings->clear();
    for (const CaseFindingNote& f : m_case->findingNotes) {
        auto* item = new QTreeWidgetItem(m_findings, {formatTime(f.time), f.summary, f.note});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_views->clear();
    for (const SavedView& v : m_case->views)
        m_views->addItem(v.name);
    for (QTreeWidget* tree : {m_bookmarks, m_findings}) {
        // The note is what the panel is for: the request gets what is left of half the width.
        tree->resizeColumnToContents(BmTime);
        tree->resizeColumnToContents(BmSummary);
        tree->setColumnWidth(BmSummary,
                             std::min(tree->columnWidth(BmSummary) + 12,
                                      std::max(120, tree->viewport()->width() / 2 - tree->columnWidth(BmTime))));
    }
    m_filling = false;
}

void CasePanel::removeSelected() {
    const auto removeRows = [](QTreeWidget* tree, auto& list) {
        std::vector<int> rows;
        for (QTreeWidgetItem* item : tree->selectedItems())
            rows.push_back(tree->indexOfTopLevelItem(item));
        std::sort(rows.rbegin(), rows.rend());
        for (const int r : rows)
            if (r >= 0 && size_t(r) < list.size()) list.erase(list.begin() + r);
        return !rows.empty();
    };
    bool removed = false;
    if (m_tabs->currentWidget() == m_bookmarks) removed = removeRows(m_bookmarks, m_case->bookmarks);
    if (m_tabs->currentWidget() == m_findings) removed = removeRows(m_findings, m_case->findingNotes) || removed;
    if (m_tabs->currentWidget() == m_views && m_views->currentRow() >= 0) {
        m_case->views.erase(m_case->views.begin() + m_views->currentRow());
        removed = true;
    }
    if (!removed) return;
    refresh();
    Q_EMIT changed();
}

} // namespace ac
