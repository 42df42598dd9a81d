#pragma once

#include "backends/Backend.h"
#include "review/ObjectHistory.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

class TstReview;

namespace ac {

// "Who changed this object, what exactly changed, and when": every request on one object,
// newest first, each write with its field-level diff. Choosing a changed field narrows the list
// to the requests that changed it ("who changed spec.replicas").
class ObjectHistoryView : public QDialog {
    Q_OBJECT
public:
    ObjectHistoryView(std::shared_ptr<const Backend> backend, ObjectKey key, TimeRange range,
                      QWidget* parent = nullptr);
    ~ObjectHistoryView() override;

    const ObjectKey& key() const { return m_key; }
    // Shows only the requests that changed `field` ("spec.replicas"); empty shows them all.
    void setFieldFilter(const QString& field);
    QString fieldFilter() const;
    bool isBusy() const { return m_busy; }
    const ObjectHistory* history() const { return m_history ? &*m_history : nullptr; }
    // The entries listed now (after the field filter), newest first.
    std::vector<const HistoryEntry*> shownEntries() const;
    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void openEvent(const QString& ref);
    void bookmark(const ac::EventRow& row);
    void finished(); // the history arrived, or why not is on screen

private:
    friend class ::TstReview;
    void start();
    void populate();
    static QString kindText(const HistoryEntry& entry);

    std::shared_ptr<const Backend> m_backend;
    ObjectKey m_key;
    TimeRange m_range;
    std::optional<ObjectHistory> m_history;
    CancelToken m_cancel;
    bool m_busy = false;
    QLabel* m_summary;
    QLineEdit* m_field;
    QTreeWidget* m_tree;
    QProgressBar* m_progress;
    QPushButton* m_stop;
};

} // namespace ac
