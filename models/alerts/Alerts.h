#pragma once

#include "Rule.h"
#include "audit/IpClassifier.h"
#include "backends/Backend.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace ac {

class GeoIp;

// What one rule found: an event (per-event rules) or a window and group whose counts met the
// condition (grouped rules), with what it takes to show the events behind it.
struct Finding {
    std::string ruleId;
    QString ruleTitle; // in the language asked for
    Severity severity = Severity::Medium;
    int64_t time = 0;      // µs: the event's time, or the start of the window
    int64_t windowEnd = 0; // µs: grouped rules; the event's time for per-event ones
    std::string operatorName, verb, ns, resource, subresource, name, sourceIp, userAgent;
    QString scope;     // "public", "private", "" (unknown)
    QString region;    // "China, Zhejiang, Hangzhou" when a GeoIP database is set, else ""
    int64_t count = 1; // requests behind it
    int64_t failures = 0;
    int64_t distinct = -1; // -1: the rule does not count distinct values
    int code = 0;          // per-event: the final status code
    std::string auditId;   // per-event
    std::string eventRef;  // per-event: Backend::detail()'s reference
    QString origin;        // per-event: file (or table) and line
    qint64 originLine = 0;
    // Rule-specific details in order: the decoded exec command and container, the failure
    // rate, values extracted from the event's JSON.
    std::vector<std::pair<std::string, std::string>> details;
    QString message; // the rule's message with its placeholders filled in
    // The events behind it: the rule's filter plus the group's keys (or the auditID), and the
    // window (or the event's second).
    ExprPtr drillFilter;
    TimeRange drillRange;
    // What makes it the same finding on a later evaluation: rule, auditID or window and keys.
    std::string key;

    // Every placeholder a message can use, by name: time, operator, user, verb, namespace,
    // resource, name, sourceIP, scope, region, count, failures, failure_rate, distinct, code,
    // auditID, window, and each detail.
    std::vector<std::pair<std::string, std::string>> fields() const;
};

struct AlertOptions {
    std::vector<Cidr> privateRanges;  // VPC ranges that count as private
    std::shared_ptr<const GeoIp> geo; // optional
    QString language = QStringLiteral("en");
    size_t maxFindingsPerRule = 100'000; // more are counted, not kept
    // Grouped rules skip windows that start before this (µs): a live evaluation over the last
    // minutes holds only part of them, and a part can meet a condition the whole does not (a
    // failure rate).
    int64_t partialBeforeUs = std::numeric_limits<int64_t>::min();
};

// A rule that ran only in part or not at all, and why: a capability the source lacks, or more
// findings than are kept.
struct RuleNote {
    std::string ruleId;
    QString message;
};

struct AlertRun {
    std::vector<Finding> findings; // by time, then rule id, then key
    std::vector<RuleNote> notes;
    std::vector<std::pair<std::string, int64_t>> perRule; // findings of each rule that ran (0 included)
    double seconds = 0;
};

using AlertProgressFn = std::function<void(int done, int total)>;

// Runs rules over a backend, any backend: the memory engine of loaded files, Log Service or
// ClickHouse, through the backend contract only.
class AlertEngine {
public:
    explicit AlertEngine(AlertOptions options = {});

    // Every rule over `range` (the whole data when it is TimeRange{}); `scope` narrows the
    // events first (the window's filters). Findings whose key is in `seen` are left out and
    // the keys of new ones are added: a live evaluation raises each finding once. Never throws:
    // running out of memory is an error like a backend's.
    Result<AlertRun> run(const Backend& backend, const std::vector<Rule>& rules, const TimeRange& range,
                         const ExprPtr& scope = {}, std::set<std::string>* seen = nullptr,
                         const CancelToken& cancel = {}, const AlertProgressFn& progress = {}) const;

    // One rule, for the editor's dry run.
    Result<AlertRun> dryRun(const Backend& backend, const Rule& rule, const TimeRange& range,
                            const CancelToken& cancel = {}) const;

    const AlertOptions& options() const { return m_options; }

private:
    Result<AlertRun> runRules(const Backend& backend, const std::vector<Rule>& rules, const TimeRange& range,
                              const ExprPtr& scope, std::set<std::string>* seen, const CancelToken& cancel,
                              const AlertProgressFn& progress) const;
    AlertOptions m_options;
};

// The value of a JSON path (see JsonTest) in one JSON text: every match as JSON text (strings
// unquoted), in document order. Empty when the path matches nothing.
std::vector<std::string> jsonPathValues(std::string_view json, const std::string& path);
// A path is well-formed; otherwise why not, with the 1-based column.
std::optional<std::pair<int, QString>> jsonPathError(const std::string& path);

// Findings as the command line prints them and the window exports them:
// {"findings":[{"rule","severity","time","operator","namespace","resource","name","sourceIP",
// "count","details"}]} (details: an object of the message and each detail).
QJsonObject findingJson(const Finding& f);
QByteArray findingsToJson(const std::vector<Finding>& findings, bool pretty = true);
QByteArray findingsToCsv(const std::vector<Finding>& findings);
// One line a person reads: time, severity, rule, who, what, from where, the message.
QString findingToText(const Finding& f);

} // namespace ac
