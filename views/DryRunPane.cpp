#include "DryRunPane.h"

#include "FindingsPage.h"
#include "Widgets.h"
#include "i18n/TimeDisplay.h"
#include "itemmodels/FindingsModel.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ac {

struct DryRunPane::Outcome {
    bool ok = false;
    bool cancelled = false;
    QString error;
    AlertRun run;
};

DryRunPane::DryRunPane(QWidget* parent)
    : QWidget(parent)
    , m_status(noteLabel(this))
    , m_model(new FindingsModel(this))
    , m_table(new ReportTable(this)) {
    m_table->setModel(m_model);
    m_table->setMinimumHeight(140);
    showSeverityColours(m_table, FindingsModel::SeverityColumn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
}

DryRunPane::~DryRunPane() {
    m_cancel.cancel();
    for (const auto& [job, wait] : m_jobs)
        wait();
}

void DryRunPane::setMessage(const QString& text) {
    m_status->setText(text);
}

QString DryRunPane::text() const {
    return m_status->text();
}

void DryRunPane::start(std::shared_ptr<const Backend> backend, const Rule& rule, const TimeRange& range,
                       const AlertOptions& options) {
    m_cancel.cancel();
    m_cancel = CancelToken();
    const CancelToken token = m_cancel;
    const uint64_t generation = ++m_generation;
    m_running = true;
    Q_EMIT runningChanged(true);
    m_status->setText(tr("Running %1…").arg(QString::fromStdString(rule.id)));
    auto* watcher = new QFutureWatcher<Outcome>(this);
    m_jobs.append({watcher, [watcher] { watcher->waitForFinished(); }});
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation, range, id = rule.id] {
        watcher->deleteLater();
        m_jobs.removeIf([watcher](const auto& job) { return job.first == watcher; });
        if (generation != m_generation) return; // overtaken by a newer run
        m_running = false;
        Q_EMIT runningChanged(false);
        const Outcome out = watcher->result();
        if (!out.ok) {
            m_status->setText(out.cancelled ? tr("Dry run cancelled.") : tr("The dry run failed: %1").arg(out.error));
            Q_EMIT finished();
            return;
        }
        const auto& found = out.run.findings;
        const auto listed = static_cast<std::ptrdiff_t>(std::min(kListed, found.size()));
        m_model->setFindings(std::make_shared<const std::vector<Finding>>(found.begin(), found.begin() + listed));
        const QString over =
            range.isAll() || range.to <= range.from ? tr("all the data") : formatRange(range.from, range.to - 1);
        QString summary = tr("%1: %n finding(s) over %2 in %3 s", nullptr, static_cast<int>(found.size()))
                              .arg(QString::fromStdString(id), over, QLocale().toString(out.run.seconds, 'f', 2));
        if (found.size() > kListed) summary += QLatin1Char(' ') + tr("(the first %1 listed)").arg(kListed);
        for (const RuleNote& n : out.run.notes)
            summary += QLatin1Char(' ') + n.message;
        m_status->setText(summary);
        m_table->resizeColumnsToContents();
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([backend = std::move(backend), rule, range, options, token] {
        Outcome out;
        Result<AlertRun> result = AlertEngine(options).dryRun(*backend, rule, range, token);
        out.ok = result.ok();
        if (out.ok)
            out.run = std::move(result).value();
        else
            std::tie(out.error, out.cancelled) = std::pair(result.error().message, result.error().cancelled);
        return out;
    }));
}

} // namespace ac
