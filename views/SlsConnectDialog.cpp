#include "SlsConnectDialog.h"

#include "Keychain.h"
#include "Widgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ac {

namespace {
constexpr int kIndent = 24; // the options' own fields and notes sit under their radio button

// Settings keys, all in the group "sls".
constexpr QLatin1String kGroup("sls");
constexpr QLatin1String kRegionKey("region"); // a region id, or kCustom
constexpr QLatin1String kCustom("custom");
constexpr QLatin1String kEndpointKey("endpoint"); // the last custom endpoint
constexpr QLatin1String kProjectKey("project");
constexpr QLatin1String kLogstoreKey("logstore");
constexpr QLatin1String kClusterIdKey("clusterId");
constexpr QLatin1String kCredentialsKey("credentials"); // which option, never what it holds
constexpr QLatin1String kProfileKey("profile");

QLatin1String choiceName(SlsConnectDialog::Choice choice) {
    switch (choice) {
    case SlsConnectDialog::Choice::Environment:
        return QLatin1String("environment");
    case SlsConnectDialog::Choice::AliyunProfile:
        return QLatin1String("profile");
    case SlsConnectDialog::Choice::AccessKey:
        break;
    }
    return QLatin1String("accessKey");
}

std::optional<SlsConnectDialog::Choice> choiceFromName(const QString& name) {
    for (auto c : {SlsConnectDialog::Choice::Environment, SlsConnectDialog::Choice::AliyunProfile,
                   SlsConnectDialog::Choice::AccessKey})
        if (name == choiceName(c)) return c;
    return std::nullopt;
}

// A cluster ID that the project and logstore were made from, else empty.
QString clusterIdOf(const SlsLocation& location) {
    const QLatin1String prefix("k8s-log-");
    if (!location.project.startsWith(prefix)) return {};
    const QString id = location.project.mid(prefix.size());
    return clusterLogstore(id) == location.logstore ? id : QString();
}
} // namespace

SlsConnectDialog::SlsConnectDialog(QWidget* parent)
    : QDialog(parent) {
    init(std::nullopt);
}

SlsConnectDialog::SlsConnectDialog(const SlsLocation& location, QWidget* parent)
    : QDialog(parent) {
    init(location);
}

void SlsConnectDialog::init(const std::optional<SlsLocation>& prefill) {
    setWindowTitle(tr("Connect to Log Service"));
    m_clusterId = new QLineEdit(this);
    m_region = new QComboBox(this);
    m_endpoint = new QLineEdit(this);
    m_project = new QLineEdit(this);
    m_logstore = new QLineEdit(this);
    m_lookupTimer = new QTimer(this);
    m_clusterId->setObjectName(QStringLiteral("clusterId"));
    m_region->setObjectName(QStringLiteral("region"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_project->setObjectName(QStringLiteral("project"));
    m_logstore->setObjectName(QStringLiteral("logstore"));

    auto* intro = noteLabel(this);
    intro->setEnabled(true);
    intro->setText(tr("A cluster of Container Service for Kubernetes (ACK) with auditing on keeps its audit log in "
                      "Log Service: project k8s-log-<cluster ID>, logstore audit-<cluster ID>."));
    m_clusterId->setPlaceholderText(tr("Optional: fills in the project and logstore"));
    m_clusterId->setClearButtonEnabled(true);
    for (const SlsRegion& r : slsRegions())
        m_region->addItem(
            QStringLiteral("%1 — %2").arg(QCoreApplication::translate("SlsConfig", r.name), QLatin1String(r.id)),
            QString::fromLatin1(r.id));
    m_region->addItem(tr("Custom endpoint…"), QString(kCustom));
    m_region->setMaxVisibleItems(m_region->count());
    m_endpoint->setToolTip(tr("A region's endpoint is used over HTTPS; a custom endpoint may name its scheme, an IP "
                              "address and a port, such as http://127.0.0.1:8080"));

    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(500);
    connect(m_lookupTimer, &QTimer::timeout, this, &SlsConnectDialog::lookUpStored);
    connect(m_clusterId, &QLineEdit::textEdited, this, &SlsConnectDialog::clusterIdEdited);
    connect(m_region, &QComboBox::currentIndexChanged, this, &SlsConnectDialog::regionChanged);
    connect(m_region, &QComboBox::activated, this, [this] {
        if (isCustomEndpoint()) m_endpoint->setFocus();
    });
    connect(m_endpoint, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (isCustomEndpoint()) m_customEndpoint = text;
    });
    connect(m_project, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_projectEdited = !text.trimmed().isEmpty() && text.trimmed() != clusterProject(m_clusterId->text());
    });
    connect(m_logstore, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_logstoreEdited = !text.trimmed().isEmpty() && text.trimmed() != clusterLogstore(m_clusterId->text());
    });
    // The keychain entry belongs to the endpoint and project: ask again when they settle.
    for (QLineEdit* edit : {m_endpoint, m_project})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_lookupTimer->start();
            updateState();
        });
    connect(m_logstore, &QLineEdit::textChanged, this, &SlsConnectDialog::updateState);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SlsConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Cluster &ID:"), m_clusterId);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Logstore:"), m_logstore);
    form->addRow(buildCredentials());
    form->addRow(buttons);

    restoreSettings();
    if (prefill) setLocation(*prefill);
    lookUpStored();
    if (!m_stored) {
        // The option used last time, else the first one that can work.
        QSettings settings;
        settings.beginGroup(kGroup);
        const auto remembered = choiceFromName(settings.value(kCredentialsKey).toString());
        if (remembered && m_choices->button(static_cast<int>(*remembered))->isEnabled())
            setChoice(*remembered);
        else if (m_fromEnvironment->isEnabled())
            setChoice(Choice::Environment);
        else if (m_fromProfile->isEnabled())
            setChoice(Choice::AliyunProfile);
        else
            setChoice(Choice::AccessKey);
    }
    m_built = true;
    updateState();
    resize(600, sizeHint().height());
}

