#pragma once

#include "alerts/Notifier.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

class TstFindingsView;

namespace ac {

class AlertsController;

// Where live findings go: a DingTalk robot (URL and signing secret), a webhook (URL and bearer
// token), the desktop, and from which severity on. URLs live in QSettings, the secret and the
// token in the system keychain (or for this session only, without one). Test sends what is typed,
// saved or not, and shows how the delivery went.
class NotificationSettings : public QDialog {
    Q_OBJECT
public:
    explicit NotificationSettings(AlertsController* alerts, QWidget* parent = nullptr);
    void accept() override;
    // The outcome of the last test, as shown.
    QString testResult() const;

Q_SIGNALS:
    void tested(const ac::Delivery& delivery);

private:
    friend class ::TstFindingsView;
    void sendTest(Delivery::Channel channel);
    DingTalkChannel dingTalk() const;
    WebhookChannel webhook() const;
    bool storeSecret(const QString& key, const QString& value, const QString& before);

    AlertsController* m_alerts;
    Notifier* m_tester;
    QLineEdit* m_dingTalkUrl;
    QLineEdit* m_dingTalkSecret;
    QLineEdit* m_webhookUrl;
    QLineEdit* m_webhookToken;
    QCheckBox* m_desktop;
    QComboBox* m_severity;
    QLabel* m_result;
    QString m_dingTalkSecretBefore, m_webhookTokenBefore, m_dingTalkTokenBefore;
};

} // namespace ac
