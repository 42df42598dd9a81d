#include "AlertsController.h"

#include "Keychain.h"
#include "Session.h"
#include "alerts/Live.h"
#include "alerts/Notifier.h"
#include "i18n/TimeDisplay.h"
#include "itemmodels/FindingsModel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ac {

namespace {
QString disabledKey() {
    return QStringLiteral("alerts/disabled");
}
} // namespace

AlertsController::AlertsController(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_live(new LiveAlerts(this))
    , m_notifier(new Notifier(this)) {
    m_disabled = QSettings().value(disabledKey()).toStringList();
    m_rules = combinedRules(ruleFolder());
    reloadNotificationSettings();
    // A new source makes the last one's findings meaningless: its run stops at once.
    connect(m_session, &Session::loadStarted, this, [this] {
        m_liveAfterRun = false; // the source it was asked for is going
        if (m_running) cancel();
    });
    connect(m_session, &Session::loadFinished, this, [this](bool ok) { onLoadFinished(ok); });
    connect(m_session, &Session::snapshotReady, this, [this](const std::shared_ptr<const Snapshot>& snapshot) {
        if (!m_runAfterSnapshot || !snapshot) return;
        m_runAfterSnapshot = false;
        run(snapshot->range);
    });
    connect(m_live, &LiveAlerts::findingsRaised, this, &AlertsController::onLiveFindings);
    connect(m_live, &LiveAlerts::notice, this, &AlertsController::notice);
    connect(m_notifier, &Notifier::delivered, this, [this](const Delivery& d) {
        const QString channel = d.channel == Delivery::Channel::DingTalk ? tr("DingTalk") : tr("Webhook");
        Q_EMIT notice(d.ok ? tr("%1: notification delivered").arg(channel)
                           : tr("%1: the notification failed after %n attempt(s): %2", nullptr, d.attempts)
                                 .arg(channel, d.message));
    });
}

AlertsController::~AlertsController() {
    m_cancel.cancel();
    for (const auto& [watcher, token] : m_jobs)
        token.cancel();
    for (const auto& [watcher, token] : m_jobs)
        watcher->waitForFinished();
}

// ---------------------------------------------------------------------------------------------
// Rules

QString AlertsController::ruleFolder() const {
    return QSettings().value(QStringLiteral("alerts/ruleFolder"), defaultRuleFolder()).toString();
}

void AlertsController::setRuleFolder(const QString& dir) {
    QSettings().setValue(QStringLiteral("alerts/ruleFolder"), dir);
    reloadRules();
}

void AlertsController::reloadRules() {
    m_rules = combinedRules(ruleFolder());
    if (isLive()) m_live->setRules(enabledRules());
    Q_EMIT rulesChanged();
}

bool AlertsController::isEnabled(const std::string& ruleId) const {
    return !m_disabled.contains(QString::fromStdString(ruleId));
}

void AlertsController::setEnabled(const std::string& ruleId, bool enabled) {
    const QString id = QString::fromStdString(ruleId);
    if (enabled == !m_disabled.contains(id)) return;
    if (enabled)
        m_disabled.removeAll(id);
    else
        m_disabled.append(id);
    m_disabled.sort();
    QSettings().setValue(disabledKey(), m_disabled);
    if (isLive()) m_live->setRules(enabledRules());
    Q_EMIT rulesChanged();
}

std::vector<Rule> AlertsController::enabledRules() const {
    std::vector<Rule> out;
    for (const Rule& r : m_rules.rules)
        if (isEnabled(r.id)) out.push_back(r);
    return out;
}

AlertOptions AlertsController::options() const {
    AlertOptions o;
    // The ranges Preferences call private, as the load uses them.
    for (const QString& range : QSettings()
                                    .value(QStringLiteral("network/privateRanges"))
                                    .toString()
                                    .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        if (const auto cidr = Cidr::parse(range.toStdString())) o.privateRanges.push_back(*cidr);
    o.geo = m_geo;
    o.language = QLocale().name();
    return o;
}

TimeRange AlertsController::defaultRange() const {
    const TimeRange span = m_session->dataRange();
    if (span.to > span.from) return span;
    if (const auto snapshot = m_session->snapshot()) return snapshot->range;
    return TimeRange{};
}

// ---------------------------------------------------------------------------------------------
// Runs

void AlertsController::onLoadFinished(bool ok) {
    if (!ok) return; // a failed open keeps the source on screen, and its findings
    // Live first: stopping it delivers what it was evaluating, which belongs to the old source.
    if (isLive()) {
        m_liveAfterRun = false;
        m_live->stop();
        Q_EMIT liveChanged(false);
        Q_EMIT notice(tr("Live evaluation stopped: another source was opened."));
    }
    m_findings.reset();
    m_notes.clear();
    m_seen.clear();
    m_followedKeys.clear();
    m_summary.clear();
    Q_EMIT findingsChanged();
    if (!QSettings().value(QStringLiteral("alerts/runOnLoad"), true).toBool()) {
        m_summary = tr("The rules run when asked: Alerts ▸ Run Rules.");
        Q_EMIT runFinished(m_summary);
        return;
    }
    // Files span a known range; a remote source's is the window's, known with the first figures.
    const TimeRange span = m_session->dataRange();
    if (span.to > span.from)
        run(span);
    else
        m_runAfterSnapshot = true;
}

void AlertsController::run() {
    run(defaultRange());
}

void AlertsController::run(const TimeRange& range) {
    const std::shared_ptr<const Backend> backend = m_session->backend();
    m_runAfterSnapshot = false;
    if (!backend) {
        m_summary = tr("Open an audit log first: the rules run over it.");
        Q_EMIT runFinished(m_summary);
        return;
    }
    // A newer run overtakes the one under way: cancelled, and its result dropped.
    m_cancel.cancel();
    const CancelToken token;
    m_cancel = token;
    const uint64_t generation = ++m_generation;
    std::vector<Rule> enabled = enabledRules();
    const int ruleCount = static_cast<int>(enabled.size());
    const AlertOptions opts = options();
    m_running = true;
    Q_EMIT runStarted();
    Q_EMIT runProgress(0, ruleCount);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    m_jobs.append({watcher, token});
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation, range, ruleCount] {
        watcher->deleteLater();
        m_jobs.removeIf([watcher](const auto& job) { return job.first == watcher; });
        if (generation != m_generation) return; // overtaken or cancelled
        m_running = false;
        adopt(watcher->result(), range, ruleCount);
    });
    // The destructor waits for the job: `this` outlives every queued progress call.
    const AlertProgressFn progress = [this, generation](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, done, total] {
                if (generation == m_generation && m_running) Q_EMIT runProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run([backend, enabled = std::move(enabled), opts, range, token, progress] {
        Outcome out;
        Result<AlertRun> result = AlertEngine(opts).run(*backend, enabled, range, {}, &out.seen, token, progress);
        out.ok = result.ok();
        if (out.ok)
            out.run = std::move(result).value();
        else
            std::tie(out.error, out.cancelled) = std::pair(result.error().message, result.error().cancelled);
        return out;
    }));
}

