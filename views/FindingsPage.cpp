#include "FindingsPage.h"

#include "AlertsController.h"
#include "NotificationSettings.h"
#include "RuleEditor.h"
#include "Widgets.h"
#include "audit/Timestamp.h"
#include "i18n/TimeDisplay.h"
#include "itemmodels/FindingsModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace ac {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The severity in its colour with a dot; the model has no QtGui, so the view paints it.
class SeverityDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant level = index.data(FindingsModel::SeverityRole);
        if (!level.isValid()) return;
        const auto severity = static_cast<Severity>(level.toInt());
        const QColor color = severityColor(severity, option->palette);
        option->palette.setColor(QPalette::Text, color);
        if (severity >= Severity::High) option->font.setBold(true);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = dot(color);
        option->decorationSize = QSize(10, 10);
    }

private:
    QIcon dot(const QColor& color) const {
        auto it = m_dots.find(color.rgba());
        if (it != m_dots.end()) return it->second;
        QPixmap pixmap(20, 20);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(3, 3, 14, 14));
        painter.end();
        return m_dots.emplace(color.rgba(), QIcon(pixmap)).first->second;
    }
    mutable std::map<QRgb, QIcon> m_dots; // per colour: light and dark palettes differ
};

QString row(const QString& label, const QString& value) {
    if (value.isEmpty()) return {};
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString number(int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}
} // namespace

QColor severityColor(Severity severity, const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Severity::Critical:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case Severity::High:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd8, 0x43, 0x15);
    case Severity::Medium:
        return dark ? QColor(0xff, 0xe0, 0x82) : QColor(0x9a, 0x67, 0x00);
    case Severity::Low:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case Severity::Report:
        break;
    }
    return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x61, 0x61, 0x61);
}

void showSeverityColours(QAbstractItemView* view, int column) {
    view->setItemDelegateForColumn(column, new SeverityDelegate(view));
}

