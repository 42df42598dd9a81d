#include "ReviewController.h"

#include "CasePanel.h"
#include "EventDetailView.h"
#include "FilterBar.h"
#include "FindingsPage.h"
#include "MainWindow.h"
#include "ObjectHistoryView.h"
#include "Pages.h"
#include "alerts/Alerts.h"
#include "document/Evidence.h"
#include "document/ReportDocument.h"
#include "i18n/TimeDisplay.h"
#include "itemmodels/EventTableModel.h"
#include "query/SearchParser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ac {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString rowSummary(const EventRow& row) {
    QString object = qs(row.resource);
    if (!row.subresource.empty()) object += QLatin1Char('/') + qs(row.subresource);
    if (!row.ns.empty() || !row.name.empty())
        object += QLatin1Char(' ') + (row.ns.empty() ? qs(row.name) : qs(row.ns) + QLatin1Char('/') + qs(row.name));
    QString s = qs(row.operatorName) + QLatin1Char(' ') + qs(row.verb) + QLatin1Char(' ') + object;
    if (row.code) s += QStringLiteral(" → ") + QString::number(row.code);
    return s;
}

// Runs `work` off the GUI thread behind a progress dialog with Cancel; nullopt when cancelled or
// failed (after saying why, unless cancelled).
template <typename T>
std::optional<T>
runWithProgress(QWidget* parent, const QString& label,
                std::function<Result<T>(const CancelToken&, const std::function<void(int, int)>&)> work) {
    QProgressDialog dialog(label, ReviewController::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    const CancelToken cancel;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel] { cancel.cancel(); });
    QPointer<QProgressDialog> guard(&dialog);
    const auto progress = [guard](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, total] {
                if (!guard) return;
                guard->setMaximum(total);
                guard->setValue(done);
            },
            Qt::QueuedConnection);
    };
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work, cancel, progress] { return work(cancel, progress); }));
    if (!watcher.isFinished()) loop.exec();
    Result<T> result = watcher.result();
    if (!result) {
        if (!result.error().cancelled)
            QMessageBox::warning(parent, ReviewController::tr("Audit Console"), result.error().message);
        return std::nullopt;
    }
    return std::move(result).value();
}
} // namespace

ReviewController::ReviewController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_panel(new CasePanel(&m_case, window))
    , m_dock(new QDockWidget(tr("Case"), window)) {
    m_dock->setObjectName(QStringLiteral("caseDock"));
    m_dock->setWidget(m_panel);
    m_panel->setMinimumWidth(230);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &CasePanel::changed, this, [this] { setModified(true); });
    connect(m_panel, &CasePanel::openView, this, &ReviewController::showView);
    connect(m_panel, &CasePanel::openBookmark, this, &ReviewController::openBookmark);
    connect(m_panel, &CasePanel::copyViewCommand, this, [this](int i) {
        if (i >= 0 && size_t(i) < m_case.views.size())
            QApplication::clipboard()->setText(commandLineFor(m_case.views[size_t(i)], m_window->session()->source()));
    });
}

ReviewController::~ReviewController() {
    delete m_dock; // the panel edits m_case: it goes first
}

void ReviewController::addFileActions(QMenu* file) {
    file->addAction(tr("Export &Report…"), this, &ReviewController::exportReportViaDialog)
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    file->addAction(tr("&Print Report…"), this, &ReviewController::print)->setShortcut(QKeySequence::Print);
    file->addAction(tr("Export E&vidence…"), this, &ReviewController::exportEvidenceViaDialog);
}

