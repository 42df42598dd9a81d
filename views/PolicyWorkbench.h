#pragma once

#include "backends/Backend.h"
#include "policy/PolicySimulator.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace ac {

class PolicyEventsModel;
class ReportTable;

// The audit policy workbench: a policy in a highlighted editor, linted as it is typed (every
// diagnostic with its line and column), and simulated over the loaded events, alone or beside a
// second policy: per rule the requests it decides, what the log would keep and lose by level and
// stage, and per request the level it would get and why.
class PolicyWorkbench : public QWidget {
    Q_OBJECT
public:
    explicit PolicyWorkbench(QWidget* parent = nullptr);
    ~PolicyWorkbench() override;
    void setBackend(std::shared_ptr<const Backend> backend);
    void openFile(const QString& path);
    void setPolicyText(const QString& text, const QString& name);
    void setCompareText(const QString& text, const QString& name);
    void simulate();
    // For tests.
    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* diagnostics() const { return m_diagnostics; }
    QTableWidget* totals() const { return m_totals; }
    QTableWidget* rules() const { return m_rules; }
    PolicyEventsModel* events() const { return m_eventsModel; }
    bool isSimulating() const { return m_running; }

Q_SIGNALS:
    void simulated();

private:
    void relint();
    void showResults(const std::shared_ptr<const Backend>& backend,
                     const std::vector<std::shared_ptr<const SimulationResult>>& results,
                     const std::vector<LoadedPolicy>& policies);

    std::shared_ptr<const Backend> m_backend;
    QString m_name, m_compareName, m_compareText;
    QPlainTextEdit* m_editor;
    QListWidget* m_diagnostics;
    QLabel* m_status;
    QLabel* m_lintSummary;
    QTableWidget* m_rules;
    QTableWidget* m_totals;
    ReportTable* m_eventsTable;
    PolicyEventsModel* m_eventsModel;
    QPushButton* m_simulate;
    QTimer* m_lintTimer;
    LoadedPolicy m_loaded;
    bool m_running = false;
    CancelToken m_cancel;
};

} // namespace ac
