#include "RuleEditor.h"

#include "AlertsController.h"
#include "DryRunPane.h"
#include "FindingsPage.h"
#include "Session.h"
#include "TextHighlighting.h"
#include "Widgets.h"
#include "itemmodels/FindingsModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ac {

namespace {
enum ItemData { IdData = Qt::UserRole, FileData, BuiltinData, LineData };

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// One rule's text out of a file holding several (a sequence, `rules:`, documents): its lines up
// to the next rule, indented as a rule of its own.
QString ruleSegment(const QString& text, const RuleSet& parsed, size_t index) {
    if (parsed.rules.size() <= 1 || index >= parsed.rules.size()) return text;
    const RulePos start = parsed.rules[index].pos;
    int end = INT_MAX;
    for (const Rule& r : parsed.rules)
        if (r.pos.line > start.line) end = std::min(end, r.pos.line);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int indent = std::max(0, start.column - 1);
    QStringList out;
    for (int i = std::max(0, start.line - 1); i < std::min<qsizetype>(end - 1, lines.size()); ++i) {
        const QString& line = lines[i];
        int strip = 0;
        while (strip < indent && strip < line.size() && (i == start.line - 1 || line[strip] == QLatin1Char(' ')))
            ++strip;
        out << line.mid(strip);
    }
    while (!out.isEmpty() && (out.last().trimmed().isEmpty() || out.last().trimmed() == QLatin1String("---") ||
                              out.last().trimmed() == QLatin1String("...")))
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool isBuiltinId(const std::string& id) {
    const auto& builtins = builtinRules().rules;
    return std::any_of(builtins.begin(), builtins.end(), [&](const Rule& r) { return r.id == id; });
}

QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A file name for a rule id: ids are free text, file names are not.
QString fileNameFor(const std::string& id) {
    QString name = qs(id);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return (name.isEmpty() ? QStringLiteral("rule") : name) + QStringLiteral(".yaml");
}

QString ruleTemplate(const QString& id) {
    const QString comment = RuleEditor::tr("A rule of your own; the built-in rules show every key.");
    return QStringLiteral("# %1\nid: %2\n").arg(comment, id) +
           QStringLiteral("title: Secrets read from outside the cluster\n"
                          "title_zh: 从集群外读取 Secret\n"
                          "description: A request from a public address that read a secret.\n"
                          "severity: medium\n"
                          "kind: event\n"
                          "search: 'verb: get and objectRef.resource: secrets and sourceScope: public'\n"
                          "message: '${operator} read secret ${namespace}/${name} from ${sourceIP}'\n");
}
} // namespace

RuleEditor::RuleEditor(AlertsController* alerts, QWidget* parent)
    : QDialog(parent)
    , m_alerts(alerts)
    , m_list(new QTreeWidget(this))
    , m_source(noteLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(tr("&New Rule"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_dryRun(new QPushButton(this))
    , m_dry(new DryRunPane(this))
    , m_parseTimer(new QTimer(this)) {
    setWindowTitle(tr("Alert Rules"));
    setModal(false);
    resize(1180, 760);
    m_list->setHeaderLabels({tr("Rule"), tr("Severity")});
    m_list->setRootIsDecorated(true);
    m_list->setToolTip(tr("Tick the rules to run; built-in rules are read-only, Duplicate makes an editable copy"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    attachHighlighter(m_editor->document(), SyntaxLanguage::Yaml);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setToolTip(tr("Click the line and column to go there"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the rule to your rule folder (Ctrl+S)"));
    setDryRunning(false);
    m_dryRun->setToolTip(tr("Run the rule at the cursor over the open source, without keeping its findings "
                            "(Ctrl+Return)"));
    m_duplicate->setToolTip(tr("Copy the rule at the cursor as a rule of your own, to change it"));
    auto* folder = new QPushButton(tr("&Folder…"), this);
    folder->setToolTip(tr("The folder your rules are read from and saved to"));
    for (QPushButton* b : {m_new, m_duplicate, m_save, m_delete, m_dryRun, folder})
        b->setAutoDefault(false);

    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(300);
    connect(m_editor, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    connect(m_parseTimer, &QTimer::timeout, this, &RuleEditor::reparse);
    connect(m_status, &QLabel::linkActivated, this, [this] { jumpTo(m_errorLine, m_errorColumn); });
    connect(m_new, &QPushButton::clicked, this, &RuleEditor::newRule);
    connect(m_duplicate, &QPushButton::clicked, this, &RuleEditor::duplicate);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, &RuleEditor::deleteRule);
    connect(m_dryRun, &QPushButton::clicked, this, &RuleEditor::dryRun);
    connect(m_dry, &DryRunPane::runningChanged, this, [this](bool running) {
        setDryRunning(running);
        m_dryRun->setEnabled(running || !m_parsed.rules.empty());
    });
    connect(m_dry, &DryRunPane::finished, this, &RuleEditor::dryRunFinished);
    connect(folder, &QPushButton::clicked, this, &RuleEditor::chooseFolder);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                if (!current || current->data(0, FileData).toString().isEmpty()) return;
                if (!confirmDiscard()) {
                    const QSignalBlocker block(m_list);
                    m_list->setCurrentItem(previous);
                    return;
                }
                openItem(current);
            });
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const QString id = item->data(0, IdData).toString();
        if (column != 0 || id.isEmpty() || !(item->flags() & Qt::ItemIsUserCheckable)) return;
        m_toggling = true;
        m_alerts->setEnabled(id.toStdString(), item->checkState(0) == Qt::Checked);
        m_toggling = false;
        // A rule may be listed twice (a user rule overriding a built-in one): both follow.
        const QSignalBlocker block(m_list);
        for (bool builtin : {true, false})
            if (QTreeWidgetItem* twin = itemFor(id, builtin); twin && twin != item)
                twin->setCheckState(0, item->checkState(0));
    });
    connect(m_alerts, &AlertsController::rulesChanged, this, [this] {
        if (!m_toggling) rebuildList();
    });

    auto* editorPane = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_source);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_duplicate, m_save, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_dryRun);
    editorLayout->addLayout(buttons);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(editorPane);
    right->addWidget(m_dry);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(folder, 0, Qt::AlignLeft);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 760});
    auto* closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(closeBox);

