#include "PolicyWorkbench.h"

#include "TextHighlighting.h"
#include "Widgets.h"
#include "backends/MemoryBackend.h"
#include "itemmodels/PolicyEventsModel.h"
#include "policy/PolicyReport.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ac {

namespace {
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
QString number(int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}
QString bytes(int64_t n) {
    return QLocale().formattedDataSize(n);
}
} // namespace

PolicyWorkbench::PolicyWorkbench(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_editor(new QPlainTextEdit(this))
    , m_diagnostics(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_lintSummary(new QLabel(this))
    , m_rules(new QTableWidget(this))
    , m_totals(new QTableWidget(this))
    , m_eventsTable(new ReportTable(this))
    , m_eventsModel(new PolicyEventsModel(this))
    , m_simulate(new QPushButton(tr("&Simulate"), this))
    , m_lintTimer(new QTimer(this)) {
    setWindowTitle(tr("Audit Policy Workbench"));
    resize(1200, 760);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(tr("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata"));
    attachHighlighter(m_editor->document(), SyntaxLanguage::Yaml);
    m_diagnostics->setToolTip(tr("What the apiserver would reject (errors) and what loads but likely does not do what "
                                 "was meant (warnings); double-click to go there"));
    m_status->setWordWrap(true);
    m_simulate->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    m_simulate->setToolTip(tr("Replay the policy over the loaded events (Ctrl+R)"));

    auto* open = new QPushButton(tr("&Open…"), this);
    auto* compare = new QPushButton(tr("&Compare with…"), this);
    compare->setToolTip(tr("A second policy, simulated beside this one"));
    auto* changedOnly = new QCheckBox(tr("Only requests whose level changes"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Audit Policy"), QString(),
                                                          tr("Audit policies (*.yaml *.yml *.json);;All files (*)"));
        if (!path.isEmpty()) openFile(path);
    });
    connect(compare, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with Audit Policy"), QString(),
                                                          tr("Audit policies (*.yaml *.yml *.json);;All files (*)"));
        if (path.isEmpty()) return;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) setCompareText(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName());
    });
    connect(m_simulate, &QPushButton::clicked, this, &PolicyWorkbench::simulate);
    connect(changedOnly, &QCheckBox::toggled, m_eventsModel, &PolicyEventsModel::setChangedOnly);

    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(300);
    connect(m_lintTimer, &QTimer::timeout, this, &PolicyWorkbench::relint);
    connect(m_editor, &QPlainTextEdit::textChanged, m_lintTimer, qOverload<>(&QTimer::start));
    connect(m_diagnostics, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int line = item->data(Qt::UserRole).toInt(), column = item->data(Qt::UserRole + 1).toInt();
        const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
        // The parser counts bytes; the editor counts characters (they differ on non-ASCII lines).
        const int chars =
            static_cast<int>(QString::fromUtf8(block.text().toUtf8().left(std::max(0, column - 1))).size());
        QTextCursor c(block);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, chars);
        m_editor->setTextCursor(c);
        m_editor->setFocus();
    });

    for (auto* t : {m_rules, m_totals}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->setVisible(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_eventsTable->setModel(m_eventsModel);
    m_eventsTable->setSortingEnabled(false);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_editor);
    auto* lint = new QWidget(this);
    auto* lintLayout = new QVBoxLayout(lint);
    lintLayout->setContentsMargins(0, 0, 0, 0);
    m_lintSummary->setWordWrap(true);
    lintLayout->addWidget(m_lintSummary);
    lintLayout->addWidget(m_diagnostics, 1);
    left->addWidget(lint);
    left->setStretchFactor(0, 3);
    auto* results = new QTabWidget(this);
    results->addTab(m_totals, tr("What the log keeps"));
    results->addTab(m_rules, tr("Rules"));
    auto* eventsTab = new QWidget(this);
    auto* eventsLayout = new QVBoxLayout(eventsTab);
    eventsLayout->addWidget(changedOnly);
    eventsLayout->addWidget(m_eventsTable);
    results->addTab(eventsTab, tr("Requests"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(results);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({520, 680});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(compare);
    buttons->addWidget(m_simulate);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    relint();
}

PolicyWorkbench::~PolicyWorkbench() {
    m_cancel.cancel(); // a running simulation stops; quitting does not wait for it to finish
}

void PolicyWorkbench::setBackend(std::shared_ptr<const Backend> backend) {
    if (backend != m_backend) m_cancel.cancel(); // its results would belong to the other source
    m_backend = std::move(backend);
}

void PolicyWorkbench::openFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    setPolicyText(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName());
}

void PolicyWorkbench::setPolicyText(const QString& text, const QString& name) {
    m_name = name;
    setWindowTitle(tr("%1 — Audit Policy Workbench").arg(name));
    m_editor->setPlainText(text);
    relint();
}

void PolicyWorkbench::setCompareText(const QString& text, const QString& name) {
    m_compareText = text;
    m_compareName = name;
    m_status->setText(tr("Comparing with %1: simulate to see both.").arg(name));
}

void PolicyWorkbench::relint() {
    m_loaded = loadPolicy(m_editor->toPlainText().toStdString());
    m_diagnostics->clear();
    int errors = 0;
    for (const PolicyDiagnostic& d : m_loaded.diagnostics) {
        errors += d.severity == PolicyDiagnostic::Severity::Error;
        QString text = tr("%1:%2  %3: %4").arg(d.pos.line).arg(d.pos.column).arg(severityName(d.severity), d.message);
        if (!d.path.empty()) text += QStringLiteral("  [") + qs(d.path) + QLatin1Char(']');
        auto* item = new QListWidgetItem(text, m_diagnostics);
        item->setToolTip(text);
        item->setData(Qt::UserRole, d.pos.line);
        item->setData(Qt::UserRole + 1, d.pos.column);
        if (d.severity == PolicyDiagnostic::Severity::Error) item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (m_loaded.diagnostics.empty()) m_diagnostics->addItem(tr("No problems found."));
    m_simulate->setEnabled(m_running || !m_loaded.policy.rules.empty()); // Cancel stays available
    m_lintSummary->setText(errors
                               ? tr("%n error(s): the apiserver would refuse this policy; a simulation shows what its "
                                    "rules would do.",
                                    nullptr, errors)
                               : tr("%n rule(s); the apiserver would load this policy.", nullptr,
                                    static_cast<int>(m_loaded.policy.rules.size())));
}

void PolicyWorkbench::simulate() {
    if (m_running) {
        m_cancel.cancel();
        return;
    }
    // A replay needs whole events with every stage, which the memory source holds.
    const auto* memory = dynamic_cast<const MemoryBackend*>(m_backend.get());
    if (!memory) {
        m_status->setText(m_backend ? tr("Simulation is not supported by this source: it needs whole events (local "
                                         "files).")
                                    : tr("Open an audit log first: the policy is simulated over its events."));
        return;
    }
    relint();
    std::vector<LoadedPolicy> policies{m_loaded};
    if (!m_compareText.isEmpty()) policies.push_back(loadPolicy(m_compareText.toStdString()));
    m_running = true;
    m_cancel = CancelToken();
    m_simulate->setText(tr("Cancel"));
    m_status->setText(tr("Simulating over %n request(s)…", nullptr, static_cast<int>(memory->store().requestCount())));
    using Results = std::vector<std::shared_ptr<const SimulationResult>>;
    auto* watcher = new QFutureWatcher<Results>(this);
    auto backend = m_backend; // keeps the store alive while the job runs, and is the one shown
    connect(watcher, &QFutureWatcher<Results>::finished, this, [this, watcher, policies, backend] {
        watcher->deleteLater();
        m_running = false;
        m_simulate->setText(tr("&Simulate"));
        m_simulate->setEnabled(!m_loaded.policy.rules.empty());
        const Results results = watcher->result();
        if (results.empty() ||
            std::any_of(results.begin(), results.end(), [](const auto& r) { return r->cancelled; })) {
            m_status->setText(tr("Simulation cancelled."));
            return;
        }
        showResults(backend, results, policies);
        Q_EMIT simulated();
    });
    const CancelToken cancel = m_cancel;
    watcher->setFuture(QtConcurrent::run([backend, memory, policies, cancel] {
        Results out;
        for (const LoadedPolicy& p : policies)
            out.push_back(std::make_shared<const SimulationResult>(simulatePolicy(p.policy, memory->store(), cancel)));
        return out;
    }));
}

void PolicyWorkbench::showResults(const std::shared_ptr<const Backend>& backend,
                                  const std::vector<std::shared_ptr<const SimulationResult>>& results,
                                  const std::vector<LoadedPolicy>& policies) {
    const auto* memory = dynamic_cast<const MemoryBackend*>(backend.get());
    const QStringList names{m_name.isEmpty() ? tr("This policy") : m_name,
                            m_compareName.isEmpty() ? tr("Compared policy") : m_compareName};
    // What the log would keep, per policy side by side with what was recorded.
    // Each row: what the policy keeps, beside what this log recorded of the same level or stage.
    struct Row {
        QString label;
        std::function<SimulationResult::Tally(const SimulationResult&)> pick;
        std::function<SimulationResult::Tally(const SimulationResult&)> recorded;
    };
    std::vector<Row> rows{{tr("Kept"), [](const SimulationResult& r) { return r.kept; }, {}},
                          {tr("Dropped"), [](const SimulationResult& r) { return r.dropped; }, {}}};
    for (Level l : {Level::Metadata, Level::Request, Level::RequestResponse}) {
        const auto i = static_cast<size_t>(l);
        rows.push_back({tr("Kept at %1").arg(qs(levelName(l))),
                        [i](const SimulationResult& r) { return r.keptByLevel[i]; },
                        [i](const SimulationResult& r) { return r.recordedByLevel[i]; }});
    }
    for (Stage s : {Stage::RequestReceived, Stage::ResponseStarted, Stage::ResponseComplete, Stage::Panic}) {
        const auto i = static_cast<size_t>(s);
        rows.push_back({tr("Kept at stage %1").arg(qs(stageName(s))),
                        [i](const SimulationResult& r) { return r.keptByStage[i]; },
                        [i](const SimulationResult& r) { return r.recordedByStage[i]; }});
    }
    QStringList headers{tr("What")};
    headers << tr("Recorded");
    for (size_t i = 0; i < results.size(); ++i)
        headers << names[static_cast<int>(i)];
    m_totals->clear();
    m_totals->setColumnCount(static_cast<int>(headers.size()));
    m_totals->setHorizontalHeaderLabels(headers);
    m_totals->setRowCount(static_cast<int>(rows.size()) + 1);
    auto cellText = [](const SimulationResult::Tally& t) {
        // Stages count records: a request spans several.
        if (t.requests == 0 && t.records > 0) return tr("%1 records · %2").arg(number(t.records), bytes(t.bytes));
        return tr("%1 requests · %2 records · %3").arg(number(t.requests), number(t.records), bytes(t.bytes));
    };
    const SimulationResult& first = *results.front();
    m_totals->setItem(0, 0, new QTableWidgetItem(tr("Recorded in this log")));
    m_totals->setItem(0, 1, new QTableWidgetItem(cellText(first.recorded)));
    for (size_t r = 0; r < rows.size(); ++r) {
        m_totals->setItem(static_cast<int>(r) + 1, 0, new QTableWidgetItem(rows[r].label));
        if (rows[r].recorded)
            m_totals->setItem(static_cast<int>(r) + 1, 1, new QTableWidgetItem(cellText(rows[r].recorded(first))));
        for (size_t p = 0; p < results.size(); ++p)
            m_totals->setItem(static_cast<int>(r) + 1, static_cast<int>(p) + 2,
                              new QTableWidgetItem(cellText(rows[r].pick(*results[p]))));
    }
    m_totals->resizeColumnsToContents();
    // Per rule: the requests it decides.
    size_t ruleRows = 0;
    for (const auto& p : policies)
        ruleRows = std::max(ruleRows, p.policy.rules.size());
    m_rules->clear();
    QStringList ruleHeaders{tr("Rule")};
    for (size_t p = 0; p < results.size(); ++p)
        ruleHeaders << tr("%1: line, level, requests").arg(names[static_cast<int>(p)]);
    m_rules->setColumnCount(static_cast<int>(ruleHeaders.size()));
    m_rules->setHorizontalHeaderLabels(ruleHeaders);
    m_rules->setRowCount(static_cast<int>(ruleRows) + 1);
    for (size_t i = 0; i < ruleRows; ++i) {
        m_rules->setItem(static_cast<int>(i), 0, new QTableWidgetItem(QString::number(i + 1)));
        for (size_t p = 0; p < results.size(); ++p) {
            if (i >= policies[p].policy.rules.size()) continue;
            const PolicyRule& rule = policies[p].policy.rules[i];
            m_rules->setItem(static_cast<int>(i), static_cast<int>(p) + 1,
                             new QTableWidgetItem(tr("line %1 · %2 · %3")
                                                      .arg(rule.pos.line)
                                                      .arg(qs(rule.levelText), number(results[p]->ruleHits[i]))));
        }
    }
    m_rules->setItem(static_cast<int>(ruleRows), 0, new QTableWidgetItem(tr("none")));
    for (size_t p = 0; p < results.size(); ++p)
        m_rules->setItem(static_cast<int>(ruleRows), static_cast<int>(p) + 1,
                         new QTableWidgetItem(tr("no rule matches: None · %1").arg(number(results[p]->unmatched))));
    m_rules->resizeColumnsToContents();
    m_eventsModel->setResult(memory ? std::shared_ptr<const EventStore>(backend, &memory->store()) : nullptr,
                             results.front(), policies.front().policy);
    QString status = tr("%1 of %2 requests kept, %3 of %4 recorded.")
                         .arg(number(first.kept.requests), number(first.recorded.requests), bytes(first.kept.bytes),
                              bytes(first.recorded.bytes));
    if (first.aboveRecorded)
        status += QLatin1Char(' ') + tr("%n request(s) would be logged above the level they were recorded at: this log "
                                        "cannot show the bodies the policy would add.",
                                        nullptr, static_cast<int>(first.aboveRecorded));
    if (!policies.front().loadable())
        status += QLatin1Char(' ') + tr("The apiserver would refuse this policy as written (see the errors).");
    m_status->setText(status);
}

} // namespace ac
