// gen_audit — deterministic generator of kube-apiserver audit logs (audit.k8s.io/v1 Event, one JSON object per line,
// as written by the --audit-log-path log backend of an ACK-style cluster).
//
//   gen_audit --events N [--seed S] [--out FILE] [--end 2026-11-28T12:00:00Z] [--days D] [--gzip]
//
// Output depends only on the arguments: the PRNG is our own xoshiro256** and no std:: distribution is used, because
// those differ between standard library versions. The cluster "world" (nodes, namespaces, workloads, users) is fixed
// and independent of --seed, so tests can name objects; the seed only changes the traffic.
//
// Build: g++ -std=c++20 -O2 -o gen_audit gen_audit.cpp -lz

#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

using i64 = std::int64_t;
using u64 = std::uint64_t;

constexpr i64 kUsPerSec = 1'000'000;
constexpr i64 kUsPerMin = 60 * kUsPerSec;

// ---------------------------------------------------------------------------------------------------------------------
// Randomness

u64 splitmix(u64& x) {
    u64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Stable hash so that one object keeps the same uid/IP/digest in every event that mentions it.
u64 hashOf(std::string_view s, u64 salt = 0) {
    u64 h = 1469598103934665603ULL ^ salt;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return splitmix(h);
}

class Rng {
public:
    explicit Rng(u64 seed) {
        u64 x = seed;
        for (u64& s : s_) s = splitmix(x);
    }
    u64 next() {
        const u64 result = rotl(s_[1] * 5, 7) * 9;
        const u64 t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    // Multiply-shift instead of modulo: no division, and the tiny bias is irrelevant for synthetic traffic.
    u64 below(u64 n) { return static_cast<u64>((static_cast<unsigned __int128>(next()) * n) >> 64); }
    int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<u64>(hi - lo + 1))); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <class V>
    const auto& pick(const V& v) {
        return v[below(v.size())];
    }
    // Long-tailed latency: mostly near `typical`, occasionally tens of times slower (log-uniform tail).
    i64 latencyUs(i64 typical) {
        const double u = unit();
        double f = 0.4 + 1.2 * unit();
        if (u < 0.03) f *= std::exp(unit() * 3.5);
        return static_cast<i64>(static_cast<double>(typical) * f) + 150;
    }

private:
    static u64 rotl(u64 x, int k) { return (x << k) | (x >> (64 - k)); }
    u64 s_[4];
};

// ---------------------------------------------------------------------------------------------------------------------
// Small formatting helpers (all strings we generate are ASCII/UTF-8 without quotes unless passed through esc()).

void putInt(std::string& o, i64 v) {
    char b[24];
    int n = std::snprintf(b, sizeof b, "%" PRId64, v);
    o.append(b, static_cast<size_t>(n));
}

const char kHex[] = "0123456789abcdef";

void putHex(std::string& o, u64 seed, int n) {
    u64 x = seed;
    u64 bits = 0;
    for (int i = 0; i < n; ++i) {
        if (i % 16 == 0) bits = splitmix(x);
        o.push_back(kHex[bits & 15]);
        bits >>= 4;
    }
}

void putUuid(std::string& o, u64 a, u64 b) {
    // RFC 4122 version 4 layout: xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx
    char s[36];
    int k = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            s[i] = '-';
            continue;
        }
        u64& src = k < 16 ? a : b;
        int nib = static_cast<int>(src & 15);
        src >>= 4;
        ++k;
        if (i == 14) nib = 4;
        if (i == 19) nib = 8 | (nib & 3);
        s[i] = kHex[nib];
    }
    o.append(s, 36);
}

void putUuidFor(std::string& o, std::string_view key) { putUuid(o, hashOf(key, 1), hashOf(key, 2)); }

void esc(std::string& o, std::string_view s) {
    for (char c : s) {
        if (c == '"' || c == '\\') {
            o.push_back('\\');
            o.push_back(c);
        } else if (c == '\n') {
            o += "\\n";
        } else {
            o.push_back(c);
        }
    }
}

// Query-string escaping as Go's url.QueryEscape does it (space -> '+'), or as JavaScript's encodeURIComponent does it
// (space -> %20): kubectl produces the former, the web terminal the latter, and the report must decode both.
void urlEncode(std::string& o, std::string_view s, bool spaceAsPlus) {
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            o.push_back(static_cast<char>(c));
        } else if (c == ' ' && spaceAsPlus) {
            o.push_back('+');
        } else {
            o.push_back('%');
            o.push_back("0123456789ABCDEF"[c >> 4]);
            o.push_back("0123456789ABCDEF"[c & 15]);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// Time

enum class TimeFmt { Micro, Seconds, ShanghaiSeconds };

i64 floorDiv(i64 a, i64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

void put2(char* p, int v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

void putTime(std::string& o, i64 us, TimeFmt fmt) {
    // Formatting runs several times per line, so the calendar conversion is cached per day.
    static i64 cachedDay = INT64_MIN;
    static char ymd[10];
    i64 secs = floorDiv(us, kUsPerSec);
    const int frac = static_cast<int>(us - secs * kUsPerSec);
    if (fmt == TimeFmt::ShanghaiSeconds) secs += 8 * 3600;
    const i64 day = floorDiv(secs, 86400);
    const int sod = static_cast<int>(secs - day * 86400);
    if (day != cachedDay) {
        const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{day}}};
        const int y = static_cast<int>(d.year());
        put2(ymd, y / 100);
        put2(ymd + 2, y % 100);
        ymd[4] = '-';
        put2(ymd + 5, static_cast<int>(static_cast<unsigned>(d.month())));
        ymd[7] = '-';
        put2(ymd + 8, static_cast<int>(static_cast<unsigned>(d.day())));
        cachedDay = day;
    }
    char b[32];
    std::memcpy(b, ymd, 10);
    b[10] = 'T';
    put2(b + 11, sod / 3600);
    b[13] = ':';
    put2(b + 14, sod / 60 % 60);
    b[16] = ':';
    put2(b + 17, sod % 60);
    int n = 19;
    if (fmt == TimeFmt::Micro) {
        b[n++] = '.';
        for (int div = 100000; div > 0; div /= 10) b[n++] = static_cast<char>('0' + frac / div % 10);
    }
    if (fmt == TimeFmt::ShanghaiSeconds) {
        std::memcpy(b + n, "+08:00", 6);
        n += 6;
    } else {
        b[n++] = 'Z';
    }
    o.append(b, static_cast<size_t>(n));
}

bool parseTime(const char* s, i64& us) {
    int y, mo, d, h, mi, se;
    char z = 0;
    if (std::sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z) < 6) return false;
    if (z != 0 && z != 'Z') return false;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return false;
    const i64 days = std::chrono::sys_days{ymd}.time_since_epoch().count();
    us = ((days * 86400) + h * 3600 + mi * 60 + se) * kUsPerSec;
    return true;
}

// Human activity relative to its weekday-office-hours peak, in Asia/Shanghai local time.
double humanFactor(i64 us) {
    const i64 local = floorDiv(us, kUsPerSec) + 8 * 3600;
    const i64 day = floorDiv(local, 86400);
    const int hour = static_cast<int>((local - day * 86400) / 3600);
    const unsigned wd = std::chrono::weekday{std::chrono::sys_days{std::chrono::days{day}}}.c_encoding();
    static const double kHour[24] = {0.10, 0.06, 0.04, 0.03, 0.03, 0.04, 0.06, 0.15, 0.45, 0.95, 1.00, 1.00,
                                     0.60, 0.90, 1.00, 1.00, 1.00, 0.95, 0.70, 0.45, 0.40, 0.35, 0.25, 0.15};
    return kHour[hour] * ((wd == 0 || wd == 6) ? 0.25 : 1.0);
}

// ---------------------------------------------------------------------------------------------------------------------
// API resources

struct Res {
    const char* name;
    const char* group;  // "" for the core group: objectRef then has no apiGroup key, as in real logs
    const char* version;
    const char* kind;
    bool namespaced;
};

const Res kPods{"pods", "", "v1", "Pod", true};
const Res kDeployments{"deployments", "apps", "v1", "Deployment", true};
const Res kStatefulSets{"statefulsets", "apps", "v1", "StatefulSet", true};
const Res kDaemonSets{"daemonsets", "apps", "v1", "DaemonSet", true};
const Res kJobs{"jobs", "batch", "v1", "Job", true};
const Res kCronJobs{"cronjobs", "batch", "v1", "CronJob", true};
const Res kServices{"services", "", "v1", "Service", true};
const Res kIngresses{"ingresses", "networking.k8s.io", "v1", "Ingress", true};
const Res kConfigMaps{"configmaps", "", "v1", "ConfigMap", true};
const Res kSecrets{"secrets", "", "v1", "Secret", true};
const Res kPvcs{"persistentvolumeclaims", "", "v1", "PersistentVolumeClaim", true};
const Res kNodes{"nodes", "", "v1", "Node", false};
const Res kNamespaces{"namespaces", "", "v1", "Namespace", false};
const Res kLeases{"leases", "coordination.k8s.io", "v1", "Lease", true};
const Res kEvents{"events", "", "v1", "Event", true};
const Res kLogConfigs{"aliyunlogconfigs", "log.alibabacloud.com", "v1alpha1", "AliyunLogConfig", true};

bool isWorkloadRes(const Res* r) { return r == &kDeployments || r == &kStatefulSets || r == &kDaemonSets; }

// ---------------------------------------------------------------------------------------------------------------------
// The fixed cluster

const char kVer[] = "v1.30.1 (linux/amd64) kubernetes/6911225";
const char kPodAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";  // what Kubernetes uses for generated name suffixes

void putPodSuffix(std::string& o, u64 h, int n) {
    for (int i = 0; i < n; ++i) {
        o.push_back(kPodAlphabet[h % 27]);
        h /= 27;
    }
}

struct Identity {
    std::string name;
    std::string json;       // the complete "user" object
    std::string reasonEsc;  // authorization reason, already JSON-escaped; empty for Node/system:masters
    std::string ua;
    std::vector<std::string> ips;
};

struct Workload {
    std::string ns, name, hash, image, team;
    const Res* res;
    int replicas, port;
    std::vector<std::string> pods;
    std::vector<int> podNode;
};

struct Ns {
    std::string name;
    std::vector<int> wls;
    std::vector<std::string> configmaps, secrets, cronjobs, pvcs;
    bool app;  // prod-*/staging-*/dev-*: where humans mostly work
};

struct Human {
    Identity id;
    enum Role { Admin, Developer, Restricted, Edit, Sandbox } role;
    double weight;
    double publicShare;                // share of requests from public addresses
    std::vector<std::string> pubIps;   // public IPv4/IPv6 egress
    std::vector<std::string> privIps;  // VPN / jump host
    std::vector<std::string> uas;
    std::string ramUid;  // for RBAC reason text
    std::string bindingName;
    std::string clusterRole;
};

struct World {
    std::vector<std::string> nodes, nodeIps;
    std::vector<Identity> nodeIds;
    std::vector<Ns> ns;
    std::vector<Workload> wls;
    std::vector<int> appNs;  // indices of app namespaces, prod first, repeated to weight prod
    std::vector<Human> humans;
    double humanTotal = 0;
    Identity kcm, sched, apiserver, proxy, anon, unauth;
    std::vector<Identity> controllers;  // kube-controller-manager service-account controllers
    Identity coredns, ingress, logctl, prom, argocd, appSa, webSa, deployer, certmgr, ccm;
    std::vector<std::string> scannerIps, scannerUas;
};

std::string userJson(std::string_view name, std::string_view uid, const std::vector<std::string>& groups,
                     std::string_view extra) {
    std::string o = "{\"username\":\"";
    o += name;
    o += '"';
    if (!uid.empty()) {
        o += ",\"uid\":\"";
        o += uid;
        o += '"';
    }
    o += ",\"groups\":[";
    for (size_t i = 0; i < groups.size(); ++i) {
        if (i) o += ',';
        o += '"';
        o += groups[i];
        o += '"';
    }
    o += ']';
    o += extra;
    o += '}';
    return o;
}

std::string rbacReason(std::string_view bindingKind, std::string_view binding, std::string_view roleKind,
                       std::string_view role, std::string_view subjKind, std::string_view subj) {
    std::string s = "RBAC: allowed by ";
    s += bindingKind;
    s += " \"";
    s += binding;
    s += "\" of ";
    s += roleKind;
    s += " \"";
    s += role;
    s += "\" to ";
    s += subjKind;
    s += " \"";
    s += subj;
    s += '"';
    std::string e;
    esc(e, s);
    return e;
}

// Service-account token users carry the SA uid and (since 1.30) token-bound extra fields.
Identity saIdentity(std::string_view ns, std::string_view sa, std::string ua, std::vector<std::string> ips,
                    std::string reason, std::string_view boundPod, std::string_view boundNode) {
    Identity id;
    id.name = "system:serviceaccount:";
    id.name += ns;
    id.name += ':';
    id.name += sa;
    std::string uid;
    putUuidFor(uid, id.name);
    std::string extra = ",\"extra\":{\"authentication.kubernetes.io/credential-id\":[\"JTI=";
    putUuidFor(extra, id.name + "#jti");
    extra += "\"]";
    if (!boundPod.empty()) {
        extra += ",\"authentication.kubernetes.io/node-name\":[\"";
        extra += boundNode;
        extra += "\"],\"authentication.kubernetes.io/node-uid\":[\"";
        putUuidFor(extra, boundNode);
        extra += "\"],\"authentication.kubernetes.io/pod-name\":[\"";
        extra += boundPod;
        extra += "\"],\"authentication.kubernetes.io/pod-uid\":[\"";
        putUuidFor(extra, boundPod);
        extra += "\"]";
    }
    extra += '}';
    std::string g2 = "system:serviceaccounts:";
    g2 += ns;
    id.json = userJson(id.name, uid, {"system:serviceaccounts", g2, "system:authenticated"}, extra);
    id.reasonEsc = std::move(reason);
    id.ua = std::move(ua);
    id.ips = std::move(ips);
    return id;
}

Identity plainIdentity(std::string name, std::vector<std::string> groups, std::string reason, std::string ua,
                       std::vector<std::string> ips, std::string_view uid = {}) {
    Identity id;
    id.json = userJson(name, uid, groups, {});
    id.name = std::move(name);
    id.reasonEsc = std::move(reason);
    id.ua = std::move(ua);
    id.ips = std::move(ips);
    return id;
}

std::string ip4(int a, int b, int c, int d) {
    char s[20];
    std::snprintf(s, sizeof s, "%d.%d.%d.%d", a, b, c, d);
    return s;
}

