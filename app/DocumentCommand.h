#pragma once

#include <QStringList>

namespace ac {

// `audit-console report all --format html|pdf --output FILE [--resource R]… [--evidence DIR]
// [filters] SOURCE…`: the three reports as one document for an incident review. Runs in a
// QGuiApplication (main.cpp makes one on the offscreen platform).
int runReportAllCommand(const QStringList& arguments);

} // namespace ac