void ReviewController::addCaseMenu(QMenuBar* bar) {
    QMenu* menu = bar->addMenu(tr("&Case"));
    menu->addAction(tr("&New Case"), this, [this] {
        if (maybeSave()) newCase();
    });
    menu->addAction(tr("&Open Case…"), this,
                    [this] {
                        if (!maybeSave()) return;
                        const QString path = QFileDialog::getOpenFileName(
                            m_window, tr("Open Case"), QSettings().value(QStringLiteral("dialogs/caseDir")).toString(),
                            tr("Audit Console cases (*.accase *.json);;All files (*)"));
                        if (!path.isEmpty()) openCase(path);
                    })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+O")));
    const auto saveAs = [this] {
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Case"),
            m_path.isEmpty() ? QSettings().value(QStringLiteral("dialogs/caseDir")).toString() : m_path,
            tr("Audit Console cases (*.accase)"));
        if (path.isEmpty()) return false;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".accase");
        return saveCase(path);
    };
    menu->addAction(tr("&Save Case"), this,
                    [this, saveAs] {
                        if (m_path.isEmpty())
                            saveAs();
                        else
                            saveCase(m_path);
                    })
        ->setShortcut(QKeySequence::Save);
    menu->addAction(tr("Save Case &As…"), this, saveAs)->setShortcut(QKeySequence::SaveAs);
    menu->addSeparator();
    menu->addAction(tr("&Bookmark Event…"), this,
                    [this] {
                        const EventRow* shown = m_window->eventsPage()->detail()->shownRow();
                        if (!shown) {
                            QMessageBox::information(
                                m_window, tr("Bookmark Event"),
                                tr("Select an event on the Events page (or open one from a list) first."));
                            return;
                        }
                        // A copy: the event shown may change while the note is being written.
                        const EventRow row = *shown;
                        bool ok = false;
                        const QString note = QInputDialog::getMultiLineText(
                            m_window, tr("Bookmark Event"), tr("Note on %1:").arg(rowSummary(row)), QString(), &ok);
                        if (ok) bookmark(row, note);
                    })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    menu->addAction(tr("Note on &Finding…"), this,
                    [this] {
                        const Finding* current = m_window->findingsPage()->currentFinding();
                        if (!current) {
                            QMessageBox::information(m_window, tr("Note on Finding"),
                                                     tr("Select a finding on the Findings page first."));
                            return;
                        }
                        const Finding finding = *current; // live alerts may replace the list meanwhile
                        bool ok = false;
                        const QString note = QInputDialog::getMultiLineText(
                            m_window, tr("Note on Finding"), tr("Note on %1:").arg(finding.message), QString(), &ok);
                        if (ok) noteFinding(finding, note);
                    })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    menu->addAction(tr("Save &View…"), this,
                    [this] {
                        bool ok = false;
                        const QString name =
                            QInputDialog::getText(m_window, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                                  m_window->pages()->tabText(m_window->pages()->currentIndex()), &ok);
                        if (ok && !name.trimmed().isEmpty()) saveCurrentView(name.trimmed());
                    })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    menu->addAction(tr("Copy View as &Command Line"), this,
                    [this] {
                        QApplication::clipboard()->setText(currentCommandLine());
                        m_window->statusBar()->showMessage(tr("Copied: %1").arg(currentCommandLine()), 8000);
                    })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+C")));
    menu->addSeparator();
    menu->addAction(tr("Object &History…"), this,
                    [this] {
                        if (!showObjectHistory())
                            QMessageBox::information(
                                m_window, tr("Object History"),
                                tr("Select a request on an object (one with a name) on the Events page, or "
                                   "search for it: objectRef.namespace: x and objectRef.name: y."));
                    })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    QAction* show = m_dock->toggleViewAction();
    show->setText(tr("Show Case &Panel"));
    show->setShortcut(QKeySequence(QStringLiteral("F9")));
    menu->addAction(show);
}

void ReviewController::showPanel() {
    if (m_dock->isVisible()) return;
    m_dock->show();
    // Room for the notes beside the pages, less on a small screen.
    m_window->resizeDocks({m_dock}, {std::clamp(m_window->width() / 4, 230, 420)}, Qt::Horizontal);
}

void ReviewController::setModified(bool modified) {
    m_modified = modified;
    updateTitle();
    if (modified) Q_EMIT caseChanged();
}

void ReviewController::updateTitle() {
    QString title =
        m_case.title.isEmpty() ? (m_path.isEmpty() ? tr("Case") : QFileInfo(m_path).completeBaseName()) : m_case.title;
    if (m_modified) title += QStringLiteral(" *");
    m_dock->setWindowTitle(title);
}

void ReviewController::newCase() {
    m_case = CaseFile();
    m_path.clear();
    m_panel->refresh();
    setModified(false);
}

