#include "PolicyReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ac {

namespace {
class PolicyText {
    Q_DECLARE_TR_FUNCTIONS(PolicyReport)
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonObject tally(const SimulationResult::Tally& t) {
    return {{QStringLiteral("requests"), static_cast<qint64>(t.requests)},
            {QStringLiteral("records"), static_cast<qint64>(t.records)},
            {QStringLiteral("bytes"), static_cast<qint64>(t.bytes)}};
}

template <size_t N, typename Name>
QJsonObject tallies(const std::array<SimulationResult::Tally, N>& list, Name&& name) {
    QJsonObject o;
    for (size_t i = 0; i < N; ++i)
        if (list[i].records || list[i].requests) o.insert(qs(name(i)), tally(list[i]));
    return o;
}

std::string_view levelKey(size_t i) {
    const std::string_view name = levelName(static_cast<Level>(i));
    return name.empty() ? std::string_view("unknown") : name;
}
std::string_view stageKey(size_t i) {
    const std::string_view name = stageName(static_cast<Stage>(i));
    return name.empty() ? std::string_view("unknown") : name;
}
} // namespace

QString severityName(PolicyDiagnostic::Severity s) {
    switch (s) {
    case PolicyDiagnostic::Severity::Error:
        return PolicyText::tr("error");
    case PolicyDiagnostic::Severity::Warning:
        return PolicyText::tr("warning");
    case PolicyDiagnostic::Severity::Info:
        return PolicyText::tr("note");
    }
    return {};
}

QByteArray diagnosticsText(const QString& file, const LoadedPolicy& policy) {
    QByteArray out;
    for (const PolicyDiagnostic& d : policy.diagnostics) {
        out += (file + QStringLiteral(":%1:%2: ").arg(d.pos.line).arg(d.pos.column) + severityName(d.severity) +
                QStringLiteral(": ") + d.message)
                   .toUtf8();
        if (!d.path.empty()) out += " [" + QByteArray::fromStdString(d.path) + ']';
        out += '\n';
    }
    int errors = 0, warnings = 0;
    for (const PolicyDiagnostic& d : policy.diagnostics) {
        errors += d.severity == PolicyDiagnostic::Severity::Error;
        warnings += d.severity == PolicyDiagnostic::Severity::Warning;
    }
    out += PolicyText::tr("%1: %2 rule(s), %3 error(s), %4 warning(s)\n")
               .arg(file)
               .arg(policy.policy.rules.size())
               .arg(errors)
               .arg(warnings)
               .toUtf8();
    return out;
}

QJsonObject simulationJson(const QString& file, const LoadedPolicy& policy, const SimulationResult& r) {
    QJsonArray rules;
    for (size_t i = 0; i < policy.policy.rules.size(); ++i) {
        const PolicyRule& rule = policy.policy.rules[i];
        rules.append(QJsonObject{{QStringLiteral("index"), static_cast<qint64>(i)},
                                 {QStringLiteral("line"), rule.pos.line},
                                 {QStringLiteral("level"), qs(rule.levelText)},
                                 {QStringLiteral("requests"), static_cast<qint64>(r.ruleHits.at(i))}});
    }
    QJsonArray diagnostics;
    for (const PolicyDiagnostic& d : policy.diagnostics)
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), severityName(d.severity)},
                                       {QStringLiteral("line"), d.pos.line},
                                       {QStringLiteral("column"), d.pos.column},
                                       {QStringLiteral("path"), qs(d.path)},
                                       {QStringLiteral("message"), d.message}});
    return {{QStringLiteral("file"), file},
            {QStringLiteral("apiVersion"), qs(policy.policy.apiVersion)},
            {QStringLiteral("loadable"), policy.loadable()},
            {QStringLiteral("diagnostics"), diagnostics},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("unmatched"), static_cast<qint64>(r.unmatched)},
            {QStringLiteral("recorded"), tally(r.recorded)},
            {QStringLiteral("kept"), tally(r.kept)},
            {QStringLiteral("dropped"), tally(r.dropped)},
            {QStringLiteral("recordedByLevel"), tallies(r.recordedByLevel, levelKey)},
            {QStringLiteral("keptByLevel"), tallies(r.keptByLevel, levelKey)},
            {QStringLiteral("recordedByStage"), tallies(r.recordedByStage, stageKey)},
            {QStringLiteral("keptByStage"), tallies(r.keptByStage, stageKey)},
            {QStringLiteral("aboveRecorded"), static_cast<qint64>(r.aboveRecorded)}};
}

QByteArray simulationText(const QString& file, const LoadedPolicy& policy, const SimulationResult& r) {
    QByteArray out = "\n" + PolicyText::tr("Policy %1").arg(file).toUtf8() + '\n';
    if (!policy.loadable())
        out += PolicyText::tr("  (the apiserver would refuse this policy; see `policy lint`)").toUtf8() + '\n';
    for (size_t i = 0; i < policy.policy.rules.size(); ++i)
        out += QStringLiteral("  rule %1 (line %2, %3)")
                   .arg(i + 1)
                   .arg(policy.policy.rules[i].pos.line)
                   .arg(qs(policy.policy.rules[i].levelText))
                   .leftJustified(40)
                   .toUtf8() +
               QByteArray::number(static_cast<qint64>(r.ruleHits.at(i))).rightJustified(10) + " requests\n";
    out += QByteArray("  no rule (None)").leftJustified(40) +
           QByteArray::number(static_cast<qint64>(r.unmatched)).rightJustified(10) + " requests\n";
    auto line = [&](const QString& label, const SimulationResult::Tally& t) {
        out += QString(QStringLiteral("  ") + label).leftJustified(24).toUtf8() +
               QByteArray::number(static_cast<qint64>(t.requests)).rightJustified(10) + " requests" +
               QByteArray::number(static_cast<qint64>(t.records)).rightJustified(10) + " records" +
               QByteArray::number(static_cast<qint64>(t.bytes)).rightJustified(14) + " bytes\n";
    };
    line(PolicyText::tr("recorded"), r.recorded);
    line(PolicyText::tr("kept"), r.kept);
    line(PolicyText::tr("dropped"), r.dropped);
    for (size_t l = 0; l < SimulationResult::kLevels; ++l)
        if (r.keptByLevel[l].records) line(PolicyText::tr("kept at %1").arg(qs(levelKey(l))), r.keptByLevel[l]);
    for (size_t s = 0; s < SimulationResult::kStages; ++s)
        if (r.keptByStage[s].records) line(PolicyText::tr("kept %1").arg(qs(stageKey(s))), r.keptByStage[s]);
    if (r.aboveRecorded)
        out += PolicyText::tr("  %1 request(s) would be logged above the level they were recorded at: their bodies "
                              "are not in this log, so the bytes above are a lower bound.\n")
                   .arg(r.aboveRecorded)
                   .toUtf8();
    return out;
}

} // namespace ac
