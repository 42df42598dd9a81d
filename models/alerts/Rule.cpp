#include "Rule.h"

#include "Alerts.h"
#include "query/SearchParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace ac {

namespace {

struct RuleText {
    Q_DECLARE_TR_FUNCTIONS(RuleText)
};

constexpr std::string_view kSeverityNames[] = {"report", "low", "medium", "high", "critical"};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

RulePos posOf(const YAML::Mark& m) {
    if (m.is_null() || m.line < 0) return {};
    return {m.line + 1, m.column + 1};
}

const std::set<std::string, std::less<>>& placeholderNames() {
    static const std::set<std::string, std::less<>> names{
        "time", "window",   "operator",  "user",    "verb",      "namespace", "resource",     "subresource",
        "name", "sourceIP", "scope",     "region",  "count",     "failures",  "failure_rate", "distinct",
        "code", "auditID",  "userAgent", "command", "container", "rule"};
    return names;
}

class RuleReader {
public:
    RuleReader(const QString& file, RuleSet& out)
        : m_file(file)
        , m_out(out) {}

    void document(const YAML::Node& root) {
        if (!root || root.IsNull()) return;
        if (root.IsSequence()) {
            for (const auto& item : root)
                rule(item);
        } else if (root.IsMap() && root["rules"] && !root["id"]) {
            const YAML::Node list = root["rules"];
            if (!list.IsSequence())
                error(posOf(list.Mark()), RuleText::tr("“rules” must be a list of rules"));
            else
                for (const auto& item : list)
                    rule(item);
        } else {
            rule(root);
        }
    }

    void error(RulePos pos, const QString& message) { m_out.errors.push_back({m_file, pos, message}); }

private:
    // A string value, or an error naming the key.
    std::optional<std::string> scalar(const YAML::Node& n, const std::string& key) {
        if (!n.IsScalar()) {
            error(posOf(n.Mark()), RuleText::tr("“%1” must be text").arg(qs(key)));
            return std::nullopt;
        }
        return n.Scalar();
    }

    std::optional<std::vector<Field>> fields(const YAML::Node& n, const std::string& key) {
        std::vector<YAML::Node> items;
        if (n.IsScalar())
            items.push_back(n);
        else if (n.IsSequence())
            for (const auto& i : n)
                items.push_back(i);
        else {
            error(posOf(n.Mark()), RuleText::tr("“%1” must be a field name or a list of them").arg(qs(key)));
            return std::nullopt;
        }
        std::vector<Field> out;
        for (const auto& i : items) {
            const std::optional<Field> f = i.IsScalar() ? fieldByName(i.Scalar()) : std::nullopt;
            if (!f) {
                error(posOf(i.Mark()), RuleText::tr("unknown field “%1” (a search field such as sourceIPs, operator, "
                                                    "objectRef.namespace)")
                                           .arg(i.IsScalar() ? qs(i.Scalar()) : QString()));
                return std::nullopt;
            }
            const FieldKind kind = fieldInfo(*f).kind;
            if (kind == FieldKind::Raw || kind == FieldKind::Time) {
                error(posOf(i.Mark()),
                      RuleText::tr("“%1” cannot group events: pick a field with a limited set of values")
                          .arg(qs(fieldInfo(*f).name)));
                return std::nullopt;
            }
            out.push_back(*f);
        }
        return out;
    }

    bool jsonTests(const YAML::Node& n, const std::string& key, std::vector<JsonTest>& out) {
        if (!n.IsSequence()) {
            error(posOf(n.Mark()), RuleText::tr("“%1” must be a list of tests: - {path: …, equals: …}").arg(qs(key)));
            return false;
        }
        for (const auto& item : n) {
            if (!item.IsMap() || !item["path"] || !item["path"].IsScalar()) {
                error(posOf(item.Mark()), RuleText::tr("a test needs “path”, and “equals”, “exists” or “absent”"));
                return false;
            }
            JsonTest t;
            t.path = item["path"].Scalar();
            if (!checkPath(item["path"], t.path)) return false;
            for (const auto& kv : item) {
                const std::string k = kv.first.Scalar();
                const YAML::Node v = kv.second;
                if (k == "path") continue;
                if (k == "equals" || k == "not_equals") {
                    t.negate = k == "not_equals";
                    if (v.IsSequence()) {
                        for (const auto& e : v)
                            t.equals.push_back(e.IsScalar() ? e.Scalar() : std::string());
                    } else if (v.IsScalar()) {
                        t.equals.push_back(v.Scalar());
                    } else {
                        error(posOf(v.Mark()), RuleText::tr("“%1” must be a value or a list of values").arg(qs(k)));
                        return false;
                    }
                } else if (k == "exists" || k == "absent") {
                    const bool yes = v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "yes");
                    if (!v.IsScalar() || (!yes && v.Scalar() != "false" && v.Scalar() != "no")) {
                        error(posOf(v.Mark()), RuleText::tr("“%1” must be true or false").arg(qs(k)));
                        return false;
                    }
                    t.negate = (k == "absent") == yes;
                } else {
                    error(posOf(kv.first.Mark()),
                          RuleText::tr("unknown key “%1” in a test (path, equals, not_equals, exists, absent)")
                              .arg(qs(k)));
                    return false;
                }
            }
            out.push_back(std::move(t));
        }
        return true;
    }

