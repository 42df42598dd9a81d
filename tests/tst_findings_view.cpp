// The alert views offscreen: the findings model (QAbstractItemModelTester, filters, sort), the
// Findings page (detail pane, Show events, exports), the rule editor (errors where they are, save,
// read-only built-in rules), the notification settings, and the rules running when a log loads.
#include "AlertsController.h"
#include "ChartPanel.h"
#include "FindingsPage.h"
#include "MainWindow.h"
#include "NotificationSettings.h"
#include "Pages.h"
#include "RuleEditor.h"
#include "Session.h"
#include "Widgets.h"
#include "audit/Timestamp.h"
#include "itemmodels/FindingsModel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>

using namespace ac;

namespace {
constexpr int64_t kHour = 3600LL * 1000000;
const int64_t kStart = 1795852800LL * 1000000; // 2026-11-28T08:00:00Z

Finding makeFinding(const std::string& rule, Severity severity, int64_t time, const std::string& op,
                    const std::string& ip, const QString& scope, const QString& region, int64_t count,
                    const QString& message) {
    Finding f;
    f.ruleId = rule;
    f.ruleTitle = QStringLiteral("Rule %1").arg(QString::fromStdString(rule));
    f.severity = severity;
    f.time = time;
    f.windowEnd = time;
    f.operatorName = op;
    f.verb = "delete";
    f.ns = "default";
    f.resource = "pods";
    f.name = "web-1";
    f.sourceIp = ip;
    f.scope = scope;
    f.region = region;
    f.count = count;
    f.message = message;
    f.details = {{"container", "app"}};
    f.drillFilter = Expr::and_({Expr::exact(Field::Operator, op), Expr::exact(Field::Verb, "delete")});
    f.drillRange = TimeRange{time, time + 1000000};
    f.key = rule + '/' + std::to_string(time);
    return f;
}

// Four findings in the engine's order (time, rule, key).
std::vector<Finding> sample() {
    const QString zj = QStringLiteral("China, Zhejiang");
    const QString pub = QStringLiteral("public");
    return {makeFinding("anon", Severity::Low, kStart, "system:anonymous", "192.0.2.1", pub, zj, 40,
                        QStringLiteral("40 anonymous requests")),
            makeFinding("secret-read", Severity::Medium, kStart + kHour, "bob", "10.0.0.7", QStringLiteral("private"),
                        QString(), 12, QStringLiteral("bob read 12 secrets")),
            makeFinding("delete-ns", Severity::Critical, kStart + 2 * kHour, "carol", "198.51.100.4", pub, zj, 1,
                        QStringLiteral("carol deleted namespace prod")),
            makeFinding("exec", Severity::High, kStart + 3 * kHour, "alice", "203.0.113.9", pub, zj, 1,
                        QStringLiteral("alice ran sh in default/web-1"))};
}

std::shared_ptr<const std::vector<Finding>> shared(std::vector<Finding> findings) {
    return std::make_shared<const std::vector<Finding>>(std::move(findings));
}

QStringList nonEmptyLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
}

// A webhook receiver in the test: reads one HTTP request per connection and answers 200.
class HookReceiver : public QTcpServer {
public:
    QList<QByteArray> bodies;
    HookReceiver() {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype head = buffer->indexOf("\r\n\r\n");
                    if (head < 0) return;
                    const QByteArray lower = buffer->left(head).toLower();
                    const qsizetype at = lower.indexOf("content-length:");
                    const qsizetype length =
                        at < 0 ? 0 : lower.mid(at + 15, lower.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (buffer->size() < head + 4 + length) return;
                    bodies.push_back(buffer->mid(head + 4, length));
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};
} // namespace

class TstFindingsView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_rules; // the user rule folder of every test: never the real one
    QString m_generated;

