#include "SlsConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace ac {

namespace {
class SlsConfigText {
    Q_DECLARE_TR_FUNCTIONS(SlsConfig)
};

// The names are marked for translation in the "SlsConfig" context; whoever shows them calls
// QCoreApplication::translate("SlsConfig", region.name).
constexpr std::array kRegions{
    SlsRegion{"cn-hangzhou", QT_TRANSLATE_NOOP("SlsConfig", "China (Hangzhou)")},
    SlsRegion{"cn-shanghai", QT_TRANSLATE_NOOP("SlsConfig", "China (Shanghai)")},
    SlsRegion{"cn-qingdao", QT_TRANSLATE_NOOP("SlsConfig", "China (Qingdao)")},
    SlsRegion{"cn-beijing", QT_TRANSLATE_NOOP("SlsConfig", "China (Beijing)")},
    SlsRegion{"cn-zhangjiakou", QT_TRANSLATE_NOOP("SlsConfig", "China (Zhangjiakou)")},
    SlsRegion{"cn-huhehaote", QT_TRANSLATE_NOOP("SlsConfig", "China (Hohhot)")},
    SlsRegion{"cn-wulanchabu", QT_TRANSLATE_NOOP("SlsConfig", "China (Ulanqab)")},
    SlsRegion{"cn-shenzhen", QT_TRANSLATE_NOOP("SlsConfig", "China (Shenzhen)")},
    SlsRegion{"cn-heyuan", QT_TRANSLATE_NOOP("SlsConfig", "China (Heyuan)")},
    SlsRegion{"cn-guangzhou", QT_TRANSLATE_NOOP("SlsConfig", "China (Guangzhou)")},
    SlsRegion{"cn-chengdu", QT_TRANSLATE_NOOP("SlsConfig", "China (Chengdu)")},
    SlsRegion{"cn-hongkong", QT_TRANSLATE_NOOP("SlsConfig", "China (Hong Kong)")},
    SlsRegion{"ap-southeast-1", QT_TRANSLATE_NOOP("SlsConfig", "Singapore")},
    SlsRegion{"ap-southeast-3", QT_TRANSLATE_NOOP("SlsConfig", "Malaysia (Kuala Lumpur)")},
    SlsRegion{"ap-southeast-5", QT_TRANSLATE_NOOP("SlsConfig", "Indonesia (Jakarta)")},
    SlsRegion{"ap-southeast-6", QT_TRANSLATE_NOOP("SlsConfig", "Philippines (Manila)")},
    SlsRegion{"ap-southeast-7", QT_TRANSLATE_NOOP("SlsConfig", "Thailand (Bangkok)")},
    SlsRegion{"ap-northeast-1", QT_TRANSLATE_NOOP("SlsConfig", "Japan (Tokyo)")},
    SlsRegion{"ap-northeast-2", QT_TRANSLATE_NOOP("SlsConfig", "South Korea (Seoul)")},
    SlsRegion{"eu-central-1", QT_TRANSLATE_NOOP("SlsConfig", "Germany (Frankfurt)")},
    SlsRegion{"eu-west-1", QT_TRANSLATE_NOOP("SlsConfig", "UK (London)")},
    SlsRegion{"us-west-1", QT_TRANSLATE_NOOP("SlsConfig", "US (Silicon Valley)")},
    SlsRegion{"us-east-1", QT_TRANSLATE_NOOP("SlsConfig", "US (Virginia)")},
    SlsRegion{"me-east-1", QT_TRANSLATE_NOOP("SlsConfig", "UAE (Dubai)")},
    SlsRegion{"me-central-1", QT_TRANSLATE_NOOP("SlsConfig", "Saudi Arabia (Riyadh)")},
};

QString trimmedValue(const QProcessEnvironment& env, const char* name) {
    return env.value(QLatin1String(name)).trimmed();
}

// One set of variable names at a time, so that an id from one set never meets a secret from the other.
std::optional<SlsCredentials> fromVariables(const QProcessEnvironment& env, const char* id, const char* secret,
                                            const char* token) {
    SlsCredentials c;
    c.accessKeyId = trimmedValue(env, id);
    c.accessKeySecret = trimmedValue(env, secret);
    c.securityToken = trimmedValue(env, token);
    c.origin = SlsCredentials::Origin::Environment;
    if (!c.isComplete()) return std::nullopt;
    return c;
}

AliyunProfile readProfile(const QJsonObject& o) {
    AliyunProfile p;
    p.name = o.value(QLatin1String("name")).toString();
    p.mode = o.value(QLatin1String("mode")).toString();
    p.regionId = o.value(QLatin1String("region_id")).toString();
    p.credentials.origin = SlsCredentials::Origin::AliyunProfile;
    p.credentials.profile = p.name;
    // Files written by old CLI versions may lack the mode; their keys are a plain AccessKey pair.
    const bool ak = p.mode.compare(QLatin1String("AK"), Qt::CaseInsensitive) == 0 || p.mode.isEmpty();
    const bool sts = p.mode.compare(QLatin1String("StsToken"), Qt::CaseInsensitive) == 0;
    if (ak || sts) {
        p.credentials.accessKeyId = o.value(QLatin1String("access_key_id")).toString().trimmed();
        p.credentials.accessKeySecret = o.value(QLatin1String("access_key_secret")).toString().trimmed();
        if (sts) p.credentials.securityToken = o.value(QLatin1String("sts_token")).toString().trimmed();
    } else {
        // The keys of a RamRoleArn (and similar) profile are only the means to assume another
        // identity; using them directly would act as someone else, so they are not copied.
        p.unsupported = SlsConfigText::tr("The aliyun CLI profile “%1” uses the %2 mode, which Audit Console "
                                          "cannot use: choose a profile in AK or StsToken mode, or set the "
                                          "credentials in the environment.")
                            .arg(p.name, p.mode);
    }
    return p;
}
} // namespace