    bool checkPath(const YAML::Node& n, const std::string& path) {
        if (const auto bad = jsonPathError(path)) {
            RulePos p = posOf(n.Mark());
            p.column += bad->first - 1 + (n.Tag() == "!" ? 1 : 0); // a quoted value starts after its quote
            error(p, bad->second);
            return false;
        }
        return true;
    }

    // A rule being read: what its keys gave, and where they were (for the checks after them).
    struct Draft {
        RulePos at;
        Rule r;
        std::optional<Rule::Kind> kind;
        bool overrides = false;
        // yaml-cpp's Node assignment writes through to the node referred to: hold them in optionals.
        std::optional<YAML::Node> searchNode, conditionNode, messageNode, messageZhNode;
    };

    void rule(const YAML::Node& n) {
        Draft d;
        d.at = posOf(n.Mark());
        if (!n.IsMap()) {
            error(d.at, RuleText::tr("a rule must be a map of keys (id, title, search, …)"));
            return;
        }
        d.r.file = m_file;
        d.r.pos = d.at;
        const size_t errorsBefore = m_out.errors.size();
        for (const auto& kv : n)
            readKey(d, kv);
        check(d);
        if (m_out.errors.size() == errorsBefore) {
            m_overrides.push_back(d.overrides);
            m_out.rules.push_back(std::move(d.r));
        }
    }