void AlertsController::cancel() {
    if (!m_running) return;
    m_cancel.cancel();
    ++m_generation; // whatever it still delivers is dropped
    m_running = false;
    m_summary = tr("The run was cancelled.");
    Q_EMIT runFinished(m_summary);
    if (m_liveAfterRun) {
        m_liveAfterRun = false;
        startLive();
    }
}

void AlertsController::adopt(Outcome outcome, const TimeRange& range, int ruleCount) {
    if (!outcome.ok) {
        m_summary =
            outcome.cancelled ? tr("The run was cancelled.") : tr("The rules could not run: %1").arg(outcome.error);
        Q_EMIT runFinished(m_summary);
        if (m_liveAfterRun) {
            m_liveAfterRun = false;
            startLive();
        }
        return;
    }
    const AlertRun& result = outcome.run;
    std::vector<Finding> findings = std::move(outcome.run.findings);
    const int count = static_cast<int>(findings.size());
    if (m_live->isRunning() && m_findings) {
        // The run covered what was loaded; what was raised live since stays listed and known, so
        // that the next poll does not raise (and send) it again.
        for (const Finding& f : *m_findings)
            if (m_followedKeys.count(f.key) && outcome.seen.insert(f.key).second) findings.push_back(f);
    } else {
        m_followedKeys.clear();
    }
    m_seen = std::move(outcome.seen);
    m_notes = result.notes;
    m_findings = std::make_shared<const std::vector<Finding>>(std::move(findings));
    const QString over =
        range.isAll() || range.to <= range.from ? tr("all the data") : formatRange(range.from, range.to - 1);
    m_summary = tr("%n finding(s) from %1 rules over %2", nullptr, count)
                    .arg(QLocale().toString(static_cast<int>(result.perRule.size())), over);
    if (!m_notes.empty())
        m_summary += QStringLiteral("; ") +
                     tr("%n rule(s) could not run here in full: %1", nullptr, static_cast<int>(m_notes.size()))
                         .arg(m_notes.front().message);
    if (const int off = static_cast<int>(m_rules.rules.size()) - ruleCount; off > 0)
        m_summary += QStringLiteral("; ") + tr("%n rule(s) switched off", nullptr, off);
    if (!m_rules.errors.empty())
        m_summary +=
            QStringLiteral("; ") + tr("%n rule(s) could not be read", nullptr, static_cast<int>(m_rules.errors.size()));
    if (m_live->isRunning()) m_live->setSeen(m_seen);
    Q_EMIT findingsChanged();
    Q_EMIT runFinished(m_summary);
    if (m_liveAfterRun) {
        m_liveAfterRun = false;
        startLive();
    }
}

