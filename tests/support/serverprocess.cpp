#include "serverprocess.h"

#include "apiclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace Aanwezig::Test {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &database, const QStringList &extraArgs, int timeoutMs)
{
    m_database = database;
    m_extraArgs = extraArgs;
    return launch(0, timeoutMs);
}

bool ServerProcess::restart(int timeoutMs)
{
    stop();
    return launch(m_port, timeoutMs);
}

bool ServerProcess::launch(int listenPort, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    m_port = 0;
    m_process.setProgram(m_program);
    m_process.setStandardErrorFile(m_logDir.filePath(QStringLiteral("server.log")),
                                   QIODevice::Append);
    m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_database,
                                       QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(listenPort)} +
                           m_extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(int(deadline.remainingTime()))) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    // "listening on http://127.0.0.1:PORT"
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?)://[^:]+:(\\d+)"));
    QByteArray out;
    while (m_port == 0) {
        if (!m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))) ||
            deadline.hasExpired()) {
            m_error = QStringLiteral("the server did not say where it listens: %1").arg(log());
            kill();
            return false;
        }
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromLatin1(out));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = match.captured(2).toInt();
        }
    }
    ApiClient client(baseUrl());
    while (!deadline.hasExpired()) {
        if (client.get(QStringLiteral("/v1/health")).status == 200)
            return true;
        QThread::msleep(20); // polling with a deadline, not synchronisation
    }
    m_error = QStringLiteral("the server did not become healthy in time");
    kill();
    return false;
}

void ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        kill();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port);
}

QString ServerProcess::log() const
{
    QFile file(m_logDir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

qint64 ServerProcess::statusKiB(const char *field) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(processId()));
    if (processId() == 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    // e.g. "VmRSS:\t   18236 kB"
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

CommandResult runServerCommand(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    CommandResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace Aanwezig::Test