    // One key of a rule and its value.
    template <typename KeyValue> void readKey(Draft& d, const KeyValue& kv) {
        Rule& r = d.r;
        std::optional<Rule::Kind>& kind = d.kind;
        bool& overrides = d.overrides;
        std::optional<YAML::Node>&searchNode = d.searchNode, &conditionNode = d.conditionNode,
        &messageNode = d.messageNode, &messageZhNode = d.messageZhNode;
        const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
        const YAML::Node v = kv.second;
        const RulePos keyPos = posOf(kv.first.Mark());
        auto text = [&]() { return scalar(v, key); };
        if (key == "id") {
            const auto s = text();
            if (!s) return;
            const bool okId = !s->empty() && s->size() <= 64 && std::all_of(s->begin(), s->end(), [](char c) {
                return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                       c == '-' || c == '_' || c == '.';
            });
            if (!okId)
                error(posOf(v.Mark()), RuleText::tr("an id is 1–64 lower-case letters, digits, “-”, “_” or “.”"));
            r.id = *s;
        } else if (key == "title" || key == "title_zh" || key == "description" || key == "message" ||
                   key == "message_zh") {
            const auto s = text();
            if (!s) return;
            const QString value = QString::fromStdString(*s).trimmed();
            if (key == "title") r.title = value;
            if (key == "title_zh") r.titleZh = value;
            if (key == "description") r.description = value;
            if (key == "message") {
                r.message = value;
                messageNode.emplace(v);
            }
            if (key == "message_zh") {
                r.messageZh = value;
                messageZhNode.emplace(v);
            }
        } else if (key == "severity") {
            const auto s = text();
            if (!s) return;
            const auto sev = severityByName(*s);
            if (!sev)
                error(posOf(v.Mark()), RuleText::tr("severity is one of report, low, medium, high, critical"));
            else
                r.severity = *sev;
        } else if (key == "kind") {
            const auto s = text();
            if (!s) return;
            if (*s == "event")
                kind = Rule::Kind::PerEvent;
            else if (*s == "grouped")
                kind = Rule::Kind::Grouped;
            else if (*s == "first_seen")
                kind = Rule::Kind::FirstSeen;
            else
                error(posOf(v.Mark()), RuleText::tr("kind is one of event, grouped, first_seen"));
        } else if (key == "search") {
            if (text()) r.search = v.Scalar();
            searchNode.emplace(v);
        } else if (key == "json") {
            jsonTests(v, key, r.jsonAll);
        } else if (key == "json_any") {
            jsonTests(v, key, r.jsonAny);
        } else if (key == "extract") {
            if (!v.IsMap()) {
                error(posOf(v.Mark()), RuleText::tr("“extract” must map names to paths"));
                return;
            }
            for (const auto& e : v) {
                JsonExtract x;
                x.name = e.first.Scalar();
                const YAML::Node spec = e.second;
                YAML::Node pathNode = spec.IsMap() ? spec["path"] : spec;
                if (spec.IsMap()) {
                    if (const YAML::Node m = spec["map"]) {
                        if (!m.IsMap()) {
                            error(posOf(m.Mark()), RuleText::tr("“map” must map values to words"));
                            return;
                        }
                        for (const auto& kv2 : m)
                            x.map.emplace_back(kv2.first.Scalar(),
                                               kv2.second.IsScalar() ? kv2.second.Scalar() : std::string());
                    }
                }
                if (!pathNode || !pathNode.IsScalar()) {
                    error(posOf(e.second.Mark()), RuleText::tr("“%1” needs a path").arg(qs(x.name)));
                    return;
                }
                x.path = pathNode.Scalar();
                if (!checkPath(pathNode, x.path)) return;
                r.extract.push_back(std::move(x));
            }
        } else if (key == "group_by") {
            if (auto f = fields(v, key)) {
                if (f->size() > 2)
                    error(posOf(v.Mark()), RuleText::tr("at most two fields to group by"));
                else
                    r.groupBy = std::move(*f);
            }
        } else if (key == "distinct_of") {
            if (auto f = fields(v, key); f && f->size() == 1) {
                r.distinctOf = f->front();
                r.distinctSet = true;
            }
        } else if (key == "condition") {
            conditionNode.emplace(v);
        } else if (key == "window" || key == "learn") {
            const auto s = text();
            if (!s) return;
            int64_t us = 0;
            if (!parseDuration(*s, &us) || us <= 0 || (key == "window" && us < 1'000'000)) {
                error(posOf(v.Mark()), RuleText::tr("“%1” is a duration such as 90s, 2m, 1h or 7d").arg(qs(key)));
                return;
            }
            (key == "window" ? r.windowUs : r.learnUs) = us;
        } else if (key == "override") {
            overrides = v.IsScalar() && v.Scalar() == "true";
        } else {
            error(keyPos, RuleText::tr("unknown key “%1” (id, title, title_zh, description, severity, kind, "
                                       "search, json, json_any, extract, group_by, condition, distinct_of, "
                                       "window, learn, message, message_zh, override)")
                              .arg(qs(key)));
        }
    }

