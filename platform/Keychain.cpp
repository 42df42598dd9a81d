#include "Keychain.h"

#include "ac-platform-config.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#if AC_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <chrono>
#include <memory>

namespace ac::keychain {

namespace {
class KeychainText {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

#if AC_HAVE_KEYCHAIN
constexpr int kTimeoutSeconds = 20;

QString serviceName() {
    return QStringLiteral("audit-console");
}

// Runs the job to its end in a local event loop. When it fails to finish in time (or cannot
// run), gives up on it and says why in *reason; the job then deletes itself whenever it ends, since
// deleting a job the keychain still works on is not safe.
template <typename J> bool finish(std::unique_ptr<J>& job, QString* reason) {
    if (!QCoreApplication::instance()) {
        *reason = KeychainText::tr("the application has not started");
        return false;
    }
    bool done = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    // The context is the loop: once this function returns, a late finished() reaches nothing.
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    timer.start(std::chrono::seconds(kTimeoutSeconds));
    // Input stays queued so that the window cannot start another action halfway through this one.
    if (!done) loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (done) return true;
    job->setAutoDelete(true);
    static_cast<void>(job.release());
    *reason = KeychainText::tr("it did not answer within %n seconds", nullptr, kTimeoutSeconds);
    return false;
}
#else
QString noKeychain() {
    return KeychainText::tr("This build has no system keychain (it was built without QtKeychain).");
}
#endif
} // namespace

bool isAvailable() {
    // A test (QStandardPaths' test mode) never reads or writes the user's own keychain.
    return AC_HAVE_KEYCHAIN != 0 && !QStandardPaths::isTestModeEnabled();
}

std::optional<QString> readSecret(const QString& key, QString* error) {
    if (error) error->clear();
#if AC_HAVE_KEYCHAIN
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
    job->setKey(key);
    QString reason;
    if (!finish(job, &reason)) {
        fail(error,
             KeychainText::tr("Cannot read the credentials for %1 from the system keychain: %2").arg(key, reason));
        return std::nullopt;
    }
    if (job->error() == QKeychain::EntryNotFound) return std::nullopt;
    if (job->error() != QKeychain::NoError) {
        fail(error, KeychainText::tr("Cannot read the credentials for %1 from the system keychain: %2")
                        .arg(key, job->errorString()));
        return std::nullopt;
    }
    const QString text = job->textData();
    if (text.isEmpty()) return std::nullopt;
    return text;
#else
    Q_UNUSED(key)
    fail(error, noKeychain());
    return std::nullopt;
#endif
}

bool writeSecret(const QString& key, const QString& secret, QString* error) {
    if (error) error->clear();
#if AC_HAVE_KEYCHAIN
    auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    QString reason;
    if (!finish(job, &reason))
        return fail(
            error, KeychainText::tr("Cannot store the credentials for %1 in the system keychain: %2").arg(key, reason));
    if (job->error() != QKeychain::NoError)
        return fail(error, KeychainText::tr("Cannot store the credentials for %1 in the system keychain: %2")
                               .arg(key, job->errorString()));
    return true;
#else
    Q_UNUSED(key)
    Q_UNUSED(secret)
    return fail(error, noKeychain());
#endif
}

std::optional<SlsCredentials> readCredentials(const QString& key, QString* error) {
    const std::optional<QString> text = readSecret(key, error);
    if (!text) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    SlsCredentials c;
    c.accessKeyId = o.value(QLatin1String("id")).toString();
    c.accessKeySecret = o.value(QLatin1String("secret")).toString();
    c.securityToken = o.value(QLatin1String("token")).toString();
    c.origin = SlsCredentials::Origin::Keychain;
    if (!c.isComplete()) {
        // Not quoted: whatever is there may be a secret.
        fail(error,
             KeychainText::tr("The system keychain's entry for %1 is not an AccessKey pair stored by Audit Console.")
                 .arg(key));
        return std::nullopt;
    }
    return c;
}

bool writeCredentials(const QString& key, const SlsCredentials& credentials, QString* error) {
    const QJsonObject o{{QStringLiteral("id"), credentials.accessKeyId},
                        {QStringLiteral("secret"), credentials.accessKeySecret},
                        {QStringLiteral("token"), credentials.securityToken}};
    return writeSecret(key, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), error);
}

bool removeCredentials(const QString& key, QString* error) {
    if (error) error->clear();
#if AC_HAVE_KEYCHAIN
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
    job->setKey(key);
    QString reason;
    if (!finish(job, &reason))
        return fail(
            error,
            KeychainText::tr("Cannot remove the credentials for %1 from the system keychain: %2").arg(key, reason));
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return fail(error, KeychainText::tr("Cannot remove the credentials for %1 from the system keychain: %2")
                               .arg(key, job->errorString()));
    return true;
#else
    Q_UNUSED(key)
    return fail(error, noKeychain());
#endif
}

} // namespace ac::keychain
