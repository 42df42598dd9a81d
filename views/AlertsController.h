#pragma once

#include "alerts/Alerts.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <set>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
QT_END_NAMESPACE

class TstFindingsView;

namespace ac {

class LiveAlerts;
class Notifier;
class Session;

// The alert rules of the window: the rule set (built-in and the user's folder, minus the ones
// switched off), runs over the session's source in the background whenever it loads and on
// demand (cancellable, a newer run overtakes an older one), the findings of the last run and of
// live evaluation, and where live findings are sent.
class AlertsController : public QObject {
    Q_OBJECT
public:
    explicit AlertsController(Session* session, QObject* parent = nullptr);
    ~AlertsController() override;

    Session* session() const { return m_session; }

    // Rules. The folder: QSettings alerts/ruleFolder, else defaultRuleFolder().
    QString ruleFolder() const;
    void setRuleFolder(const QString& dir);
    void reloadRules();
    const RuleSet& rules() const { return m_rules; } // every rule that could be read, disabled ones too
    std::vector<Rule> enabledRules() const;
    bool isEnabled(const std::string& ruleId) const;
    void setEnabled(const std::string& ruleId, bool enabled);
    AlertOptions options() const;
    void setGeoIp(std::shared_ptr<const GeoIp> geo) { m_geo = std::move(geo); }
    // What the rules run over: the files' whole span, else the window's time range.
    TimeRange defaultRange() const;

    // Runs over defaultRange(); a run under way is cancelled and its result dropped.
    void run();
    void run(const TimeRange& range);
    void cancel();
    bool isRunning() const { return m_running; }
    // The findings of the last run and those raised live since; null before any run.
    std::shared_ptr<const std::vector<Finding>> findings() const { return m_findings; }
    int findingCount() const { return m_findings ? static_cast<int>(m_findings->size()) : 0; }
    const std::vector<RuleNote>& notes() const { return m_notes; }
    // "N findings from M rules over …; K rules could not run here: why"; empty before any run.
    QString summary() const { return m_summary; }
    // A per-event finding whose event the session's source can show.
    bool canOpenEvent(const Finding& f) const;
    // Raised from lines appended after the load: the session's source does not hold its events.
    bool isFromFollowedLines(const Finding& f) const { return m_followedKeys.count(f.key) > 0; }
    // The findings as trend markers (µs, "rule: message"), the most severe first when there are
    // more than `max`.
    std::vector<std::pair<qint64, QString>> markers(size_t max = 400) const;

    // Live evaluation: the session's files followed, or its remote source polled.
    void setLive(bool live);
    bool isLive() const;

    // Notifications: channels from QSettings (alerts/dingtalkUrl, alerts/webhookUrl), secrets
    // from the keychain, read when first needed. Call after the settings change.
    void reloadNotificationSettings();
    Notifier* notifier() const { return m_notifier; }
    // A secret for this session (all there is when this build has no keychain; else the copy of
    // what was just stored).
    void setSessionSecret(const QString& key, const QString& value);
    // The secret under `key` (keychain, else this session's); reads the keychain once.
    QString secret(const QString& key);
    static Severity notifySeverity();   // alerts/notifySeverity, default medium
    static bool desktopNotifications(); // alerts/desktop, default on
    // The keychain keys of the DingTalk secret and the webhook's bearer token.
    static QString dingTalkSecretKey() { return QStringLiteral("alerts/dingtalk-secret"); }
    static QString webhookTokenKey() { return QStringLiteral("alerts/webhook-token"); }
    // The robot's access_token is a secret too: the settings keep its URL without it.
    static QString dingTalkTokenKey() { return QStringLiteral("alerts/dingtalk-access-token"); }
    // A DingTalk URL split into what the settings keep and its access_token, and joined again.
    static QString withoutAccessToken(const QString& url, QString* token = nullptr);
    static QUrl withAccessToken(const QString& url, const QString& token);
    // Waits for a run to finish; for tests.
    bool waitIdle(int timeoutMs = 60000);

Q_SIGNALS:
    void rulesChanged();
    void findingsChanged();
    void runStarted();
    void runProgress(int done, int total);
    void runFinished(const QString& message);
    void liveChanged(bool live);
    void notice(const QString& message);

private:
    friend class ::TstFindingsView;
    struct Outcome {
        bool ok = false;
        AlertRun run;
        QString error;
        bool cancelled = false;
        std::set<std::string> seen;
    };
    void onLoadFinished(bool ok);
    void adopt(Outcome outcome, const TimeRange& range, int ruleCount);
    void onLiveFindings(const std::vector<Finding>& raised);
    void startLive();
    void notifyDesktop(const std::vector<Finding>& raised);
    void loadSecrets();

    Session* m_session;
    LiveAlerts* m_live;
    Notifier* m_notifier;
    QSystemTrayIcon* m_tray = nullptr;
    RuleSet m_rules;
    QStringList m_disabled;
    std::shared_ptr<const GeoIp> m_geo;

    std::shared_ptr<const std::vector<Finding>> m_findings;
    std::vector<RuleNote> m_notes;
    std::set<std::string> m_seen;         // keys of every finding shown: live raises each once
    std::set<std::string> m_followedKeys; // findings from followed lines (another backend)
    QString m_summary;
    bool m_running = false;
    bool m_liveAfterRun = false;     // Follow Live asked for while a run was under way
    bool m_runAfterSnapshot = false; // a remote source: run over the window's range once known
    bool m_liveFromFiles = false;
    uint64_t m_generation = 0;
    CancelToken m_cancel;
    QList<QPair<QFutureWatcher<Outcome>*, CancelToken>> m_jobs; // every run still going, replaced ones too

    bool m_secretsLoaded = false;
    // Secrets by keychain key: read from the keychain once, or set for this session only.
    std::vector<std::pair<QString, QString>> m_secrets;
};

} // namespace ac
