#pragma once

#include "document/ReportData.h"
#include "review/CaseFile.h"
#include "review/ObjectHistory.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QMenu;
class QMenuBar;
QT_END_NAMESPACE

class TstReview;

namespace ac {

class CasePanel;
struct Finding;
class MainWindow;
class ObjectHistoryView;

// Incident review in the window: the case notebook (bookmarks, notes on events and findings,
// saved views, kept in a file the user chooses), every view as its command line, the history of
// one object, and the reports as one document (File > Export Report, Print, Export Evidence).
class ReviewController : public QObject {
    Q_OBJECT
public:
    explicit ReviewController(MainWindow* window);
    ~ReviewController() override;

    void addFileActions(QMenu* file);
    void addCaseMenu(QMenuBar* bar);
    QDockWidget* dock() const { return m_dock; }
    CasePanel* panel() const { return m_panel; }

    // The case.
    const CaseFile& caseFile() const { return m_case; }
    QString casePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    void newCase();
    bool openCase(const QString& path); // says why not in a message box
    bool saveCase(const QString& path); // likewise
    // Before the case is replaced or the window closes: offers to save a modified case; false when
    // the user chose Cancel.
    bool maybeSave();
    void bookmark(const EventRow& row, const QString& note = {});
    bool bookmarkShownEvent(const QString& note = {}); // the event on the Events page
    bool noteCurrentFinding(const QString& note);
    void noteFinding(const Finding& finding, const QString& note);
    void saveCurrentView(const QString& name);
    void showView(int index);
    void openBookmark(int index);
    // What the window shows now, as a saved view and as its command line.
    SavedView currentView() const;
    QString currentCommandLine() const;

    // The history of the object of the event shown (else of the first listed request); null when
    // no request names an object.
    ObjectHistoryView* showObjectHistory();
    ObjectHistoryView* showObjectHistory(const ObjectKey& key);

    // The document under the window's filters, with the detail reports of `resources`.
    ReportDataOptions reportOptions(const std::vector<std::string>& resources) const;
    std::vector<DocumentNote> caseNotes() const;
    // Gathers the document's data with progress and Cancel; nullopt (after saying why) otherwise.
    // `used`: the backend the data came from.
    std::optional<ReportData> gather(const std::vector<std::string>& resources,
                                     std::shared_ptr<const Backend>* used = nullptr);
    bool exportReport(const QString& path, const std::vector<std::string>& resources, QString* error);
    // Says why not itself (or nothing after Cancel).
    bool exportEvidence(const QString& folder, const std::vector<std::string>& resources);

Q_SIGNALS:
    void caseChanged();

private:
    friend class ::TstReview;
    void setModified(bool modified);
    void showPanel();
    void updateTitle();
    void exportReportViaDialog();
    void exportEvidenceViaDialog();
    void print();
    // The detail resources to put in the document: asked, with the detail page's as the default.
    std::optional<std::vector<std::string>> askResources(const QString& title);

    MainWindow* m_window;
    CaseFile m_case;
    QString m_path;
    bool m_modified = false;
    CasePanel* m_panel;
    QDockWidget* m_dock;
};

} // namespace ac
