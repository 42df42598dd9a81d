#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <string_view>

namespace ac {

// Country and region of an IP from a MaxMind-format database (GeoLite2/GeoIP2 City or
// Country, or any database with the same layout), through libmaxminddb. Optional: without the
// library, open() says so.
class GeoIp {
public:
    struct Location {
        QString country;
        QString region;
        QString city;
        QString toString() const; // "China, Zhejiang, Hangzhou"
    };

    ~GeoIp();
    GeoIp(const GeoIp&) = delete;
    GeoIp& operator=(const GeoIp&) = delete;

    // `language`: the names to prefer ("en", "zh-CN"), English otherwise.
    static std::shared_ptr<GeoIp> open(const QString& path, QString* error,
                                       const QString& language = QStringLiteral("en"));
    static bool isAvailable();
    std::optional<Location> lookup(std::string_view ip) const;
    QString path() const { return m_path; }

private:
    GeoIp() = default;
    struct Db;
    std::unique_ptr<Db> m_db;
    QString m_path;
    QByteArray m_language;
};

} // namespace ac