void buildWorld(World& w) {
    Rng r(0xC0FFEE5EED1234ULL);  // fixed: the world does not depend on --seed

    static const int kNodeOctets[] = {12, 13, 14, 15, 21, 22, 23, 24, 31, 32, 47, 48};
    for (int oct : kNodeOctets) {
        w.nodeIps.push_back(ip4(192, 168, 0, oct));
        w.nodes.push_back("cn-hangzhou." + w.nodeIps.back());
        Identity id = plainIdentity("system:node:" + w.nodes.back(), {"system:nodes", "system:authenticated"}, "",
                                    std::string("kubelet/") + kVer, {w.nodeIps.back()});
        w.nodeIds.push_back(std::move(id));
    }

    struct NsSpec {
        const char* name;
        const char* wls;  // name/K, K = D(eployment) S(tatefulSet) R (daemonset)
    };
    static const NsSpec kNs[] = {
        {"default", "app/D"},
        {"kube-system",
         "coredns/D,metrics-server/D,nginx-ingress-controller/D,alibaba-log-controller/D,kube-proxy-worker/R,"
         "terway-eniip/R,csi-plugin/R,logtail-ds/R"},
        {"kube-public", ""},
        {"kube-node-lease", ""},
        {"prod-web", "web/D,web-static/D"},
        {"prod-api", "api-gateway/D,api-worker/D"},
        {"prod-order", "order/D,order-consumer/D,redis/S"},
        {"prod-payment", "payment/D,payment-callback/D"},
        {"prod-search", "search/D,elasticsearch/S"},
        {"prod-user", "user-center/D"},
        {"prod-data", "flink-jobmanager/D,flink-taskmanager/D,kafka/S"},
        {"prod-mq", "rocketmq-namesrv/D,rocketmq-broker/S"},
        {"prod-gateway", "gateway/D"},
        {"staging-web", "web/D"},
        {"staging-api", "api-gateway/D"},
        {"staging-order", "order/D,redis/S"},
        {"staging-payment", "payment/D"},
        {"staging-search", "search/D"},
        {"staging-user", "user-center/D"},
        {"dev-alice", "sandbox/D"},
        {"dev-bob", "sandbox/D"},
        {"monitoring", "grafana/D,prometheus/S,node-exporter/R"},
        {"logging", "loki/S"},
        {"ingress-nginx", "ingress-nginx-controller/D"},
        {"cert-manager", "cert-manager/D,cert-manager-webhook/D"},
        {"argocd", "argocd-server/D,argocd-repo-server/D,argocd-application-controller/S"},
        {"ci", "gitlab-runner/D"},
        {"istio-system", "istiod/D"},
        {"tenant-a", "portal/D"},
        {"arms-prom", "arms-prometheus-ack-arms-prometheus/D"},
    };
    static const char* kTeams[] = {"frontend", "platform", "trade", "search", "data", "sre"};
    for (const NsSpec& spec : kNs) {
        Ns n;
        n.name = spec.name;
        n.app = n.name.rfind("prod-", 0) == 0 || n.name.rfind("staging-", 0) == 0 || n.name.rfind("dev-", 0) == 0 ||
                n.name == "default" || n.name == "tenant-a";
        n.configmaps.push_back("kube-root-ca.crt");
        std::string_view list = spec.wls;
        while (!list.empty()) {
            size_t comma = list.find(',');
            std::string_view item = list.substr(0, comma);
            list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
            Workload wl;
            wl.ns = n.name;
            wl.name = std::string(item.substr(0, item.size() - 2));
            const char k = item.back();
            wl.res = k == 'D' ? &kDeployments : k == 'S' ? &kStatefulSets : &kDaemonSets;
            wl.replicas = k == 'R' ? static_cast<int>(w.nodes.size()) : r.range(1, 4);
            if (n.name.rfind("staging-", 0) == 0 || n.name.rfind("dev-", 0) == 0) wl.replicas = 1;
            wl.port = k == 'S' ? 6379 : 8080;
            putPodSuffix(wl.hash, hashOf(wl.ns + "/" + wl.name), 9);
            const bool system = n.name == "kube-system" || n.name == "monitoring" || n.name == "logging";
            wl.image = system ? "registry-cn-hangzhou-vpc.ack.aliyuncs.com/acs/"
                              : "registry.cn-hangzhou.aliyuncs.com/acme/";
            wl.image += wl.name;
            wl.image += ":v1.";
            wl.image += std::to_string(r.range(2, 19));
            wl.image += '.';
            wl.image += std::to_string(r.range(0, 9));
            wl.team = kTeams[r.below(6)];
            for (int i = 0; i < wl.replicas; ++i) {
                std::string pod = wl.name + "-";
                if (wl.res == &kStatefulSets) {
                    pod += std::to_string(i);
                } else if (wl.res == &kDaemonSets) {
                    putPodSuffix(pod, hashOf(wl.name, static_cast<u64>(i) + 7), 5);
                } else {
                    pod += wl.hash;
                    pod += '-';
                    putPodSuffix(pod, hashOf(wl.ns + wl.name, static_cast<u64>(i) + 7), 5);
                }
                wl.pods.push_back(pod);
                wl.podNode.push_back(wl.res == &kDaemonSets ? i : static_cast<int>(r.below(w.nodes.size())));
            }
            n.configmaps.push_back(wl.name + "-config");
            if (r.chance(0.6)) n.secrets.push_back(wl.name + "-secret");
            if (wl.res == &kStatefulSets)
                for (int i = 0; i < wl.replicas; ++i) n.pvcs.push_back("data-" + wl.name + "-" + std::to_string(i));
            n.wls.push_back(static_cast<int>(w.wls.size()));
            w.wls.push_back(std::move(wl));
        }
        std::string acr = "acr-credential-";
        putHex(acr, hashOf(n.name), 8);
        n.secrets.push_back(acr);
        if (n.app) {
            n.secrets.push_back(n.name + "-tls");
            if (!n.wls.empty()) n.secrets.push_back("sh.helm.release.v1." + w.wls[n.wls[0]].name + ".v" +
                                                    std::to_string(r.range(3, 60)));
        }
        if (n.name == "prod-data") n.cronjobs = {"report-daily", "etl-hourly"};
        if (n.name == "prod-order") n.cronjobs = {"order-reconcile"};
        if (n.name == "kube-system") n.configmaps.push_back("extension-apiserver-authentication");
        w.ns.push_back(std::move(n));
    }
    for (size_t i = 0; i < w.ns.size(); ++i) {
        if (!w.ns[i].app || w.ns[i].wls.empty()) continue;
        const int copies = w.ns[i].name.rfind("prod-", 0) == 0 ? 3 : 1;
        for (int c = 0; c < copies; ++c) w.appNs.push_back(static_cast<int>(i));
    }

    const std::string cp = ip4(100, 104, 18, 7), cp2 = ip4(100, 104, 42, 133);
    w.kcm = plainIdentity("system:kube-controller-manager", {"system:authenticated"},
                          rbacReason("ClusterRoleBinding", "system:kube-controller-manager", "ClusterRole",
                                     "system:kube-controller-manager", "User", "system:kube-controller-manager"),
                          std::string("kube-controller-manager/") + kVer + "/leader-election", {cp, cp2});
    w.sched = plainIdentity("system:kube-scheduler", {"system:authenticated"},
                            rbacReason("ClusterRoleBinding", "system:kube-scheduler", "ClusterRole",
                                       "system:kube-scheduler", "User", "system:kube-scheduler"),
                            std::string("kube-scheduler/") + kVer + "/scheduler", {cp, cp2});
    std::string apiUid;
    putUuidFor(apiUid, "apiserver-loopback");
    w.apiserver = plainIdentity("system:apiserver", {"system:masters", "system:authenticated"}, "",
                                std::string("kube-apiserver/") + kVer, {"::1", "127.0.0.1"}, apiUid);
    w.proxy = plainIdentity("system:kube-proxy", {"system:authenticated"},
                            rbacReason("ClusterRoleBinding", "system:node-proxier", "ClusterRole",
                                       "system:node-proxier", "User", "system:kube-proxy"),
                            std::string("kube-proxy/") + kVer, {});
    w.anon = plainIdentity("system:anonymous", {"system:unauthenticated"}, "", "", {});
    w.unauth.json = "{}";  // failed authentication: the event has no user at all

    static const char* kControllers[] = {
        "deployment-controller",   "replicaset-controller",     "statefulset-controller",
        "daemon-set-controller",   "job-controller",            "cronjob-controller",
        "generic-garbage-collector", "namespace-controller",    "node-controller",
        "pvc-protection-controller", "horizontal-pod-autoscaler", "resourcequota-controller"};
    for (const char* c : kControllers) {
        std::string ua = std::string("kube-controller-manager/") + kVer + "/system:serviceaccount:kube-system:" + c;
        std::string role = std::string("system:controller:") + c;
        w.controllers.push_back(saIdentity("kube-system", c, ua, {cp, cp2},
                                           rbacReason("ClusterRoleBinding", role, "ClusterRole", role,
                                                      "ServiceAccount", std::string(c) + "/kube-system"),
                                           {}, {}));
    }
    auto podSa = [&](const char* ns, const char* sa, const char* wl, std::string ua, const char* bindKind,
                     std::string binding, const char* roleKind, const char* role) {
        int node = static_cast<int>(hashOf(sa) % w.nodes.size());
        std::string podIp = ip4(172, 20, static_cast<int>(hashOf(wl) % 250), static_cast<int>(hashOf(sa) % 250) + 2);
        std::string pod = std::string(wl) + "-";
        putPodSuffix(pod, hashOf(wl, 3), 9);
        pod += '-';
        putPodSuffix(pod, hashOf(wl, 4), 5);
        return saIdentity(ns, sa, std::move(ua), {podIp},
                          rbacReason(bindKind, binding, roleKind, role, "ServiceAccount",
                                     std::string(sa) + "/" + ns),
                          pod, w.nodes[static_cast<size_t>(node)]);
    };
    w.coredns = podSa("kube-system", "coredns", "coredns", "coredns/v0.0.0 (linux/amd64) kubernetes/$Format",
                      "ClusterRoleBinding", "system:coredns", "ClusterRole", "system:coredns");
    w.ingress = podSa("kube-system", "nginx-ingress-controller", "nginx-ingress-controller",
                      "nginx-ingress-controller/v1.9.3-aliyun.1 (linux/amd64) ingress-nginx/f8b7fd3",
                      "ClusterRoleBinding", "nginx-ingress-controller", "ClusterRole", "nginx-ingress-controller");
    w.logctl = podSa("kube-system", "alibaba-log-controller", "alibaba-log-controller",
                     "alibaba-log-controller/v0.0.0 (linux/amd64) kubernetes/$Format", "ClusterRoleBinding",
                     "alibaba-log-controller", "ClusterRole", "alibaba-log-controller");
    w.prom = podSa("monitoring", "prometheus", "prometheus", "Prometheus/2.48.1", "ClusterRoleBinding",
                   "prometheus-k8s", "ClusterRole", "prometheus-k8s");
    w.argocd = podSa("argocd", "argocd-application-controller", "argocd-application-controller",
                     "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format", "ClusterRoleBinding",
                     "argocd-application-controller", "ClusterRole", "argocd-application-controller");
    w.appSa = podSa("default", "app", "app", "Go-http-client/2.0", "RoleBinding", "app-reader/default", "Role",
                    "app-reader");
    w.appSa.ips.push_back("fd00:10:244:3::1a");  // dual-stack pod: the client may come in over IPv6
    w.webSa = podSa("prod-web", "web", "web", "OpenAPI-Generator/28.1.0/python", "RoleBinding", "web-view/prod-web",
                    "ClusterRole", "view");
    w.deployer = podSa("ci", "deployer", "gitlab-runner", "Helm/3.14.2", "ClusterRoleBinding", "ci-deployer",
                       "ClusterRole", "cluster-admin");
    w.deployer.ips = {ip4(172, 16, 5, 10), ip4(172, 16, 5, 11)};  // runners in a peered VPC
    w.certmgr = podSa("cert-manager", "cert-manager", "cert-manager",
                      "cert-manager-controller/v1.13.2 (linux/amd64) cert-manager/8b5d2e8", "RoleBinding",
                      "cert-manager:leaderelection/kube-system", "Role", "cert-manager:leaderelection");
    w.ccm = saIdentity("kube-system", "cloud-controller-manager", "cloud-controller-manager/v2.9.1 (linux/amd64)",
                       {cp, cp2},
                       rbacReason("ClusterRoleBinding", "system:cloud-controller-manager", "ClusterRole",
                                  "system:cloud-controller-manager", "ServiceAccount",
                                  "cloud-controller-manager/kube-system"),
                       {}, {});

    const std::vector<std::string> kubectls = {"kubectl/v1.30.0 (darwin/arm64) kubernetes/7c48c2b",
                                               "kubectl/v1.29.3 (linux/amd64) kubernetes/6813625",
                                               "kubectl/v1.28.2 (windows/amd64) kubernetes/89a4ea3"};
    auto ram = [&](std::string name, Human::Role role, double weight, double pub, std::vector<std::string> pubIps,
                   std::vector<std::string> privIps, std::vector<std::string> uas, std::string ramUid,
                   std::string clusterRole) {
        Human h;
        h.id.name = std::move(name);
        h.role = role;
        h.weight = weight;
        h.publicShare = pub;
        h.pubIps = std::move(pubIps);
        h.privIps = std::move(privIps);
        h.uas = std::move(uas);
        h.ramUid = std::move(ramUid);
        h.clusterRole = std::move(clusterRole);
        h.bindingName = h.ramUid + (role == Human::Admin ? "-clusterrolebinding" : "-rolebinding");
        h.id.json = userJson(h.id.name, {}, {"system:users", "system:authenticated"}, {});
        w.humans.push_back(std::move(h));
    };
    ram("276543210987654321", Human::Admin, 3.0, 0.15, {"47.96.183.21", "2408:8207:2467:e930:5d1c:7a2b:90e4:3c11"},
        {ip4(10, 8, 0, 14), ip4(192, 168, 1, 20)}, kubectls, "276543210987654321", "cs:admin");
    ram("203948571029384756", Human::Developer, 3.0, 0.12, {"203.0.113.45", "47.96.183.21"},
        {ip4(10, 8, 0, 37), ip4(10, 8, 1, 5)}, {kubectls[0], kubectls[1]}, "203948571029384756", "cs:developer");
    ram("281234567890123456-1690000000", Human::Admin, 1.2, 0.30, {"47.97.12.201", "2408:8456:3a10:1b2::7f"},
        {ip4(10, 8, 2, 9)}, {kubectls[1]}, "281234567890123456-1690000000", "cs:ops");
    ram("265748392017465829", Human::Restricted, 1.5, 0.20, {"203.0.113.88"}, {ip4(172, 18, 3, 77)}, {kubectls[2]},
        "265748392017465829", "cs:restricted");
    ram("239485710293847561-1701234567", Human::Developer, 0.8, 0.40, {"47.98.220.16"}, {ip4(10, 8, 3, 120)},
        {kubectls[0]}, "239485710293847561-1701234567", "cs:developer");
    {
        // ACK's kubernetes-admin: RBAC names the RAM user behind the certificate, which the report should surface.
        Human h;
        h.id.name = "kubernetes-admin";
        h.id.json = userJson(h.id.name, {}, {"system:users", "system:authenticated"}, {});
        h.role = Human::Admin;
        h.weight = 2.5;
        h.publicShare = 0.10;
        h.pubIps = {"47.96.183.21", "2408:8207:2467:e930:5d1c:7a2b:90e4:3c11"};
        h.privIps = {ip4(192, 168, 1, 20), ip4(10, 8, 0, 14)};
        h.uas = kubectls;
        h.ramUid = "276543210987654321";
        h.clusterRole = "cs:admin";
        h.bindingName = h.ramUid + "-clusterrolebinding";
        w.humans.push_back(std::move(h));
    }
    auto oidc = [&](std::string name, Human::Role role, double weight, std::string group, std::string ip) {
        Human h;
        h.id.name = std::move(name);
        h.id.json = userJson(h.id.name, {}, {group, "system:authenticated"}, {});
        h.role = role;
        h.weight = weight;
        h.publicShare = 0.05;
        h.pubIps = {"2408:8207:2467:e931::2b"};
        h.privIps = {std::move(ip)};
        h.uas = {kubectls[0]};
        h.ramUid = group;  // RBAC grants these via their group
        h.clusterRole = role == Human::Edit ? "edit" : "admin";
        w.humans.push_back(std::move(h));
    };
    oidc("alice@example.com", Human::Edit, 1.2, "oidc:dev-team", ip4(10, 8, 4, 21));
    oidc("bob@example.com", Human::Sandbox, 0.7, "oidc:qa", ip4(10, 8, 4, 56));
    for (const Human& h : w.humans) w.humanTotal += h.weight;

    w.scannerIps = {"45.155.205.233", "185.220.101.47", "203.0.113.9", "2a06:4883:1000::62", "47.101.65.3"};
    w.scannerUas = {"python-requests/2.31.0", "curl/8.4.0", "Mozilla/5.0 zgrab/0.x", ""};
}