QString SlsLocation::label() const {
    return QStringLiteral("%1 (%2, %3)").arg(logstore, project, endpoint);
}

QString SlsLocation::keychainKey() const {
    return QStringLiteral("sls:") + endpoint + QLatin1Char('/') + project;
}

QString clusterProject(const QString& clusterId) {
    const QString id = clusterId.trimmed();
    return id.isEmpty() ? QString() : QStringLiteral("k8s-log-") + id;
}

QString clusterLogstore(const QString& clusterId) {
    const QString id = clusterId.trimmed();
    return id.isEmpty() ? QString() : QStringLiteral("audit-") + id;
}

std::span<const SlsRegion> slsRegions() {
    return kRegions;
}

QString regionEndpoint(const QString& regionId) {
    return regionId.trimmed() + QStringLiteral(".log.aliyuncs.com");
}

QString SlsCredentials::describe() const {
    QString from;
    switch (origin) {
    case Origin::Typed:
        from = SlsConfigText::tr("typed in");
        break;
    case Origin::Environment:
        from = SlsConfigText::tr("environment");
        break;
    case Origin::AliyunProfile:
        from = SlsConfigText::tr("aliyun CLI profile “%1”").arg(profile);
        break;
    case Origin::Keychain:
        from = SlsConfigText::tr("system keychain");
        break;
    }
    if (accessKeyId.isEmpty()) return SlsConfigText::tr("%1, no key").arg(from);
    return SlsConfigText::tr("%1, key …%2").arg(from, accessKeyId.right(4));
}

std::optional<SlsCredentials> credentialsFromEnvironment(const QProcessEnvironment& env) {
    if (auto c = fromVariables(env, "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                               "ALIBABA_CLOUD_SECURITY_TOKEN"))
        return c;
    return fromVariables(env, "ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY", "ALICLOUD_SECURITY_TOKEN");
}

QString defaultAliyunConfigPath() {
    return QDir::homePath() + QStringLiteral("/.aliyun/config.json");
}

AliyunConfig readAliyunConfig(const QString& path) {
    AliyunConfig config;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        config.error = SlsConfigText::tr("%1: no such file").arg(shown);
        return config;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        config.error = SlsConfigText::tr("%1: %2").arg(shown, file.errorString());
        return config;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset and reason only: the parser's message never quotes the file's text.
        config.error = SlsConfigText::tr("%1 is not valid JSON: %2 at offset %3")
                           .arg(shown, parseError.errorString(), QString::number(parseError.offset));
        return config;
    }
    if (!doc.isObject() || !doc.object().value(QLatin1String("profiles")).isArray()) {
        config.error =
            SlsConfigText::tr("%1 is not an aliyun CLI configuration: it has no list of profiles").arg(shown);
        return config;
    }
    const QJsonObject root = doc.object();
    config.current = root.value(QLatin1String("current")).toString();
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue& v : profiles)
        if (v.isObject()) config.profiles.push_back(readProfile(v.toObject()));
    return config;
}

std::optional<SlsCredentials> credentialsFromAliyunProfile(const AliyunConfig& config, const QString& profile,
                                                           QString* why) {
    const auto fail = [why](const QString& reason) -> std::optional<SlsCredentials> {
        if (why) *why = reason;
        return std::nullopt;
    };
    QString name = profile;
    if (name.isEmpty()) name = config.current.isEmpty() ? QStringLiteral("default") : config.current;
    const auto it = std::find_if(config.profiles.begin(), config.profiles.end(),
                                 [&name](const AliyunProfile& p) { return p.name == name; });
    if (it == config.profiles.end()) {
        if (!config.error.isEmpty())
            return fail(SlsConfigText::tr("The aliyun CLI profile “%1” cannot be read: %2").arg(name, config.error));
        return fail(SlsConfigText::tr("The aliyun CLI configuration has no profile “%1”.").arg(name));
    }
    if (!it->unsupported.isEmpty()) return fail(it->unsupported);
    if (!it->credentials.isComplete())
        return fail(
            SlsConfigText::tr("The aliyun CLI profile “%1” has no AccessKey ID or AccessKey secret.").arg(name));
    if (it->mode.compare(QLatin1String("StsToken"), Qt::CaseInsensitive) == 0 &&
        it->credentials.securityToken.isEmpty())
        return fail(
            SlsConfigText::tr("The aliyun CLI profile “%1” is in StsToken mode but has no STS token.").arg(name));
    if (why) why->clear();
    return it->credentials;
}

} // namespace ac