FindingsPage::FindingsPage(AlertsController* alerts, QWidget* parent)
    : Page(parent)
    , m_alerts(alerts)
    , m_model(new FindingsModel(this))
    , m_run(new QPushButton(tr("&Run Rules"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_live(new QPushButton(tr("Follow &Live"), this))
    , m_severity(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_notesButton(new QToolButton(this))
    , m_notes(noteLabel(this))
    , m_notice(noteLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new ReportTable(this))
    , m_detail(new QTextBrowser(this))
    , m_showEvents(new QPushButton(tr("Sho&w Events"), this))
    , m_openEvent(new QPushButton(tr("&Open Event"), this)) {
    m_table->setModel(m_model);
    m_table->setSettingsKey(QStringLiteral("findings"));
    showSeverityColours(m_table, FindingsModel::SeverityColumn);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a finding to see it whole."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_notesButton->setAutoRaise(true);
    m_notesButton->setCheckable(true);
    m_notesButton->setVisible(false);
    m_notes->setVisible(false);
    connect(m_notesButton, &QToolButton::toggled, m_notes, &QWidget::setVisible);

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailButtons = new QHBoxLayout;
    m_showEvents->setToolTip(tr("List the requests behind this finding on the Events page (double-click a row)"));
    m_openEvent->setToolTip(tr("Show the one request this finding is about on the Events page"));
    detailButtons->addWidget(m_showEvents);
    detailButtons->addWidget(m_openEvent);
    detailButtons->addStretch(1);
    detailLayout->addLayout(detailButtons);
    detailLayout->addWidget(m_detail, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_notesButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(createToolbar());
    layout->addLayout(summaryRow);
    layout->addWidget(m_notes);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetail(m_model->findingAt(current.row())); });
    connect(m_table, &ReportTable::rowActivated, this, [this](const QModelIndex& index) {
        m_table->setCurrentIndex(index);
        showEvents();
    });
    connect(m_showEvents, &QPushButton::clicked, this, &FindingsPage::showEvents);
    connect(m_openEvent, &QPushButton::clicked, this, &FindingsPage::openCurrentEvent);

    connect(m_alerts, &AlertsController::findingsChanged, this, &FindingsPage::onFindingsChanged);
    connect(m_alerts, &AlertsController::runStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        updateSummary(tr("Running the rules…"));
        updateEmptyState();
    });
    connect(m_alerts, &AlertsController::runProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_alerts, &AlertsController::runFinished, this, [this](const QString& message) {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        updateSummary(message);
        updateEmptyState();
    });
    connect(m_alerts, &AlertsController::liveChanged, this, [this](bool live) {
        const QSignalBlocker block(m_live);
        m_live->setChecked(live);
    });
    connect(m_alerts, &AlertsController::notice, this, [this](const QString& message) {
        m_notice->setText(message);
        m_notice->setVisible(!message.isEmpty());
    });
    m_notice->setVisible(false);
    onFindingsChanged();
    updateSummary(m_alerts->summary());
}

QWidget* FindingsPage::createToolbar() {
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* actionRow = new QHBoxLayout;
    m_run->setToolTip(tr("Run the rules that are switched on over the whole source (Alerts ▸ Run Rules)"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("%v of %m rules"));
    m_cancel->setVisible(false);
    m_live->setCheckable(true);
    m_live->setToolTip(tr("Run the rules on what is appended to the files, or poll the remote source, and raise "
                          "each new finding once"));
    connect(m_run, &QPushButton::clicked, m_alerts, [this] { m_alerts->run(); });
    connect(m_cancel, &QPushButton::clicked, m_alerts, &AlertsController::cancel);
    connect(m_live, &QPushButton::toggled, m_alerts, &AlertsController::setLive);
    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Export Findings as &CSV…"), this, [this] { exportViaDialog(false); });
    exportMenu->addAction(tr("Export Findings as &JSON…"), this, [this] { exportViaDialog(true); });
    exportButton->setMenu(exportMenu);
    auto* rulesButton = new QPushButton(tr("R&ules…"), bar);
    rulesButton->setToolTip(tr("See, switch off, write and try out rules"));
    connect(rulesButton, &QPushButton::clicked, this, [this] { showRuleEditor(); });
    auto* notifyButton = new QPushButton(tr("&Notifications…"), bar);
    notifyButton->setToolTip(tr("Where live findings are sent: DingTalk, a webhook, the desktop"));
    connect(notifyButton, &QPushButton::clicked, this, &FindingsPage::showNotificationSettings);
    actionRow->addWidget(m_run);
    actionRow->addWidget(m_progress);
    actionRow->addWidget(m_cancel);
    actionRow->addWidget(m_live);
    actionRow->addStretch(1);
    actionRow->addWidget(exportButton);
    actionRow->addWidget(rulesButton);
    actionRow->addWidget(notifyButton);

    auto* filters = new QHBoxLayout;
    m_severity->addItem(tr("All severities"), static_cast<int>(Severity::Report));
    m_severity->addItem(tr("Low and above"), static_cast<int>(Severity::Low));
    m_severity->addItem(tr("Medium and above"), static_cast<int>(Severity::Medium));
    m_severity->addItem(tr("High and above"), static_cast<int>(Severity::High));
    m_severity->addItem(tr("Critical only"), static_cast<int>(Severity::Critical));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rule->setMinimumContentsLength(24);
    m_search->setPlaceholderText(tr("Search findings: operator, object, IP, message…"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { keepSelection([this] { m_model->setTextFilter(m_search->text()); }); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const auto level = static_cast<Severity>(m_severity->currentData().toInt());
        keepSelection([this, level] { m_model->setMinimumSeverity(level); });
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        const std::string id = m_rule->currentData().toString().toStdString();
        keepSelection([this, id] { m_model->setRuleFilter(id); });
    });
    auto* severityLabel = new QLabel(tr("Severit&y:"), bar);
    severityLabel->setBuddy(m_severity);
    auto* ruleLabel = new QLabel(tr("Rul&e:"), bar);
    ruleLabel->setBuddy(m_rule);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(ruleLabel);
    filters->addWidget(m_rule);
    filters->addWidget(m_search, 1);
    rows->addLayout(actionRow);
    rows->addLayout(filters);
    return bar;
}

QList<ReportTable*> FindingsPage::tables() const {
    return {m_table};
}

const Finding* FindingsPage::currentFinding() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->findingAt(current.row()) : nullptr;
}

void FindingsPage::keepSelection(const std::function<void()>& change) {
    // A reset (a filter, a live finding) keeps the finding being read selected where it stays.
    const Finding* before = currentFinding();
    const std::string key = before ? before->key : std::string();
    change();
    const int at = m_model->rowOfKey(key);
    if (at >= 0) {
        m_table->setCurrentIndex(m_model->index(at, 0));
        m_table->scrollTo(m_model->index(at, 0));
    } else {
        showDetail(nullptr);
    }
    updateEmptyState();
}

void FindingsPage::onFindingsChanged() {
    keepSelection([this] { m_model->setFindings(m_alerts->findings()); });
    rebuildRuleChoices();
    if (m_model->rowCount() > 0 && !m_table->property("fitted").toBool()) {
        m_table->horizontalHeader()->setResizeContentsPrecision(100);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
        m_table->setProperty("fitted", true);
    }
}

void FindingsPage::rebuildRuleChoices() {
    // The rules that found something, most findings first.
    std::map<std::string, std::pair<QString, int>> perRule;
    if (const auto all = m_alerts->findings())
        for (const Finding& f : *all) {
            auto& [name, hits] = perRule[f.ruleId];
            if (name.isEmpty()) name = f.ruleTitle.isEmpty() ? qs(f.ruleId) : f.ruleTitle;
            ++hits;
        }
    std::vector<std::pair<std::string, std::pair<QString, int>>> sorted(perRule.begin(), perRule.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
    const QString chosen = m_rule->currentData().toString();
    const QSignalBlocker block(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const auto& [id, entry] : sorted) {
        m_rule->addItem(tr("%1 (%2)").arg(entry.first, number(entry.second)), qs(id));
        m_rule->setItemData(m_rule->count() - 1, qs(id), Qt::ToolTipRole);
    }
    const int at = m_rule->findData(chosen);
    m_rule->setCurrentIndex(std::max(0, at));
    if (at < 0 && !chosen.isEmpty()) keepSelection([this] { m_model->setRuleFilter({}); });
}

void FindingsPage::updateSummary(const QString& text) {
    m_summary->setText(text);
    const auto& notes = m_alerts->notes();
    QStringList lines;
    for (const RuleNote& n : notes)
        lines << QString(qs(n.ruleId) + QStringLiteral(": ") + n.message);
    for (const RuleError& e : m_alerts->rules().errors)
        lines << e.toString();
    m_summary->setToolTip(lines.join(QLatin1Char('\n')));
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notesButton->setText(tr("Notes (%1)").arg(lines.size()));
    m_notesButton->setToolTip(tr("The rules that could not run here in full, and rule files that could not be read"));
    m_notesButton->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) m_notesButton->setChecked(false);
}

void FindingsPage::updateEmptyState() {
    const auto all = m_alerts->findings();
    QString text;
    if (m_model->rowCount() > 0)
        text.clear();
    else if (all && !all->empty())
        text = tr("No findings match these filters.");
    else if (!m_alerts->session()->backend())
        text = tr("Open an audit log: the rules run over it when it loads.");
    else if (m_alerts->isRunning())
        text = tr("Running the rules…");
    else if (!all)
        text = tr("The rules have not run over this source yet: Run Rules.");
    else
        text = tr("No findings: none of the rules that are switched on matched.");
    m_empty->setText(text);
    m_stack->setCurrentIndex(text.isEmpty() ? 1 : 0);
}

void FindingsPage::showDetail(const Finding* f) {
    m_showEvents->setEnabled(f != nullptr);
    m_openEvent->setEnabled(f && m_alerts->canOpenEvent(*f));
    if (!f) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                       .arg(severityColor(f->severity, palette()).name(),
                            (f->ruleTitle.isEmpty() ? qs(f->ruleId) : f->ruleTitle).toHtmlEscaped());
    if (!f->message.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(f->message.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Severity"), FindingsModel::severityTitle(f->severity));
    html += row(tr("Rule"), qs(f->ruleId));
    html += f->windowEnd > f->time ? row(tr("Window"), formatRange(f->time, f->windowEnd, TimeDetail::Seconds))
                                   : row(tr("Time"), formatTimeWithZone(f->time) + QStringLiteral("  (") +
                                                         qs(formatRfc3339Micros(f->time)) + QLatin1Char(')'));
    html += row(tr("Operator"), qs(f->operatorName));
    html += row(tr("Verb"), qs(f->verb));
    html += row(tr("Object"), FindingsModel::objectText(*f));
    html += row(tr("Source IP"), FindingsModel::sourceText(*f));
    html += row(tr("User agent"), qs(f->userAgent));
    html += row(tr("Requests"), number(f->count));
    if (f->failures > 0) html += row(tr("Failed"), number(f->failures));
    if (f->distinct >= 0) html += row(tr("Distinct"), number(f->distinct));
    if (f->code) html += row(tr("Code"), QString::number(f->code));
    html += row(tr("Audit ID"), qs(f->auditId));
    if (!f->origin.isEmpty())
        html += row(tr("Origin"),
                    f->originLine ? tr("%1, line %2").arg(QDir::toNativeSeparators(f->origin), number(f->originLine))
                                  : QDir::toNativeSeparators(f->origin));
    for (const auto& [key, value] : f->details)
        html += row(qs(key), qs(value));
    html += QStringLiteral("</table>");
    if (m_alerts->isFromFollowedLines(*f))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Raised live from lines appended after the load: reload the files to see its events.")
                             .toHtmlEscaped());
    m_detail->setHtml(html);
}

void FindingsPage::showEvents() {
    const Finding* f = currentFinding();
    if (!f) return;
    const TimeRange r = f->drillRange;
    if (r.isAll() || r.to <= r.from)
        Q_EMIT drillDownFinding(f->drillFilter, 0, 0);
    else
        Q_EMIT drillDownFinding(f->drillFilter, r.from, r.to);
}

void FindingsPage::openCurrentEvent() {
    const Finding* f = currentFinding();
    if (f && m_alerts->canOpenEvent(*f)) Q_EMIT openEvent(qs(f->eventRef));
}

bool FindingsPage::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(findingsToCsv(m_model->shownFindings()));
    return file.commit();
}

bool FindingsPage::exportJson(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(findingsToJson(m_model->shownFindings()));
    return file.commit();
}

void FindingsPage::exportViaDialog(bool json) {
    const QString name = json ? QStringLiteral("findings.json") : QStringLiteral("findings.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Findings"), QDir(ReportTable::exportFolder()).filePath(name),
                                     json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    ReportTable::rememberExportFolder(path);
    if (!(json ? exportJson(path) : exportCsv(path)))
        QMessageBox::warning(this, tr("Export Findings"), tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
}

RuleEditor* FindingsPage::showRuleEditor() {
    if (!m_editor) m_editor = new RuleEditor(m_alerts, window());
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

void FindingsPage::showNotificationSettings() {
    auto* dialog = new NotificationSettings(m_alerts, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ac