    // Findings handed over as a finished run hands them.
    static void adoptRun(AlertsController& alerts, std::vector<Finding> findings) {
        AlertsController::Outcome out;
        out.ok = true;
        out.run.findings = std::move(findings);
        alerts.adopt(std::move(out), TimeRange{}, static_cast<int>(alerts.enabledRules().size()));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        m_generated = m_dir.filePath(QStringLiteral("gen.log"));
        QVERIFY(testutil::generateAudit(6000, 11, m_generated));
    }

    void init() {
        QSettings().clear();
        m_rules = m_dir.filePath(QStringLiteral("rules-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QSettings().setValue(QStringLiteral("alerts/ruleFolder"), m_rules);
    }

    void findingsModel() {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::vector<Finding> findings = sample();
        model.setFindings(shared(findings));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        const int exec = model.rowOfKey(findings[3].key);
        QCOMPARE(exec, 3);
        QCOMPARE(model.index(exec, FindingsModel::SourceColumn).data().toString(),
                 QStringLiteral("203.0.113.9 · public · China, Zhejiang"));
        QCOMPARE(model.index(exec, FindingsModel::ObjectColumn).data().toString(),
                 QStringLiteral("default/pods/web-1"));
        QCOMPARE(model.index(exec, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("High"));
        QCOMPARE(model.index(exec, FindingsModel::SeverityColumn).data(FindingsModel::SeverityRole).toInt(),
                 int(Severity::High));
        QCOMPARE(model.index(exec, FindingsModel::DetailsColumn).data().toString(),
                 QStringLiteral("alice ran sh in default/web-1"));
        QCOMPARE(model.index(0, FindingsModel::CountColumn).data(TableModelBase::SortRole).toLongLong(), qlonglong(40));
        QCOMPARE(model.index(exec, FindingsModel::TimeColumn).data(TableModelBase::SortRole).toLongLong(),
                 qlonglong(findings[3].time));
        QCOMPARE(model.index(exec, FindingsModel::TimeColumn).data(TableModelBase::ExportRole).toString(),
                 QString::fromStdString(formatRfc3339Micros(findings[3].time)));
        QCOMPARE(model.index(exec, FindingsModel::SeverityColumn).data(TableModelBase::ExportRole).toString(),
                 QStringLiteral("high"));

        // Filters on the findings themselves.
        model.setMinimumSeverity(Severity::Medium);
        QCOMPARE(model.rowCount(), 3);
        model.setMinimumSeverity(Severity::Critical);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.findingAt(0)->ruleId, std::string("delete-ns"));
        model.setMinimumSeverity(Severity::Report);
        model.setRuleFilter("exec");
        QCOMPARE(model.rowCount(), 1);
        model.setRuleFilter({});
        model.setTextFilter(QStringLiteral("ZHEJIANG"));
        QCOMPARE(model.rowCount(), 3);
        model.setTextFilter(QStringLiteral("carol"));
        QCOMPARE(model.rowCount(), 1);
        model.setTextFilter(QStringLiteral("app")); // a detail's value
        QCOMPARE(model.rowCount(), 4);
        model.setTextFilter(QString());
        QCOMPARE(model.shownFindings().size(), size_t(4));

        // Sorting on typed values; a selected row follows its finding.
        const QPersistentModelIndex held = model.index(exec, 0);
        model.sort(FindingsModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(model.findingAt(0)->ruleId, std::string("anon"));
        QCOMPARE(model.findingAt(1)->ruleId, std::string("secret-read"));
        QCOMPARE(held.row(), model.rowOfKey(findings[3].key));
        model.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(model.findingAt(0)->severity, Severity::Critical);
        QCOMPARE(model.findingAt(3)->severity, Severity::Low);
        QCOMPARE(model.shownFindings().front().ruleId, std::string("delete-ns"));
        model.sort(FindingsModel::RuleColumn, Qt::AscendingOrder);
        QCOMPARE(model.findingAt(0)->ruleId, std::string("anon"));
        // A new list keeps the order chosen; -1 is the engine's order again.
        model.setFindings(shared(findings));
        QCOMPARE(model.findingAt(0)->ruleId, std::string("anon"));
        QCOMPARE(model.findingAt(1)->ruleId, std::string("delete-ns"));
        model.sort(-1);
        QCOMPARE(model.findingAt(1)->ruleId, std::string("secret-read"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.findingAt(0));
    }

    void findingsPage() {
        Session session;
        AlertsController alerts(&session);
        FindingsPage page(&alerts);
        page.resize(1200, 800);
        page.show();
        QCOMPARE(page.m_stack->currentIndex(), 0);
        QVERIFY2(page.m_empty->text().contains(QLatin1String("Open an audit log")), qPrintable(page.m_empty->text()));

        const std::vector<Finding> findings = sample();
        adoptRun(alerts, findings);
        QCOMPARE(page.model()->rowCount(), 4);
        QCOMPARE(page.m_stack->currentIndex(), 1);
        QCOMPARE(page.m_rule->count(), 5); // every rule with findings, and all of them
        QVERIFY2(page.m_summary->text().startsWith(QLatin1String("4 finding")), qPrintable(page.m_summary->text()));

        // The detail pane shows the finding whole.
        const int carol = page.model()->rowOfKey(findings[2].key);
        page.table()->setCurrentIndex(page.model()->index(carol, 0));
        QVERIFY(page.currentFinding());
        const QString detail = page.m_detail->toPlainText();
        for (const char* text : {"carol deleted namespace prod", "198.51.100.4", "Critical", "delete-ns", "app"})
            QVERIFY2(detail.contains(QLatin1String(text)), qPrintable(detail));
        QVERIFY(page.m_showEvents->isEnabled());
        QVERIFY(!page.m_openEvent->isEnabled()); // no event reference: a grouped finding

        // Show events asks for the finding's filter over its range; so does a double-click.
        ExprPtr filter;
        qint64 from = 0, to = 0;
        connect(&page, &FindingsPage::drillDownFinding, this, [&](const ExprPtr& f, qint64 a, qint64 b) {
            filter = f;
            from = a;
            to = b;
        });
        page.showEvents();
        QVERIFY(sameExpr(filter, findings[2].drillFilter));
        QCOMPARE(from, qint64(findings[2].drillRange.from));
        QCOMPARE(to, qint64(findings[2].drillRange.to));
        Q_EMIT page.table()->rowActivated(page.model()->index(page.model()->rowOfKey(findings[3].key), 0));
        QVERIFY(sameExpr(filter, findings[3].drillFilter));
        QCOMPARE(from, qint64(findings[3].drillRange.from));

        // Filters: severity, then a search typed (debounced), the selection kept where it stays.
        page.m_severity->setCurrentIndex(page.m_severity->findData(int(Severity::High)));
        QCOMPARE(page.model()->rowCount(), 2);
        QTest::keyClicks(page.m_search, QStringLiteral("alice"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.currentFinding()->key, findings[3].key);
        page.m_search->clear();
        QTRY_COMPARE(page.model()->rowCount(), 2);

        // Exports write what is listed, in files that parse.
        const QString csv = m_dir.filePath(QStringLiteral("findings.csv"));
        QVERIFY(page.exportCsv(csv));
        const QStringList lines = nonEmptyLines(csv);
        QCOMPARE(lines.size(), qsizetype(1 + 2));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("delete-ns")));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QLatin1String("secret-read")));
        const QString json = m_dir.filePath(QStringLiteral("findings.json"));
        QVERIFY(page.exportJson(json));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jf.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("findings")).toArray().size(), qsizetype(2));

