#pragma once
// The Python test servers (tests/sls/sls_server.py, tests/notify/receiver.py) as the tests start
// them: python3 with the script and its options, a free port it prints as its first line
// ("PORT <n>"), and --exit-on-stdin-eof so that it stops with the test however the test ends.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testutil {

// Empty and the port in `port`, or why the server does not run (`what` names it).
inline QString startPortServer(QProcess& process, const QStringList& args, int timeoutMs, const QString& what,
                               int* port) {
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral("python3"), args);
    if (!process.waitForStarted(10000)) return QStringLiteral("python3 does not start: ") + process.errorString();
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning ||
            (!process.waitForReadyRead(1000) && process.state() == QProcess::NotRunning))
            return what + QStringLiteral(" did not start: ") +
                   QString::fromUtf8(process.readAllStandardError().right(2000));
        out += process.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("PORT ")) return QStringLiteral("unexpected first line: ") + QString::fromUtf8(line);
    *port = line.mid(5).toInt();
    return *port > 0 ? QString() : QStringLiteral("no port");
}

} // namespace testutil
