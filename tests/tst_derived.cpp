// Derived fields and the small parsers behind them: operator, account type, source scope,
// category, operation, timestamps, auditIDs, SLS token matching.
#include "audit/AuditTypes.h"
#include "audit/EventStore.h"
#include "audit/IpClassifier.h"
#include "audit/Timestamp.h"
#include "query/Matcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>

using namespace ac;

class TstDerived : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void effectiveOperator_data() {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain user") << "alice"
                                    << ""
                                    << "alice";
        QTest::newRow("admin resolved") << "kubernetes-admin"
                                        << "RBAC: allowed by ClusterRoleBinding \"2765-crb\" of ClusterRole "
                                           "\"cs:admin\" to User \"276543210987654321\""
                                        << "276543210987654321";
        QTest::newRow("admin without user")
            << "kubernetes-admin"
            << "RBAC: allowed by ClusterRoleBinding \"x\" of ClusterRole \"y\" to Group \"system:masters\""
            << "kubernetes-admin";
        QTest::newRow("admin, empty reason") << "kubernetes-admin"
                                             << ""
                                             << "kubernetes-admin";
        QTest::newRow("other user with reason") << "bob"
                                                << "… to User \"mallory\""
                                                << "bob";
        QTest::newRow("unterminated") << "kubernetes-admin"
                                      << "… to User \"abc"
                                      << "kubernetes-admin";
    }
    void effectiveOperator() {
        QFETCH(QString, username);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        const std::string u = username.toStdString(), r = reason.toStdString();
        QCOMPARE(QString::fromStdString(std::string(operatorOf(u, r))), expected);
    }

    void accountType_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("type");
        QTest::newRow("ram uid") << "276543210987654321" << int(AccountType::RamSubAccount);
        QTest::newRow("ram uid-suffix") << "276543210987654321-1690000000" << int(AccountType::RamSubAccount);
        QTest::newRow("two dashes") << "1-2-3" << int(AccountType::Other);
        QTest::newRow("trailing dash") << "123-" << int(AccountType::Other);
        QTest::newRow("sa") << "system:serviceaccount:kube-system:foo" << int(AccountType::ServiceAccount);
        QTest::newRow("node") << "system:node:cn-hangzhou.192.168.0.1" << int(AccountType::Node);
        QTest::newRow("kubelet") << "kubelet" << int(AccountType::Node);
        QTest::newRow("scheduler") << "system:kube-scheduler" << int(AccountType::ControlPlane);
        QTest::newRow("cm") << "system:kube-controller-manager" << int(AccountType::ControlPlane);
        QTest::newRow("apiserver") << "system:apiserver" << int(AccountType::ControlPlane);
        QTest::newRow("anonymous") << "system:anonymous" << int(AccountType::Anonymous);
        QTest::newRow("person") << "alice@example.com" << int(AccountType::Other);
        QTest::newRow("empty") << "" << int(AccountType::Other);
    }
    void accountType() {
        QFETCH(QString, op);
        QFETCH(int, type);
        QCOMPARE(int(accountTypeOf(op.toStdString())), type);
    }

    void sourceScope_data() {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<int>("scope");
        const int priv = int(SourceScope::Private), pub = int(SourceScope::Public), unk = int(SourceScope::Unknown);
        QTest::newRow("10/8") << "10.1.2.3" << priv;
        QTest::newRow("172.16/12 low") << "172.16.0.1" << priv;
        QTest::newRow("172.31 high") << "172.31.255.255" << priv;
        QTest::newRow("172.32 public") << "172.32.0.1" << pub;
        QTest::newRow("192.168") << "192.168.99.1" << priv;
        QTest::newRow("loopback") << "127.0.0.1" << priv;
        QTest::newRow("link-local") << "169.254.10.10" << priv;
        QTest::newRow("cgnat low") << "100.64.0.1" << priv;
        QTest::newRow("cgnat high") << "100.127.255.254" << priv;
        QTest::newRow("just past cgnat") << "100.128.0.1" << pub;
        QTest::newRow("public v4") << "47.96.1.2" << pub;
        QTest::newRow("v6 loopback") << "::1" << priv;
        QTest::newRow("v6 ula") << "fd00::1234" << priv;
        QTest::newRow("v6 link-local") << "fe80::1" << priv;
        QTest::newRow("v6 public") << "2408:4000::1" << pub;
        QTest::newRow("v4-mapped private") << "::ffff:10.0.0.1" << priv;
        QTest::newRow("bracketed with port") << "[::1]:443" << priv;
        QTest::newRow("v4 with port") << "10.1.2.3:443" << priv;
        QTest::newRow("public v4 with port") << "47.96.1.2:6443" << pub;
        QTest::newRow("garbage") << "not-an-ip" << unk;
        QTest::newRow("empty") << "" << unk;
        QTest::newRow("v4 out of range") << "300.1.1.1" << unk;
    }
    void sourceScope() {
        QFETCH(QString, ip);
        QFETCH(int, scope);
        QCOMPARE(int(IpClassifier().classify(ip.toStdString())), scope);
    }

    // The address parser (portable C++) accepts exactly what the C library's inet_pton does:
    // edge cases, then 200,000 random strings built from address-like pieces.
    void ipParserMatchesInetPton() {
        auto viaInetPton = [](const std::string& text) -> std::optional<IpAddress> {
            IpAddress ip{};
            in_addr v4{};
            in6_addr v6{};
            if (inet_pton(AF_INET, text.c_str(), &v4) == 1) {
                ip[10] = ip[11] = 0xff;
                std::memcpy(ip.data() + 12, &v4, 4);
                return ip;
            }
            if (inet_pton(AF_INET6, text.c_str(), &v6) == 1) {
                std::memcpy(ip.data(), &v6, 16);
                return ip;
            }
            return std::nullopt;
        };
        // parseIp drops a port after a dotted quad ("10.1.2.3:443"): leave those to sourceScope.
        auto hasPort = [](const std::string& t) {
            const auto colon = t.find(':');
            return colon != std::string::npos && t.find(':', colon + 1) == std::string::npos &&
                   t.substr(0, colon).find('.') != std::string::npos;
        };
        std::vector<std::string> cases = {"",
                                          "0.0.0.0",
                                          "255.255.255.255",
                                          "256.1.1.1",
                                          "01.2.3.4",
                                          "1.2.3",
                                          "1.2.3.4.",
                                          ".1.2.3.4",
                                          "1..2.3",
                                          "::",
                                          ":::",
                                          "::1",
                                          "1::",
                                          "1:",
                                          ":1",
                                          "1::2::3",
                                          "1:2:3:4:5:6:7:8",
                                          "1:2:3:4:5:6:7:8:9",
                                          "1:2:3:4:5:6:7::",
                                          "::2:3:4:5:6:7:8",
                                          "1:2:3:4:5:6:7::8",
                                          "12345::",
                                          "abcd:ABCD::ffff",
                                          "::ffff:1.2.3.4",
                                          "::1.2.3.4",
                                          "1:2:3:4:5:6:1.2.3.4",
                                          "1:2:3:4:5:6:7:1.2.3.4",
                                          "::1a.2.3.4",
                                          "::ffff:01.2.3.4",
                                          "1.2.3.4::",
                                          "g::1",
                                          "fe80::1%eth0"};
        QRandomGenerator rng(42);
        const char* const pieces[] = {":", "::", ".", "0", "1", "9", "00", "01", "255", "256", "ff", "FFFF", "12345",
                                      "abc", "g", "ffff:", "1.2.3.4", " ", "%"};
        for (int i = 0; i < 200000; ++i) {
            std::string t;
            const int n = int(rng.bounded(1, 16));
            for (int k = 0; k < n; ++k)
                t += pieces[rng.bounded(int(std::size(pieces)))];
            cases.push_back(std::move(t));
        }
        int valid = 0;
        for (const std::string& t : cases) {
            if (hasPort(t)) continue;
            const auto expected = viaInetPton(t);
            QVERIFY2(parseIp(t) == expected, t.c_str());
            valid += expected.has_value();
        }
        QVERIFY2(valid > 1000, qPrintable(QString::number(valid))); // the random pieces make many valid ones
    }

    void vpcRanges() {
        IpClassifier c;
        QCOMPARE(c.classify("47.96.1.2"), SourceScope::Public);
        c.addPrivateRange(*Cidr::parse("47.96.0.0/16"));
        QCOMPARE(c.classify("47.96.1.2"), SourceScope::Private);
        QCOMPARE(c.classify("47.97.1.2"), SourceScope::Public);
        QVERIFY(!Cidr::parse("10.0.0.0/33"));
        QVERIFY(!Cidr::parse("10.0.0.0/x"));
        QVERIFY(Cidr::parse("2408::/16"));
    }

    void categoryAndOperation() {
        QCOMPARE(categoryOfResource("deployments"), Category::Compute);
        QCOMPARE(categoryOfResource("cronjobs"), Category::Compute);
        QCOMPARE(categoryOfResource("pods"), Category::Compute);
        QCOMPARE(categoryOfResource("ingresses"), Category::Network);
        QCOMPARE(categoryOfResource("persistentvolumeclaims"), Category::Storage);
        QCOMPARE(categoryOfResource("secrets"), Category::Storage);
        QCOMPARE(categoryOfResource("nodes"), Category::Other);
        QCOMPARE(categoryOfResource("aliyunlogconfigs"), Category::Other);
        QCOMPARE(operationOfVerb("create"), Operation::Create);
        QCOMPARE(operationOfVerb("patch"), Operation::Update);
        QCOMPARE(operationOfVerb("update"), Operation::Update);
        QCOMPARE(operationOfVerb("deletecollection"), Operation::Delete);
        QCOMPARE(operationOfVerb("watch"), Operation::Access);
        QCOMPARE(operationOfVerb("list"), Operation::Access);
        QCOMPARE(operationOfVerb("impersonate"), Operation::Other);
    }

    void timestamps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("micros");
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << 0LL;
        QTest::newRow("micros") << "2018-10-26T13:38:34.867116Z" << 1540561114867116LL;
        QTest::newRow("seconds only") << "2018-10-26T13:38:34Z" << 1540561114000000LL;
        QTest::newRow("millis") << "2018-10-26T13:38:34.5Z" << 1540561114500000LL;
        QTest::newRow("nanos truncated") << "2018-10-26T13:38:34.123456789Z" << 1540561114123456LL;
        QTest::newRow("offset") << "2018-10-26T21:38:34+08:00" << 1540561114000000LL;
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << 1709164800000000LL;
        QTest::newRow("leap century") << "2000-02-29T00:00:00Z" << 951782400000000LL;
    }
    void timestamps() {
        QFETCH(QString, text);
        QFETCH(qlonglong, micros);
        const auto t = parseRfc3339Micros(text.toStdString());
        QVERIFY(t);
        QCOMPARE(*t, micros);
        QCOMPARE(parseRfc3339Micros(formatRfc3339Micros(*t)).value(), micros);
    }
    void badTimestamps() {
        for (const char* bad : {"", "2018-10-26", "2018-13-01T00:00:00Z", "2018-10-26T13:38:34",
                                "2018-10-26T13:38:34.Z", "2018-10-26T13:38:34Zjunk", "yesterday",
                                "2018-10-26T25:00:00Z", "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z"})
            QVERIFY2(!parseRfc3339Micros(bad), bad);
    }

    void auditIds() {
        bool uuid = false;
        const auto id = parseAuditId("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6", &uuid);
        QVERIFY(uuid);
        QCOMPARE(formatAuditId(id), std::string("ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6"));
        const auto other = parseAuditId("not-a-uuid", &uuid);
        QVERIFY(!uuid);
        QVERIFY(!other.isNull());
        QVERIFY(other == parseAuditId("not-a-uuid", &uuid));
        QVERIFY(!(other == parseAuditId("not-a-uuid2", &uuid)));
        parseAuditId("CA1ED9F4-7BF4-4C85-81A8-1B11253D1BA6", &uuid);
        QVERIFY2(!uuid, "uppercase ids keep their text");
        QVERIFY(parseAuditId("", &uuid).isNull());
    }

    void tokens_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("sa token") << "serviceaccount"
                                  << "system:serviceaccount:kube-system:foo" << true;
        QTest::newRow("node token") << "node"
                                    << "system:node:cn-hangzhou.192.168.0.1" << true;
        QTest::newRow("not a substring") << "node"
                                         << "nodes" << false;
        QTest::newRow("case-insensitive") << "ResponseStarted"
                                          << "responsestarted" << true;
        QTest::newRow("prefix wildcard") << "nginx*"
                                         << "nginx-deployment-7998647bdf-phvq7" << true;
        QTest::newRow("question mark") << "ng?nx*"
                                       << "nginx-1" << true;
        QTest::newRow("wildcard mismatch") << "nginx*"
                                           << "web-nginx" << false;
        QTest::newRow("phrase") << "kube-system:foo"
                                << "system:serviceaccount:kube-system:foo" << true;
        QTest::newRow("phrase out of order") << "foo:kube-system"
                                             << "system:serviceaccount:kube-system:foo" << false;
        QTest::newRow("star matches anything non-empty") << "*"
                                                         << "x" << true;
        QTest::newRow("star on empty") << "*"
                                       << "" << false;
    }
    void tokens() {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(TokenPattern(pattern.toStdString()).matches(text.toStdString()), match);
    }
};

QTEST_GUILESS_MAIN(TstDerived)
#include "tst_derived.moc"