    m_dry->setMessage(tr("Dry Run shows what the rule at the cursor finds in the open source."));
    rebuildList();
    newRule();
}

RuleEditor::~RuleEditor() = default;

// ---------------------------------------------------------------------------------------------
// The list

QTreeWidgetItem* RuleEditor::itemFor(const QString& id, bool builtin) const {
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, IdData).toString() == id && item->data(0, BuiltinData).toBool() == builtin) return item;
        }
    }
    return nullptr;
}

void RuleEditor::rebuildList() {
    QTreeWidgetItem* current = m_list->currentItem();
    const QString currentId = current ? current->data(0, IdData).toString() : QString();
    const bool currentBuiltin = current && current->data(0, BuiltinData).toBool();
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto addRule = [this](QTreeWidgetItem* group, const Rule& r) {
        const QString title = r.displayTitle(QLocale().name());
        auto* item =
            new QTreeWidgetItem(group, {title.isEmpty() ? qs(r.id) : title, FindingsModel::severityTitle(r.severity)});
        item->setData(0, IdData, qs(r.id));
        item->setData(0, FileData, r.file);
        item->setData(0, BuiltinData, r.builtin);
        item->setData(0, LineData, r.pos.line);
        const QString where = QDir::toNativeSeparators(r.file);
        item->setToolTip(0, QStringLiteral("%1\n%2\n%3").arg(qs(r.id), r.description, where));
        item->setForeground(1, severityColor(r.severity, palette()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_alerts->isEnabled(r.id) ? Qt::Checked : Qt::Unchecked);
        if (r.builtin) {
            QFont f = item->font(0);
            f.setItalic(true);
            item->setFont(0, f);
        }
    };
    auto* builtins = new QTreeWidgetItem(m_list, {tr("Built-in rules (read-only)")});
    for (const Rule& r : builtinRules().rules)
        addRule(builtins, r);
    const QString folder = m_alerts->ruleFolder();
    auto* own = new QTreeWidgetItem(m_list, {tr("Your rules in %1").arg(QDir::toNativeSeparators(folder))});
    own->setToolTip(0, QDir::toNativeSeparators(folder));
    const RuleSet user = loadRuleFolder(folder);
    for (const Rule& r : user.rules)
        addRule(own, r);
    // A file that could not be read is listed too, so that it can be opened and fixed.
    for (const RuleError& e : user.errors) {
        auto* item = new QTreeWidgetItem(own, {QFileInfo(e.file).fileName(), tr("error")});
        item->setData(0, FileData, e.file);
        item->setData(0, LineData, e.pos.line);
        item->setToolTip(0, e.toString());
        item->setForeground(0, severityColor(Severity::Critical, palette()));
    }
    for (QTreeWidgetItem* group : {builtins, own}) {
        group->setFlags(group->flags() & ~Qt::ItemIsSelectable);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(1);
    if (QTreeWidgetItem* again = currentId.isEmpty() ? nullptr : itemFor(currentId, currentBuiltin))
        m_list->setCurrentItem(again);
}

bool RuleEditor::openRule(const QString& id, bool builtin) {
    QTreeWidgetItem* item = itemFor(id, builtin);
    if (!item) return false;
    if (m_list->currentItem() == item) { // shown afresh
        if (!confirmDiscard()) return false;
        openItem(item);
        return true;
    }
    m_list->setCurrentItem(item); // opens it, unless unsaved changes are kept
    return m_list->currentItem() == item;
}

void RuleEditor::openItem(QTreeWidgetItem* item) {
    const QString file = item->data(0, FileData).toString();
    const bool builtin = item->data(0, BuiltinData).toBool();
    const int line = item->data(0, LineData).toInt();
    QString text = readText(file);
    if (builtin) {
        // A built-in file may hold several rules: only this one is shown (and copied).
        const RuleSet parsed = parseRules(text.toStdString(), file);
        const std::string id = item->data(0, IdData).toString().toStdString();
        for (size_t i = 0; i < parsed.rules.size(); ++i)
            if (parsed.rules[i].id == id) text = ruleSegment(text, parsed, i);
    }
    showText(text, file, builtin, builtin ? 1 : line);
}

void RuleEditor::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Rule Folder"), m_alerts->ruleFolder());
    if (!dir.isEmpty()) m_alerts->setRuleFolder(dir);
}

// ---------------------------------------------------------------------------------------------
// The text

void RuleEditor::showText(const QString& text, const QString& file, bool builtin, int line) {
    m_file = file;
    m_builtin = builtin;
    m_editor->setReadOnly(builtin);
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_delete->setEnabled(!builtin && !file.isEmpty());
    if (builtin)
        m_source->setText(tr("Built-in rule from %1, read-only: Duplicate makes a copy you can change.").arg(file));
    else if (file.isEmpty())
        m_source->setText(tr("A new rule, not saved yet: Save writes it to %1.")
                              .arg(QDir::toNativeSeparators(m_alerts->ruleFolder())));
    else
        m_source->setText(QDir::toNativeSeparators(file));
    reparse();
    jumpTo(std::max(1, line), 1);
}

bool RuleEditor::confirmDiscard() {
    if (m_builtin || !m_editor->document()->isModified() || !isVisible()) return true;
    return QMessageBox::question(this, tr("Alert Rules"), tr("Discard the changes to this rule?"),
                                 QMessageBox::Discard | QMessageBox::Cancel) == QMessageBox::Discard;
}

void RuleEditor::setStatus(const QString& plain, const QString& html) {
    m_statusPlain = plain;
    m_status->setText(html.isEmpty() ? plain.toHtmlEscaped() : html);
}

void RuleEditor::jumpTo(int line, int column) {
    if (line <= 0) return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid()) return;
    // The parser counts bytes; the editor counts characters (they differ on non-ASCII lines).
    const auto chars = static_cast<int>(QString::fromUtf8(block.text().toUtf8().left(std::max(0, column - 1))).size());
    QTextCursor c(block);
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, chars);
    m_editor->setTextCursor(c);
    m_editor->centerCursor();
    m_editor->setFocus();
}