// ---------------------------------------------------------------------------------------------------------------------
// One request (1 or 2 log lines)

struct Req {
    const char* level;
    char auditId[36];
    std::string uri;
    const char* verb;
    const std::string* user;
    const std::string* imp;
    std::string ips;  // inside the [] of sourceIPs
    std::string_view ua;
    const Res* res;  // nullptr: non-resource URL, no objectRef
    std::string ns, name, objUid, objRv;
    const char* sub;
    int code;
    std::string status;  // failure members of responseStatus, each followed by a comma
    std::string reqObj, respObj;
    std::string annotations;  // inside the {} of annotations; empty omits the key
    i64 recv, latency;
    bool longRunning;  // ResponseStarted + ResponseComplete
    i64 duration;      // for long-running requests
    bool startedOnly;  // failed authentication: a lone ResponseStarted line
};

struct Ctx {
    Rng rng;
    const World& w;
    i64 now = 0;   // requestReceivedTimestamp of the current request
    i64 rv = 0;    // etcd revision, grows with time
    u64 seq = 0;   // for unique generated names
    Req r;
    std::string tmp, tmp2;
    Ctx(u64 seed, const World& world) : rng(seed), w(world) {}
};

// --- request scaffolding ---------------------------------------------------------------------------------------------

void begin(Ctx& c, const Identity& id, const char* verb, std::string_view ip) {
    Req& r = c.r;
    std::string a;
    putUuid(a, c.rng.next(), c.rng.next());
    std::memcpy(r.auditId, a.data(), 36);
    r.verb = verb;
    r.user = &id.json;
    r.imp = nullptr;
    r.ips.assign("\"").append(ip).append("\"");
    r.ua = id.ua;
    r.res = nullptr;
    r.ns.clear();
    r.name.clear();
    r.objUid.clear();
    r.objRv.clear();
    r.sub = nullptr;
    r.code = 200;
    r.status.clear();
    r.reqObj.clear();
    r.respObj.clear();
    r.annotations.clear();
    r.recv = c.now;
    r.latency = c.rng.latencyUs(4000);
    r.longRunning = false;
    r.duration = 0;
    r.startedOnly = false;
    r.uri.clear();
}

// Audit level as an ACK-style policy assigns it.
void applyPolicy(Req& r) {
    const std::string_view v = r.verb;
    if (!r.res || r.res == &kSecrets || r.res == &kConfigMaps)
        r.level = "Metadata";
    else if (v == "get" || v == "list" || v == "watch")
        r.level = "Request";
    else
        r.level = "RequestResponse";
}

bool wantBodies(const Req& r) { return r.level[0] == 'R' && r.level[7] == 'R'; }  // "RequestResponse"

void target(Ctx& c, const Res& res, std::string_view ns, std::string_view name, const char* sub = nullptr) {
    Req& r = c.r;
    r.res = &res;
    r.ns = ns;
    r.name = name;
    r.sub = sub;
    applyPolicy(r);
}

// Builds requestURI from the objectRef. For creates the URL names the collection, not the object.
void uri(Ctx& c, std::string_view query = {}, bool collection = false) {
    Req& r = c.r;
    std::string& u = r.uri;
    u.clear();
    if (r.res->group[0]) {
        u += "/apis/";
        u += r.res->group;
        u += '/';
    } else {
        u += "/api/";
    }
    u += r.res->version;
    if (r.res->namespaced && !r.ns.empty()) {
        u += "/namespaces/";
        u += r.ns;
    }
    u += '/';
    u += r.res->name;
    if (!collection && !r.name.empty()) {
        u += '/';
        u += r.name;
    }
    if (r.sub) {
        u += '/';
        u += r.sub;
    }
    if (!query.empty()) {
        u += '?';
        u += query;
    }
}

void allow(Req& r, std::string_view reasonEsc) {
    r.annotations = "\"authorization.k8s.io/decision\":\"allow\",\"authorization.k8s.io/reason\":\"";
    r.annotations += reasonEsc;
    r.annotations += '"';
}

// Kubernetes' resource-with-group spelling, e.g. deployments.apps / leases.coordination.k8s.io.
void putQualified(std::string& o, const Res& res) {
    o += res.name;
    if (res.group[0]) {
        o += '.';
        o += res.group;
    }
}

void putDetails(std::string& o, const Req& r, std::string_view kind) {
    o += "\"details\":{";
    bool first = true;
    if (!r.name.empty()) {
        o += "\"name\":\"";
        o += r.name;
        o += '"';
        first = false;
    }
    if (r.res->group[0]) {
        o += first ? "" : ",";
        o += "\"group\":\"";
        o += r.res->group;
        o += '"';
        first = false;
    }
    o += first ? "" : ",";
    o += "\"kind\":\"";
    o += kind;
    o += "\"}";
}

// Failure responseStatus; at RequestResponse level the Status object is also the responseObject.
void fail(Ctx& c, int code, const char* reason, std::string_view messageEsc, bool withDetails = true,
          std::string_view kindOverride = {}) {
    Req& r = c.r;
    r.code = code;
    std::string& s = r.status;
    s = "\"status\":\"Failure\",\"message\":\"";
    s += messageEsc;
    s += "\",\"reason\":\"";
    s += reason;
    s += "\",";
    if (withDetails && r.res) {
        putDetails(s, r, kindOverride.empty() ? std::string_view(r.res->name) : kindOverride);
        s += ',';
    } else if (withDetails) {
        s += "\"details\":{},";
    }
    r.respObj.clear();
    if (wantBodies(r)) {
        r.respObj = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},";
        r.respObj += s;
        r.respObj += "\"code\":";
        putInt(r.respObj, code);
        r.respObj += '}';
    }
}

// `<resource> "<name>" <what>`, the API server's message for a named object.
void failNamed(Ctx& c, int code, const char* reason, const char* what) {
    std::string& m = c.tmp;
    m.clear();
    putQualified(m, *c.r.res);
    m += " \\\"";
    m += c.r.name;
    m += "\\\" ";
    m += what;
    fail(c, code, reason, m);
}

void failNotFound(Ctx& c) { failNamed(c, 404, "NotFound", "not found"); }

void failExists(Ctx& c) { failNamed(c, 409, "AlreadyExists", "already exists"); }

void failConflict(Ctx& c) {
    std::string& m = c.tmp;
    m = "Operation cannot be fulfilled on ";
    putQualified(m, *c.r.res);
    m += " \\\"";
    m += c.r.name;
    m += "\\\": the object has been modified; please apply your changes to the latest version and try again";
    fail(c, 409, "Conflict", m);
}

void failInvalid(Ctx& c) {
    Req& r = c.r;
    std::string& m = c.tmp;
    m = r.res->kind;
    if (r.res->group[0]) {
        m += '.';
        m += r.res->group;
    }
    m += " \\\"";
    m += r.name;
    m += "\\\" is invalid: spec.template.spec.containers[0].image: Required value";
    r.code = 422;
    std::string& s = r.status;
    s = "\"status\":\"Failure\",\"message\":\"";
    s += m;
    s += "\",\"reason\":\"Invalid\",\"details\":{\"name\":\"";
    s += r.name;
    s += "\",";
    if (r.res->group[0]) {
        s += "\"group\":\"";
        s += r.res->group;
        s += "\",";
    }
    s += "\"kind\":\"";
    s += r.res->kind;
    s += "\",\"causes\":[{\"reason\":\"FieldValueRequired\",\"message\":\"Required value\",\"field\":\""
         "spec.template.spec.containers[0].image\"}]},";
    r.respObj.clear();
    if (wantBodies(r)) {
        r.respObj = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},";
        r.respObj += s;
        r.respObj += "\"code\":422}";
    }
}

void failInternal(Ctx& c) {
    Req& r = c.r;
    const char* msg =
        "Internal error occurred: failed calling webhook \\\"validate.kyverno.svc-fail\\\": failed to call webhook: "
        "Post \\\"https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s\\\": context deadline exceeded";
    r.latency = 10 * kUsPerSec + c.rng.range(1000, 40000);
    r.code = 500;
    r.status = "\"status\":\"Failure\",\"message\":\"";
    r.status += msg;
    r.status += "\",\"reason\":\"InternalError\",\"details\":{\"causes\":[{\"message\":\"";
    r.status += msg + 25;  // the cause repeats the message without the "Internal error occurred: " prefix
    r.status += "\"}]},";
    r.respObj.clear();
    if (wantBodies(r)) {
        r.respObj = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},";
        r.respObj += r.status;
        r.respObj += "\"code\":500}";
    }
}

// RBAC denial: the decision is "forbid" with an empty reason, as the authorizer chain reports it.
void forbid(Ctx& c, std::string_view username) {
    Req& r = c.r;
    std::string& m = c.tmp;
    m.clear();
    if (!r.res) {
        m = "forbidden: User \\\"";
        m += username;
        m += "\\\" cannot ";
        m += r.verb;
        m += " path \\\"";
        m += r.uri;
        m += "\\\"";
        fail(c, 403, "Forbidden", m, true);
    } else {
        putQualified(m, *r.res);
        if (!r.name.empty()) {
            m += " \\\"";
            m += r.name;
            m += "\\\"";
        }
        m += " is forbidden: User \\\"";
        m += username;
        m += "\\\" cannot ";
        m += r.verb;
        m += " resource \\\"";
        m += r.res->name;
        if (r.sub) {
            m += '/';
            m += r.sub;
        }
        m += "\\\" in API group \\\"";
        m += r.res->group;
        if (r.res->namespaced && !r.ns.empty()) {
            m += "\\\" in the namespace \\\"";
            m += r.ns;
            m += "\\\"";
        } else {
            m += "\\\" at the cluster scope";
        }
        fail(c, 403, "Forbidden", m, true);
    }
    r.annotations = "\"authorization.k8s.io/decision\":\"forbid\",\"authorization.k8s.io/reason\":\"\"";
    r.latency = c.rng.latencyUs(900);
}

// --- object bodies ---------------------------------------------------------------------------------------------------

void metaHead(Ctx& c, std::string& o, const Res& res, std::string_view ns, std::string_view name, i64 rv,
              bool withUidRv = true) {
    o += "{\"kind\":\"";
    o += res.kind;
    o += "\",\"apiVersion\":\"";
    if (res.group[0]) {
        o += res.group;
        o += '/';
    }
    o += res.version;
    o += "\",\"metadata\":{\"name\":\"";
    o += name;
    o += '"';
    if (!ns.empty() && res.namespaced) {
        o += ",\"namespace\":\"";
        o += ns;
        o += '"';
    }
    if (withUidRv) {
        o += ",\"uid\":\"";
        std::string key = std::string(res.name) + "/" + std::string(ns) + "/" + std::string(name);
        putUuidFor(o, key);
        o += "\",\"resourceVersion\":\"";
        putInt(o, rv);
        o += "\",\"creationTimestamp\":\"";
        putTime(o, c.now - static_cast<i64>(hashOf(key) % (90 * 86400)) * kUsPerSec - 3 * 86400 * kUsPerSec,
                TimeFmt::Seconds);
        o += '"';
    } else {
        o += ",\"creationTimestamp\":null";
    }
}

void putContainer(std::string& o, const Workload& wl, bool withMount, std::string_view apiVol, bool full = true) {
    o += "{\"name\":\"";
    o += wl.name;
    o += "\",\"image\":\"";
    o += wl.image;
    o += "\",\"ports\":[{\"containerPort\":";
    putInt(o, wl.port);
    o += ",\"protocol\":\"TCP\"}],\"resources\":{\"limits\":{\"cpu\":\"1\",\"memory\":\"1Gi\"},\"requests\":{\"cpu\":"
         "\"250m\",\"memory\":\"512Mi\"}}";
    if (withMount) {
        o += ",\"volumeMounts\":[{\"name\":\"";
        o += apiVol;
        o += "\",\"readOnly\":true,\"mountPath\":\"/var/run/secrets/kubernetes.io/serviceaccount\"}]";
    }
    // Templates inside workloads are kept shorter than pods so double-object controller writes stay near 4 KB.
    if (full) o += ",\"terminationMessagePath\":\"/dev/termination-log\",\"terminationMessagePolicy\":\"File\"";
    o += ",\"imagePullPolicy\":\"IfNotPresent\"}";
}

// Deployment / StatefulSet / DaemonSet. `lastApplied` adds kubectl's escaped copy of the manifest.
void workloadBody(Ctx& c, std::string& o, const Workload& wl, i64 rv, bool withStatus, bool lastApplied,
                  bool fresh = false) {
    const Res& res = *wl.res;
    const int gen = static_cast<int>(hashOf(wl.name) % 40) + 2;
    metaHead(c, o, res, wl.ns, wl.name, rv, !fresh);
    if (!fresh) {
        o += ",\"generation\":";
        putInt(o, gen);
    }
    o += ",\"labels\":{\"app\":\"";
    o += wl.name;
    o += "\",\"team\":\"";
    o += wl.team;
    o += "\"}";
    // Annotation keys in Go's sorted map order. Controllers' status writes leave out the human description so
    // those (already double-object) lines stay near 4 KB.
    const bool revision = !fresh && &res == &kDeployments;
    const bool description = !fresh && (lastApplied || !withStatus);
    if (revision || description || lastApplied) {
        o += ",\"annotations\":{";
        const char* sep = "";
        if (revision) {
            o += "\"deployment.kubernetes.io/revision\":\"";
            putInt(o, gen);
            o += '"';
            sep = ",";
        }
        if (description) {
            // Non-ASCII on purpose: descriptions in Chinese are common in these clusters.
            o += sep;
            o += "\"description\":\"";
            o += wl.ns.rfind("prod-", 0) == 0 ? "生产环境 " : "测试环境 ";
            o += wl.name;
            o += " 服务\"";
            sep = ",";
        }
        if (lastApplied) {
            std::string& m = c.tmp2;
            m = "{\"apiVersion\":\"apps/v1\",\"kind\":\"";
            m += res.kind;
            m += "\",\"metadata\":{\"annotations\":{},\"labels\":{\"app\":\"";
            m += wl.name;
            m += "\"},\"name\":\"";
            m += wl.name;
            m += "\",\"namespace\":\"";
            m += wl.ns;
            m += "\"},\"spec\":{\"replicas\":";
            putInt(m, wl.replicas);
            m += ",\"selector\":{\"matchLabels\":{\"app\":\"";
            m += wl.name;
            m += "\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"";
            m += wl.name;
            m += "\"}},\"spec\":{\"containers\":[{\"image\":\"";
            m += wl.image;
            m += "\",\"name\":\"";
            m += wl.name;
            m += "\"}]}}}}\n";
            o += sep;
            o += "\"kubectl.kubernetes.io/last-applied-configuration\":\"";
            esc(o, m);
            o += '"';
        }
        o += '}';
    }
    o += "},\"spec\":{";
    if (&res != &kDaemonSets) {
        o += "\"replicas\":";
        putInt(o, wl.replicas);
        o += ',';
    }
    o += "\"selector\":{\"matchLabels\":{\"app\":\"";
    o += wl.name;
    o += "\"}},\"template\":{\"metadata\":{\"creationTimestamp\":null,\"labels\":{\"app\":\"";
    o += wl.name;
    o += "\"}},\"spec\":{\"containers\":[";
    putContainer(o, wl, false, {}, false);
    o += "],\"restartPolicy\":\"Always\",\"terminationGracePeriodSeconds\":30,\"dnsPolicy\":\"ClusterFirst\","
         "\"securityContext\":{},\"schedulerName\":\"default-scheduler\"}}";
    if (&res == &kDeployments)
        o += ",\"strategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxUnavailable\":\"25%\",\"maxSurge\":"
             "\"25%\"}},\"revisionHistoryLimit\":10,\"progressDeadlineSeconds\":600}";
    else if (&res == &kStatefulSets)
        o += ",\"serviceName\":\"" + wl.name +
             "\",\"podManagementPolicy\":\"OrderedReady\",\"updateStrategy\":{\"type\":\"RollingUpdate\","
             "\"rollingUpdate\":{\"partition\":0}},\"revisionHistoryLimit\":10}";
    else
        o += ",\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxUnavailable\":1,\"maxSurge\":0}},"
             "\"revisionHistoryLimit\":10}";
    o += ",\"status\":{";
    if (withStatus) {
        o += "\"observedGeneration\":";
        putInt(o, gen);
        o += ",\"replicas\":";
        putInt(o, wl.replicas);
        o += ",\"updatedReplicas\":";
        putInt(o, wl.replicas);
        o += ",\"readyReplicas\":";
        putInt(o, wl.replicas);
        o += ",\"availableReplicas\":";
        putInt(o, wl.replicas);
        if (&res == &kDeployments) {
            o += ",\"conditions\":[{\"type\":\"Available\",\"status\":\"True\",\"lastUpdateTime\":\"";
            putTime(o, c.now - 86400 * kUsPerSec, TimeFmt::Seconds);
            o += "\",\"lastTransitionTime\":\"";
            putTime(o, c.now - 86400 * kUsPerSec, TimeFmt::Seconds);
            o += "\",\"reason\":\"MinimumReplicasAvailable\",\"message\":\"Deployment has minimum availability.\"}]";
        }
    }
    o += "}}";
}