    // What holds across keys: required ones, the search and condition parsed, the kind's keys,
    // the message's placeholders.
    void check(Draft& d) {
        const RulePos at = d.at;
        Rule& r = d.r;
        std::optional<Rule::Kind>& kind = d.kind;
        const std::optional<YAML::Node>&searchNode = d.searchNode, &conditionNode = d.conditionNode,
              &messageNode = d.messageNode, &messageZhNode = d.messageZhNode;
        if (r.id.empty()) error(at, RuleText::tr("the rule has no “id”"));
        if (r.title.isEmpty()) error(at, RuleText::tr("the rule has no “title”"));
        if (!searchNode) {
            error(at, RuleText::tr("the rule has no “search” (a Log Service search statement; “*” for all)"));
        } else if (searchNode->IsScalar()) {
            const SearchResult parsed = parseSearch(r.search);
            RulePos p = posOf(searchNode->Mark());
            const bool oneLine =
                r.search.find('\n') == std::string::npos && searchNode->Style() != YAML::EmitterStyle::Block;
            const bool quoted = searchNode->Tag() == "!";
            if (!parsed.ok()) {
                if (oneLine) p.column += parsed.error.column - 1 + (quoted ? 1 : 0);
                error(p, RuleText::tr("in the search: %1").arg(QString::fromStdString(parsed.error.toString())));
            } else if (!parsed.statement->sql.empty()) {
                error(p, RuleText::tr("a rule's search has no analytic part after “|”: use group_by and condition"));
            } else {
                r.filter = parsed.statement->filter;
            }
        }
        if (!kind) kind = conditionNode || !r.groupBy.empty() ? Rule::Kind::Grouped : Rule::Kind::PerEvent;
        r.kind = *kind;
        if (conditionNode) {
            if (r.kind != Rule::Kind::Grouped) {
                error(posOf(conditionNode->Mark()), RuleText::tr("only a grouped rule has a condition"));
            } else if (const auto s = scalar(*conditionNode, "condition")) {
                int column = 0;
                QString why;
                if (auto c = parseCondition(*s, &column, &why)) {
                    r.condition = std::move(*c);
                } else {
                    RulePos p = posOf(conditionNode->Mark());
                    if (s->find('\n') == std::string::npos)
                        p.column += column - 1 + (conditionNode->Tag() == "!" ? 1 : 0);
                    error(p, RuleText::tr("in the condition: %1").arg(why));
                }
            }
        } else if (r.kind == Rule::Kind::Grouped) {
            error(at, RuleText::tr("a grouped rule needs a “condition”, e.g. count > 10"));
        }
        if (r.kind == Rule::Kind::FirstSeen && (r.groupBy.empty() || r.learnUs <= 0))
            error(at, RuleText::tr("a first_seen rule needs “group_by” and “learn” (how long to learn what is usual)"));
        if (r.kind == Rule::Kind::PerEvent && !r.groupBy.empty())
            error(at, RuleText::tr("a per-event rule has no “group_by”: use kind: grouped"));
        if (r.kind != Rule::Kind::PerEvent && r.needsRawJson())
            error(at, RuleText::tr("json, json_any and extract test each event: only per-event rules have them"));
        for (const auto& [node, message] :
             {std::pair{&messageNode, r.message}, std::pair{&messageZhNode, r.messageZh}}) {
            if (!*node) continue;
            const std::string m = message.toStdString();
            for (size_t i = m.find("${"); i != std::string::npos; i = m.find("${", i + 2)) {
                const size_t end = m.find('}', i);
                const std::string name = end == std::string::npos ? std::string() : m.substr(i + 2, end - i - 2);
                const bool known =
                    placeholderNames().count(name) || std::any_of(r.extract.begin(), r.extract.end(),
                                                                  [&](const JsonExtract& x) { return x.name == name; });
                if (!known) {
                    RulePos p = posOf((*node)->Mark());
                    if (m.find('\n') == std::string::npos) p.column += static_cast<int>(i) + ((*node)->Tag() == "!");
                    error(p, end == std::string::npos
                                 ? RuleText::tr("“${” without its “}”")
                                 : RuleText::tr("unknown placeholder ${%1} (time, operator, namespace, resource, name, "
                                                "sourceIP, count, failure_rate, … or a name from extract)")
                                       .arg(qs(name)));
                }
            }
        }
    }

public:
    std::vector<bool> m_overrides;

private:
    QString m_file;
    RuleSet& m_out;
};

RuleSet parseWithOverrides(const std::string& yaml, const QString& file, std::vector<bool>* overrides) {
    RuleSet out;
    RuleReader reader(file, out);
    try {
        const std::vector<YAML::Node> docs = YAML::LoadAll(yaml);
        for (const auto& d : docs)
            reader.document(d);
    } catch (const YAML::Exception& e) {
        reader.error(posOf(e.mark), RuleText::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    // Two rules of one text with the same id: the second is a mistake.
    std::set<std::string> ids;
    std::vector<Rule> kept;
    std::vector<bool> keptOverrides;
    for (size_t i = 0; i < out.rules.size(); ++i) {
        if (!ids.insert(out.rules[i].id).second) {
            out.errors.push_back(
                {file, out.rules[i].pos, RuleText::tr("a second rule with the id “%1”").arg(qs(out.rules[i].id))});
            continue;
        }
        kept.push_back(std::move(out.rules[i]));
        keptOverrides.push_back(reader.m_overrides[i]);
    }
    out.rules = std::move(kept);
    if (overrides) *overrides = std::move(keptOverrides);
    return out;
}

// Each *.yaml and *.yml file of a folder, sorted by name, parsed; a file that cannot be read,
// and the mistakes in each, go to `errors`.
template <typename Each> void forEachRuleFile(const QString& dir, std::vector<RuleError>& errors, Each&& each) {
    const QDir d(dir);
    if (dir.isEmpty() || !d.exists()) return;
    const QStringList names =
        d.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        const QString path = d.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors.push_back({path, {}, RuleText::tr("cannot read the file: %1").arg(f.errorString())});
            continue;
        }
        std::vector<bool> overrides;
        RuleSet one = parseWithOverrides(f.read(size_t(4) << 20).toStdString(), path, &overrides);
        std::move(one.errors.begin(), one.errors.end(), std::back_inserter(errors));
        each(path, one.rules, overrides);
    }
}

} // namespace

