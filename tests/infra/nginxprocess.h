#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Aanwezig::Test {

// nginx (/usr/sbin/nginx) as a load balancer in front of server instances on
// 127.0.0.1, for deployment tests: a configuration generated from
// tests/infra/nginx.conf.in, its prefix (pid, logs, temp files) in a
// temporary directory, listening on a free loopback port, in the foreground
// under QProcess. Stopped (SIGTERM) and removed when destroyed.
class NginxProcess
{
public:
    NginxProcess();
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    // Starts nginx balancing over the given upstream ports and waits (at
    // most timeoutMs) until GET healthPath through it answers 200. False,
    // with errorString(), otherwise.
    bool start(const QList<int> &upstreamPorts, const QString &healthPath, int timeoutMs = 20000);
    void stop();

    int port() const { return m_port; }
    QString baseUrl() const;
    QString errorString() const { return m_error; }
    // The access log: one line per request, "METHOD PATH STATUS upstream=ADDRESS".
    QString accessLog() const;
    QString errorLog() const;

private:
    bool writeConfig(const QList<int> &upstreamPorts);
    bool launch();

    QTemporaryDir m_prefix;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace Aanwezig::Test