bool AlertsController::waitIdle(int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while ((m_running || m_runAfterSnapshot) && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_running && !m_runAfterSnapshot;
}

bool AlertsController::canOpenEvent(const Finding& f) const {
    return !f.eventRef.empty() && !isFromFollowedLines(f);
}

std::vector<std::pair<qint64, QString>> AlertsController::markers(size_t max) const {
    std::vector<const Finding*> shown;
    if (m_findings)
        for (const Finding& f : *m_findings)
            shown.push_back(&f);
    if (shown.size() > max) {
        // Too many to tell apart on a trend: the most severe, then the earliest.
        std::partial_sort(shown.begin(), shown.begin() + static_cast<std::ptrdiff_t>(max), shown.end(),
                          [](const Finding* a, const Finding* b) {
                              return a->severity != b->severity ? a->severity > b->severity : a->time < b->time;
                          });
        shown.resize(max);
    }
    std::vector<std::pair<qint64, QString>> out;
    out.reserve(shown.size());
    for (const Finding* f : shown)
        out.emplace_back(f->time, QString((f->ruleTitle.isEmpty() ? QString::fromStdString(f->ruleId) : f->ruleTitle) +
                                          QStringLiteral(": ") + FindingsModel::detailsText(*f)));
    return out;
}

// ---------------------------------------------------------------------------------------------
// Live

bool AlertsController::isLive() const {
    return m_live->isRunning() || m_liveAfterRun;
}

void AlertsController::setLive(bool live) {
    if (live == isLive()) {
        Q_EMIT liveChanged(live); // keeps every toggle in step
        return;
    }
    if (live) {
        startLive();
        return;
    }
    m_liveAfterRun = false;
    m_live->stop();
    Q_EMIT liveChanged(false);
    Q_EMIT notice(tr("Live evaluation stopped."));
}

void AlertsController::startLive() {
    const std::shared_ptr<const Backend> backend = m_session->backend();
    const Source& source = m_session->source();
    const bool files = source.kind == Source::Kind::Files;
    if (!backend || (files && source.paths.isEmpty())) {
        Q_EMIT notice(tr("Open an audit log first: live evaluation follows it."));
        Q_EMIT liveChanged(false);
        return;
    }
    if (m_running) {
        // Live raises what is new since the load: it needs what the run over the load found.
        m_liveAfterRun = true;
        Q_EMIT notice(tr("Live evaluation starts when the rules have run over what was loaded."));
        Q_EMIT liveChanged(true);
        return;
    }
    m_live->setRules(enabledRules());
    m_live->setOptions(options());
    m_live->setSeen(m_seen);
    m_liveFromFiles = files;
    if (files) {
        m_live->setLoadOptions(source.load);
        // From where the load stopped in each file: lines written since are the first poll's.
        std::map<QString, qint64> loaded;
        for (const SourceFileInfo& file : backend->info().files)
            loaded[file.path] = file.bytes;
        m_live->followFiles(source.paths, loaded);
        Q_EMIT notice(tr("Following %n source(s) for new lines…", nullptr, static_cast<int>(source.paths.size())));
    } else {
        m_live->pollBackend(backend);
        Q_EMIT notice(tr("Polling %1 for new events…").arg(source.label()));
    }
    Q_EMIT liveChanged(isLive());
}

void AlertsController::onLiveFindings(const std::vector<Finding>& raised) {
    if (raised.empty()) return;
    std::vector<Finding> all = m_findings ? *m_findings : std::vector<Finding>{};
    std::vector<Finding> important;
    const Severity threshold = notifySeverity();
    for (const Finding& f : raised) {
        m_seen.insert(f.key);
        if (m_liveFromFiles) m_followedKeys.insert(f.key);
        all.push_back(f);
        if (f.severity >= threshold) important.push_back(f);
    }
    m_findings = std::make_shared<const std::vector<Finding>>(std::move(all));
    Q_EMIT findingsChanged();
    Q_EMIT notice(tr("%n new finding(s) raised live", nullptr, static_cast<int>(raised.size())));
    if (important.empty()) return;
    loadSecrets();
    if (m_notifier->dingTalk().isValid() || m_notifier->webhook().isValid()) m_notifier->notify(important);
    notifyDesktop(important);
}

void AlertsController::notifyDesktop(const std::vector<Finding>& raised) {
    if (!desktopNotifications() || !QSystemTrayIcon::isSystemTrayAvailable()) return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull()) icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Audit Console"));
    }
    m_tray->show();
    QStringList lines;
    for (size_t i = 0; i < raised.size() && i < 3; ++i)
        lines << findingToText(raised[i]);
    if (raised.size() > 3) lines << tr("… and %n more", nullptr, static_cast<int>(raised.size() - 3));
    m_tray->showMessage(tr("%n new finding(s)", nullptr, static_cast<int>(raised.size())),
                        lines.join(QLatin1Char('\n')), QSystemTrayIcon::Warning, 10000);
}