std::string_view severityName(Severity s) {
    return kSeverityNames[static_cast<size_t>(s)];
}

std::optional<Severity> severityByName(std::string_view name) {
    for (size_t i = 0; i < std::size(kSeverityNames); ++i)
        if (kSeverityNames[i] == name) return static_cast<Severity>(i);
    return std::nullopt;
}

int severityLevel(Severity s) {
    return 2 + 2 * static_cast<int>(s);
}

QString Rule::displayTitle(const QString& language) const {
    return language.startsWith(QLatin1String("zh")) && !titleZh.isEmpty() ? titleZh : title;
}

QString Rule::displayMessage(const QString& language) const {
    return language.startsWith(QLatin1String("zh")) && !messageZh.isEmpty() ? messageZh : message;
}

QString RuleError::toString() const {
    if (pos.line <= 0) return file + QStringLiteral(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(pos.line).arg(std::max(pos.column, 1)).arg(message);
}

RuleSet parseRules(const std::string& yaml, const QString& file) {
    return parseWithOverrides(yaml, file, nullptr);
}

RuleSet loadRuleFolder(const QString& dir) {
    RuleSet out;
    forEachRuleFile(dir, out.errors, [&](const QString&, std::vector<Rule>& rules, const std::vector<bool>&) {
        std::move(rules.begin(), rules.end(), std::back_inserter(out.rules));
    });
    return out;
}

const RuleSet& builtinRules() {
    static const RuleSet rules = [] {
        RuleSet out;
        const QStringList names =
            QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile f(QStringLiteral(":/rules/") + name);
            if (!f.open(QIODevice::ReadOnly)) continue;
            RuleSet one = parseRules(f.readAll().toStdString(), f.fileName());
            for (Rule& r : one.rules) {
                r.builtin = true;
                out.rules.push_back(std::move(r));
            }
            std::move(one.errors.begin(), one.errors.end(), std::back_inserter(out.errors));
        }
        return out;
    }();
    return rules;
}

RuleSet combinedRules(const QString& userDir) {
    RuleSet out = builtinRules();
    std::set<std::string> userIds;
    forEachRuleFile(
        userDir, out.errors, [&](const QString& path, std::vector<Rule>& rules, const std::vector<bool>& overrides) {
            for (size_t i = 0; i < rules.size(); ++i) {
                Rule& r = rules[i];
                if (!userIds.insert(r.id).second) {
                    out.errors.push_back(
                        {path, r.pos, RuleText::tr("the id “%1” is used by another rule of the folder").arg(qs(r.id))});
                    continue;
                }
                auto same = std::find_if(out.rules.begin(), out.rules.end(),
                                         [&](const Rule& o) { return o.builtin && o.id == r.id; });
                if (same != out.rules.end()) {
                    if (!overrides[i]) {
                        out.errors.push_back(
                            {path, r.pos,
                             RuleText::tr("the id “%1” is a built-in rule's: pick another id, or add “override: true” "
                                          "to replace it")
                                 .arg(qs(r.id))});
                        continue;
                    }
                    *same = std::move(r);
                    continue;
                }
                out.rules.push_back(std::move(r));
            }
        });
    return out;
}

QString defaultRuleFolder() {
    const QString env = qEnvironmentVariable("AUDIT_CONSOLE_RULES");
    if (!env.isEmpty()) return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/audit-console/rules");
}

bool parseDuration(std::string_view text, int64_t* us) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.size() < 2) return false;
    int64_t unit = 0;
    switch (text.back()) {
    case 's':
        unit = 1'000'000;
        break;
    case 'm':
        unit = 60'000'000;
        break;
    case 'h':
        unit = 3'600'000'000;
        break;
    case 'd':
        unit = 86'400'000'000;
        break;
    default:
        return false;
    }
    int64_t n = 0;
    for (char c : text.substr(0, text.size() - 1)) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        n = n * 10 + (c - '0');
        if (n > 3650 * 86400LL) return false;
    }
    *us = n * unit;
    return true;
}

} // namespace ac