QWidget* SlsConnectDialog::buildCredentials() {
    auto* box = new QGroupBox(tr("Credentials"), this);
    m_choices = new QButtonGroup(this);
    m_fromEnvironment = new QRadioButton(tr("From the en&vironment (ALIBABA_CLOUD_ACCESS_KEY_ID…)"), box);
    m_environmentNote = noteLabel(box);
    m_fromProfile = new QRadioButton(tr("aliyun CLI pr&ofile:"), box);
    m_profile = new QComboBox(box);
    m_profileNote = noteLabel(box);
    m_fromAccessKey = new QRadioButton(tr("&Access key"), box);
    m_keyId = new QLineEdit(box);
    m_keySecret = new QLineEdit(box);
    m_token = new QLineEdit(box);
    m_remember = new QCheckBox(tr("Re&member in the system keychain"), box);
    m_storedNote = noteLabel(box);
    m_forget = new QPushButton(tr("&Forget"), box);
    m_fromEnvironment->setObjectName(QStringLiteral("fromEnvironment"));
    m_fromProfile->setObjectName(QStringLiteral("fromProfile"));
    m_profile->setObjectName(QStringLiteral("profile"));
    m_fromAccessKey->setObjectName(QStringLiteral("fromAccessKey"));
    m_keyId->setObjectName(QStringLiteral("accessKeyId"));
    m_keySecret->setObjectName(QStringLiteral("accessKeySecret"));
    m_token->setObjectName(QStringLiteral("securityToken"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_choices->addButton(m_fromEnvironment, static_cast<int>(Choice::Environment));
    m_choices->addButton(m_fromProfile, static_cast<int>(Choice::AliyunProfile));
    m_choices->addButton(m_fromAccessKey, static_cast<int>(Choice::AccessKey));

    m_environment = credentialsFromEnvironment();
    m_fromEnvironment->setEnabled(m_environment.has_value());
    m_environmentNote->setText(
        m_environment ? m_environment->describe()
                      : tr("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set."));

    m_aliyun = readAliyunConfig();
    m_profile->setToolTip(tr("Profiles in AK or StsToken mode from %1").arg(defaultAliyunConfigPath()));

    m_keySecret->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Optional: for temporary STS credentials"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Kept per endpoint and project; never in the settings file"));
    if (!keychain::isAvailable()) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("This build has no system keychain."));
    }
    m_forget->setToolTip(tr("Remove the stored key for this endpoint and project from the system keychain"));
    m_forget->hide();

    // Using an option's own fields picks that option.
    connect(m_profile, &QComboBox::activated, this, [this] {
        if (m_fromProfile->isEnabled()) {
            m_choiceTouched = true;
            setChoice(Choice::AliyunProfile);
        }
        updateState();
    });
    for (QLineEdit* edit : {m_keyId, m_keySecret, m_token}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_choiceTouched = true;
            setChoice(Choice::AccessKey);
        });
        connect(edit, &QLineEdit::textChanged, this, &SlsConnectDialog::updateState);
    }
    connect(m_choices, &QButtonGroup::buttonClicked, this, [this] {
        m_choiceTouched = true;
        updateState();
    });
    connect(m_forget, &QPushButton::clicked, this, &SlsConnectDialog::forgetStored);

    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_fromProfile);
    profileRow->addWidget(m_profile, 1);
    auto* keyForm = new QFormLayout;
    keyForm->setContentsMargins(kIndent, 0, 0, 0);
    keyForm->addRow(tr("AccessKey I&D:"), m_keyId);
    keyForm->addRow(tr("AccessKey &Secret:"), m_keySecret);
    keyForm->addRow(tr("STS &token:"), m_token);
    keyForm->addRow(m_remember);
    auto* storedRow = new QHBoxLayout;
    storedRow->addWidget(m_storedNote, 1);
    storedRow->addWidget(m_forget);
    keyForm->addRow(storedRow);

    auto* layout = new QVBoxLayout(box);
    const auto indented = [](QWidget* w) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(kIndent, 0, 0, 0);
        row->addWidget(w);
        return row;
    };
    layout->addWidget(m_fromEnvironment);
    layout->addLayout(indented(m_environmentNote));
    layout->addLayout(profileRow);
    layout->addLayout(indented(m_profileNote));
    layout->addWidget(m_fromAccessKey);
    layout->addLayout(keyForm);
    return box;
}

