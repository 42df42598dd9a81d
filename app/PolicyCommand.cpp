// `audit-console policy lint|simulate`: the audit policy workbench on the command line.
#include "CommandLine.h"

#include "backends/MemoryBackend.h"
#include "backends/Source.h"
#include "policy/PolicyReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ac {

namespace {
class PolicyCli {
    Q_DECLARE_TR_FUNCTIONS(PolicyCli)
};

bool readPolicy(const QString& path, LoadedPolicy& loaded) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        writeErr(PolicyCli::tr("cannot read %1: %2\n").arg(path, f.errorString()));
        return false;
    }
    loaded = loadPolicy(f.readAll().toStdString());
    return true;
}

int lint(const QStringList& args) {
    const QString usage = PolicyCli::tr("usage: audit-console policy lint FILE\n");
    if (args.size() == 1 && (args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h"))) {
        writeOut(usage.toLocal8Bit());
        return 0;
    }
    if (args.size() != 1) {
        writeErr(usage);
        return 2;
    }
    // A policy that cannot be read is a file lost, not a usage error: exit status 1.
    LoadedPolicy loaded;
    if (!readPolicy(args.front(), loaded)) return 1;
    writeOut(diagnosticsText(args.front(), loaded));
    return loaded.loadable() ? 0 : 1;
}

int simulate(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(PolicyCli::tr(
        "Replays an audit policy over recorded events: the level each request would get, the rule that decides it, "
        "and what the log would keep and lose."));
    parser.addHelpOption();
    const QCommandLineOption compare(QStringLiteral("compare"), PolicyCli::tr("A second policy to compare with."),
                                     QStringLiteral("policy"));
    const QCommandLineOption format(QStringLiteral("format"), PolicyCli::tr("text or json."), QStringLiteral("format"),
                                    QStringLiteral("text"));
    parser.addOptions({compare, format});
    parser.addPositionalArgument(QStringLiteral("policy"), PolicyCli::tr("The policy file."));
    parser.addPositionalArgument(QStringLiteral("paths"), PolicyCli::tr("Audit log files or folders."),
                                 QStringLiteral("FILE|DIR..."));
    // parse(), not process(): a usage error is exit status 2 here, as everywhere on this command line.
    if (!parser.parse(arguments)) {
        writeErr(PolicyCli::tr("error: %1\nrun “audit-console policy simulate --help” for the options\n")
                     .arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText().toLocal8Bit());
        return 0;
    }
    QStringList args = parser.positionalArguments().mid(2); // "policy", "simulate"
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        writeErr(PolicyCli::tr("error: unknown format \"%1\": use text or json\n").arg(fmt));
    if (args.size() < 2 || (fmt != QLatin1String("text") && fmt != QLatin1String("json"))) {
        writeErr(PolicyCli::tr("usage: audit-console policy simulate POLICY [--compare POLICY2] [--format text|json] "
                               "FILE|DIR...\n"));
        return 2;
    }
    std::vector<QString> files{args.takeFirst()};
    if (parser.isSet(compare)) files.push_back(parser.value(compare));
    std::vector<LoadedPolicy> policies(files.size());
    for (size_t i = 0; i < files.size(); ++i)
        if (!readPolicy(files[i], policies[i])) return 1;
    Source source;
    source.paths = args;
    const OpenedSource opened = openSource(source);
    if (!opened.backend) {
        writeErr(PolicyCli::tr("no audit events could be loaded: %1\n")
                     .arg(opened.error ? opened.error->message : QString()));
        return 1;
    }
    // A replay needs whole events with every stage: the memory source has them.
    const auto* memory = dynamic_cast<const MemoryBackend*>(opened.backend.get());
    if (!memory) {
        writeErr(PolicyCli::tr("this source does not return whole events; simulate over local files\n"));
        return 1;
    }
    QJsonObject root;
    QByteArray text;
    for (size_t i = 0; i < files.size(); ++i) {
        const SimulationResult r = simulatePolicy(policies[i].policy, memory->store());
        const QJsonObject o = simulationJson(files[i], policies[i], r);
        root.insert(i == 0 ? QStringLiteral("policy") : QStringLiteral("compare"), o);
        text += simulationText(files[i], policies[i], r);
    }
    writeOut(fmt == QLatin1String("json") ? QJsonDocument(root).toJson(QJsonDocument::Indented) : text);
    // Never 0 after losing files: the simulation covers the files that could be read.
    if (opened.fileErrors > 0) {
        for (const LoadIssue& issue : opened.issues)
            if (issue.line == 0) writeErr(PolicyCli::tr("%1: %2\n").arg(issue.file, issue.reason));
        writeErr(PolicyCli::tr("error: %n file(s) could not be read and are left out of the simulation\n", nullptr,
                               static_cast<int>(opened.fileErrors)));
        return 1;
    }
    return 0;
}
} // namespace

int runPolicyCommand(const QStringList& arguments) {
    // arguments: program, "policy", verb, …
    const QString verb = arguments.value(2);
    if (verb == QLatin1String("lint")) return lint(arguments.mid(3));
    if (verb == QLatin1String("simulate")) return simulate(arguments);
    const QString usage =
        PolicyCli::tr("usage: audit-console policy lint FILE\n"
                      "       audit-console policy simulate POLICY [--compare POLICY2] [--format text|json] "
                      "FILE|DIR...\n");
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        writeOut(usage.toLocal8Bit());
        return 0;
    }
    if (!verb.isEmpty())
        writeErr(PolicyCli::tr("error: unknown policy command “%1”: the policy commands are lint and simulate\n")
                     .arg(verb));
    writeErr(usage);
    return 2;
}

} // namespace ac