bool ReviewController::openCase(const QString& path) {
    Result<CaseFile> loaded = CaseFile::load(path);
    if (!loaded) {
        QMessageBox::warning(m_window, tr("Open Case"), loaded.error().message);
        return false;
    }
    m_case = std::move(loaded).value();
    m_path = path;
    QSettings().setValue(QStringLiteral("dialogs/caseDir"), QFileInfo(path).absolutePath());
    m_panel->refresh();
    setModified(false);
    showPanel();
    // A case names its sources: a window with nothing open opens them; one showing another source
    // asks first.
    QStringList existing;
    for (const QString& p : m_case.sources)
        if (QFileInfo::exists(p)) existing << p;
    if (existing.isEmpty() || existing == m_window->session()->paths()) return true;
    if (!m_window->session()->backend() ||
        QMessageBox::question(m_window, tr("Open Case"),
                              tr("The case was made on %1. Open it?").arg(m_case.sources.join(QStringLiteral(", ")))) ==
            QMessageBox::Yes)
        m_window->openPaths(existing);
    return true;
}

bool ReviewController::saveCase(const QString& path) {
    const Source& source = m_window->session()->source();
    m_case.sources = source.kind == Source::Kind::Files ? source.paths : QStringList{source.label()};
    if (const auto error = m_case.save(path)) {
        QMessageBox::warning(m_window, tr("Save Case"), *error);
        return false;
    }
    m_path = path;
    QSettings().setValue(QStringLiteral("dialogs/caseDir"), QFileInfo(path).absolutePath());
    setModified(false);
    return true;
}

