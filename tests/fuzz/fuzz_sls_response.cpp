// libFuzzer target: a Log Service GetLogs answer body, read the way SlsClient reads a 200 answer
// (QJsonDocument, then slsFirstObjectKeys for the SQL's column order), and the answer's rows
// the way SlsBackend turns them into events: timestamps, the operator behind a username, the
// request id, source IPs, and each value written back as a JSON string.
//
// The decoding inside SlsClient::getLogs and SlsBackend's tableOf/rowOf/eventJson is file-local,
// so those lines are not reached from here (see README.md); what they call is.

#include "FuzzCheck.h"

#include "audit/Definitions.h"
#include "audit/IpClassifier.h"
#include "audit/Timestamp.h"
#include "backends/SlsClient.h"
#include "backends/SlsSql.h"
#include "backends/SqlCommon.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace {

constexpr qsizetype kMaxRows = 64;
constexpr qsizetype kMaxValues = 64;

std::string str(const QJsonObject& row, const char* key) {
    return row.value(QLatin1String(key)).toString().toStdString();
}

bool within(std::string_view part, std::string_view whole) {
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

// `s` written as a JSON string literal reads back as `s`.
void checkJsonString(const std::string& s) {
    std::string out;
    ac::sqlc::appendJsonString(out, s);
    const QByteArray wrapped = QByteArray("[") + QByteArray::fromStdString(out) + QByteArray("]");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(doc.array().size() == 1);
    // Decoded behind a prefix: QString::fromUtf8 drops a byte order mark at the very start (a
    // finding of this target: the oracle's, not appendJsonString's).
    FUZZ_CHECK(doc.array().at(0).toString() == QString::fromStdString("x" + s).mid(1));
}

// Log Service SQL quoting: the quoted text reads back as the value, and a NUL is refused.
void checkSqlQuoting(const std::string& s) {
    const bool hasNul = s.find('\0') != std::string::npos;
    for (const char quote : {'\'', '"'}) {
        std::string quoted;
        try {
            quoted = quote == '\'' ? ac::sls::literal(s) : ac::sls::ident(s);
        } catch (const ac::sls::CompileError&) {
            FUZZ_CHECK(hasNul);
            continue;
        }
        FUZZ_CHECK(!hasNul);
        FUZZ_CHECK(quoted.size() >= 2 && quoted.front() == quote && quoted.back() == quote);
        std::string back;
        for (size_t i = 1; i + 1 < quoted.size(); ++i) {
            if (quoted[i] == quote) {
                FUZZ_CHECK(i + 2 < quoted.size() && quoted[i + 1] == quote); // doubled, never alone
                ++i;
            }
            back += quoted[i];
        }
        FUZZ_CHECK(back == s);
    }
    try {
        (void)ac::sls::searchValue(s);
    } catch (const ac::sls::CompileError&) {
        FUZZ_CHECK(hasNul);
    }
}

void checkRow(const QJsonObject& row) {
    // As SlsBackend::rowOf reads a raw-log row.
    const QJsonObject user = QJsonDocument::fromJson(row.value(QLatin1String("user")).toString().toUtf8()).object();
    const QJsonObject ann =
        QJsonDocument::fromJson(row.value(QLatin1String("annotations")).toString().toUtf8()).object();
    const std::string username = user.value(QLatin1String("username")).toString().toStdString();
    const std::string reason = ann.value(QLatin1String("authorization.k8s.io/reason")).toString().toStdString();
    const std::string_view op = ac::definitions().operatorOf(username, reason);
    FUZZ_CHECK(op.empty() || within(op, username) || within(op, reason));
    (void)ac::definitions().accountType(op);

    const std::string received =
        !str(row, "requestReceivedTimestamp").empty() ? str(row, "requestReceivedTimestamp") : str(row, "timestamp");
    const std::string stageTs = str(row, "stageTimestamp");
    (void)ac::parseRfc3339Micros(received);
    (void)ac::parseRfc3339Micros(stageTs);

    const std::string auditId = str(row, "auditID");
    const std::string ref = ac::sls::requestIdOf(auditId, received, stageTs, str(row, "requestURI"), username,
                                                 str(row, "verb"));
    FUZZ_CHECK(auditId.empty() ? !ref.empty() && ref.front() == '~' : ref == auditId);

    const QJsonArray ips = QJsonDocument::fromJson(row.value(QLatin1String("sourceIPs")).toString().toUtf8()).array();
    if (!ips.isEmpty()) {
        const std::string ip = ips.first().toString().toStdString();
        (void)ac::IpClassifier().classify(ip);
        (void)ac::parseIp(ip);
        if (const auto cidr = ac::Cidr::parse(ip)) FUZZ_CHECK(cidr->contains(cidr->base));
    }

    // Every value as eventJson writes it back.
    qsizetype values = 0;
    for (auto it = row.begin(); it != row.end() && values < kMaxValues; ++it, ++values) {
        checkJsonString(it.key().toStdString());
        checkJsonString(it.value().toString().toStdString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // No copy: a read past the end of the input is caught by AddressSanitizer.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // The column order of an SQL answer; must cope with any bytes.
    const QStringList keys = ac::slsFirstObjectKeys(body);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const bool firstIsObject = doc.isArray() && !doc.array().isEmpty() && doc.array().at(0).isObject();
        if (!firstIsObject) {
            FUZZ_CHECK(keys.isEmpty()); // not such an array
        } else {
            // The same keys as the parsed object (which sorts them and keeps one of each). Qt also
            // skips a byte order mark, which slsFirstObjectKeys does not (Log Service sends none).
            qsizetype at = 0;
            while (at < body.size() && acfuzz::isJsonSpace(body.at(at)))
                ++at;
            if (at < body.size() && body.at(at) == '[') {
                const QStringList parsed = doc.array().at(0).toObject().keys();
                FUZZ_CHECK(QSet<QString>(keys.begin(), keys.end()) == QSet<QString>(parsed.begin(), parsed.end()));
            }
        }
        const QJsonArray rows = doc.array();
        for (qsizetype i = 0; i < rows.size() && i < kMaxRows; ++i)
            if (rows.at(i).isObject()) checkRow(rows.at(i).toObject());
    } else {
        (void)error.errorString();
    }

    // Quoting of text taken from an answer (an SQL column name, a value clicked in a table).
    if (size <= 4096) checkSqlQuoting(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