// ---------------------------------------------------------------------------------------------
// Notifications

Severity AlertsController::notifySeverity() {
    const QString name =
        QSettings().value(QStringLiteral("alerts/notifySeverity"), QStringLiteral("medium")).toString();
    return severityByName(name.toStdString()).value_or(Severity::Medium);
}

bool AlertsController::desktopNotifications() {
    return QSettings().value(QStringLiteral("alerts/desktop"), true).toBool();
}

void AlertsController::reloadNotificationSettings() {
    QSettings settings;
    DingTalkChannel dingTalk;
    dingTalk.webhook = QUrl(settings.value(QStringLiteral("alerts/dingtalkUrl")).toString().trimmed());
    WebhookChannel webhook;
    webhook.url = QUrl(settings.value(QStringLiteral("alerts/webhookUrl")).toString().trimmed());
    m_notifier->setDingTalk(dingTalk);
    m_notifier->setWebhook(webhook);
    m_notifier->setLanguage(QLocale().name());
    m_secretsLoaded = false; // read when a notification goes out: the keychain may ask the user
}

QString AlertsController::withoutAccessToken(const QString& url, QString* token) {
    QUrl u(url.trimmed());
    QUrlQuery query(u);
    if (token) *token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    query.removeAllQueryItems(QStringLiteral("access_token"));
    u.setQuery(query);
    return u.toString();
}

QUrl AlertsController::withAccessToken(const QString& url, const QString& token) {
    QUrl u(url.trimmed());
    if (token.isEmpty()) return u;
    QUrlQuery query(u);
    query.removeAllQueryItems(QStringLiteral("access_token"));
    query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    u.setQuery(query);
    return u;
}

void AlertsController::loadSecrets() {
    if (m_secretsLoaded) return;
    m_secretsLoaded = true;
    DingTalkChannel dingTalk = m_notifier->dingTalk();
    if (dingTalk.isValid()) {
        dingTalk.webhook = withAccessToken(dingTalk.webhook.toString(), secret(dingTalkTokenKey()));
        dingTalk.secret = secret(dingTalkSecretKey());
    }
    m_notifier->setDingTalk(dingTalk);
    WebhookChannel webhook = m_notifier->webhook();
    if (webhook.isValid()) webhook.bearerToken = secret(webhookTokenKey());
    m_notifier->setWebhook(webhook);
}

void AlertsController::setSessionSecret(const QString& key, const QString& value) {
    for (auto& [k, v] : m_secrets)
        if (k == key) {
            v = value;
            m_secretsLoaded = false;
            return;
        }
    m_secrets.emplace_back(key, value);
    m_secretsLoaded = false;
}

QString AlertsController::secret(const QString& key) {
    for (const auto& [k, v] : m_secrets)
        if (k == key) return v;
    QString value;
    if (keychain::isAvailable()) {
        QString error;
        value = keychain::readSecret(key, &error).value_or(QString());
        if (!error.isEmpty()) Q_EMIT notice(tr("The system keychain could not be read: %1").arg(error));
    }
    m_secrets.emplace_back(key, value);
    return value;
}

} // namespace ac
