#pragma once

#include "review/CaseFile.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace ac {

// The case notebook beside the pages: its title, the bookmarked events and noted findings with
// their notes (editable in place), the saved views and the case's own notes.
class CasePanel : public QWidget {
    Q_OBJECT
public:
    explicit CasePanel(CaseFile* caseFile, QWidget* parent = nullptr);
    // Shows the case as it is now (after it was opened, or changed elsewhere).
    void refresh();
    QTreeWidget* bookmarks() const { return m_bookmarks; }
    QListWidget* views() const { return m_views; }

Q_SIGNALS:
    void changed(); // the user edited the case here
    void openBookmark(int index);
    void openView(int index);
    void copyViewCommand(int index);

private:
    void removeSelected();
    CaseFile* m_case;
    bool m_filling = false;
    QLineEdit* m_title;
    QTabWidget* m_tabs;
    QTreeWidget* m_bookmarks;
    QTreeWidget* m_findings;
    QListWidget* m_views;
    QPlainTextEdit* m_notes;
};

} // namespace ac