void RuleEditor::reparse() {
    m_parseTimer->stop();
    const QString name = m_file.isEmpty() ? tr("new rule") : QFileInfo(m_file).fileName();
    m_parsed = parseRules(m_editor->toPlainText().toStdString(), name);
    // Each error's line tinted, and wavy from its column on.
    QList<QTextEdit::ExtraSelection> marks;
    const QColor red = severityColor(Severity::Critical, palette());
    QColor tint = red;
    tint.setAlpha(40);
    for (const RuleError& e : m_parsed.errors) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(e.pos.line - 1);
        if (e.pos.line <= 0 || !block.isValid()) continue;
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setBackground(tint);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << line;
        QTextEdit::ExtraSelection wave;
        wave.cursor = QTextCursor(block);
        const auto from =
            static_cast<int>(QString::fromUtf8(block.text().toUtf8().left(std::max(0, e.pos.column - 1))).size());
        wave.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::min(from, block.length() - 1));
        wave.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!wave.cursor.hasSelection()) wave.cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        wave.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wave.format.setUnderlineColor(red);
        marks << wave;
    }
    m_editor->setExtraSelections(marks);
    const bool ok = m_parsed.errors.empty();
    const int count = static_cast<int>(m_parsed.rules.size());
    m_errorLine = m_errorColumn = 0;
    if (ok) {
        setStatus(count ? tr("%n rule(s), no errors.", nullptr, count) : tr("No rule in this text yet."));
    } else {
        const RuleError& e = m_parsed.errors.front();
        QString more;
        if (m_parsed.errors.size() > 1)
            more = QLatin1Char(' ') + tr("(and %n more)", nullptr, static_cast<int>(m_parsed.errors.size()) - 1);
        if (e.pos.line > 0) {
            m_errorLine = e.pos.line;
            m_errorColumn = e.pos.column;
            const QString where = tr("line %1, column %2").arg(e.pos.line).arg(e.pos.column);
            const QString message = e.message + more;
            setStatus(where + QStringLiteral(": ") + message,
                      QStringLiteral("<a href=\"#error\">%1</a>: %2").arg(where, message.toHtmlEscaped()));
        } else {
            setStatus(e.message + more);
        }
    }
    m_save->setEnabled(!m_builtin && ok && count > 0);
    m_duplicate->setEnabled(count > 0);
    m_dryRun->setEnabled(m_dry->isRunning() || count > 0);
}