void SlsConnectDialog::fillProfiles(const QString& preferred) {
    m_profile->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_profile->model());
    int usable = 0;
    int first = -1, current = -1, remembered = -1;
    for (const AliyunProfile& p : m_aliyun.profiles) {
        m_profile->addItem(p.mode.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.mode), p.name);
        const int row = m_profile->count() - 1;
        QString why;
        if (credentialsFromAliyunProfile(m_aliyun, p.name, &why)) {
            ++usable;
            if (first < 0) first = row;
            if (current < 0 && p.name == m_aliyun.current) current = row;
            if (remembered < 0 && !preferred.isEmpty() && p.name == preferred) remembered = row;
        } else if (model) {
            // Shown, so that the user sees why the profile is missing from the choice, but not selectable.
            QStandardItem* item = model->item(row);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            m_profile->setItemData(row, why, Qt::ToolTipRole);
        }
    }
    // The profile used last time, else the CLI's current one, else the first that can work.
    m_profile->setCurrentIndex(remembered >= 0 ? remembered : current >= 0 ? current : first);
    m_fromProfile->setEnabled(usable > 0);
    m_profile->setEnabled(!m_aliyun.profiles.empty());
    if (!m_aliyun.error.isEmpty()) {
        m_profile->setEnabled(false);
        m_fromProfile->setToolTip(m_aliyun.error);
    } else if (m_aliyun.profiles.empty()) {
        m_fromProfile->setToolTip(tr("%1 has no profiles.").arg(defaultAliyunConfigPath()));
    } else if (usable == 0) {
        m_fromProfile->setToolTip(
            tr("No profile in %1 is in AK or StsToken mode with its keys.").arg(defaultAliyunConfigPath()));
    }
}

void SlsConnectDialog::restoreSettings() {
    QSettings settings;
    settings.beginGroup(kGroup);
    m_customEndpoint = settings.value(kEndpointKey).toString();
    const QString region = settings.value(kRegionKey).toString();
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    regionChanged(); // also when the index stayed at 0
    const QString clusterId = settings.value(kClusterIdKey).toString();
    const QString project = settings.value(kProjectKey).toString();
    const QString logstore = settings.value(kLogstoreKey).toString();
    m_clusterId->setText(clusterId);
    m_project->setText(project);
    m_logstore->setText(logstore);
    m_projectEdited = !project.isEmpty() && project != clusterProject(clusterId);
    m_logstoreEdited = !logstore.isEmpty() && logstore != clusterLogstore(clusterId);
    fillProfiles(settings.value(kProfileKey).toString());
}