bool ReviewController::maybeSave() {
    // A case never saved and still empty has nothing to lose; a saved one emptied has.
    if (!m_modified || (m_case.isEmpty() && m_path.isEmpty())) return true;
    const auto answer =
        QMessageBox::question(m_window, tr("Save Case"), tr("The case has changes that are not saved. Save them?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Discard) return true;
    if (!m_path.isEmpty()) return saveCase(m_path);
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Case"), QString(), tr("Audit Console cases (*.accase)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".accase");
    return saveCase(path);
}

void ReviewController::bookmark(const EventRow& row, const QString& note) {
    CaseBookmark b;
    b.auditId = row.auditId;
    b.time = row.time;
    b.summary = rowSummary(row);
    b.note = note;
    b.origin = row.origin;
    b.line = row.originLine;
    const auto same = std::find_if(m_case.bookmarks.begin(), m_case.bookmarks.end(),
                                   [&b](const CaseBookmark& o) { return o.auditId == b.auditId; });
    if (same != m_case.bookmarks.end()) {
        if (!note.isEmpty()) same->note = same->note.isEmpty() ? note : same->note + QLatin1Char('\n') + note;
    } else {
        m_case.bookmarks.push_back(std::move(b));
        std::sort(m_case.bookmarks.begin(), m_case.bookmarks.end(),
                  [](const CaseBookmark& x, const CaseBookmark& y) { return x.time < y.time; });
    }
    m_panel->refresh();
    showPanel();
    setModified(true);
}

bool ReviewController::bookmarkShownEvent(const QString& note) {
    const EventRow* row = m_window->eventsPage()->detail()->shownRow();
    if (!row) return false;
    bookmark(*row, note);
    return true;
}

bool ReviewController::noteCurrentFinding(const QString& note) {
    const Finding* f = m_window->findingsPage()->currentFinding();
    if (!f) return false;
    noteFinding(*f, note);
    return true;
}

void ReviewController::noteFinding(const Finding& f, const QString& note) {
    CaseFindingNote n;
    n.ruleId = qs(f.ruleId);
    n.key = qs(f.key);
    n.summary = f.ruleTitle + QStringLiteral(": ") + f.message;
    n.note = note;
    n.time = f.time;
    m_case.findingNotes.push_back(std::move(n));
    m_panel->refresh();
    showPanel();
    setModified(true);
}

SavedView ReviewController::currentView() const {
    const auto page = static_cast<SavedView::Page>(std::clamp(m_window->pages()->currentIndex(), 0, 4));
    return SavedView::from(m_window->session()->filter(), m_window->appliedSearchText(), page,
                           m_window->session()->detailResource());
}

QString ReviewController::currentCommandLine() const {
    return commandLineFor(currentView(), m_window->session()->source());
}

void ReviewController::saveCurrentView(const QString& name) {
    SavedView v = currentView();
    v.name = name;
    const auto same =
        std::find_if(m_case.views.begin(), m_case.views.end(), [&name](const SavedView& o) { return o.name == name; });
    if (same != m_case.views.end())
        *same = std::move(v);
    else
        m_case.views.push_back(std::move(v));
    m_panel->refresh();
    showPanel();
    setModified(true);
}

void ReviewController::showView(int index) {
    if (index < 0 || size_t(index) >= m_case.views.size()) return;
    const SavedView& v = m_case.views[size_t(index)];
    QString why;
    const std::optional<FilterState> state = v.filterState(&why);
    if (!state) {
        QMessageBox::warning(m_window, tr("Show View"), why);
        return;
    }
    m_window->showView(static_cast<int>(v.page), *state, v.search, v.resource);
}

void ReviewController::openBookmark(int index) {
    if (index < 0 || size_t(index) >= m_case.bookmarks.size()) return;
    const CaseBookmark& b = m_case.bookmarks[size_t(index)];
    const std::string statement = "auditID: \"" + b.auditId + "\"";
    const SearchResult parsed = parseSearch(statement);
    if (!parsed.ok()) return;
    FilterState s;
    s.search = parsed.statement->filter;
    s.time.preset = TimePreset::All;
    m_window->showView(static_cast<int>(SavedView::Page::Events), s, QString::fromStdString(statement), QString());
}

ObjectHistoryView* ReviewController::showObjectHistory() {
    const EventRow* row = m_window->eventsPage()->detail()->shownRow();
    if (!row) row = m_window->eventsPage()->model()->rowAt(0);
    if (!row) return nullptr;
    const std::optional<ObjectKey> key = ObjectKey::fromRow(*row);
    return key ? showObjectHistory(*key) : nullptr;
}

ObjectHistoryView* ReviewController::showObjectHistory(const ObjectKey& key) {
    const std::shared_ptr<const Backend> backend = m_window->session()->backend();
    if (!backend) return nullptr;
    // Every request on the object, whatever the filter bar says: a history has no gaps.
    auto* view = new ObjectHistoryView(backend, key, TimeRange(), m_window);
    connect(view, &ObjectHistoryView::openEvent, m_window, &MainWindow::openEventRef);
    connect(view, &ObjectHistoryView::bookmark, this, [this](const EventRow& row) { bookmark(row); });
    view->show();
    return view;
}

ReportDataOptions ReviewController::reportOptions(const std::vector<std::string>& resources) const {
    ReportDataOptions o;
    const std::shared_ptr<const Snapshot> snap = m_window->session()->snapshot();
    if (snap) o.scope = {snap->range, snap->state.filter()};
    o.searchText = m_window->appliedSearchText(); // what the figures were computed with
    const QString described = FilterBar::describe(m_window->session()->filter(), o.searchText);
    if (!described.isEmpty()) o.filterLines = described.split(QStringLiteral(" · "));
    o.detailResources = resources;
    SavedView view = currentView();
    QStringList command{QStringLiteral("report"), QStringLiteral("all"),      QStringLiteral("--format"),
                        QStringLiteral("pdf"),    QStringLiteral("--output"), QStringLiteral("report.pdf")};
    for (const std::string& r : resources)
        command << QStringLiteral("--resource") << qs(r);
    o.commandLine = commandLineFor(command, view, m_window->session()->source());
    return o;
}

std::vector<DocumentNote> ReviewController::caseNotes() const {
    std::vector<DocumentNote> notes;
    for (const CaseBookmark& b : m_case.bookmarks)
        notes.push_back({b.summary, tr("%1 · auditID %2").arg(formatTimeWithZone(b.time), qs(b.auditId)), b.note});
    for (const CaseFindingNote& f : m_case.findingNotes)
        notes.push_back({f.summary, formatTimeWithZone(f.time), f.note});
    if (!m_case.notes.trimmed().isEmpty()) notes.push_back({tr("Case notes"), QString(), m_case.notes});
    return notes;
}

std::optional<ReportData> ReviewController::gather(const std::vector<std::string>& resources,
                                                   std::shared_ptr<const Backend>* used) {
    const std::shared_ptr<const Backend> backend = m_window->session()->backend();
    if (used) *used = backend;
    if (!backend || !m_window->session()->snapshot()) {
        QMessageBox::information(m_window, tr("Audit Console"), tr("Open audit logs first."));
        return std::nullopt;
    }
    const ReportDataOptions options = reportOptions(resources);
    const OpenedSource opened = m_window->session()->lastOpen();
    std::optional<ReportData> data = runWithProgress<ReportData>(
        m_window, tr("Gathering the reports…"),
        [backend, opened, options](const CancelToken& cancel, const std::function<void(int, int)>& progress) {
            return gatherReportData(*backend, &opened, options, cancel, progress);
        });
    if (data) data->notes = caseNotes();
    return data;
}

bool ReviewController::exportReport(const QString& path, const std::vector<std::string>& resources, QString* error) {
    const std::optional<ReportData> data = gather(resources);
    if (!data) return false;
    const ReportDocument document(*data);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) return document.writePdf(path, error);
    QString why;
    if (document.writeHtml(path, &why)) return true;
    if (error) *error = tr("%1: %2").arg(path, why);
    return false;
}

