#pragma once

#include "backends/Source.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

namespace ac {

// File > Connect to ClickHouse…: the server's HTTP address, the database, table and user of an
// audit table that `audit-console ingest` filled, and the password: typed in, else from
// AUDIT_CONSOLE_CLICKHOUSE_PASSWORD, else the one the system keychain keeps per user and URL. The
// settings (group "clickhouse") remember the location and whether to keep passwords, never one.
class ClickHouseConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClickHouseConnectDialog(QWidget* parent = nullptr);
    // Prefilled with a location, e.g. from the recent list.
    explicit ClickHouseConnectDialog(const ClickHouseLocation& location, QWidget* parent = nullptr);

    // What the fields say now (trimmed).
    ClickHouseLocation location() const;
    // After accept(): the ClickHouse source with its password resolved.
    Source source() const { return m_source; }
    void accept() override;

private:
    void init(const std::optional<ClickHouseLocation>& prefill);
    void restoreSettings();
    void saveSettings() const;
    void setLocation(const ClickHouseLocation& location);
    void lookUpStored();
    void forgetStored();
    bool storedApplies() const;
    // The typed password, else the environment's, else the stored one, else none.
    QString resolvedPassword() const;
    // Why the location cannot be connected to, or empty.
    static QString problemWith(const ClickHouseLocation& location);
    void updateState();

    QLineEdit* m_url = nullptr;
    QLabel* m_urlNote = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_table = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_storedNote = nullptr;
    QPushButton* m_forget = nullptr;
    QPushButton* m_ok = nullptr;
    QTimer* m_lookupTimer = nullptr; // the keychain is asked once typing in the URL or user pauses

    bool m_built = false; // updateState() waits for the last widget
    QString m_storedKey;  // the location m_stored was looked up for
    std::optional<QString> m_stored;
    QString m_keychainError; // the keychain failed once: not asked again in this dialog
    Source m_source;
};

// ClickHouse entries in the recent list: "clickhouse:" + JSON of the URL, database, table and user
// (a file entry would have to be a relative path named "clickhouse:{…" to be taken for one).
QString clickHouseRecentEntry(const ClickHouseLocation& location);
std::optional<ClickHouseLocation> clickHouseFromRecentEntry(const QString& entry);

} // namespace ac
