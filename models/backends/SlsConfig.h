#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace ac {

// Where a Log Service logstore is: an endpoint, a project and a logstore. An ACK cluster with
// auditing on ships its audit log to project `k8s-log-<cluster id>`, logstore `audit-<cluster id>`.
struct SlsLocation {
    // A region endpoint ("cn-hangzhou.log.aliyuncs.com", HTTPS, the project in the host name) or
    // an endpoint written with a scheme, an IP address or a port ("http://127.0.0.1:8080"), used
    // as given with the project in the Host header only, as the SDKs do for IP endpoints.
    QString endpoint;
    QString project;
    QString logstore;
    bool operator==(const SlsLocation&) const = default;
    bool isComplete() const { return !endpoint.isEmpty() && !project.isEmpty() && !logstore.isEmpty(); }
    // "logstore (project, endpoint)", for titles, the recent list and errors.
    QString label() const;
    // The key under which typed-in credentials are kept in the system keychain.
    QString keychainKey() const;
};

QString clusterProject(const QString& clusterId);  // k8s-log-<cluster id>
QString clusterLogstore(const QString& clusterId); // audit-<cluster id>

struct SlsRegion {
    const char* id;   // cn-hangzhou
    const char* name; // English name, for the list (translated where shown)
};
// The public regions of Log Service, in the console's order.
std::span<const SlsRegion> slsRegions();
QString regionEndpoint(const QString& regionId); // cn-hangzhou.log.aliyuncs.com

// An AccessKey pair and, for STS, a security token. Never written to the settings file, a log
// line or an error message; `describe()` names the origin and the key id's last 4 characters only.
struct SlsCredentials {
    enum class Origin : uint8_t { Typed, Environment, AliyunProfile, Keychain };
    QString accessKeyId, accessKeySecret, securityToken;
    Origin origin = Origin::Typed;
    QString profile; // AliyunProfile: the profile's name
    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    QString describe() const; // "environment, key …ABCD"
};

// ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN
// (also the older ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY names); nothing when the id or the
// secret is missing.
std::optional<SlsCredentials> credentialsFromEnvironment(
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The aliyun CLI's profile file (~/.aliyun/config.json): profiles in AK and StsToken modes.
struct AliyunProfile {
    QString name, mode, regionId;
    SlsCredentials credentials; // origin AliyunProfile; incomplete for modes other than AK/StsToken
    QString unsupported;        // why this profile's mode cannot be used here, or empty
};
struct AliyunConfig {
    std::vector<AliyunProfile> profiles;
    QString current; // the file's "current" profile
    QString error;   // the file cannot be read or parsed: names the file and why
};
QString defaultAliyunConfigPath(); // $HOME/.aliyun/config.json
AliyunConfig readAliyunConfig(const QString& path = defaultAliyunConfigPath());
// The named profile (empty: the file's current one) with usable credentials, or why not.
std::optional<SlsCredentials> credentialsFromAliyunProfile(const AliyunConfig& config, const QString& profile,
                                                           QString* why = nullptr);

} // namespace ac