void SlsConnectDialog::saveSettings() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kRegionKey, m_region->currentData().toString());
    if (isCustomEndpoint()) settings.setValue(kEndpointKey, m_endpoint->text().trimmed());
    settings.setValue(kProjectKey, m_project->text().trimmed());
    settings.setValue(kLogstoreKey, m_logstore->text().trimmed());
    settings.setValue(kClusterIdKey, m_clusterId->text().trimmed());
    settings.setValue(kCredentialsKey, choiceName(choice()));
    if (choice() == Choice::AliyunProfile) settings.setValue(kProfileKey, m_profile->currentData().toString());
}

void SlsConnectDialog::setLocation(const SlsLocation& location) {
    int region = -1;
    for (int i = 0; i + 1 < m_region->count(); ++i)
        if (regionEndpoint(m_region->itemData(i).toString()) == location.endpoint) region = i;
    if (region < 0) {
        m_customEndpoint = location.endpoint;
        region = m_region->count() - 1;
    }
    m_region->setCurrentIndex(region);
    regionChanged();
    const QString clusterId = clusterIdOf(location);
    m_clusterId->setText(clusterId);
    m_project->setText(location.project);
    m_logstore->setText(location.logstore);
    m_projectEdited = clusterId.isEmpty() && !location.project.isEmpty();
    m_logstoreEdited = clusterId.isEmpty() && !location.logstore.isEmpty();
}

SlsLocation SlsConnectDialog::location() const {
    return {m_endpoint->text().trimmed(), m_project->text().trimmed(), m_logstore->text().trimmed()};
}

bool SlsConnectDialog::isCustomEndpoint() const {
    return m_region->currentIndex() == m_region->count() - 1;
}

void SlsConnectDialog::regionChanged() {
    const bool custom = isCustomEndpoint();
    m_endpoint->setReadOnly(!custom);
    m_endpoint->setClearButtonEnabled(custom);
    m_endpoint->setPlaceholderText(custom ? tr("e.g. http://127.0.0.1:8080 or cn-hangzhou-intranet.log.aliyuncs.com")
                                          : QString());
    m_endpoint->setText(custom ? m_customEndpoint : regionEndpoint(m_region->currentData().toString()));
}

void SlsConnectDialog::clusterIdEdited(const QString& id) {
    if (!m_projectEdited) m_project->setText(clusterProject(id));
    if (!m_logstoreEdited) m_logstore->setText(clusterLogstore(id));
}

void SlsConnectDialog::setChoice(Choice c) {
    m_choices->button(static_cast<int>(c))->setChecked(true);
    updateState();
}

SlsConnectDialog::Choice SlsConnectDialog::choice() const {
    const int id = m_choices->checkedId();
    return id < 0 ? Choice::AccessKey : static_cast<Choice>(id);
}

void SlsConnectDialog::lookUpStored() {
    m_lookupTimer->stop();
    const SlsLocation here = location();
    const QString key = here.endpoint.isEmpty() || here.project.isEmpty() ? QString() : here.keychainKey();
    if (key == m_storedKey) return;
    m_storedKey = key;
    m_stored.reset();
    if (!key.isEmpty() && keychain::isAvailable() && m_keychainError.isEmpty()) {
        QString error;
        m_stored = keychain::readCredentials(key, &error);
        if (!error.isEmpty()) {
            // Writing would fail the same way: do not offer it, and do not ask again.
            m_keychainError = error;
            m_remember->setChecked(false);
            m_remember->setToolTip(error);
        }
    }
    if (m_stored && !m_choiceTouched) setChoice(Choice::AccessKey);
    updateState();
}

void SlsConnectDialog::forgetStored() {
    QString error;
    if (!keychain::removeCredentials(m_storedKey, &error)) {
        QMessageBox::warning(this, tr("Connect to Log Service"), error);
        return;
    }
    m_stored.reset();
    updateState();
}

bool SlsConnectDialog::storedApplies() const {
    return m_stored && !m_storedKey.isEmpty() && m_storedKey == location().keychainKey();
}

