#pragma once

#include "PolicySimulator.h"

#include <QByteArray>
#include <QJsonObject>

namespace ac {

// A lint result as compilers print theirs: "file:line:column: error: message [rules[2].level]".
QByteArray diagnosticsText(const QString& file, const LoadedPolicy& policy);
QString severityName(PolicyDiagnostic::Severity severity);

// A simulation for scripts (JSON) and for a terminal (text).
QJsonObject simulationJson(const QString& file, const LoadedPolicy& policy, const SimulationResult& result);
QByteArray simulationText(const QString& file, const LoadedPolicy& policy, const SimulationResult& result);

} // namespace ac