bool ReviewController::exportEvidence(const QString& folder, const std::vector<std::string>& resources) {
    std::shared_ptr<const Backend> backend; // the one the figures came from, for the events too
    const std::optional<ReportData> data = gather(resources, &backend);
    if (!data) return false;
    const ReportData copy = *data;
    const std::optional<EvidenceResult> written = runWithProgress<EvidenceResult>(
        m_window, tr("Writing the evidence…"),
        [backend, copy, folder](const CancelToken& cancel, const std::function<void(int, int)>&) {
            return writeEvidenceBundle(*backend, copy, folder, DocumentStyle{}, cancel);
        });
    return written.has_value(); // why not was said, unless it was cancelled
}

std::optional<std::vector<std::string>> ReviewController::askResources(const QString& title) {
    QDialog dialog(m_window);
    dialog.setWindowTitle(title);
    auto* list = new QListWidget(&dialog);
    const QString current = m_window->session()->detailResource();
    QStringList known = m_window->session()->knownResources();
    if (!known.contains(current)) known.prepend(current);
    for (const QString& r : known) {
        auto* item = new QListWidgetItem(r, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(r == current ? Qt::Checked : Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The audit overview and the resource operations come first, under the filters "
                                    "now set. Add the detail of these resources:"),
                                 &dialog));
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(420, 480);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    std::vector<std::string> picked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) picked.push_back(list->item(i)->text().toStdString());
    return picked;
}

void ReviewController::exportReportViaDialog() {
    const auto resources = askResources(tr("Export Report"));
    if (!resources) return;
    QString selected;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"),
                                                QSettings().value(QStringLiteral("dialogs/reportDir")).toString(),
                                                tr("PDF document (*.pdf);;Web page (*.html)"), &selected);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("html")) ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QSettings().setValue(QStringLiteral("dialogs/reportDir"), QFileInfo(path).absolutePath());
    QString error;
    if (exportReport(path, *resources, &error))
        m_window->statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
    else if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Report"), error);
}

void ReviewController::exportEvidenceViaDialog() {
    const auto resources = askResources(tr("Export Evidence"));
    if (!resources) return;
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Export Evidence into a Folder"),
                                          QSettings().value(QStringLiteral("dialogs/reportDir")).toString());
    if (folder.isEmpty()) return;
    if (exportEvidence(folder, *resources))
        m_window->statusBar()->showMessage(tr("Evidence written to %1").arg(folder), 8000);
}

void ReviewController::print() {
    const auto resources = askResources(tr("Print Report"));
    if (!resources) return;
    const std::optional<ReportData> data = gather(*resources);
    if (!data) return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted) return;
    ReportDocument(*data).print(&printer);
}

} // namespace ac