void podBody(Ctx& c, std::string& o, const Workload& wl, std::string_view pod, int node, i64 rv, bool withStatus,
             bool forCreate) {
    metaHead(c, o, kPods, wl.ns, pod, rv, !forCreate);
    if (wl.res == &kDeployments) {
        o += ",\"generateName\":\"";
        o += wl.name;
        o += '-';
        o += wl.hash;
        o += "-\"";
    }
    o += ",\"labels\":{\"app\":\"";
    o += wl.name;
    if (wl.res == &kDeployments) {
        o += "\",\"pod-template-hash\":\"";
        o += wl.hash;
    }
    o += "\"},\"ownerReferences\":[{\"apiVersion\":\"apps/v1\",\"kind\":\"";
    o += wl.res == &kDeployments ? "ReplicaSet" : wl.res->kind;
    o += "\",\"name\":\"";
    o += wl.name;
    if (wl.res == &kDeployments) {
        o += '-';
        o += wl.hash;
    }
    o += "\",\"uid\":\"";
    putUuidFor(o, wl.ns + "/" + wl.name + "/owner");
    o += "\",\"controller\":true,\"blockOwnerDeletion\":true}]},\"spec\":{\"volumes\":[{\"name\":\"";
    std::string vol = "kube-api-access-";
    putPodSuffix(vol, hashOf(pod), 5);
    o += vol;
    o += "\",\"projected\":{\"sources\":[{\"serviceAccountToken\":{\"expirationSeconds\":3607,\"path\":\"token\"}},"
         "{\"configMap\":{\"name\":\"kube-root-ca.crt\",\"items\":[{\"key\":\"ca.crt\",\"path\":\"ca.crt\"}]}}],"
         "\"defaultMode\":420}}],\"containers\":[";
    putContainer(o, wl, true, vol);
    o += "],\"restartPolicy\":\"Always\",\"terminationGracePeriodSeconds\":30,\"dnsPolicy\":\"ClusterFirst\","
         "\"serviceAccountName\":\"default\",\"serviceAccount\":\"default\"";
    if (!forCreate && node >= 0) {
        o += ",\"nodeName\":\"";
        o += c.w.nodes[static_cast<size_t>(node)];
        o += '"';
    }
    o += ",\"securityContext\":{},\"schedulerName\":\"default-scheduler\",\"priority\":0},\"status\":{";
    if (withStatus) {
        const u64 h = hashOf(pod);
        o += "\"phase\":\"Running\",\"hostIP\":\"";
        o += c.w.nodeIps[static_cast<size_t>(node)];
        o += "\",\"podIP\":\"172.20.";
        putInt(o, static_cast<i64>(h % 250));
        o += '.';
        putInt(o, static_cast<i64>((h >> 8) % 250 + 2));
        o += "\",\"startTime\":\"";
        putTime(o, c.now - static_cast<i64>(h % (3 * 86400)) * kUsPerSec, TimeFmt::Seconds);
        o += "\",\"containerStatuses\":[{\"name\":\"";
        o += wl.name;
        o += "\",\"state\":{\"running\":{\"startedAt\":\"";
        putTime(o, c.now - static_cast<i64>(h % (3 * 86400)) * kUsPerSec + 4 * kUsPerSec, TimeFmt::Seconds);
        o += "\"}},\"lastState\":{},\"ready\":true,\"restartCount\":0,\"image\":\"";
        o += wl.image;
        o += "\",\"containerID\":\"containerd://";
        putHex(o, h, 64);
        o += "\",\"started\":true}],\"qosClass\":\"Burstable\"";
    } else {
        o += "\"phase\":\"Pending\",\"qosClass\":\"Burstable\"";
    }
    o += "}}";
}

void leaseBody(Ctx& c, std::string& o, std::string_view ns, std::string_view name, std::string_view holder,
               const char* manager, int duration, i64 rv, i64 renew, bool nodeOwner) {
    metaHead(c, o, kLeases, ns, name, rv);
    if (nodeOwner) {
        o += ",\"ownerReferences\":[{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"name\":\"";
        o += name;
        o += "\",\"uid\":\"";
        putUuidFor(o, name);
        o += "\"}]";
    }
    o += ",\"managedFields\":[{\"manager\":\"";
    o += manager;
    o += "\",\"operation\":\"Update\",\"apiVersion\":\"coordination.k8s.io/v1\",\"time\":\"";
    putTime(o, renew, TimeFmt::Seconds);
    o += "\",\"fieldsType\":\"FieldsV1\",\"fieldsV1\":{\"f:spec\":{\"f:holderIdentity\":{},"
         "\"f:leaseDurationSeconds\":{},\"f:renewTime\":{}}}}]},\"spec\":{\"holderIdentity\":\"";
    o += holder;
    o += "\",\"leaseDurationSeconds\":";
    putInt(o, duration);
    if (!nodeOwner) {
        o += ",\"acquireTime\":\"";
        putTime(o, renew - static_cast<i64>(hashOf(name) % (2 * 86400)) * kUsPerSec, TimeFmt::Micro);
        o += '"';
    }
    o += ",\"renewTime\":\"";
    putTime(o, renew, TimeFmt::Micro);
    o += '"';
    if (!nodeOwner) o += ",\"leaseTransitions\":" + std::to_string(hashOf(name) % 9 + 1);
    o += "}}";
}

// --- emitting lines --------------------------------------------------------------------------------------------------

void emitLine(std::string& o, const Req& r, bool started, i64 stageTs, int code) {
    o += "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"";
    o += r.level;
    o += "\",\"auditID\":\"";
    o.append(r.auditId, 36);
    o += started ? "\",\"stage\":\"ResponseStarted\",\"requestURI\":\"" : "\",\"stage\":\"ResponseComplete\","
                                                                          "\"requestURI\":\"";
    o += r.uri;
    o += "\",\"verb\":\"";
    o += r.verb;
    o += "\",\"user\":";
    o += *r.user;
    if (r.imp) {
        o += ",\"impersonatedUser\":";
        o += *r.imp;
    }
    o += ",\"sourceIPs\":[";
    o += r.ips;
    o += ']';
    if (!r.ua.empty()) {  // userAgent is omitempty
        o += ",\"userAgent\":\"";
        o += r.ua;
        o += '"';
    }
    if (r.res) {
        o += ",\"objectRef\":{\"resource\":\"";
        o += r.res->name;
        o += '"';
        if (!r.ns.empty() && r.res->namespaced) {
            o += ",\"namespace\":\"";
            o += r.ns;
            o += '"';
        }
        if (!r.name.empty()) {
            o += ",\"name\":\"";
            o += r.name;
            o += '"';
        }
        if (!r.objUid.empty()) {
            o += ",\"uid\":\"";
            o += r.objUid;
            o += '"';
        }
        if (r.res->group[0]) {
            o += ",\"apiGroup\":\"";
            o += r.res->group;
            o += '"';
        }
        o += ",\"apiVersion\":\"";
        o += r.res->version;
        o += '"';
        if (!r.objRv.empty()) {
            o += ",\"resourceVersion\":\"";
            o += r.objRv;
            o += '"';
        }
        if (r.sub) {
            o += ",\"subresource\":\"";
            o += r.sub;
            o += '"';
        }
        o += '}';
    }
    o += ",\"responseStatus\":{\"metadata\":{},";
    o += r.status;
    o += "\"code\":";
    putInt(o, code);
    o += '}';
    if (!r.reqObj.empty() && r.level[0] == 'R') {
        o += ",\"requestObject\":";
        o += r.reqObj;
    }
    if (!started && !r.respObj.empty() && wantBodies(r)) {
        o += ",\"responseObject\":";
        o += r.respObj;
    }
    o += ",\"requestReceivedTimestamp\":\"";
    putTime(o, r.recv, TimeFmt::Micro);
    o += "\",\"stageTimestamp\":\"";
    putTime(o, stageTs, TimeFmt::Micro);
    o += '"';
    if (!r.annotations.empty()) {
        o += ",\"annotations\":{";
        o += r.annotations;
        o += '}';
    }
    o += "}\n";
}

// Returns the number of lines written.
int emit(std::string& o, const Req& r) {
    if (r.startedOnly) {
        emitLine(o, r, true, r.recv + r.latency, r.code);
        return 1;
    }
    if (!r.longRunning) {
        emitLine(o, r, false, r.recv + r.latency, r.code);
        return 1;
    }
    // Both stages share auditID and requestReceivedTimestamp; they are written back to back so that the file stays
    // ordered by requestReceivedTimestamp (a live apiserver would write the second line when the stream closes).
    emitLine(o, r, true, r.recv + r.latency, r.code);
    emitLine(o, r, false, r.recv + r.latency + r.duration, r.code);
    return 2;
}

// ---------------------------------------------------------------------------------------------------------------------
// Traffic scenarios

const Workload& pickWorkload(Ctx& c, bool appOnly) {
    const World& w = c.w;
    if (appOnly) {
        const Ns& n = w.ns[static_cast<size_t>(c.rng.pick(w.appNs))];
        return w.wls[static_cast<size_t>(c.rng.pick(n.wls))];
    }
    return c.rng.pick(w.wls);
}

std::string_view ipOf(Ctx& c, const Identity& id) { return c.rng.pick(id.ips); }

std::string watchQuery(Ctx& c, std::string_view selector, int timeoutSec) {
    std::string q = "allowWatchBookmarks=true";
    if (!selector.empty()) {
        q += "&fieldSelector=";
        q += selector;
    }
    q += "&resourceVersion=";
    q += std::to_string(c.rv - c.rng.range(100, 90000));
    q += "&timeout=";
    q += std::to_string(timeoutSec / 60) + "m" + std::to_string(timeoutSec % 60) + "s";
    q += "&timeoutSeconds=";
    q += std::to_string(timeoutSec);
    q += "&watch=true";
    return q;
}

void makeWatch(Ctx& c, int minSec, int maxSec, std::string_view selector) {
    Req& r = c.r;
    const int t = c.rng.range(minSec, maxSec);
    uri(c, watchQuery(c, selector, t));
    r.longRunning = true;
    r.latency = c.rng.range(300, 3000);
    r.duration = static_cast<i64>(t) * kUsPerSec + c.rng.range(0, 400000);
}

void setUidRv(Ctx& c, const Res& res, std::string_view ns, std::string_view name, i64 rv) {
    c.r.objUid.clear();
    putUuidFor(c.r.objUid, std::string(res.name) + "/" + std::string(ns) + "/" + std::string(name));
    c.r.objRv = std::to_string(rv);
}

// kubelet renews its node Lease every 10 s.
void sKubeletLease(Ctx& c) {
    const size_t n = c.rng.below(c.w.nodes.size());
    const Identity& id = c.w.nodeIds[n];
    begin(c, id, "update", id.ips[0]);
    target(c, kLeases, "kube-node-lease", c.w.nodes[n]);
    uri(c, "timeout=10s");
    const i64 rv = c.rv - c.rng.range(50, 400);
    setUidRv(c, kLeases, "kube-node-lease", c.w.nodes[n], rv);
    allow(c.r, id.reasonEsc);
    leaseBody(c, c.r.reqObj, "kube-node-lease", c.w.nodes[n], c.w.nodes[n], "kubelet", 40, rv, c.now, true);
    if (c.rng.chance(0.002)) {
        failConflict(c);
        return;
    }
    leaseBody(c, c.r.respObj, "kube-node-lease", c.w.nodes[n], c.w.nodes[n], "kubelet", 40, c.rv, c.now, true);
}

struct LeaderLease {
    const Identity* id;
    const char* name;
    const char* manager;
    const char* holderHost;
};

void sLeaderLease(Ctx& c) {
    const World& w = c.w;
    const LeaderLease kLeases4[] = {{&w.kcm, "kube-controller-manager", "kube-controller-manager", "master-0"},
                                    {&w.sched, "kube-scheduler", "kube-scheduler", "master-1"},
                                    {&w.ccm, "ccm", "cloud-controller-manager", "master-0"},
                                    {&w.certmgr, "cert-manager-controller", "cert-manager-controller",
                                     "cert-manager-5f6c8d9b7-x8k2q"},
                                    {&w.logctl, "alibaba-log-controller", "alibaba-log-controller",
                                     "alibaba-log-controller-6c7d9f8b5-tq4mz"}};
    const LeaderLease& l = kLeases4[c.rng.below(c.rng.chance(0.75) ? 2 : 5)];
    const bool get = c.rng.chance(0.5);  // client-go renews with a get followed by an update
    begin(c, *l.id, get ? "get" : "update", ipOf(c, *l.id));
    target(c, kLeases, "kube-system", l.name);
    uri(c, "timeout=5s");
    allow(c.r, l.id->reasonEsc);
    c.r.latency = c.rng.latencyUs(get ? 1500 : 5000);
    if (get) return;
    std::string holder = std::string(l.holderHost) + "_";
    putUuidFor(holder, l.name);
    const i64 rv = c.rv - c.rng.range(50, 400);
    setUidRv(c, kLeases, "kube-system", l.name, rv);
    leaseBody(c, c.r.reqObj, "kube-system", l.name, holder, l.manager, 15, rv, c.now, false);
    if (c.rng.chance(0.01)) {
        failConflict(c);
        return;
    }
    leaseBody(c, c.r.respObj, "kube-system", l.name, holder, l.manager, 15, c.rv, c.now, false);
}

