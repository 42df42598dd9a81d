// libFuzzer target: a ClickHouse HTTP answer, read the way ClickHouseClient reads one: gzip
// framing (gzipDecompress, and gzipCompress must round-trip), an error met while streaming at
// the end of the body, then the FORMAT JSONCompact object (meta, data, totals,
// rows_before_limit_at_least). Also the ClickHouse SQL quoting of text taken from an answer.
//
// parseClickHouseAnswer is the client's own decoding; its explain() and ClickHouseBackend's
// tableOf/rowOf are not public, so those lines are not reached from here (see README.md).

#include "FuzzCheck.h"

#include "backends/ClickHouseClient.h"
#include "backends/ClickHouseSql.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <string>

namespace {

// Round trips of inflated text at most this large (a 64 KiB input can inflate to ~64 MiB).
constexpr qsizetype kRoundTripLimit = qsizetype(1) << 20;

// ClickHouse quoting: backslash escapes, NUL as \0; the quoted text reads back as the value.
void checkQuoting(const std::string& s) {
    for (const char quote : {'\'', '`'}) {
        const std::string quoted = quote == '\'' ? ac::ch::literal(s) : ac::ch::ident(s);
        FUZZ_CHECK(quoted.size() >= 2 && quoted.front() == quote && quoted.back() == quote);
        std::string back;
        for (size_t i = 1; i + 1 < quoted.size(); ++i) {
            const char c = quoted[i];
            FUZZ_CHECK(c != quote && c != '\0'); // quotes are escaped, NUL is spelled \0
            if (c == '\\') {
                FUZZ_CHECK(i + 2 < quoted.size()); // never the closing quote
                const char next = quoted[++i];
                back += next == '0' ? '\0' : next;
            } else {
                back += c;
            }
        }
        FUZZ_CHECK(back == s);
    }
}

// ClickHouseClient's own reading of a FORMAT JSONCompact answer, then the cells as the backend
// reads them, by column index, as text or numbers.
void readAnswer(const QByteArray& body) {
    QByteArray exception;
    const ac::Result<ac::ClickHouseAnswer> a =
        ac::parseClickHouseAnswer(body, QStringLiteral("fuzz"), &exception);
    if (!a) {
        FUZZ_CHECK(!a.error().message.isEmpty());
        return;
    }
    FUZZ_CHECK(exception.isEmpty());
    for (qsizetype r = 0; r < a->rows.size() && r < 64; ++r) {
        const QJsonArray row = a->rows.at(r).toArray();
        for (qsizetype c = 0; c < row.size() && c < a->columns.size(); ++c) {
            const QJsonValue v = row.at(c);
            (void)(v.isString() ? v.toString().toLongLong() : v.toVariant().toLongLong());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // No copy: a read past the end of the input is caught by AddressSanitizer.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // The answer as sent with Content-Encoding: gzip.
    const std::optional<QByteArray> plain = ac::gzipDecompress(input);
    if (plain && plain->size() <= kRoundTripLimit) {
        const std::optional<QByteArray> again = ac::gzipDecompress(ac::gzipCompress(*plain));
        FUZZ_CHECK(again && *again == *plain);
    }
    // Any bytes compress and decompress back to themselves (request bodies, at every level used).
    for (const int level : {1, 3}) {
        const QByteArray packed = ac::gzipCompress(input, level);
        FUZZ_CHECK(!packed.isEmpty());
        const std::optional<QByteArray> unpacked = ac::gzipDecompress(packed);
        FUZZ_CHECK(unpacked && *unpacked == input);
    }

    readAnswer(plain ? *plain : input);

    if (size <= 4096) checkQuoting(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
