#pragma once

#include "alerts/Alerts.h"

#include <QWidget>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace ac {

class FindingsModel;
class ReportTable;

// One rule run over a source in the background, its findings not kept: how many, and the first
// 50 listed. The rule editor's lower half.
class DryRunPane : public QWidget {
    Q_OBJECT
public:
    static constexpr size_t kListed = 50;
    explicit DryRunPane(QWidget* parent = nullptr);
    ~DryRunPane() override;

    // A run under way is cancelled and its result dropped.
    void start(std::shared_ptr<const Backend> backend, const Rule& rule, const TimeRange& range,
               const AlertOptions& options);
    void cancel() { m_cancel.cancel(); }
    bool isRunning() const { return m_running; }
    void setMessage(const QString& text);
    QString text() const;
    FindingsModel* model() const { return m_model; }

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();

private:
    struct Outcome;
    QLabel* m_status;
    FindingsModel* m_model;
    ReportTable* m_table;
    bool m_running = false;
    uint64_t m_generation = 0;
    CancelToken m_cancel;
    QList<QPair<QObject*, std::function<void()>>> m_jobs; // running dry runs and how to await each
};

} // namespace ac
