#include "GeoIp.h"

#include "ac-models-config.h"

#include <QStringList>

#if AC_HAVE_MAXMINDDB
#include <maxminddb.h>
#endif

#include <string>

namespace ac {

QString GeoIp::Location::toString() const {
    QStringList parts;
    for (const QString& p : {country, region, city})
        if (!p.isEmpty()) parts << p;
    return parts.join(QStringLiteral(", "));
}

#if AC_HAVE_MAXMINDDB
struct GeoIp::Db {
    MMDB_s mmdb{};
};

GeoIp::~GeoIp() {
    if (m_db) MMDB_close(&m_db->mmdb);
}

bool GeoIp::isAvailable() {
    return true;
}

std::shared_ptr<GeoIp> GeoIp::open(const QString& path, QString* error, const QString& language) {
    std::shared_ptr<GeoIp> geo(new GeoIp);
    geo->m_db = std::make_unique<Db>();
    const int rc = MMDB_open(path.toLocal8Bit().constData(), MMDB_MODE_MMAP, &geo->m_db->mmdb);
    if (rc != MMDB_SUCCESS) {
        geo->m_db.reset();
        if (error) *error = QString::fromUtf8(MMDB_strerror(rc));
        return nullptr;
    }
    geo->m_path = path;
    geo->m_language = language.toUtf8();
    return geo;
}

namespace {
QString name(MMDB_entry_s* entry, const char* what, const char* index, const QByteArray& language) {
    MMDB_entry_data_s data{};
    for (const char* lang : {language.constData(), "en"}) {
        const int rc = index ? MMDB_get_value(entry, &data, what, index, "names", lang, nullptr)
                             : MMDB_get_value(entry, &data, what, "names", lang, nullptr);
        if (rc == MMDB_SUCCESS && data.has_data && data.type == MMDB_DATA_TYPE_UTF8_STRING)
            return QString::fromUtf8(data.utf8_string, static_cast<qsizetype>(data.data_size));
    }
    return {};
}
} // namespace

std::optional<GeoIp::Location> GeoIp::lookup(std::string_view ip) const {
    if (!m_db || ip.empty() || ip.size() > 64) return std::nullopt;
    const std::string text(ip);
    int gaiError = 0, mmdbError = 0;
    MMDB_lookup_result_s result = MMDB_lookup_string(&m_db->mmdb, text.c_str(), &gaiError, &mmdbError);
    if (gaiError != 0 || mmdbError != MMDB_SUCCESS || !result.found_entry) return std::nullopt;
    Location loc;
    loc.country = name(&result.entry, "country", nullptr, m_language);
    loc.region = name(&result.entry, "subdivisions", "0", m_language);
    loc.city = name(&result.entry, "city", nullptr, m_language);
    if (loc.country.isEmpty() && loc.region.isEmpty() && loc.city.isEmpty()) return std::nullopt;
    return loc;
}
#else
struct GeoIp::Db {};

GeoIp::~GeoIp() = default;

bool GeoIp::isAvailable() {
    return false;
}

std::shared_ptr<GeoIp> GeoIp::open(const QString&, QString* error, const QString&) {
    if (error) *error = QStringLiteral("this build has no libmaxminddb");
    return nullptr;
}

std::optional<GeoIp::Location> GeoIp::lookup(std::string_view) const {
    return std::nullopt;
}
#endif

} // namespace ac