void sApiserverLease(Ctx& c) {
    const Identity& id = c.w.apiserver;
    begin(c, id, "update", ipOf(c, id));
    std::string name = "apiserver-";
    putHex(name, c.rng.chance(0.5) ? 11 : 12, 26);
    target(c, kLeases, "kube-system", name);
    uri(c, {});
    allow(c.r, id.reasonEsc);
    const i64 rv = c.rv - c.rng.range(50, 400);
    setUidRv(c, kLeases, "kube-system", name, rv);
    std::string holder = name + "_";
    putUuidFor(holder, name);
    leaseBody(c, c.r.reqObj, "kube-system", name, holder, "kube-apiserver", 3600, rv, c.now, false);
    leaseBody(c, c.r.respObj, "kube-system", name, holder, "kube-apiserver", 3600, c.rv, c.now, false);
}

void sKubeletGetNode(Ctx& c) {
    const size_t n = c.rng.below(c.w.nodes.size());
    begin(c, c.w.nodeIds[n], "get", c.w.nodeIps[n]);
    target(c, kNodes, {}, c.w.nodes[n]);
    uri(c, "resourceVersion=0&timeout=10s");
    allow(c.r, {});
    c.r.latency = c.rng.latencyUs(900);
}

void sKubeletNodeStatus(Ctx& c) {
    const size_t n = c.rng.below(c.w.nodes.size());
    const World& w = c.w;
    begin(c, w.nodeIds[n], "patch", w.nodeIps[n]);
    target(c, kNodes, {}, w.nodes[n], "status");
    uri(c, "timeout=10s");
    allow(c.r, {});
    std::string& q = c.r.reqObj;
    q = "{\"status\":{\"$setElementOrder/conditions\":[{\"type\":\"MemoryPressure\"},{\"type\":\"DiskPressure\"},"
        "{\"type\":\"PIDPressure\"},{\"type\":\"Ready\"}],\"conditions\":[";
    static const char* kConds[] = {"MemoryPressure", "DiskPressure", "PIDPressure", "Ready"};
    for (int i = 0; i < 4; ++i) {
        q += i ? ",{\"lastHeartbeatTime\":\"" : "{\"lastHeartbeatTime\":\"";
        putTime(q, c.now, TimeFmt::Seconds);
        q += "\",\"type\":\"";
        q += kConds[i];
        q += "\"}";
    }
    q += "]}}";
    std::string& o = c.r.respObj;
    metaHead(c, o, kNodes, {}, w.nodes[n], c.rv);
    o += ",\"labels\":{\"beta.kubernetes.io/arch\":\"amd64\",\"beta.kubernetes.io/os\":\"linux\",\"kubernetes.io/"
         "hostname\":\"";
    o += w.nodes[n];
    o += "\",\"node.kubernetes.io/instance-type\":\"ecs.g7.2xlarge\",\"topology.kubernetes.io/region\":\"cn-hangzhou\","
         "\"topology.kubernetes.io/zone\":\"cn-hangzhou-";
    o += "hijk"[n % 4];
    o += "\"}},\"spec\":{\"podCIDR\":\"172.20.";
    putInt(o, static_cast<i64>(n) * 4);
    o += ".0/24\",\"providerID\":\"cn-hangzhou.i-bp1";
    putHex(o, hashOf(w.nodes[n]), 17);
    o += "\"},\"status\":{\"capacity\":{\"cpu\":\"8\",\"ephemeral-storage\":\"123722704Ki\",\"memory\":\"32028340Ki\","
         "\"pods\":\"64\"},\"allocatable\":{\"cpu\":\"7910m\",\"ephemeral-storage\":\"114022843818\",\"memory\":"
         "\"28257972Ki\",\"pods\":\"64\"},\"conditions\":[";
    static const char* kReasons[] = {"KubeletHasSufficientMemory", "KubeletHasNoDiskPressure",
                                     "KubeletHasSufficientPID", "KubeletReady"};
    for (int i = 0; i < 4; ++i) {
        o += i ? ",{\"type\":\"" : "{\"type\":\"";
        o += kConds[i];
        o += i == 3 ? "\",\"status\":\"True\",\"lastHeartbeatTime\":\"" : "\",\"status\":\"False\","
                                                                            "\"lastHeartbeatTime\":\"";
        putTime(o, c.now, TimeFmt::Seconds);
        o += "\",\"reason\":\"";
        o += kReasons[i];
        o += "\"}";
    }
    o += "],\"addresses\":[{\"type\":\"InternalIP\",\"address\":\"";
    o += w.nodeIps[n];
    o += "\"},{\"type\":\"Hostname\",\"address\":\"";
    o += w.nodes[n];
    o += "\"}],\"nodeInfo\":{\"machineID\":\"";
    putHex(o, hashOf(w.nodes[n], 5), 32);
    o += "\",\"kernelVersion\":\"5.10.134-16.3.al8.x86_64\",\"osImage\":\"Alibaba Cloud Linux 3.2104 U10 (OpenAnolis "
         "Edition)\",\"containerRuntimeVersion\":\"containerd://1.6.28\",\"kubeletVersion\":\"v1.30.1-aliyun.1\","
         "\"kubeProxyVersion\":\"v1.30.1-aliyun.1\",\"operatingSystem\":\"linux\",\"architecture\":\"amd64\"}}}";
    c.r.latency = c.rng.latencyUs(6000);
}

void sKubeletWatch(Ctx& c) {
    const World& w = c.w;
    const size_t n = c.rng.below(w.nodes.size());
    begin(c, w.nodeIds[n], "watch", w.nodeIps[n]);
    allow(c.r, {});
    const int kind = static_cast<int>(c.rng.below(4));
    if (kind == 0) {
        target(c, kPods, {}, {});
        makeWatch(c, 300, 600, "spec.nodeName%3D" + w.nodes[n]);
    } else if (kind == 1) {
        target(c, kNodes, {}, {});
        makeWatch(c, 300, 600, "metadata.name%3D" + w.nodes[n]);
    } else {
        // kubelet watches each ConfigMap/Secret its pods mount, one object per watch
        const Workload& wl = pickWorkload(c, false);
        const Ns* ns = nullptr;
        for (const Ns& x : w.ns)
            if (x.name == wl.ns) ns = &x;
        const bool cm = kind == 2 || ns->secrets.empty();
        target(c, cm ? kConfigMaps : kSecrets, wl.ns, {});
        makeWatch(c, 300, 600, "metadata.name%3D" + c.rng.pick(cm ? ns->configmaps : ns->secrets));
    }
}

const Ns& nsOf(Ctx& c, std::string_view name) {
    for (const Ns& x : c.w.ns)
        if (x.name == name) return x;
    return c.w.ns[0];
}

void sKubeletGetCmSecret(Ctx& c) {
    const World& w = c.w;
    const Workload& wl = pickWorkload(c, false);
    const size_t node = static_cast<size_t>(wl.podNode[0]);
    const Ns& ns = nsOf(c, wl.ns);
    const bool cm = c.rng.chance(0.5) || ns.secrets.empty();
    begin(c, w.nodeIds[node], "get", w.nodeIps[node]);
    target(c, cm ? kConfigMaps : kSecrets, wl.ns, c.rng.pick(cm ? ns.configmaps : ns.secrets));
    uri(c, {});
    allow(c.r, {});
    c.r.latency = c.rng.latencyUs(1200);
    if (c.rng.chance(0.04)) failNotFound(c);
}

void sKubeletPodStatus(Ctx& c) {
    const Workload& wl = pickWorkload(c, false);
    const size_t i = c.rng.below(wl.pods.size());
    const int node = wl.podNode[i];
    begin(c, c.w.nodeIds[static_cast<size_t>(node)], "patch", c.w.nodeIps[static_cast<size_t>(node)]);
    target(c, kPods, wl.ns, wl.pods[i], "status");
    uri(c, {});
    allow(c.r, {});
    std::string& q = c.r.reqObj;
    q = "{\"metadata\":{\"uid\":\"";
    putUuidFor(q, "pods/" + wl.ns + "/" + wl.pods[i]);
    q += "\"},\"status\":{\"$setElementOrder/conditions\":[{\"type\":\"Initialized\"},{\"type\":\"Ready\"},"
         "{\"type\":\"ContainersReady\"},{\"type\":\"PodScheduled\"}],\"conditions\":[{\"lastTransitionTime\":\"";
    putTime(q, c.now - 2 * kUsPerSec, TimeFmt::Seconds);
    q += "\",\"status\":\"True\",\"type\":\"Ready\"},{\"lastTransitionTime\":\"";
    putTime(q, c.now - 2 * kUsPerSec, TimeFmt::Seconds);
    q += "\",\"status\":\"True\",\"type\":\"ContainersReady\"}]}}";
    podBody(c, c.r.respObj, wl, wl.pods[i], node, c.rv, true, false);
    c.r.latency = c.rng.latencyUs(7000);
}

void eventBody(Ctx& c, std::string& o, const Workload& wl, std::string_view pod, std::string_view evName,
               const char* reason, const char* msg, const char* source) {
    metaHead(c, o, kEvents, wl.ns, evName, 0, false);
    o += "},\"involvedObject\":{\"kind\":\"Pod\",\"namespace\":\"";
    o += wl.ns;
    o += "\",\"name\":\"";
    o += pod;
    o += "\",\"uid\":\"";
    putUuidFor(o, "pods/" + wl.ns + "/" + std::string(pod));
    o += "\",\"apiVersion\":\"v1\",\"fieldPath\":\"spec.containers{";
    o += wl.name;
    o += "}\"},\"reason\":\"";
    o += reason;
    o += "\",\"message\":\"";
    o += msg;
    o += "\",\"source\":{\"component\":\"";
    o += source;
    o += "\"},\"firstTimestamp\":\"";
    putTime(o, c.now, TimeFmt::Seconds);
    o += "\",\"lastTimestamp\":\"";
    putTime(o, c.now, TimeFmt::Seconds);
    o += "\",\"count\":1,\"type\":\"";
    o += reason[0] == 'B' || reason[0] == 'U' ? "Warning" : "Normal";
    o += "\",\"eventTime\":null,\"reportingComponent\":\"";
    o += source;
    o += "\",\"reportingInstance\":\"\"}";
}

void sKubeletEvent(Ctx& c) {
    const Workload& wl = pickWorkload(c, false);
    const size_t i = c.rng.below(wl.pods.size());
    const size_t node = static_cast<size_t>(wl.podNode[i]);
    begin(c, c.w.nodeIds[node], "create", c.w.nodeIps[node]);
    std::string ev = wl.pods[i] + ".";
    putHex(ev, c.rng.next(), 16);
    target(c, kEvents, wl.ns, ev);
    uri(c, {}, true);
    allow(c.r, {});
    static const char* kR[][2] = {{"Pulled", "Container image already present on machine"},
                                  {"Started", "Started container"},
                                  {"BackOff", "Back-off restarting failed container"},
                                  {"Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503"},
                                  {"Killing", "Stopping container"}};
    const auto& k = kR[c.rng.below(5)];
    eventBody(c, c.r.reqObj, wl, wl.pods[i], ev, k[0], k[1], "kubelet");
    eventBody(c, c.r.respObj, wl, wl.pods[i], ev, k[0], k[1], "kubelet");
    c.r.code = 201;
}

void sKubeProxyWatch(Ctx& c) {
    const size_t n = c.rng.below(c.w.nodes.size());
    begin(c, c.w.proxy, "watch", c.w.nodeIps[n]);
    target(c, kServices, {}, {});
    allow(c.r, c.w.proxy.reasonEsc);
    makeWatch(c, 300, 600, "metadata.name%21%3Ddefault");
}

