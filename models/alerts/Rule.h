#pragma once

#include "query/Filter.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ac {

// Log Service's severities (aliyun-log-go-sdk: Report 2, Low 4, Medium 6, High 8, Critical 10).
enum class Severity : uint8_t { Report, Low, Medium, High, Critical };
std::string_view severityName(Severity s); // "report", "low", … (rule files, JSON)
std::optional<Severity> severityByName(std::string_view name);
int severityLevel(Severity s); // 2, 4, 6, 8, 10 as Log Service numbers them

// Where something sits in a rule file: 1-based line and column; 0 when unknown.
struct RulePos {
    int line = 0;
    int column = 0;
};

// A test on one event's raw JSON (requestObject, responseObject, annotations): the value at
// `path` is present (a JSON null included, as Log Service's json_extract(…) is not null), or
// equals one of `equals`. Paths are dotted, `[*]` means any element of an
// array and `["a.b/c"]` is a key with dots in it: `requestObject.spec.containers[*].
// securityContext.privileged`, `annotations["authorization.k8s.io/reason"]`.
struct JsonTest {
    std::string path;
    std::vector<std::string> equals; // empty: the value is present; else JSON text of scalars (strings bare)
    bool negate = false;             // `absent: true` / `not_equals`
};

// A value taken from an event's raw JSON for the message and the finding's details; `map`
// turns values into words (`true` → cordon, `*` for any other, `null` for none).
struct JsonExtract {
    std::string name;
    std::string path;
    std::vector<std::pair<std::string, std::string>> map;
};

// The condition of a grouped rule over one window and group: comparisons of `count` (requests),
// `failures` (final code >= 400), `failure_rate` (0–1; `50%` is 0.5) and `distinct` (distinct
// values of `distinct_of`), joined by `and`/`or`, with parentheses.
struct RuleCondition {
    enum class Var : uint8_t { Count, Failures, FailureRate, Distinct };
    enum class Op : uint8_t { And, Or, Compare, True };
    enum class Cmp : uint8_t { Gt, Ge, Lt, Le, Eq, Ne };
    Op op = Op::True;
    Var var = Var::Count;
    Cmp cmp = Cmp::Gt;
    double number = 0;
    std::vector<RuleCondition> children;

    bool eval(int64_t count, int64_t failures, int64_t distinct) const;
    bool uses(Var v) const;
    std::string toString() const;
};

// A condition's text (`count > 10 and failure_rate > 50%`), or nothing with the 1-based column of
// the mistake and what was expected there.
std::optional<RuleCondition> parseCondition(std::string_view text, int* errorColumn, QString* error);

// An alert rule as data, from YAML. Three kinds:
// - per event: one finding per request the search selects (and the JSON tests accept);
// - grouped: one finding per window and group whose counts meet the condition;
// - first seen: one finding per group whose first matching request comes after a learning
//   period (an operator reading Secrets for the first time).
struct Rule {
    enum class Kind : uint8_t { PerEvent, Grouped, FirstSeen };

    std::string id;         // `ack-exec`, `sls-delete`, a user's own
    QString title, titleZh; // titleZh: optional
    QString description;    // what it catches and where it comes from
    Severity severity = Severity::Medium;
    Kind kind = Kind::PerEvent;
    std::string search;                     // the Log Service search statement, as written
    ExprPtr filter;                         // parsed from `search`
    std::vector<JsonTest> jsonAll, jsonAny; // per-event rules: every jsonAll and one of jsonAny (if any)
    std::vector<JsonExtract> extract;
    std::vector<Field> groupBy;          // grouped and first-seen rules: at most two fields
    RuleCondition condition;             // grouped rules
    Field distinctOf = Field::SourceIps; // for `distinct` in the condition and the message
    bool distinctSet = false;            // `distinct_of` was given
    int64_t windowUs = 120'000'000;      // tumbling windows, aligned to the epoch
    int64_t learnUs = 0;                 // first-seen rules: the learning period at the start
    QString message, messageZh;          // `${name}` placeholders (see Finding::fields)
    bool builtin = false;
    QString file; // where it was read from (":/rules/…" for built-in ones)
    RulePos pos;  // of the rule in that file

    // The title in the language of the user interface (Chinese when it starts with "zh").
    QString displayTitle(const QString& language) const;
    QString displayMessage(const QString& language) const;
    bool countsDistinct() const { return distinctSet || condition.uses(RuleCondition::Var::Distinct); }
    bool needsRawJson() const { return !jsonAll.empty() || !jsonAny.empty() || !extract.empty(); }
};

struct RuleError {
    QString file;
    RulePos pos;
    QString message;
    QString toString() const; // "file:line:column: message"
};

struct RuleSet {
    std::vector<Rule> rules;
    std::vector<RuleError> errors; // rules that could not be read; the others are in `rules`
};

// One YAML document holding a rule, or a list of rules (a sequence, or `rules:` with one), or
// several documents. `file` names the text in errors.
RuleSet parseRules(const std::string& yaml, const QString& file);
// Every *.yaml and *.yml file of a folder, sorted by name.
RuleSet loadRuleFolder(const QString& dir);
// The built-in rules (read-only): Log Service's eight Kubernetes audit templates, ACK's two
// documented examples and the checks behind the reports' important events.
const RuleSet& builtinRules();
// The built-in rules and a user folder's, a user rule replacing a built-in one of the same id
// only when `override: true` says so (else it is an error naming both).
RuleSet combinedRules(const QString& userDir);

// The folder user rules live in: AUDIT_CONSOLE_RULES, else ~/.config/audit-console/rules.
QString defaultRuleFolder();

// A duration as rule files write it: 90s, 2m, 1h, 7d; false when it is not one.
bool parseDuration(std::string_view text, int64_t* us);

} // namespace ac
