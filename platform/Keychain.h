#pragma once

#include "backends/SlsConfig.h"

#include <QString>

#include <optional>

// The system keychain (Secret Service, macOS Keychain, Windows Credential Manager), entries under
// the service "audit-console". Synchronous: each call waits for its QtKeychain job in a local
// event loop that leaves user input queued, at most 20 s, so it serves the dialogs and the
// command line alike. Needs a QCoreApplication. Errors never contain a secret.
namespace ac::keychain {

// False when this build has no system keychain (QtKeychain was not found), or in a test
// (QStandardPaths' test mode): every call then fails and says so.
bool isAvailable();

// One secret as text (a ClickHouse password under ClickHouseLocation::keychainKey()): nothing
// and an empty error when none is stored; nothing and the error when the keychain failed.
std::optional<QString> readSecret(const QString& key, QString* error = nullptr);
bool writeSecret(const QString& key, const QString& secret, QString* error = nullptr);

// Credentials stored under `key` (e.g. SlsLocation::keychainKey()), origin Keychain. Nothing and
// an empty error when none are stored; nothing and the error when the keychain failed.
std::optional<SlsCredentials> readCredentials(const QString& key, QString* error = nullptr);
// Stores the key id, secret and security token as one secret (JSON {"id", "secret", "token"}).
bool writeCredentials(const QString& key, const SlsCredentials& credentials, QString* error = nullptr);
// Succeeds when nothing was stored either.
bool removeCredentials(const QString& key, QString* error = nullptr);

} // namespace ac::keychain
