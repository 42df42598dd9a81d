#pragma once

#include <QStringList>

namespace ac {

// Standard output as bytes, standard error in the system's encoding.
void writeOut(const QByteArray& bytes);
void writeErr(const QString& text);

// `audit-console report …`: loads files and prints a report, without a display.
int runReportCommand(const QStringList& arguments);
// `report all` paints (charts, PDF), so it lives with the window's executable, which links
// QtGui; the headless audit-console-cli has no handler and says where to find it.
using CommandFn = int (*)(const QStringList& arguments);
void setReportAllCommand(CommandFn command);
// `audit-console events …`: prints the matching records as JSON lines or CSV.
int runEventsCommand(const QStringList& arguments);
// `audit-console ingest --clickhouse URL … FILE…`: loads audit files into a ClickHouse table.
int runIngestCommand(const QStringList& arguments);
// `audit-console alerts [--rules DIR] [--format …] [filters] SOURCE…`: the alert rules' findings;
// exit status 1 when there are any.
int runAlertsCommand(const QStringList& arguments);
// `audit-console policy lint FILE` and `policy simulate POLICY [--compare P2] SOURCE…`.
int runPolicyCommand(const QStringList& arguments);
// `audit-console FILE…` with no window available: prints the overview.
int printOverview(const QStringList& paths);

// report, events, alerts, policy and ingest: the words `audit-console WORD …` runs as a command.
bool isCommandWord(const QString& word);
// A command line (the program first) whose first word is not a command. With opensFiles (the
// window's executable) every word must name an existing file or folder; without, no word is
// right. Returns 0 when the words are fine, else 2 (a usage error) after saying why on stderr.
int checkCommandWord(const QStringList& arguments, bool opensFiles);

} // namespace ac
