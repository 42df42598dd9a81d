#include "ClickHouseConnectDialog.h"

#include "Keychain.h"
#include "Widgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace ac {

namespace {
// Settings keys, all in the group "clickhouse".
constexpr QLatin1String kGroup("clickhouse");
constexpr QLatin1String kUrlKey("url");
constexpr QLatin1String kDatabaseKey("database");
constexpr QLatin1String kTableKey("table");
constexpr QLatin1String kUserKey("user");
constexpr QLatin1String kRememberKey("remember"); // whether to keep typed passwords, never one

// The recent list's entries, and the variable the command line reads the password from too.
constexpr QLatin1String kRecentPrefix("clickhouse:");
constexpr char kPasswordVariable[] = "AUDIT_CONSOLE_CLICKHOUSE_PASSWORD";

// http:// or https:// with a host, as the client expects.
bool isServerUrl(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // No user or password in the address: it would be saved with the recent list.
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && url.userInfo().isEmpty();
}

QString passwordFromEnvironment() {
    return qEnvironmentVariable(kPasswordVariable);
}
} // namespace

ClickHouseConnectDialog::ClickHouseConnectDialog(QWidget* parent)
    : QDialog(parent) {
    init(std::nullopt);
}

ClickHouseConnectDialog::ClickHouseConnectDialog(const ClickHouseLocation& location, QWidget* parent)
    : QDialog(parent) {
    init(location);
}

void ClickHouseConnectDialog::init(const std::optional<ClickHouseLocation>& prefill) {
    setWindowTitle(tr("Connect to ClickHouse"));
    m_url = new QLineEdit(this);
    m_urlNote = noteLabel(this);
    m_database = new QLineEdit(this);
    m_table = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_storedNote = noteLabel(this);
    m_forget = new QPushButton(tr("&Forget Stored Password"), this);
    m_lookupTimer = new QTimer(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_database->setObjectName(QStringLiteral("database"));
    m_table->setObjectName(QStringLiteral("table"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_forget->setObjectName(QStringLiteral("forget"));

    auto* intro = noteLabel(this);
    intro->setEnabled(true);
    intro->setText(tr("Reads an audit table that “audit-console ingest” filled (see docs/clickhouse.md). The "
                      "server does the counting; only figures and the rows shown are sent back."));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8123"));
    m_url->setClearButtonEnabled(true);
    m_urlNote->setText(tr("https:// is verified against the system's certificates; plain HTTP only when you write "
                          "http://."));
    const ClickHouseLocation defaults;
    m_database->setText(defaults.database);
    m_table->setText(defaults.table);
    m_user->setText(defaults.user);

    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: none, or AUDIT_CONSOLE_CLICKHOUSE_PASSWORD"));
    if (!passwordFromEnvironment().isEmpty())
        m_password->setToolTip(tr("AUDIT_CONSOLE_CLICKHOUSE_PASSWORD is set: it is used while this field is empty."));

    QSettings settings;
    settings.beginGroup(kGroup);
    m_remember->setChecked(settings.value(kRememberKey, true).toBool());
    m_remember->setToolTip(tr("Kept per user and URL; never in the settings file"));
    if (!keychain::isAvailable()) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("This build has no system keychain."));
    }
    m_forget->setToolTip(tr("Remove the stored password for this user and URL from the system keychain"));
    m_forget->setEnabled(false);

    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(400);
    connect(m_lookupTimer, &QTimer::timeout, this, &ClickHouseConnectDialog::lookUpStored);
    // The keychain entry belongs to the user and URL: ask again when they settle.
    for (QLineEdit* edit : {m_url, m_user})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_lookupTimer->start();
            updateState();
        });
    for (QLineEdit* edit : {m_database, m_table})
        connect(edit, &QLineEdit::textChanged, this, &ClickHouseConnectDialog::updateState);
    connect(m_forget, &QPushButton::clicked, this, &ClickHouseConnectDialog::forgetStored);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClickHouseConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The note on its own line: a keychain error can be long.
    auto* storedRow = new QHBoxLayout;
    storedRow->addStretch(1);
    storedRow->addWidget(m_forget);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_urlNote);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_storedNote);
    form->addRow(QString(), storedRow);
    form->addRow(buttons);

    if (prefill)
        setLocation(*prefill);
    else
        restoreSettings();
    lookUpStored();
    m_built = true;
    updateState();
    if (m_url->text().trimmed().isEmpty())
        m_url->setFocus();
    else
        m_password->setFocus();
    resize(560, sizeHint().height());
}

void ClickHouseConnectDialog::restoreSettings() {
    QSettings settings;
    settings.beginGroup(kGroup);
    const ClickHouseLocation defaults;
    ClickHouseLocation saved;
    saved.url = settings.value(kUrlKey).toString();
    saved.database = settings.value(kDatabaseKey, defaults.database).toString();
    saved.table = settings.value(kTableKey, defaults.table).toString();
    saved.user = settings.value(kUserKey, defaults.user).toString();
    setLocation(saved);
}

void ClickHouseConnectDialog::saveSettings() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    const ClickHouseLocation here = location();
    settings.setValue(kUrlKey, here.url);
    settings.setValue(kDatabaseKey, here.database);
    settings.setValue(kTableKey, here.table);
    settings.setValue(kUserKey, here.user);
    // Unchecked because the keychain is missing or failed is no choice of the user's.
    if (m_remember->isEnabled() && m_keychainError.isEmpty()) settings.setValue(kRememberKey, m_remember->isChecked());
}

