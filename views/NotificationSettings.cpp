#include "NotificationSettings.h"

#include "AlertsController.h"
#include "Keychain.h"
#include "Widgets.h"
#include "itemmodels/FindingsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace ac {

namespace {
QString urlProblem(const QString& text) {
    if (text.isEmpty()) return {};
    const QUrl url(text);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return NotificationSettings::tr("“%1” is not an http(s) URL.").arg(text);
    return {};
}

QString latin1(std::string_view s) {
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

NotificationSettings::NotificationSettings(AlertsController* alerts, QWidget* parent)
    : QDialog(parent)
    , m_alerts(alerts)
    , m_tester(new Notifier(this))
    , m_dingTalkUrl(new QLineEdit(this))
    , m_dingTalkSecret(new QLineEdit(this))
    , m_webhookUrl(new QLineEdit(this))
    , m_webhookToken(new QLineEdit(this))
    , m_desktop(new QCheckBox(tr("Show a desktop notification for each batch of live findings"), this))
    , m_severity(new QComboBox(this))
    , m_result(noteLabel(this)) {
    setWindowTitle(tr("Notifications"));
    QSettings settings;
    const QString dingTalkUrl = settings.value(QStringLiteral("alerts/dingtalkUrl")).toString();
    if (!dingTalkUrl.isEmpty()) m_dingTalkTokenBefore = m_alerts->secret(AlertsController::dingTalkTokenKey());
    m_dingTalkUrl->setText(AlertsController::withAccessToken(dingTalkUrl, m_dingTalkTokenBefore).toString());
    m_dingTalkUrl->setPlaceholderText(QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=…"));
    m_webhookUrl->setText(settings.value(QStringLiteral("alerts/webhookUrl")).toString());
    m_webhookUrl->setPlaceholderText(QStringLiteral("https://alerts.example.com/hook"));
    for (QLineEdit* secret : {m_dingTalkSecret, m_webhookToken})
        secret->setEchoMode(QLineEdit::Password);
    m_dingTalkSecret->setPlaceholderText(tr("SEC…, when the robot signs (加签); empty: none"));
    m_webhookToken->setPlaceholderText(tr("sent as Authorization: Bearer …; empty: none"));
    // The keychain is asked only for a channel that is set up: it may prompt the user.
    if (!m_dingTalkUrl->text().isEmpty())
        m_dingTalkSecretBefore = m_alerts->secret(AlertsController::dingTalkSecretKey());
    if (!m_webhookUrl->text().isEmpty()) m_webhookTokenBefore = m_alerts->secret(AlertsController::webhookTokenKey());
    m_dingTalkSecret->setText(m_dingTalkSecretBefore);
    m_webhookToken->setText(m_webhookTokenBefore);

    m_desktop->setChecked(AlertsController::desktopNotifications());
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_desktop->setToolTip(tr("This desktop has no system tray: nothing is shown there."));
    for (Severity s : {Severity::Report, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(FindingsModel::severityTitle(s), latin1(severityName(s)));
    m_severity->setCurrentIndex(
        std::max(0, m_severity->findData(latin1(severityName(AlertsController::notifySeverity())))));
    m_severity->setToolTip(tr("Live findings below this severity are listed, not sent"));

    auto* testDingTalk = new QPushButton(tr("&Test"), this);
    auto* testWebhook = new QPushButton(tr("T&est"), this);
    connect(testDingTalk, &QPushButton::clicked, this, [this] { sendTest(Delivery::Channel::DingTalk); });
    connect(testWebhook, &QPushButton::clicked, this, [this] { sendTest(Delivery::Channel::Webhook); });
    connect(m_tester, &Notifier::delivered, this, [this](const Delivery& d) {
        const QString channel = d.channel == Delivery::Channel::DingTalk ? tr("DingTalk") : tr("Webhook");
        m_result->setText(d.ok ? tr("%1: the test message was delivered.").arg(channel)
                               : tr("%1: the test message failed after %n attempt(s): %2", nullptr, d.attempts)
                                     .arg(channel, d.message));
        Q_EMIT tested(d);
    });

    auto* dingTalkBox = new QGroupBox(tr("DingTalk robot"), this);
    auto* dingTalkForm = new QFormLayout(dingTalkBox);
    dingTalkForm->addRow(tr("&Webhook URL:"), m_dingTalkUrl);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_dingTalkSecret, 1);
    secretRow->addWidget(testDingTalk);
    auto* secretLabel = new QLabel(tr("&Secret:"), dingTalkBox);
    secretLabel->setBuddy(m_dingTalkSecret);
    dingTalkForm->addRow(secretLabel, secretRow);

    auto* webhookBox = new QGroupBox(tr("Webhook"), this);
    auto* webhookForm = new QFormLayout(webhookBox);
    webhookForm->addRow(tr("&URL:"), m_webhookUrl);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_webhookToken, 1);
    tokenRow->addWidget(testWebhook);
    auto* tokenLabel = new QLabel(tr("&Bearer token:"), webhookBox);
    tokenLabel->setBuddy(m_webhookToken);
    webhookForm->addRow(tokenLabel, tokenRow);

    auto* where = noteLabel(this);
    where->setText(keychain::isAvailable()
                       ? tr("The secret and the token are kept in the system keychain, never in the settings file.")
                       : tr("This build has no system keychain: the secret and the token are kept for this session "
                            "only and must be entered again after a restart."));
    auto* general = new QFormLayout;
    general->addRow(QString(), m_desktop);
    general->addRow(tr("Send &from:"), m_severity);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationSettings::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(dingTalkBox);
    layout->addWidget(webhookBox);
    layout->addLayout(general);
    layout->addWidget(where);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
}

QString NotificationSettings::testResult() const {
    return m_result->text();
}

DingTalkChannel NotificationSettings::dingTalk() const {
    DingTalkChannel c;
    c.webhook = QUrl(m_dingTalkUrl->text().trimmed());
    c.secret = m_dingTalkSecret->text().trimmed();
    return c;
}

WebhookChannel NotificationSettings::webhook() const {
    WebhookChannel c;
    c.url = QUrl(m_webhookUrl->text().trimmed());
    c.bearerToken = m_webhookToken->text().trimmed();
    return c;
}

void NotificationSettings::sendTest(Delivery::Channel channel) {
    const bool dingTalkChannel = channel == Delivery::Channel::DingTalk;
    const QString url = (dingTalkChannel ? m_dingTalkUrl : m_webhookUrl)->text().trimmed();
    QString problem = urlProblem(url);
    if (url.isEmpty()) problem = tr("Enter the URL first.");
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    m_tester->setDingTalk(dingTalk());
    m_tester->setWebhook(webhook());
    m_tester->setLanguage(QLocale().name());
    m_result->setText(tr("Sending a test message…"));
    m_tester->sendTest(channel);
}

bool NotificationSettings::storeSecret(const QString& key, const QString& value, const QString& before) {
    if (value == before) return true;
    m_alerts->setSessionSecret(key, value);
    if (!keychain::isAvailable()) return true; // said so in the dialog
    QString error;
    if (keychain::writeSecret(key, value, &error)) return true;
    QMessageBox::warning(
        this, tr("Notifications"),
        tr("The system keychain could not store it: %1\n\nIt is kept for this session only.").arg(error));
    return false;
}

void NotificationSettings::accept() {
    for (QLineEdit* edit : {m_dingTalkUrl, m_webhookUrl})
        if (const QString problem = urlProblem(edit->text().trimmed()); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Notifications"), problem);
            edit->setFocus();
            return;
        }
    QSettings settings;
    QString token;
    settings.setValue(QStringLiteral("alerts/dingtalkUrl"),
                      AlertsController::withoutAccessToken(m_dingTalkUrl->text(), &token));
    storeSecret(AlertsController::dingTalkTokenKey(), token, m_dingTalkTokenBefore);
    settings.setValue(QStringLiteral("alerts/webhookUrl"), m_webhookUrl->text().trimmed());
    settings.setValue(QStringLiteral("alerts/desktop"), m_desktop->isChecked());
    settings.setValue(QStringLiteral("alerts/notifySeverity"), m_severity->currentData().toString());
    storeSecret(AlertsController::dingTalkSecretKey(), m_dingTalkSecret->text().trimmed(), m_dingTalkSecretBefore);
    storeSecret(AlertsController::webhookTokenKey(), m_webhookToken->text().trimmed(), m_webhookTokenBefore);
    m_alerts->reloadNotificationSettings();
    QDialog::accept();
}

} // namespace ac