// kube-controller-manager's per-controller service accounts.
void sControllers(Ctx& c) {
    const World& w = c.w;
    const int which = static_cast<int>(c.rng.below(100));
    auto ctl = [&](int i) -> const Identity& { return w.controllers[static_cast<size_t>(i)]; };
    if (which < 22) {  // deployment-controller: status updates carry the whole object twice
        const Identity& id = ctl(0);
        const Workload* wl = &pickWorkload(c, false);
        while (wl->res != &kDeployments) wl = &pickWorkload(c, false);
        begin(c, id, "update", ipOf(c, id));
        target(c, kDeployments, wl->ns, wl->name, "status");
        uri(c, {});
        allow(c.r, id.reasonEsc);
        const i64 rv = c.rv - c.rng.range(10, 4000);
        setUidRv(c, kDeployments, wl->ns, wl->name, rv);
        workloadBody(c, c.r.reqObj, *wl, rv, true, false);
        if (c.rng.chance(0.03)) {
            failConflict(c);
        } else {
            workloadBody(c, c.r.respObj, *wl, c.rv, true, false);
        }
        c.r.latency = c.rng.latencyUs(8000);
    } else if (which < 34) {  // replicaset-controller creates / deletes pods
        const Identity& id = ctl(1);
        const Workload* wl = &pickWorkload(c, true);
        while (wl->res != &kDeployments) wl = &pickWorkload(c, true);
        const bool create = c.rng.chance(0.6);
        std::string pod = wl->name + "-" + wl->hash + "-";
        putPodSuffix(pod, c.rng.next(), 5);
        begin(c, id, create ? "create" : "delete", ipOf(c, id));
        if (create) {
            target(c, kPods, wl->ns, {});  // generateName: no name is known when the event is recorded
            uri(c, {}, true);
            allow(c.r, id.reasonEsc);
            podBody(c, c.r.reqObj, *wl, pod, 0, 0, false, true);
            podBody(c, c.r.respObj, *wl, pod, -1, c.rv, false, false);
            c.r.code = 201;
            c.r.annotations += ",\"pod-security.kubernetes.io/enforce-policy\":\"privileged:latest\"";
        } else {
            const size_t i = c.rng.below(wl->pods.size());
            target(c, kPods, wl->ns, wl->pods[i]);
            uri(c, {});
            allow(c.r, id.reasonEsc);
            c.r.reqObj = "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"preconditions\":{\"uid\":\"";
            putUuidFor(c.r.reqObj, "pods/" + wl->ns + "/" + wl->pods[i]);
            c.r.reqObj += "\"}}";
            if (c.rng.chance(0.1))
                failNotFound(c);
            else
                podBody(c, c.r.respObj, *wl, wl->pods[i], wl->podNode[i], c.rv, true, false);
        }
        c.r.latency = c.rng.latencyUs(9000);
    } else if (which < 48) {  // statefulset / daemonset status updates
        const bool sts = c.rng.chance(0.5);
        const Identity& id = ctl(sts ? 2 : 3);
        const Workload* wl = &pickWorkload(c, false);
        while (wl->res != (sts ? &kStatefulSets : &kDaemonSets)) wl = &pickWorkload(c, false);
        begin(c, id, "update", ipOf(c, id));
        target(c, *wl->res, wl->ns, wl->name, "status");
        uri(c, {});
        allow(c.r, id.reasonEsc);
        const i64 rv = c.rv - c.rng.range(10, 4000);
        setUidRv(c, *wl->res, wl->ns, wl->name, rv);
        workloadBody(c, c.r.reqObj, *wl, rv, true, false);
        workloadBody(c, c.r.respObj, *wl, c.rv, true, false);
    } else if (which < 58) {  // job / cronjob controllers
        const Ns& ns = nsOf(c, c.rng.chance(0.6) ? "prod-data" : "prod-order");
        const std::string& cj = c.rng.pick(ns.cronjobs);
        // CronJob-created Jobs are named after the scheduled time in minutes since the epoch.
        const std::string job = cj + "-" + std::to_string(c.now / kUsPerMin / 60 * 60);
        const int kind = static_cast<int>(c.rng.below(3));
        const Identity& id = ctl(kind == 0 ? 5 : 4);
        begin(c, id, kind == 0 ? "create" : "update", ipOf(c, id));
        target(c, kind == 2 ? kCronJobs : kJobs, ns.name, kind == 2 ? cj : job, kind == 0 ? nullptr : "status");
        if (kind == 2) target(c, kCronJobs, ns.name, cj, "status");
        uri(c, {}, kind == 0);
        allow(c.r, id.reasonEsc);
        std::string& q = c.r.reqObj;
        metaHead(c, q, *c.r.res, ns.name, c.r.name, c.rv - 20, kind != 0);
        q += ",\"labels\":{\"app\":\"";
        q += cj;
        q += "\"}},\"spec\":{";
        if (kind == 2) {
            q += "\"schedule\":\"0 * * * *\",\"concurrencyPolicy\":\"Forbid\",\"suspend\":false,"
                 "\"successfulJobsHistoryLimit\":3,\"failedJobsHistoryLimit\":1},\"status\":{\"lastScheduleTime\":\"";
            putTime(q, c.now / kUsPerMin / 60 * 60 * kUsPerMin, TimeFmt::Seconds);
            q += "\"}}";
        } else {
            q += "\"parallelism\":1,\"completions\":1,\"backoffLimit\":2,\"template\":{\"spec\":{\"containers\":[{"
                 "\"name\":\"";
            q += cj;
            q += "\",\"image\":\"registry.cn-hangzhou.aliyuncs.com/acme/";
            q += cj;
            q += ":v2.3.1\",\"args\":[\"--date\",\"yesterday\"]}],\"restartPolicy\":\"OnFailure\"}}},\"status\":{";
            if (kind == 1) q += "\"active\":1,\"ready\":0";
            q += "}}";
        }
        c.r.respObj = c.r.reqObj;
        if (kind == 0) c.r.code = 201;
        if (kind == 0 && c.rng.chance(0.1)) failExists(c);
    } else if (which < 68) {  // garbage collector / quota: lists
        const Identity& id = ctl(c.rng.chance(0.5) ? 6 : 11);
        begin(c, id, "list", ipOf(c, id));
        static const Res* kListed[] = {&kPods, &kConfigMaps, &kSecrets, &kServices, &kPvcs, &kJobs};
        target(c, *kListed[c.rng.below(6)], c.rng.pick(w.ns).name, {});
        uri(c, "limit=500&resourceVersion=0");
        allow(c.r, id.reasonEsc);
        c.r.latency = c.rng.latencyUs(6000);
    } else if (which < 80) {  // node-lifecycle controller
        const Identity& id = ctl(8);
        const bool list = c.rng.chance(0.5);
        begin(c, id, list ? "list" : "get", ipOf(c, id));
        target(c, kNodes, {}, list ? std::string_view{} : std::string_view(c.rng.pick(w.nodes)));
        uri(c, list ? "limit=500&resourceVersion=0" : "");
        allow(c.r, id.reasonEsc);
    } else if (which < 92) {  // HPA reads scale
        const Identity& id = ctl(10);
        const Workload* wl = &pickWorkload(c, true);
        while (wl->res != &kDeployments) wl = &pickWorkload(c, true);
        begin(c, id, "get", ipOf(c, id));
        target(c, kDeployments, wl->ns, wl->name, "scale");
        uri(c, {});
        allow(c.r, id.reasonEsc);
    } else if (which < 97) {  // pvc protection
        const Identity& id = ctl(9);
        const Ns* ns = &c.w.ns[0];
        while (ns->pvcs.empty()) ns = &c.rng.pick(w.ns);
        begin(c, id, "get", ipOf(c, id));
        target(c, kPvcs, ns->name, c.rng.pick(ns->pvcs));
        uri(c, {});
        allow(c.r, id.reasonEsc);
    } else {  // namespace controller sweeping a deleted preview namespace
        const Identity& id = ctl(7);
        static const char* kPreview[] = {"preview-pr-1287", "preview-pr-1291", "preview-pr-1302"};
        static const Res* kSwept[] = {&kConfigMaps, &kSecrets, &kPods, &kServices, &kDeployments, &kLeases};
        begin(c, id, "deletecollection", ipOf(c, id));
        target(c, *kSwept[c.rng.below(6)], kPreview[c.rng.below(3)], {});
        uri(c, {});
        allow(c.r, id.reasonEsc);
        if (wantBodies(c.r)) {
            c.r.reqObj = "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Background\"}";
            c.r.respObj = std::string("{\"kind\":\"") + c.r.res->kind +
                          "List\",\"apiVersion\":\"" + (c.r.res->group[0] ? std::string(c.r.res->group) + "/" : "") +
                          c.r.res->version + "\",\"metadata\":{\"resourceVersion\":\"" + std::to_string(c.rv) +
                          "\"},\"items\":[]}";
        }
    }
}

void sScheduler(Ctx& c) {
    const World& w = c.w;
    if (c.rng.chance(0.3)) {
        begin(c, w.sched, "watch", ipOf(c, w.sched));
        c.r.ua = w.sched.ua;
        target(c, c.rng.chance(0.5) ? kPods : kNodes, {}, {});
        allow(c.r, w.sched.reasonEsc);
        makeWatch(c, 300, 600, c.r.res == &kPods ? "status.phase%21%3DSucceeded%2Cstatus.phase%21%3DFailed" : "");
        return;
    }
    const Workload& wl = pickWorkload(c, true);
    std::string pod = wl.name + "-" + wl.hash + "-";
    putPodSuffix(pod, c.rng.next(), 5);
    begin(c, w.sched, "create", ipOf(c, w.sched));
    target(c, kPods, wl.ns, pod, "binding");
    uri(c, {});
    allow(c.r, w.sched.reasonEsc);
    std::string& q = c.r.reqObj;
    q = "{\"kind\":\"Binding\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"";
    q += pod;
    q += "\",\"namespace\":\"";
    q += wl.ns;
    q += "\",\"uid\":\"";
    putUuidFor(q, "pods/" + wl.ns + "/" + pod);
    q += "\",\"creationTimestamp\":null},\"target\":{\"kind\":\"Node\",\"name\":\"";
    q += c.rng.pick(w.nodes);
    q += "\"}}";
    c.r.respObj = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Success\",\"code\":201}";
    c.r.code = 201;
}

void sApiserverReads(Ctx& c) {
    const World& w = c.w;
    begin(c, w.apiserver, c.rng.chance(0.7) ? "get" : "list", ipOf(c, w.apiserver));
    if (c.r.verb[0] == 'g') {
        target(c, kNamespaces, {}, c.rng.pick(w.ns).name);
        uri(c, {});
    } else {
        target(c, c.rng.chance(0.5) ? kServices : kNamespaces, {}, {});
        uri(c, "limit=500&resourceVersion=0");
    }
    allow(c.r, {});
    c.r.latency = c.rng.latencyUs(700);
}

// In-cluster workloads talking to the API.
void sWorkloadSas(Ctx& c) {
    const World& w = c.w;
    const int which = static_cast<int>(c.rng.below(100));
    if (which < 22) {  // app reads its ConfigMaps
        const Identity& id = c.rng.chance(0.7) ? w.appSa : w.webSa;
        const bool web = &id == &w.webSa;
        begin(c, id, "get", ipOf(c, id));
        const Ns& ns = nsOf(c, web ? "prod-web" : "default");
        target(c, kConfigMaps, ns.name, c.rng.pick(ns.configmaps));
        uri(c, {});
        allow(c.r, id.reasonEsc);
        if (c.rng.chance(0.02)) failNotFound(c);
    } else if (which < 28) {  // ...and sometimes tries what it may not
        const Identity& id = w.appSa;
        begin(c, id, "list", ipOf(c, id));
        target(c, kSecrets, c.rng.chance(0.5) ? "default" : "kube-system", {});
        uri(c, "limit=500");
        forbid(c, id.name);
    } else if (which < 40) {  // coredns / ingress / prometheus watches
        static const Res* kWatched[] = {&kServices, &kNamespaces, &kIngresses, &kPods, &kNodes};
        const int k = static_cast<int>(c.rng.below(3));
        const Identity& id = k == 0 ? w.coredns : k == 1 ? w.ingress : w.prom;
        begin(c, id, "watch", ipOf(c, id));
        target(c, *kWatched[k == 0 ? c.rng.below(2) : k == 1 ? 2 : 3 + c.rng.below(2)], {}, {});
        allow(c.r, id.reasonEsc);
        makeWatch(c, 300, 600, {});
    } else if (which < 52) {  // prometheus service discovery lists
        const Identity& id = w.prom;
        begin(c, id, "list", ipOf(c, id));
        static const Res* kListed[] = {&kPods, &kServices, &kNodes};
        const Res* res = kListed[c.rng.below(3)];
        target(c, *res, res == &kNodes ? std::string_view{} : std::string_view(c.rng.pick(w.ns).name), {});
        uri(c, "limit=500&resourceVersion=0");
        allow(c.r, id.reasonEsc);
        c.r.latency = c.rng.latencyUs(9000);
    } else if (which < 58) {  // ingress controller publishes its address
        const Identity& id = w.ingress;
        const Ns& ns = w.ns[static_cast<size_t>(c.rng.pick(w.appNs))];
        const std::string& name = w.wls[static_cast<size_t>(ns.wls[0])].name;
        begin(c, id, "update", ipOf(c, id));
        target(c, kIngresses, ns.name, name, "status");
        uri(c, {});
        allow(c.r, id.reasonEsc);
        const i64 rv = c.rv - c.rng.range(10, 4000);
        setUidRv(c, kIngresses, ns.name, name, rv);
        for (int k = 0; k < 2; ++k) {
            std::string& o = k ? c.r.respObj : c.r.reqObj;
            metaHead(c, o, kIngresses, ns.name, name, k ? c.rv : rv);
            o += ",\"annotations\":{\"nginx.ingress.kubernetes.io/ssl-redirect\":\"true\"}},\"spec\":{"
                 "\"ingressClassName\":\"nginx\",\"tls\":[{\"hosts\":[\"";
            o += name;
            o += ".acme.cn\"],\"secretName\":\"";
            o += ns.name;
            o += "-tls\"}],\"rules\":[{\"host\":\"";
            o += name;
            o += ".acme.cn\",\"http\":{\"paths\":[{\"path\":\"/\",\"pathType\":\"Prefix\",\"backend\":{\"service\":{"
                 "\"name\":\"";
            o += name;
            o += "\",\"port\":{\"number\":80}}}}]}}]},\"status\":{\"loadBalancer\":{\"ingress\":[{\"ip\":\"47.98.";
            putInt(o, 100 + static_cast<i64>(hashOf(ns.name) % 50));
            o += ".17\"}]}}}";
        }
    } else if (which < 76) {  // Log Service controller and its CRD
        const Identity& id = w.logctl;
        const int k = static_cast<int>(c.rng.below(10));
        begin(c, id, k < 4 ? "list" : k < 7 ? "watch" : k < 9 ? "get" : "update", ipOf(c, id));
        const Ns& ns = w.ns[static_cast<size_t>(c.rng.pick(w.appNs))];
        const std::string cfg =
            k < 9 && c.rng.chance(0.3) ? "k8s-stdout" : w.wls[static_cast<size_t>(ns.wls[0])].name + "-log";
        const bool named = k >= 7;  // list/watch address the collection across all namespaces
        target(c, kLogConfigs, named ? std::string_view(ns.name) : std::string_view{},
               named ? std::string_view(cfg) : std::string_view{});
        allow(c.r, id.reasonEsc);
        if (k < 4) {
            uri(c, "limit=500&resourceVersion=0");
        } else if (k < 7) {
            makeWatch(c, 300, 600, {});
        } else {
            uri(c, {});
            if (k == 9) {
                const i64 rv = c.rv - c.rng.range(10, 4000);
                setUidRv(c, kLogConfigs, ns.name, cfg, rv);
                for (int j = 0; j < 2; ++j) {
                    std::string& o = j ? c.r.respObj : c.r.reqObj;
                    metaHead(c, o, kLogConfigs, ns.name, cfg, j ? c.rv : rv);
                    o += "},\"spec\":{\"project\":\"k8s-log-c5f2e6a1b\",\"logstore\":\"";
                    o += cfg;
                    o += "\",\"shardCount\":2,\"lifeCycle\":90,\"logtailConfig\":{\"inputType\":\"plugin\","
                         "\"configName\":\"";
                    o += cfg;
                    o += "\",\"inputDetail\":{\"plugin\":{\"inputs\":[{\"type\":\"service_docker_stdout\",\"detail\":{"
                         "\"Stdout\":true,\"Stderr\":true,\"IncludeEnv\":{\"aliyun_logs_";
                    o += cfg;
                    o += "\":\"stdout\"}}}]}}}},\"status\":{\"status\":\"OK\",\"statusCode\":200}}";
                }
            } else if (c.rng.chance(0.05)) {
                failNotFound(c);
            }
        }
    } else {  // Argo CD reconciles and self-heals
        const Identity& id = w.argocd;
        const Workload* wl = &pickWorkload(c, true);
        const int k = static_cast<int>(c.rng.below(10));
        begin(c, id, k < 6 ? "get" : k < 9 ? "list" : "patch", ipOf(c, id));
        if (k < 6) {
            target(c, *wl->res, wl->ns, wl->name);
            uri(c, {});
        } else if (k < 9) {
            target(c, c.rng.chance(0.5) ? kServices : kDeployments, wl->ns, {});
            uri(c, "limit=500");
        } else {
            while (wl->res != &kDeployments) wl = &pickWorkload(c, true);
            target(c, kDeployments, wl->ns, wl->name);
            uri(c, "fieldManager=argocd-controller");
            c.r.reqObj = "{\"spec\":{\"replicas\":" + std::to_string(wl->replicas) + "}}";
            workloadBody(c, c.r.respObj, *wl, c.rv, true, false);
        }
        allow(c.r, id.reasonEsc);
    }
}

// Helm from CI: release secrets, configmaps, and upgrades.
void sDeployer(Ctx& c) {
    const World& w = c.w;
    const Identity& id = w.deployer;
    const Workload* wl = &pickWorkload(c, true);
    while (wl->res != &kDeployments) wl = &pickWorkload(c, true);
    const Ns& ns = nsOf(c, wl->ns);
    const int k = static_cast<int>(c.rng.below(10));
    if (k < 4) {
        begin(c, id, "list", ipOf(c, id));
        target(c, kSecrets, ns.name, {});
        uri(c, "labelSelector=name%3D" + wl->name + "%2Cowner%3Dhelm");
    } else if (k < 6) {
        begin(c, id, "create", ipOf(c, id));
        std::string rel = "sh.helm.release.v1." + wl->name + ".v" + std::to_string(c.now / (3 * 3600 * kUsPerSec) % 90);
        target(c, kSecrets, ns.name, rel);
        uri(c, {}, true);
        c.r.code = 201;
        allow(c.r, id.reasonEsc);
        if (c.rng.chance(0.1)) failExists(c);
        return;
    } else if (k < 9) {
        begin(c, id, "patch", ipOf(c, id));
        target(c, kDeployments, ns.name, wl->name);
        uri(c, "fieldManager=helm");
        std::string& q = c.r.reqObj;
        q = "{\"metadata\":{\"labels\":{\"helm.sh/chart\":\"";
        q += wl->name;
        q += "-0.3.";
        putInt(q, static_cast<i64>(c.now / (86400 * kUsPerSec) % 20));
        q += "\"}},\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"";
        q += wl->name;
        q += "\"}],\"containers\":[{\"image\":\"";
        q += wl->image;
        q += "\",\"name\":\"";
        q += wl->name;
        q += "\"}]}}}}";
        allow(c.r, id.reasonEsc);
        if (c.rng.chance(0.05)) {
            failInvalid(c);
        } else if (c.rng.chance(0.03)) {
            failInternal(c);
        } else {
            workloadBody(c, c.r.respObj, *wl, c.rv, true, false);
            c.r.latency = c.rng.latencyUs(15000);
        }
        return;
    } else {
        begin(c, id, "get", ipOf(c, id));
        target(c, kConfigMaps, ns.name, c.rng.pick(ns.configmaps));
        uri(c, {});
    }
    allow(c.r, id.reasonEsc);
}