void ClickHouseConnectDialog::setLocation(const ClickHouseLocation& location) {
    m_url->setText(location.url);
    m_database->setText(location.database);
    m_table->setText(location.table);
    m_user->setText(location.user);
}

ClickHouseLocation ClickHouseConnectDialog::location() const {
    ClickHouseLocation here;
    here.url = m_url->text().trimmed();
    here.database = m_database->text().trimmed();
    here.table = m_table->text().trimmed();
    here.user = m_user->text().trimmed();
    return here;
}

QString ClickHouseConnectDialog::problemWith(const ClickHouseLocation& location) {
    if (!location.isComplete()) return tr("Enter the URL, the database and the table.");
    if (!isServerUrl(location.url))
        return tr("The URL must start with http:// or https:// and name the server (the user and password go in "
                  "their own fields), such as "
                  "http://127.0.0.1:8123.");
    return {};
}

void ClickHouseConnectDialog::lookUpStored() {
    m_lookupTimer->stop();
    const ClickHouseLocation here = location();
    const QString key = isServerUrl(here.url) ? here.keychainKey() : QString();
    if (key == m_storedKey) return;
    m_storedKey = key;
    m_stored.reset();
    if (!key.isEmpty() && keychain::isAvailable() && m_keychainError.isEmpty()) {
        QString error;
        m_stored = keychain::readSecret(key, &error);
        if (!error.isEmpty()) {
            // Writing would fail the same way: do not offer it, and do not ask again.
            m_keychainError = error;
            m_remember->setChecked(false);
            m_remember->setToolTip(error);
        }
    }
    updateState();
}

void ClickHouseConnectDialog::forgetStored() {
    QString error;
    if (!keychain::removeCredentials(m_storedKey, &error)) {
        QMessageBox::warning(this, tr("Connect to ClickHouse"), error);
        return;
    }
    m_stored.reset();
    updateState();
}

bool ClickHouseConnectDialog::storedApplies() const {
    return m_stored && !m_storedKey.isEmpty() && m_storedKey == location().keychainKey();
}

QString ClickHouseConnectDialog::resolvedPassword() const {
    const QString typed = m_password->text();
    if (!typed.isEmpty()) return typed;
    const QString environment = passwordFromEnvironment();
    if (!environment.isEmpty()) return environment;
    if (storedApplies()) return *m_stored;
    return {}; // a user without a password
}

void ClickHouseConnectDialog::updateState() {
    if (!m_built) return;
    const ClickHouseLocation here = location();
    const bool stored = storedApplies();
    if (stored)
        m_storedNote->setText(
            tr("A password for %1@%2 is stored in the system keychain.").arg(here.user, here.url));
    else if (!m_keychainError.isEmpty())
        m_storedNote->setText(m_keychainError);
    else
        m_storedNote->clear();
    m_forget->setEnabled(stored);

    const QString why = problemWith(here);
    m_ok->setEnabled(why.isEmpty());
    m_ok->setToolTip(why);
}

void ClickHouseConnectDialog::accept() {
    lookUpStored(); // the user or URL may have changed since the last lookup
    const ClickHouseLocation where = location();
    const QString why = problemWith(where);
    if (!why.isEmpty()) {
        QMessageBox::warning(this, tr("Connect to ClickHouse"), why);
        return;
    }
    const QString typed = m_password->text();
    const bool known = storedApplies() && *m_stored == typed;
    if (!typed.isEmpty() && !known && m_remember->isChecked() && m_remember->isEnabled()) {
        QString error;
        if (!keychain::writeSecret(where.keychainKey(), typed, &error))
            QMessageBox::warning(this, tr("Connect to ClickHouse"),
                                 tr("The password could not be remembered: %1\n\nIt is used for this connection "
                                    "only.")
                                     .arg(error));
    }
    m_source = Source{};
    m_source.kind = Source::Kind::ClickHouse;
    m_source.clickhouse = where;
    m_source.password = resolvedPassword();
    saveSettings();
    QDialog::accept();
}

QString clickHouseRecentEntry(const ClickHouseLocation& location) {
    const QJsonObject o{{QStringLiteral("url"), location.url},
                        {QStringLiteral("database"), location.database},
                        {QStringLiteral("table"), location.table},
                        {QStringLiteral("user"), location.user}};
    return QString(kRecentPrefix) + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ClickHouseLocation> clickHouseFromRecentEntry(const QString& entry) {
    if (!entry.startsWith(kRecentPrefix) || !entry.mid(kRecentPrefix.size()).startsWith(QLatin1Char('{')))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.mid(kRecentPrefix.size()).toUtf8());
    if (!doc.isObject()) return std::nullopt;
    const QJsonObject o = doc.object();
    ClickHouseLocation location; // what the entry leaves out keeps its default
    location.url = o.value(QLatin1String("url")).toString();
    location.table = o.value(QLatin1String("table")).toString();
    const QString database = o.value(QLatin1String("database")).toString();
    if (!database.isEmpty()) location.database = database;
    location.user = o.value(QLatin1String("user")).toString(location.user);
    if (location.url.isEmpty() || location.table.isEmpty()) return std::nullopt;
    return location;
}

} // namespace ac
