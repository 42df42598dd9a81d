#pragma once

#include "backends/Source.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
QT_END_NAMESPACE

namespace ac {

// File > Connect to Log Service…: where the audit logstore is (an ACK cluster's ID fills in its
// project and logstore) and which credentials reach it: the environment, an aliyun CLI profile or
// a typed-in AccessKey pair, which the system keychain may keep per endpoint and project. The
// settings (group "sls") remember the location and the kind of credentials, never a key.
class SlsConnectDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice : uint8_t { Environment, AliyunProfile, AccessKey };

    explicit SlsConnectDialog(QWidget* parent = nullptr);
    // Prefilled with a location, e.g. from the recent list.
    explicit SlsConnectDialog(const SlsLocation& location, QWidget* parent = nullptr);

    // What the fields say now (trimmed).
    SlsLocation location() const;
    // After accept(): the Log Service source with its credentials resolved.
    Source source() const { return m_source; }
    void accept() override;

private:
    void init(const std::optional<SlsLocation>& prefill);
    QWidget* buildCredentials();
    void fillProfiles(const QString& preferred);
    void restoreSettings();
    void saveSettings() const;
    void setLocation(const SlsLocation& location);
    void setChoice(Choice choice);
    Choice choice() const;
    bool isCustomEndpoint() const;
    void regionChanged();
    void clusterIdEdited(const QString& id);
    void lookUpStored();
    void forgetStored();
    // The credentials the chosen option gives, or why there are none.
    std::optional<SlsCredentials> chosenCredentials(QString* why = nullptr) const;
    bool storedApplies() const;
    void updateState();

    QLineEdit* m_clusterId = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_project = nullptr;
    QLineEdit* m_logstore = nullptr;
    QButtonGroup* m_choices = nullptr;
    QRadioButton* m_fromEnvironment = nullptr;
    QLabel* m_environmentNote = nullptr;
    QRadioButton* m_fromProfile = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_profileNote = nullptr;
    QRadioButton* m_fromAccessKey = nullptr;
    QLineEdit* m_keyId = nullptr;
    QLineEdit* m_keySecret = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_storedNote = nullptr;
    QPushButton* m_forget = nullptr;
    QPushButton* m_ok = nullptr;
    QTimer* m_lookupTimer = nullptr; // the keychain is asked once typing in the location pauses

    std::optional<SlsCredentials> m_environment;
    AliyunConfig m_aliyun;
    QString m_customEndpoint;
    bool m_built = false;         // updateState() waits for the last widget
    bool m_projectEdited = false; // typed by hand: the cluster ID no longer fills it
    bool m_logstoreEdited = false;
    bool m_choiceTouched = false; // the user picked an option: a keychain entry no longer overrides it
    QString m_storedKey;          // the location m_stored was looked up for
    std::optional<SlsCredentials> m_stored;
    QString m_keychainError; // the keychain failed once: not asked again in this dialog
    Source m_source;
};

// Log Service entries in the recent list: "sls:" + JSON of the endpoint, project and logstore
// (a file entry would have to be a relative path named "sls:{…" to be taken for one).
QString slsRecentEntry(const SlsLocation& location);
std::optional<SlsLocation> slsFromRecentEntry(const QString& entry);

} // namespace ac
