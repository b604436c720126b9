#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Aanwezig::Test {

// The real aanwezig-server on 127.0.0.1 for integration tests (HTTP, or HTTPS
// when started with --tls-cert and --tls-key): started with
// `serve --listen 127.0.0.1:0` (the server picks a free port and prints it),
// ready once GET /v1/health answers 200, stopped with SIGTERM; restart()
// starts it again on the same port.
class ServerProcess
{
public:
    // program: the aanwezig-server binary (AANWEZIG_SERVER_BIN in tests).
    explicit ServerProcess(QString program) : m_program(std::move(program)) {}
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `serve --db DATABASE` plus extraArgs and waits (at most
    // timeoutMs) until it is healthy. False, with errorString(), otherwise.
    bool start(const QString &database, const QStringList &extraArgs = {}, int timeoutMs = 20000);
    // Stops the server if it runs (SIGTERM), then starts it again with the
    // same database and arguments on the port it had, and waits until it is
    // healthy: clients reach it again at the same baseUrl().
    bool restart(int timeoutMs = 20000);
    // SIGTERM, then waits for the exit (SIGKILL after timeoutMs).
    void stop(int timeoutMs = 10000);
    // SIGKILL: a crash.
    void kill();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int port() const { return m_port; }
    QString baseUrl() const;
    QString errorString() const { return m_error; }
    // What the server wrote to stderr so far (its request log).
    QString log() const;
    // The server's process id (0 when not running).
    qint64 processId() const { return m_process.processId(); }
    // The server's memory in KiB from /proc/PID/status: resident now (VmRSS)
    // and the most it was resident so far (VmHWM); -1 when unknown.
    qint64 residentKiB() const { return statusKiB("VmRSS:"); }
    qint64 peakResidentKiB() const { return statusKiB("VmHWM:"); }

private:
    // Starts `serve` listening on 127.0.0.1:listenPort (0: any free port).
    bool launch(int listenPort, int timeoutMs);
    qint64 statusKiB(const char *field) const;

    QString m_program;
    QString m_database;
    QStringList m_extraArgs;
    QProcess m_process;
    int m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QString m_error;
    QTemporaryDir m_logDir; // stderr goes to a file so that a full pipe never blocks the server
};

// Result of running one aanwezig-server command to its end.
struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CommandResult runServerCommand(const QString &program, const QStringList &args,
                               int timeoutMs = 60000);

} // namespace Aanwezig::Test