// --- people --------------------------------------------------------------------------------------------------------

bool permitted(const Human& h, const char* verb, const Res* res, std::string_view ns, const char* sub) {
    // exec/attach over WebSocket arrive as "get", but they are never a read
    const bool interactive = sub && (!std::strcmp(sub, "exec") || !std::strcmp(sub, "attach"));
    const bool read =
        !interactive && (!std::strcmp(verb, "get") || !std::strcmp(verb, "list") || !std::strcmp(verb, "watch"));
    const bool prod = ns.rfind("prod-", 0) == 0;
    const bool staging = ns.rfind("staging-", 0) == 0;
    switch (h.role) {
    case Human::Admin:
        return true;
    case Human::Developer:
        if (!ns.empty() && !prod && !staging && ns.rfind("dev-", 0) != 0 && ns != "default") return false;
        if (ns.empty()) return read && res != &kSecrets;
        if (prod && res == &kSecrets) return false;
        return read || !prod || res == &kPods || res == &kDeployments;
    case Human::Restricted:
        return read && res != &kSecrets && (staging || ns.rfind("dev-", 0) == 0);
    case Human::Edit:
        if (ns == "dev-alice" || staging) return true;
        return read && res != &kSecrets && !ns.empty() && ns != "kube-system";
    case Human::Sandbox:
        return ns == "dev-bob";
    }
    return false;
}

void humanAllow(Ctx& c, const Human& h, std::string_view ns) {
    std::string& s = c.tmp;
    s.clear();
    if (h.role == Human::Edit || h.role == Human::Sandbox) {
        s = rbacReason("RoleBinding", h.clusterRole + "-" + h.ramUid.substr(5) + "/" + std::string(ns), "ClusterRole",
                       h.clusterRole, "Group", h.ramUid);
    } else if (h.role == Human::Developer || h.role == Human::Restricted) {
        if (ns.empty())
            s = rbacReason("ClusterRoleBinding", h.ramUid + "-clusterrolebinding", "ClusterRole", "cs:ns-viewer",
                           "User", h.ramUid);
        else
            s = rbacReason("RoleBinding", h.bindingName + "/" + std::string(ns), "ClusterRole", h.clusterRole, "User",
                           h.ramUid);
    } else {
        s = rbacReason("ClusterRoleBinding", h.bindingName, "ClusterRole", h.clusterRole, "User", h.ramUid);
    }
    allow(c.r, s);
}

const Res* kHumanListed[] = {&kPods,    &kPods,       &kPods,      &kDeployments, &kDeployments, &kServices,
                             &kEvents,  &kIngresses,  &kConfigMaps, &kSecrets,     &kNodes,       &kNamespaces,
                             &kJobs,    &kCronJobs,   &kPvcs,      &kStatefulSets, &kDaemonSets,  &kLogConfigs};

void sHuman(Ctx& c) {
    const World& w = c.w;
    // pick the person
    double x = c.rng.unit() * w.humanTotal;
    size_t hi = 0;
    while (hi + 1 < w.humans.size() && x >= w.humans[hi].weight) x -= w.humans[hi++].weight;
    const Human& h = w.humans[hi];
    const bool pub = c.rng.chance(h.publicShare);
    std::string_view ip = c.rng.pick(pub ? h.pubIps : h.privIps);
    std::string_view ua = c.rng.pick(h.uas);

    // where: sandbox users mostly stay home, others mostly in app namespaces
    const Workload* wl = &pickWorkload(c, !c.rng.chance(0.08));
    if (h.role == Human::Sandbox && c.rng.chance(0.8))
        wl = &w.wls[static_cast<size_t>(nsOf(c, "dev-bob").wls[0])];
    if (h.role == Human::Edit && c.rng.chance(0.3))
        wl = &w.wls[static_cast<size_t>(nsOf(c, "dev-alice").wls[0])];
    const Ns& ns = nsOf(c, wl->ns);
    const size_t podIdx = c.rng.below(wl->pods.size());
    const std::string& pod = wl->pods[podIdx];

    const int a = static_cast<int>(c.rng.below(1000));
    // RAM users also browse in the ACK console, which only reads and opens web terminals (exec).
    const bool console = h.role != Human::Edit && h.role != Human::Sandbox && h.id.name != "kubernetes-admin" &&
                         a >= 60 && (a < 650 || (a >= 720 && a < 760)) && c.rng.chance(0.15);
    const char* verb;
    if (a < 60) verb = "get";  // discovery
    else if (a < 430) verb = "list";
    else if (a < 650) verb = "get";
    else if (a < 720) verb = "get";  // pods/log
    else if (a < 760) verb = "create";  // exec / attach
    else if (a < 770) verb = "watch";
    else if (a < 880) verb = "patch";
    else if (a < 930) verb = "create";
    else if (a < 950) verb = "update";
    else verb = "delete";
    begin(c, h.id, verb, ip);
    c.r.ua = ua;
    if (console) {
        // The ACK console proxies requests: the browser's address arrives first via X-Forwarded-For.
        c.r.ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                 "Chrome/119.0.0.0 Safari/537.36";
        c.r.ips.assign("\"").append(c.rng.pick(h.pubIps)).append("\",\"100.104.");
        c.r.ips += std::to_string(c.rng.range(1, 254)) + "." + std::to_string(c.rng.range(1, 254)) + "\"";
    }

    // occasional impersonation (kubectl --as)
    static const std::string kImpWeb =
        "{\"username\":\"system:serviceaccount:prod-web:web\",\"groups\":[\"system:serviceaccounts\","
        "\"system:serviceaccounts:prod-web\",\"system:authenticated\"]}";
    static const std::string kImpBob = "{\"username\":\"bob@example.com\",\"groups\":[\"oidc:qa\"]}";
    const bool imp = (h.role == Human::Admin || h.role == Human::Edit) && a >= 60 && a < 650 && c.rng.chance(0.02);

    if (a < 60) {
        c.r.res = nullptr;
        c.r.level = "Metadata";
        c.r.uri = c.rng.chance(0.5) ? "/api?timeout=32s" : "/apis?timeout=32s";
        c.r.annotations = "\"authorization.k8s.io/decision\":\"allow\",\"authorization.k8s.io/reason\":"
                          "\"RBAC: allowed by ClusterRoleBinding \\\"system:discovery\\\" of ClusterRole "
                          "\\\"system:discovery\\\" to Group \\\"system:authenticated\\\"\"";
        c.r.latency = c.rng.latencyUs(500);
        return;
    }
    if (a < 430 || (a >= 760 && a < 770)) {  // list / kubectl get -w
        const Res* res = kHumanListed[c.rng.below(std::size(kHumanListed))];
        const bool all = res != &kNodes && res != &kNamespaces && c.rng.chance(0.1);
        const bool cluster = res == &kNodes || res == &kNamespaces;
        target(c, *res, cluster || all ? std::string_view{} : std::string_view(ns.name), {});
        if (verb[0] == 'w')
            makeWatch(c, 1800, 1800, {});
        else
            uri(c, "limit=500");
        c.r.latency = c.rng.latencyUs(all ? 60000 : 9000);
    } else if (a < 650) {  // get one object
        const int k = static_cast<int>(c.rng.below(10));
        if (k < 4)
            target(c, kPods, ns.name, pod);
        else if (k < 6)
            target(c, *wl->res, ns.name, wl->name);
        else if (k < 7)
            target(c, kConfigMaps, ns.name, c.rng.pick(ns.configmaps));
        else if (k < 8)
            target(c, kSecrets, ns.name, c.rng.pick(ns.secrets));
        else if (k < 9)
            target(c, kServices, ns.name, wl->name);
        else
            target(c, kNodes, {}, c.rng.pick(w.nodes));
        uri(c, {});
        if (c.rng.chance(0.07)) {
            // typo or already-deleted object
            std::string bad = c.r.name;
            bad += c.rng.chance(0.5) ? "-old" : "x";
            c.r.name = bad;
            uri(c, {});
            if (permitted(h, verb, c.r.res, c.r.ns, c.r.sub)) {
                humanAllow(c, h, c.r.ns);
                failNotFound(c);
                return;
            }
        }
    } else if (a < 720) {  // kubectl logs: a long-running request
        target(c, kPods, ns.name, pod, "log");
        const bool follow = c.rng.chance(0.4);
        std::string q = "container=" + wl->name;
        if (follow) q += "&follow=true";
        q += "&tailLines=" + std::to_string(c.rng.chance(0.5) ? 100 : 500);
        uri(c, q);
        c.r.longRunning = true;
        c.r.latency = c.rng.range(8000, 40000);
        c.r.duration = follow ? c.rng.range(20, 1800) * kUsPerSec : c.rng.range(50, 1500) * 1000;
    } else if (a < 760) {  // exec (and some attach)
        static const std::vector<std::vector<const char*>> kCmds = {
            {"sh"},
            {"/bin/bash"},
            {"sh", "-c", "cat /etc/passwd"},
            {"env"},
            {"cat", "/var/run/secrets/kubernetes.io/serviceaccount/token"},
            {"sh", "-c", "curl -s http://100.100.100.200/latest/meta-data/ram/security-credentials/"},
            {"ls", "-la", "/app"},
            {"ps", "aux"},
            {"redis-cli", "INFO", "replication"},
            {"nslookup", "kubernetes.default.svc.cluster.local"},
            {"bash", "-c", "tail -n 200 /var/log/app/error.log | grep -i 订单"},
        };
        const bool attach = c.rng.chance(0.1);
        // kubectl >= 1.30 execs over WebSocket, which is a GET (verb get); SPDY clients POST (verb create).
        // The console's web terminal is JavaScript and escapes spaces as %20 rather than '+'.
        const bool webTerm = console;
        const bool ws = webTerm || (ua.find("v1.30") != std::string_view::npos && c.rng.chance(0.6));
        c.r.verb = ws ? "get" : "create";
        verb = c.r.verb;
        target(c, kPods, ns.name, pod, attach ? "attach" : "exec");
        const auto& cmd = c.rng.pick(kCmds);
        const bool shell = cmd.size() == 1 && (cmd[0][0] == 's' || cmd[0][1] == 'b');
        std::string q;
        if (!attach) {
            for (const char* arg : cmd) {
                q += q.empty() ? "command=" : "&command=";
                urlEncode(q, arg, !webTerm);
            }
            q += '&';
        }
        q += "container=" + wl->name;
        q += shell || attach ? "&stdin=true&stdout=true&tty=true" : "&stderr=true&stdout=true";
        uri(c, q);
        c.r.longRunning = true;
        c.r.latency = c.rng.range(20000, 120000);
        c.r.duration = (shell || attach) ? c.rng.range(5, 900) * kUsPerSec : c.rng.range(200, 5000) * 1000;
        c.r.code = 101;
    } else if (a < 880) {  // patch: apply, restart, scale, label
        const int k = static_cast<int>(c.rng.below(10));
        if (k < 6) {
            target(c, *wl->res, ns.name, wl->name);
            uri(c, "fieldManager=kubectl-client-side-apply&fieldValidation=Strict");
            if (wantBodies(c.r)) {
                std::string& q = c.r.reqObj;
                q = "{\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":\"";
                std::string inner = "{\"apiVersion\":\"apps/v1\",\"kind\":\"";
                inner += wl->res->kind;
                inner += "\",\"metadata\":{\"name\":\"" + wl->name + "\",\"namespace\":\"" + wl->ns +
                         "\"},\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"image\":\"" + wl->image +
                         "\",\"name\":\"" + wl->name + "\"}]}}}}\n";
                esc(q, inner);
                q += "\"}},\"spec\":{\"template\":{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"";
                q += wl->name;
                q += "\"}],\"containers\":[{\"image\":\"";
                q += wl->image;
                q += "\",\"name\":\"";
                q += wl->name;
                q += "\"}]}}}}";
            }
        } else if (k < 7) {
            target(c, kConfigMaps, ns.name, ns.configmaps.size() > 1 ? ns.configmaps[1] : ns.configmaps[0]);
            uri(c, "fieldManager=kubectl-client-side-apply&fieldValidation=Strict");
        } else if (k < 8 && wl->res != &kDaemonSets) {
            target(c, *wl->res, ns.name, wl->name);
            uri(c, "fieldManager=kubectl-rollout");
            c.r.reqObj = "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/restartedAt\""
                         ":\"";
            putTime(c.r.reqObj, c.now, TimeFmt::ShanghaiSeconds);
            c.r.reqObj += "\"}}}}}";
        } else if (k < 9 && wl->res == &kDeployments) {
            target(c, kDeployments, ns.name, wl->name, "scale");
            uri(c, {});
            const int rep = c.rng.range(0, 6);
            c.r.reqObj = "{\"spec\":{\"replicas\":" + std::to_string(rep) + "}}";
            std::string& o = c.r.respObj;
            o = "{\"kind\":\"Scale\",\"apiVersion\":\"autoscaling/v1\",\"metadata\":{\"name\":\"";
            o += wl->name;
            o += "\",\"namespace\":\"";
            o += ns.name;
            o += "\",\"uid\":\"";
            putUuidFor(o, "deployments/" + ns.name + "/" + wl->name);
            o += "\",\"resourceVersion\":\"" + std::to_string(c.rv) + "\"},\"spec\":{\"replicas\":" +
                 std::to_string(rep) + "},\"status\":{\"replicas\":" + std::to_string(wl->replicas) +
                 ",\"selector\":\"app=" + wl->name + "\"}}";
        } else {
            target(c, kNodes, {}, c.rng.pick(w.nodes));
            uri(c, {});
            c.r.reqObj = "{\"metadata\":{\"labels\":{\"maintenance\":\"planned\"}}}";
        }
        if (c.r.respObj.empty() && wantBodies(c.r) && isWorkloadRes(c.r.res))
            workloadBody(c, c.r.respObj, *wl, c.rv, true, c.r.uri.find("apply") != std::string::npos);
        if (c.r.respObj.empty() && wantBodies(c.r) && c.r.res == &kNodes)
            c.r.respObj = "{\"kind\":\"Node\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"" + c.r.name +
                          "\",\"labels\":{\"kubernetes.io/hostname\":\"" + c.r.name +
                          "\",\"maintenance\":\"planned\"}},\"spec\":{},\"status\":{}}";
        c.r.latency = c.rng.latencyUs(14000);
    } else if (a < 930) {  // create
        const int k = static_cast<int>(c.rng.below(10));
        if (k < 3) {
            target(c, *wl->res, ns.name, wl->name);
            uri(c, "fieldManager=kubectl-client-side-apply&fieldValidation=Strict", true);
            if (wantBodies(c.r)) {
                workloadBody(c, c.r.reqObj, *wl, 0, false, true, true);
                workloadBody(c, c.r.respObj, *wl, c.rv, false, true);
            }
        } else if (k < 6) {
            std::string name = wl->name + "-config-" + std::to_string(c.now / (86400 * kUsPerSec) % 100);
            target(c, kConfigMaps, ns.name, name);
            uri(c, "fieldManager=kubectl-create&fieldValidation=Strict", true);
        } else if (k < 8 && !ns.cronjobs.empty()) {
            std::string name = ns.cronjobs[0] + "-manual-";
            putPodSuffix(name, c.rng.next(), 3);
            target(c, kJobs, ns.name, name);
            uri(c, "fieldManager=kubectl-create&fieldValidation=Strict", true);
            c.r.reqObj = "{\"kind\":\"Job\",\"apiVersion\":\"batch/v1\",\"metadata\":{\"name\":\"" + name +
                         "\",\"namespace\":\"" + ns.name +
                         "\",\"creationTimestamp\":null,\"annotations\":{\"cronjob.kubernetes.io/instantiate\":"
                         "\"manual\"}},\"spec\":{\"template\":{\"metadata\":{\"creationTimestamp\":null},\"spec\":{"
                         "\"containers\":[{\"name\":\"job\",\"image\":\"registry.cn-hangzhou.aliyuncs.com/acme/" +
                         ns.cronjobs[0] + ":v2.3.1\",\"resources\":{}}],\"restartPolicy\":\"OnFailure\"}}},"
                         "\"status\":{}}";
            c.r.respObj = c.r.reqObj;
        } else if (k < 9) {
            std::string name = wl->name + "-tls-" + std::to_string(c.now / (86400 * kUsPerSec) % 100);
            target(c, kSecrets, ns.name, name);
            uri(c, "fieldManager=kubectl-create&fieldValidation=Strict", true);
        } else {
            target(c, kServices, ns.name, wl->name + "-debug");
            uri(c, "fieldManager=kubectl-expose&fieldValidation=Strict", true);
            for (int j = 0; j < 2; ++j) {
                std::string& o = j ? c.r.respObj : c.r.reqObj;
                metaHead(c, o, kServices, ns.name, c.r.name, c.rv, j == 1);
                o += ",\"labels\":{\"app\":\"" + wl->name + "\"}},\"spec\":{\"ports\":[{\"protocol\":\"TCP\","
                     "\"port\":80,\"targetPort\":" + std::to_string(wl->port) + "}],\"selector\":{\"app\":\"" +
                     wl->name + "\"},\"type\":\"ClusterIP\"";
                if (j) o += ",\"clusterIP\":\"192.168.240." + std::to_string(hashOf(c.r.name) % 250 + 2) + "\"";
                o += "},\"status\":{\"loadBalancer\":{}}}";
            }
        }
        c.r.code = 201;
        c.r.latency = c.rng.latencyUs(12000);
    } else if (a < 950) {  // kubectl edit
        target(c, *wl->res, ns.name, wl->name);
        uri(c, "fieldManager=kubectl-edit&fieldValidation=Strict");
        const i64 rv = c.rv - c.rng.range(100, 90000);
        setUidRv(c, *wl->res, ns.name, wl->name, rv);
        if (wantBodies(c.r)) {
            workloadBody(c, c.r.reqObj, *wl, rv, false, false);
            workloadBody(c, c.r.respObj, *wl, c.rv, false, false);
        }
    } else {  // delete
        const int k = static_cast<int>(c.rng.below(10));
        if (k < 6) {
            target(c, kPods, ns.name, pod);
        } else if (k < 8) {
            target(c, kConfigMaps, ns.name, c.rng.pick(ns.configmaps));
        } else if (k < 9) {
            target(c, *wl->res, ns.name, wl->name);
        } else {
            target(c, kJobs, ns.name, ns.cronjobs.empty() ? wl->name + "-migrate" : ns.cronjobs[0] + "-manual-x7k");
        }
        uri(c, {});
        if (wantBodies(c.r)) {
            c.r.reqObj = "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"meta.k8s.io/v1\",\"propagationPolicy\":"
                         "\"Background\"}";
            if (c.r.res == &kPods)
                podBody(c, c.r.respObj, *wl, pod, wl->podNode[podIdx], c.rv, true, false);
            else {
                std::string& o = c.r.respObj;
                o = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Success\",\"details\":{"
                    "\"name\":\"";
                o += c.r.name;
                if (c.r.res->group[0]) o += std::string("\",\"group\":\"") + c.r.res->group;
                o += "\",\"kind\":\"";
                o += c.r.res->name;
                o += "\",\"uid\":\"";
                putUuidFor(o, std::string(c.r.res->name) + "/" + c.r.ns + "/" + c.r.name);
                o += "\"}}";
            }
        }
        c.r.latency = c.rng.latencyUs(10000);
    }

    const Human* eff = &h;
    if (imp) {
        c.r.imp = h.role == Human::Edit ? &kImpWeb : &kImpBob;
        static Human asWeb, asBob;
        asWeb.role = Human::Restricted;  // the web SA is read-only in prod-web only
        asBob.role = Human::Sandbox;
        asBob.ramUid = "oidc:qa";
        asBob.clusterRole = "admin";
        eff = h.role == Human::Edit ? &asWeb : &asBob;
        if (eff == &asWeb) {
            const bool ok = c.r.ns == "prod-web" && (verb[0] == 'g' || verb[0] == 'l') && c.r.res != &kSecrets;
            if (ok) {
                allow(c.r, w.webSa.reasonEsc);
            } else {
                forbid(c, "system:serviceaccount:prod-web:web");
            }
            return;
        }
    }
    const std::string& who = imp ? std::string("bob@example.com") : h.id.name;
    if (!permitted(*eff, verb, c.r.res, c.r.ns, c.r.sub)) {
        forbid(c, who);
        c.r.longRunning = false;  // a refused exec/log/watch never gets to stream
        c.r.code = 403;
        return;
    }
    humanAllow(c, *eff, c.r.ns);
    // failures after authorization
    const bool write = verb[0] == 'c' || verb[0] == 'p' || verb[0] == 'u' || verb[0] == 'd';
    if (write && !c.r.longRunning) {
        const double u = c.rng.unit();
        if (verb[0] == 'c' && u < 0.12)
            failExists(c);
        else if ((verb[0] == 'p' || verb[0] == 'u') && u < 0.08 && isWorkloadRes(c.r.res))
            failInvalid(c);
        else if (verb[0] == 'u' && u < 0.10)
            failConflict(c);
        else if (verb[0] == 'd' && u < 0.06)
            failNotFound(c);
        else if (u > 0.98)
            failInternal(c);
    }
}