int RuleEditor::ruleAtCursor() const {
    // The last rule starting at or above the cursor's line.
    const int line = m_editor->textCursor().blockNumber() + 1;
    int best = m_parsed.rules.empty() ? -1 : 0;
    for (size_t i = 0; i < m_parsed.rules.size(); ++i)
        if (m_parsed.rules[i].pos.line <= line &&
            m_parsed.rules[i].pos.line >= m_parsed.rules[static_cast<size_t>(best)].pos.line)
            best = static_cast<int>(i);
    return best;
}

// ---------------------------------------------------------------------------------------------
// New, duplicate, save, delete

void RuleEditor::newRule() {
    if (!confirmDiscard()) return;
    std::string id = "my-rule";
    for (int n = 2; isBuiltinId(id) || QFileInfo::exists(QDir(m_alerts->ruleFolder()).filePath(fileNameFor(id))); ++n)
        id = "my-rule-" + std::to_string(n);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(nullptr);
    }
    showText(ruleTemplate(qs(id)), QString(), false, 2);
}

void RuleEditor::duplicate() {
    reparse();
    const int at = ruleAtCursor();
    if (at < 0) return; // the copy takes the text as it is, edits included
    const std::string original = m_parsed.rules[static_cast<size_t>(at)].id;
    std::string id = original + "-copy";
    for (int n = 2; isBuiltinId(id) || itemFor(qs(id), false); ++n)
        id = original + "-copy-" + std::to_string(n);
    QString text = ruleSegment(m_editor->toPlainText(), m_parsed, static_cast<size_t>(at));
    // The copy is a rule of its own: a new id, and no claim to replace a built-in one.
    static const QRegularExpression idLine(QStringLiteral("^(\\s*(?:-\\s+)?)id:[^\\n]*$"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression overrideLine(QStringLiteral("^\\s*override:[^\\n]*\\n?"),
                                                 QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch m = idLine.match(text); m.hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(), QString(m.captured(1) + QStringLiteral("id: ") + qs(id)));
    text.remove(overrideLine);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(nullptr);
    }
    showText(text, QString(), false, 1);
    m_editor->document()->setModified(true); // not saved yet
    setStatus(tr("A copy of %1 as %2: change it, then Save.").arg(qs(original), qs(id)));
}

bool RuleEditor::save() {
    if (m_builtin) {
        setStatus(tr("Built-in rules are read-only: Duplicate makes a copy you can change."));
        return false;
    }
    reparse();
    if (!m_parsed.errors.empty()) {
        setStatus(tr("Not saved: %1").arg(m_statusPlain), tr("Not saved: %1").arg(m_status->text()));
        return false;
    }
    if (m_parsed.rules.empty()) {
        setStatus(tr("Not saved: the text holds no rule."));
        return false;
    }
    const QString text = m_editor->toPlainText();
    static const QRegularExpression overrides(QStringLiteral("^\\s*(?:-\\s+)?override:\\s*true\\s*$"),
                                              QRegularExpression::MultilineOption);
    for (const Rule& r : m_parsed.rules)
        if (isBuiltinId(r.id) && !overrides.match(text).hasMatch()) {
            setStatus(tr("Not saved: %1 is the id of a built-in rule. Choose another id, or add “override: true” to "
                         "replace the built-in rule.")
                          .arg(qs(r.id)));
            return false;
        }
    const QDir folder(m_alerts->ruleFolder());
    if (!folder.mkpath(QStringLiteral("."))) {
        setStatus(tr("Not saved: cannot create the folder %1.").arg(QDir::toNativeSeparators(folder.path())));
        return false;
    }
    // A rule per file, named by its id; a file of several rules is written back where it was.
    const bool single = m_parsed.rules.size() == 1;
    const QString target =
        single || m_file.isEmpty() ? folder.filePath(fileNameFor(m_parsed.rules.front().id)) : m_file;
    const bool sameFile = !m_file.isEmpty() && QFileInfo(target) == QFileInfo(m_file);
    if (!sameFile && QFileInfo::exists(target)) {
        setStatus(
            tr("Not saved: %1 exists already (another rule with this id?).").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        setStatus(tr("Not saved: cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        return false;
    }
    // A renamed rule leaves no copy under its old name.
    if (!m_file.isEmpty() && !sameFile && single) QFile::remove(m_file);
    m_file = target;
    m_editor->document()->setModified(false);
    m_delete->setEnabled(true);
    m_source->setText(QDir::toNativeSeparators(target));
    m_alerts->reloadRules(); // the list is rebuilt from the folder
    {
        const QSignalBlocker block(m_list);
        if (QTreeWidgetItem* item = itemFor(qs(m_parsed.rules.front().id), false)) m_list->setCurrentItem(item);
    }
    setStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(target)));
    Q_EMIT saved(target);
    return true;
}

void RuleEditor::deleteRule() {
    if (m_builtin || m_file.isEmpty()) return;
    const QString shown = QDir::toNativeSeparators(m_file);
    if (QMessageBox::question(this, tr("Delete Rule"),
                              tr("Delete %1? Every rule in this file goes with it.").arg(shown),
                              QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!QFile::remove(m_file)) {
        setStatus(tr("Cannot delete %1.").arg(shown));
        return;
    }
    m_file.clear();
    m_alerts->reloadRules();
    m_editor->document()->setModified(false);
    newRule();
    setStatus(tr("Deleted %1.").arg(shown));
}

// ---------------------------------------------------------------------------------------------
// Dry run

QString RuleEditor::dryRunText() const {
    return m_dry->text();
}

FindingsModel* RuleEditor::dryRunModel() const {
    return m_dry->model();
}

void RuleEditor::setDryRunning(bool running) {
    // setText replaces a button's shortcut with the text's mnemonic: set it again.
    m_dryRun->setText(running ? tr("Cancel Dry Run") : tr("Dry Run"));
    m_dryRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
}

void RuleEditor::dryRun() {
    if (m_dry->isRunning()) {
        m_dry->cancel();
        return;
    }
    reparse();
    const int at = ruleAtCursor();
    std::shared_ptr<const Backend> backend = m_alerts->session()->backend();
    if (at < 0)
        m_dry->setMessage(m_parsed.errors.empty() ? tr("No rule to run.") : tr("Fix the errors first."));
    else if (!backend)
        m_dry->setMessage(tr("Open an audit log first: the dry run uses its events."));
    else
        m_dry->start(std::move(backend), m_parsed.rules[static_cast<size_t>(at)], m_alerts->defaultRange(),
                     m_alerts->options());
}

} // namespace ac