std::optional<SlsCredentials> SlsConnectDialog::chosenCredentials(QString* why) const {
    QString reason;
    std::optional<SlsCredentials> found;
    switch (choice()) {
    case Choice::Environment:
        found = m_environment;
        if (!found) reason = m_environmentNote->text();
        break;
    case Choice::AliyunProfile:
        if (!m_aliyun.error.isEmpty() && m_aliyun.profiles.empty())
            reason = m_aliyun.error;
        else if (m_profile->currentIndex() < 0)
            reason = tr("Choose an aliyun CLI profile.");
        else
            found = credentialsFromAliyunProfile(m_aliyun, m_profile->currentData().toString(), &reason);
        break;
    case Choice::AccessKey: {
        SlsCredentials typed;
        typed.accessKeyId = m_keyId->text().trimmed();
        typed.accessKeySecret = m_keySecret->text().trimmed();
        typed.securityToken = m_token->text().trimmed();
        typed.origin = SlsCredentials::Origin::Typed;
        const bool empty =
            typed.accessKeyId.isEmpty() && typed.accessKeySecret.isEmpty() && typed.securityToken.isEmpty();
        if (typed.isComplete())
            found = typed;
        else if (empty && storedApplies())
            found = m_stored;
        else
            reason = tr("Enter the AccessKey ID and the AccessKey secret.");
        break;
    }
    }
    if (why) *why = reason;
    return found;
}

void SlsConnectDialog::updateState() {
    if (!m_built) return;
    const bool stored = storedApplies();
    if (stored)
        m_storedNote->setText(tr("Stored in the system keychain (key …%1): leave the fields empty to use it.")
                                  .arg(m_stored->accessKeyId.right(4)));
    else if (!m_keychainError.isEmpty())
        m_storedNote->setText(m_keychainError);
    else
        m_storedNote->clear();
    m_storedNote->setVisible(!m_storedNote->text().isEmpty());
    m_forget->setVisible(stored);
    m_keyId->setPlaceholderText(stored ? tr("Stored in the system keychain") : QString());
    m_keySecret->setPlaceholderText(stored ? tr("Stored in the system keychain") : QString());

    if (!m_aliyun.error.isEmpty()) {
        m_profileNote->setText(m_aliyun.error);
    } else if (m_profile->currentIndex() >= 0) {
        QString why;
        const auto c = credentialsFromAliyunProfile(m_aliyun, m_profile->currentData().toString(), &why);
        m_profileNote->setText(c ? c->describe() : why);
    } else {
        m_profileNote->setText(m_fromProfile->toolTip());
    }
    m_profileNote->setVisible(!m_profileNote->text().isEmpty());

    QString why;
    const bool usable = chosenCredentials(&why).has_value();
    m_ok->setEnabled(location().isComplete() && usable);
    m_ok->setToolTip(!location().isComplete() ? tr("Enter the endpoint, the project and the logstore.") : why);
}

void SlsConnectDialog::accept() {
    lookUpStored(); // the location may have changed since the last lookup
    const SlsLocation where = location();
    QString why;
    const std::optional<SlsCredentials> credentials = chosenCredentials(&why);
    if (!where.isComplete() || !credentials) {
        QMessageBox::warning(this, tr("Connect to Log Service"),
                             where.isComplete() ? why : tr("Enter the endpoint, the project and the logstore."));
        return;
    }
    if (credentials->origin == SlsCredentials::Origin::Typed && m_remember->isChecked() && m_remember->isEnabled()) {
        QString error;
        if (!keychain::writeCredentials(where.keychainKey(), *credentials, &error))
            QMessageBox::warning(this, tr("Connect to Log Service"),
                                 tr("The access key could not be remembered: %1\n\nIt is used for this connection "
                                    "only.")
                                     .arg(error));
    }
    m_source = Source{};
    m_source.kind = Source::Kind::LogService;
    m_source.sls = where;
    m_source.credentials = *credentials;
    saveSettings();
    QDialog::accept();
}

QString slsRecentEntry(const SlsLocation& location) {
    const QJsonObject o{{QStringLiteral("endpoint"), location.endpoint},
                        {QStringLiteral("project"), location.project},
                        {QStringLiteral("logstore"), location.logstore}};
    return QStringLiteral("sls:") + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SlsLocation> slsFromRecentEntry(const QString& entry) {
    const QLatin1String prefix("sls:");
    if (!entry.startsWith(prefix)) return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.mid(prefix.size()).toUtf8());
    if (!doc.isObject()) return std::nullopt;
    const QJsonObject o = doc.object();
    SlsLocation location{o.value(QLatin1String("endpoint")).toString(), o.value(QLatin1String("project")).toString(),
                         o.value(QLatin1String("logstore")).toString()};
    if (!location.isComplete()) return std::nullopt;
    return location;
}

} // namespace ac