        // A filter that hides everything says so.
        page.m_rule->setCurrentIndex(page.m_rule->findData(QStringLiteral("anon")));
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.m_stack->currentIndex(), 0);
        QVERIFY(page.m_empty->text().contains(QLatin1String("match")));
    }

    void ruleEditorErrorsAndSave() {
        Session session;
        AlertsController alerts(&session);
        RuleEditor editor(&alerts);
        QCOMPARE(alerts.ruleFolder(), m_rules);
        // A mistake on line 4: the status says where, the line is marked, a click goes there.
        const QString broken = QStringLiteral("id: broken-rule\n"
                                              "title: A rule with a mistake\n"
                                              "kind: event\n"
                                              "severity: urgent\n"
                                              "search: 'verb: delete'\n");
        const RuleSet expected = parseRules(broken.toStdString(), QStringLiteral("broken.yaml"));
        QVERIFY(!expected.errors.empty());
        QCOMPARE(expected.errors.front().pos.line, 4);
        const QString where = QStringLiteral("line 4, column %1").arg(expected.errors.front().pos.column);
        editor.editor()->setPlainText(broken);
        QTRY_VERIFY2(editor.statusText().contains(where), qPrintable(editor.statusText()));
        QVERIFY(!editor.editor()->extraSelections().isEmpty());
        editor.editor()->moveCursor(QTextCursor::Start);
        Q_EMIT editor.m_status->linkActivated(QStringLiteral("#error"));
        QCOMPARE(editor.editor()->textCursor().blockNumber(), 3);
        QVERIFY(!editor.m_save->isEnabled());
        QVERIFY(!editor.save());
        QVERIFY(!QDir(m_rules).exists() || QDir(m_rules).entryList(QDir::Files).isEmpty());

        // A valid rule saves as <id>.yaml into the (new) folder and is listed, switched on.
        editor.editor()->setPlainText(QStringLiteral("id: test-rule\n"
                                                     "title: Deletions in kube-system\n"
                                                     "severity: high\n"
                                                     "kind: event\n"
                                                     "search: 'verb: delete and objectRef.namespace: kube-system'\n"
                                                     "message: '${operator} deleted ${resource}/${name}'\n"));
        QTRY_VERIFY2(editor.statusText().contains(QLatin1String("no errors")), qPrintable(editor.statusText()));
        QSignalSpy saved(&editor, &RuleEditor::saved);
        QVERIFY2(editor.save(), qPrintable(editor.statusText()));
        QCOMPARE(saved.count(), 1);
        QVERIFY(QFile::exists(QDir(m_rules).filePath(QStringLiteral("test-rule.yaml"))));
        QTreeWidgetItem* item = editor.itemFor(QStringLiteral("test-rule"), false);
        QVERIFY(item);
        QCOMPARE(item->checkState(0), Qt::Checked);
        const auto& rules = alerts.rules().rules;
        QVERIFY(std::any_of(rules.begin(), rules.end(), [](const Rule& r) { return r.id == "test-rule"; }));
        // Switched off in the list: off in the controller and in the settings.
        item->setCheckState(0, Qt::Unchecked);
        QVERIFY(!alerts.isEnabled("test-rule"));
        const QStringList disabled = QSettings().value(QStringLiteral("alerts/disabled")).toStringList();
        QVERIFY(disabled.contains(QStringLiteral("test-rule")));
        const std::vector<Rule> enabled = alerts.enabledRules();
        QVERIFY(std::none_of(enabled.begin(), enabled.end(), [](const Rule& r) { return r.id == "test-rule"; }));
    }

    void ruleEditorBuiltinsAreReadOnly() {
        QVERIFY2(!builtinRules().rules.empty(), "no built-in rules");
        Session session;
        AlertsController alerts(&session);
        RuleEditor editor(&alerts);
        const Rule& builtin = builtinRules().rules.front();
        const QString id = QString::fromStdString(builtin.id);
        QVERIFY(editor.openRule(id, true));
        QVERIFY(editor.isBuiltinShown());
        QVERIFY(editor.editor()->isReadOnly());
        QVERIFY(!editor.m_save->isEnabled());
        QVERIFY(!editor.m_delete->isEnabled());
        QVERIFY2(editor.statusText().contains(QLatin1String("no errors")), qPrintable(editor.statusText()));
        QVERIFY(editor.editor()->toPlainText().contains(id));
        QVERIFY(!editor.save());
        QVERIFY(!QFile::exists(QDir(m_rules).filePath(id + QStringLiteral(".yaml"))));

        // Duplicate: an editable user rule of its own, saved beside the built-in one.
        editor.duplicate();
        QVERIFY(!editor.isBuiltinShown());
        QVERIFY(!editor.editor()->isReadOnly());
        QVERIFY(editor.editor()->toPlainText().contains(QStringLiteral("id: %1-copy").arg(id)));
        QVERIFY(!editor.editor()->toPlainText().contains(QLatin1String("override:")));
        QVERIFY2(editor.save(), qPrintable(editor.statusText()));
        QVERIFY(QFile::exists(QDir(m_rules).filePath(id + QStringLiteral("-copy.yaml"))));
        QVERIFY(editor.itemFor(id + QStringLiteral("-copy"), false));
        QVERIFY(alerts.rules().errors.empty());
    }

    void notificationSettings() {
        Session session;
        AlertsController alerts(&session);
        const QString dingTalk = QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=abc");
        const QString webhook = QStringLiteral("https://hooks.example.com/audit");
        {
            NotificationSettings dialog(&alerts);
            dialog.sendTest(Delivery::Channel::DingTalk); // nothing to send to yet
            QVERIFY(dialog.testResult().contains(QLatin1String("URL")));
            dialog.m_dingTalkUrl->setText(dingTalk);
            dialog.m_webhookUrl->setText(webhook);
            dialog.m_desktop->setChecked(false);
            dialog.m_severity->setCurrentIndex(dialog.m_severity->findData(QStringLiteral("high")));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        // The access token is a secret: the settings keep the URL without it.
        QCOMPARE(settings.value(QStringLiteral("alerts/dingtalkUrl")).toString(),
                 QStringLiteral("https://oapi.dingtalk.com/robot/send"));
        QCOMPARE(settings.value(QStringLiteral("alerts/webhookUrl")).toString(), webhook);
        QCOMPARE(settings.value(QStringLiteral("alerts/desktop")).toBool(), false);
        QCOMPARE(AlertsController::notifySeverity(), Severity::High);
        alerts.loadSecrets();
        QCOMPARE(alerts.notifier()->dingTalk().webhook, QUrl(dingTalk));
        QCOMPARE(alerts.notifier()->webhook().url, QUrl(webhook));
        // Opened again: what was stored (the secrets of this session, so that no keychain is asked).
        alerts.setSessionSecret(AlertsController::dingTalkSecretKey(), QStringLiteral("SECabc"));
        alerts.setSessionSecret(AlertsController::webhookTokenKey(), QString());
        NotificationSettings again(&alerts);
        QCOMPARE(again.m_dingTalkUrl->text(), dingTalk);
        QCOMPARE(again.m_dingTalkSecret->text(), QStringLiteral("SECabc"));
        QCOMPARE(again.m_dingTalkSecret->echoMode(), QLineEdit::Password);
        QVERIFY(!again.m_desktop->isChecked());
        QCOMPARE(again.m_severity->currentData().toString(), QStringLiteral("high"));
    }

    // The rules run by themselves when a log loads; a newer run overtakes an older one.
    void runsOnLoad() {
        Session session;
        AlertsController alerts(&session);
        QSignalSpy finished(&alerts, &AlertsController::runFinished);
        session.open(QStringList{m_generated});
        QVERIFY(session.waitIdle());
        QVERIFY(alerts.waitIdle());
        QCOMPARE(finished.count(), 1);
        QVERIFY2(alerts.findings(), qPrintable(alerts.summary()));
        QVERIFY2(alerts.summary().contains(QLatin1String("finding")), qPrintable(alerts.summary()));
        QVERIFY(alerts.markers().size() <= 400);
        finished.clear();
        alerts.run();
        alerts.run();
        QVERIFY(alerts.waitIdle());
        QCOMPARE(finished.count(), 1);
        // Switched off, not run.
        QSettings().setValue(QStringLiteral("alerts/runOnLoad"), false);
        finished.clear();
        session.open(QStringList{m_generated});
        QVERIFY(session.waitIdle());
        QVERIFY(alerts.waitIdle());
        QVERIFY(!alerts.findings());
        QCOMPARE(finished.count(), 1);
    }

    // In the window: the tab counts the findings, the trend marks them, Show events lists them.
    void inTheWindow() {
        MainWindow w;
        w.show();
        w.openPaths({m_generated});
        QVERIFY(w.session()->waitIdle());
        QVERIFY(w.alerts()->waitIdle());
        QVERIFY(w.session()->waitIdle());
        const int n = w.alerts()->findingCount();
        const int tab = w.pages()->indexOf(w.findingsPage());
        QCOMPARE(tab, 4);
        QCOMPARE(w.pages()->tabText(tab), QStringLiteral("Findings (%1)").arg(n));
        QVERIFY2(n > 0, "the built-in rules find exec sessions and deletions in every generated week");
        ChartPanel* trend = w.overviewPage()->charts().front();
        QVERIFY(trend->shownMarkerCount() > 0);
        w.pages()->setCurrentWidget(w.findingsPage());
        FindingsPage* page = w.findingsPage();
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        const Finding f = *page->currentFinding();
        page->showEvents();
        QCOMPARE(w.pages()->currentWidget(), static_cast<QWidget*>(w.eventsPage()));
        QVERIFY(w.session()->waitIdle());
        QVERIFY(sameExpr(w.session()->filter().search, f.drillFilter));
        QVERIFY2(w.session()->snapshot()->overview.total >= 1, f.drillFilter ? f.drillFilter->toString().c_str() : "");
        // Back returns to the findings.
        w.goBack();
        QCOMPARE(w.pages()->currentWidget(), static_cast<QWidget*>(w.findingsPage()));
    }

    // Follow Live: a session appended to the followed file is raised once, listed, and posted to
    // the webhook set in the settings.
    void followLive() {
        HookReceiver hook;
        QVERIFY(hook.isListening());
        QSettings().setValue(QStringLiteral("alerts/webhookUrl"),
                             QStringLiteral("http://127.0.0.1:%1/hook").arg(hook.serverPort()));
        QSettings().setValue(QStringLiteral("alerts/desktop"), false);
        const QString path = m_dir.filePath(QStringLiteral("live.log"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(testutil::execSessionLines(1, QStringLiteral("2026-11-20T10:00:00.000000Z"),
                                               QStringLiteral("mallory"), QStringLiteral("203.0.113.66")));
        }
        Session session;
        AlertsController alerts(&session);
        session.open(QStringList{path});
        QVERIFY(session.waitIdle());
        QVERIFY(alerts.waitIdle());
        const int before = alerts.findingCount();
        QVERIFY(before >= 1); // ack-exec and sls-command on the first session
        alerts.setLive(true);
        QVERIFY(alerts.isLive());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(testutil::execSessionLines(2, QStringLiteral("2026-11-20T10:05:00.000000Z"),
                                               QStringLiteral("mallory"), QStringLiteral("203.0.113.66")));
        }
        // ack-exec, sls-command, and sls-internet-login for the new 2-minute window of a public IP.
        QTRY_COMPARE_WITH_TIMEOUT(alerts.findingCount(), before + 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!hook.bodies.isEmpty(), 15000);
        const QJsonArray posted =
            QJsonDocument::fromJson(hook.bodies.front()).object().value(QStringLiteral("findings")).toArray();
        QStringList rules;
        for (const auto& f : posted)
            if (f.toObject().value(QStringLiteral("operator")).toString() == QLatin1String("mallory"))
                rules.push_back(f.toObject().value(QStringLiteral("rule")).toString());
        QVERIFY2(rules.contains(QLatin1String("ack-exec")), qPrintable(QString::fromUtf8(hook.bodies.front())));
        // The next poll raises nothing again.
        QTest::qWait(2500);
        QCOMPARE(alerts.findingCount(), before + 3);
        alerts.setLive(false);
        QVERIFY(!alerts.isLive());
    }
};

QTEST_MAIN(TstFindingsView)
#include "tst_findings_view.moc"