// Unauthenticated traffic from the internet.
void sAnonymous(Ctx& c) {
    const World& w = c.w;
    const int k = static_cast<int>(c.rng.below(10));
    std::string_view ip = c.rng.pick(w.scannerIps);
    static const char* kPaths[] = {"/", "/.env", "/version", "/apis", "/metrics", "/api/v1/pods",
                                   "/api/v1/namespaces/kube-system/secrets", "/apis/apps/v1/deployments"};
    const char* path = kPaths[c.rng.below(8)];
    const bool resource = std::strstr(path, "/v1/") != nullptr;
    if (k < 4) {
        // Bad or expired credentials: authentication fails before any user is known, and kube-apiserver records
        // a single ResponseStarted event with an empty user and no authorization annotations.
        begin(c, w.unauth, "get", ip);
        c.r.ua = c.rng.pick(w.scannerUas);
        c.r.level = "Metadata";
        c.r.uri = path;
        if (resource) {
            const bool secrets = std::strstr(path, "secrets") != nullptr;
            const bool deploys = std::strstr(path, "deployments") != nullptr;
            c.r.verb = "list";
            c.r.res = secrets ? &kSecrets : deploys ? &kDeployments : &kPods;
            c.r.ns = secrets ? "kube-system" : "";
        }
        c.r.code = 401;
        c.r.status = c.rng.chance(0.6) ? "\"message\":\"Authentication failed, attempted: bearer\","
                                       : "\"message\":\"Authentication failed, no credentials provided\",";
        c.r.startedOnly = true;
        c.r.latency = c.rng.range(80, 900);
        return;
    }
    begin(c, w.anon, "get", ip);
    c.r.ua = c.rng.pick(w.scannerUas);
    c.r.uri = path;
    c.r.level = "Metadata";
    if (!std::strcmp(path, "/version")) {
        // allowed for everyone by system:public-info-viewer
        c.r.annotations = "\"authorization.k8s.io/decision\":\"allow\",\"authorization.k8s.io/reason\":\"RBAC: "
                          "allowed by ClusterRoleBinding \\\"system:public-info-viewer\\\" of ClusterRole "
                          "\\\"system:public-info-viewer\\\" to Group \\\"system:unauthenticated\\\"\"";
        c.r.latency = c.rng.latencyUs(400);
        return;
    }
    if (resource) {
        const bool secrets = std::strstr(path, "secrets") != nullptr;
        const bool deploys = std::strstr(path, "deployments") != nullptr;
        c.r.verb = "list";
        target(c, secrets ? kSecrets : deploys ? kDeployments : kPods, secrets ? "kube-system" : "", {});
    }
    forbid(c, "system:anonymous");
}

struct Scenario {
    double weight;
    void (*fn)(Ctx&);
};

// Relative request rates of the machine side of the cluster (humans are added on top, scaled by time of day).
const Scenario kMachine[] = {
    {30, sKubeletLease},       {28, sLeaderLease},      {3, sApiserverLease},  {40, sKubeletGetNode},
    {2.5, sKubeletNodeStatus}, {28, sKubeletWatch},     {40, sKubeletGetCmSecret}, {3.5, sKubeletPodStatus},
    {5, sKubeletEvent},        {4, sKubeProxyWatch},    {14, sControllers},    {5, sScheduler},
    {18, sApiserverReads},     {62, sWorkloadSas},      {1.5, sAnonymous},
};
constexpr double kHumanPeak = 70;    // requests per unit at weekday office-hour peak
constexpr double kDeployerPeak = 6;  // CI runs mostly while people work

// ---------------------------------------------------------------------------------------------------------------------
// Output

class Sink {
public:
    bool open(const char* path, bool gzip) {
        gzip_ = gzip;
        if (gzip) {
            gz_ = path ? gzopen(path, "wb6") : gzdopen(fileno(stdout), "wb6");
            if (gz_) gzbuffer(gz_, 1 << 20);
            return gz_ != nullptr;
        }
        f_ = path ? std::fopen(path, "wb") : stdout;
        return f_ != nullptr;
    }
    std::string& buf() { return buf_; }
    bool maybeFlush() { return buf_.size() < (4u << 20) || flush(); }
    bool flush() {
        if (buf_.empty()) return true;
        bytes_ += buf_.size();
        bool ok;
        if (gzip_)
            ok = gzwrite(gz_, buf_.data(), static_cast<unsigned>(buf_.size())) == static_cast<int>(buf_.size());
        else
            ok = std::fwrite(buf_.data(), 1, buf_.size(), f_) == buf_.size();
        buf_.clear();
        return ok;
    }
    bool close() {
        bool ok = flush();
        if (gzip_) ok = gzclose(gz_) == Z_OK && ok;
        else if (f_ == stdout) ok = std::fflush(f_) == 0 && ok;
        else ok = std::fclose(f_) == 0 && ok;
        return ok;
    }
    u64 bytes() const { return bytes_; }

private:
    bool gzip_ = false;
    gzFile gz_ = nullptr;
    FILE* f_ = nullptr;
    std::string buf_;
    u64 bytes_ = 0;
};

void usage() {
    std::fprintf(stderr,
                 "usage: gen_audit --events N [--seed S] [--out FILE] [--end 2026-11-28T12:00:00Z] [--days D] "
                 "[--gzip]\n");
}

}  // namespace

int main(int argc, char** argv) {
    u64 events = 0, seed = 42;
    const char* out = nullptr;
    i64 endUs = 0;
    double days = 7;
    bool gzip = false;
    if (!parseTime("2026-11-28T12:00:00Z", endUs)) return 2;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto val = [&]() -> const char* {
            if (i + 1 >= argc) {
                usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--events") {
            events = std::strtoull(val(), nullptr, 10);
        } else if (a == "--seed") {
            seed = std::strtoull(val(), nullptr, 0);
        } else if (a == "--out") {
            out = val();
        } else if (a == "--end") {
            if (!parseTime(val(), endUs)) {
                std::fprintf(stderr, "gen_audit: --end wants YYYY-MM-DDTHH:MM:SSZ\n");
                return 2;
            }
        } else if (a == "--days") {
            days = std::strtod(val(), nullptr);
        } else if (a == "--gzip") {
            gzip = true;
        } else {
            usage();
            return 2;
        }
    }
    if (events == 0 || !(days > 0)) {
        usage();
        return 2;
    }

    World world;
    buildWorld(world);
    Ctx c(seed, world);

    // Request rate per minute: machine traffic is flat with jitter and rare bursts, human traffic follows the office
    // day. Timestamps come from inverting the cumulative rate at stratified points, which keeps them sorted.
    const i64 spanUs = static_cast<i64>(days * 86400.0 * kUsPerSec);
    const i64 startUs = endUs - spanUs;
    const size_t minutes = static_cast<size_t>((spanUs + kUsPerMin - 1) / kUsPerMin);
    double machineTotal = 0;
    for (const Scenario& s : kMachine) machineTotal += s.weight;
    std::vector<double> cum(minutes + 1, 0.0);
    {
        Rng tr(seed ^ 0x7E11E5CA1EULL);
        for (size_t m = 0; m < minutes; ++m) {
            const i64 t = startUs + static_cast<i64>(m) * kUsPerMin;
            double wgt = (machineTotal + (kHumanPeak + kDeployerPeak) * humanFactor(t)) * (0.85 + 0.3 * tr.unit());
            if (tr.chance(0.004)) wgt *= 2.0 + 3.0 * tr.unit();
            // the last minute may be partial
            const double len = std::min<double>(1.0, static_cast<double>(endUs - t) / kUsPerMin);
            cum[m + 1] = cum[m] + wgt * len;
        }
    }

    Sink sink;
    if (!sink.open(out, gzip)) {
        std::fprintf(stderr, "gen_audit: cannot open %s\n", out ? out : "stdout");
        return 1;
    }
    sink.buf().reserve(5u << 20);

    u64 lines = 0;
    size_t m = 0;
    const double total = cum[minutes];
    while (lines < events) {
        const double s = (static_cast<double>(lines) + c.rng.unit()) / static_cast<double>(events) * total;
        while (m + 1 < minutes && cum[m + 1] <= s) ++m;
        const double within = (s - cum[m]) / std::max(1e-12, cum[m + 1] - cum[m]);
        c.now = std::min(endUs - 1, startUs + static_cast<i64>(m) * kUsPerMin +
                                        static_cast<i64>(within * static_cast<double>(kUsPerMin)));
        c.rv = 48'000'000 + (c.now - startUs) / 2000 + static_cast<i64>(c.rng.below(50));

        for (;;) {
            const double hf = humanFactor(c.now);
            const double human = kHumanPeak * hf, deployer = kDeployerPeak * hf;
            double x = c.rng.unit() * (machineTotal + human + deployer);
            if (x < human) {
                sHuman(c);
            } else if ((x -= human) < deployer) {
                sDeployer(c);
            } else {
                x -= deployer;
                const Scenario* sc = std::begin(kMachine);
                while (sc + 1 != std::end(kMachine) && x >= sc->weight) x -= (sc++)->weight;
                sc->fn(c);
            }
            // a two-line request cannot start on the very last line
            if (!(c.r.longRunning && lines + 1 == events)) break;
        }
        lines += static_cast<u64>(emit(sink.buf(), c.r));
        if (!sink.maybeFlush()) {
            std::fprintf(stderr, "gen_audit: write failed\n");
            return 1;
        }
    }
    if (!sink.close()) {
        std::fprintf(stderr, "gen_audit: write failed\n");
        return 1;
    }
    std::fprintf(stderr, "gen_audit: %" PRIu64 " lines, %" PRIu64 " bytes (%.1f bytes/line)%s\n", lines, sink.bytes(),
                 static_cast<double>(sink.bytes()) / static_cast<double>(lines),
                 gzip ? ", before gzip" : "");
    return 0;
}
