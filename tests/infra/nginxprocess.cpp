#include "nginxprocess.h"

#include "apiclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>

namespace Aanwezig::Test {

namespace {

const QString nginxProgram = QStringLiteral("/usr/sbin/nginx");

// A loopback port nobody listens on right now (nginx may still lose it to
// someone else before it binds: start() then tries another).
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

NginxProcess::NginxProcess()
{
    // As root, nginx's workers run as an unprivileged user and must reach the
    // temporary directories nginx makes for them in the prefix.
    QFile::setPermissions(m_prefix.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ExeGroup | QFile::ExeOther);
}

NginxProcess::~NginxProcess()
{
    stop();
}

bool NginxProcess::start(const QList<int> &upstreamPorts, const QString &healthPath, int timeoutMs)
{
    if (!QFile::exists(nginxProgram)) {
        m_error = nginxProgram + QStringLiteral(" is missing: run scripts/install-deps.sh");
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_port = freePort();
        if (!writeConfig(upstreamPorts) || !launch())
            return false;
        const ApiClient client(baseUrl(), 2);
        while (m_process.state() == QProcess::Running && !deadline.hasExpired()) {
            if (client.get(healthPath).status == 200)
                return true;
            m_process.waitForFinished(20); // polling with a deadline; ends early if nginx exits
        }
        if (m_process.state() == QProcess::Running ||
            !errorLog().contains(QLatin1String("Address already in use")))
            break;
    }
    m_error =
        QStringLiteral("nginx did not become ready on port %1: %2").arg(m_port).arg(errorLog());
    stop();
    return false;
}

bool NginxProcess::writeConfig(const QList<int> &upstreamPorts)
{
    QString upstreams;
    for (int port : upstreamPorts)
        upstreams += QStringLiteral("        server 127.0.0.1:%1;\n").arg(port);
    QString config = readFile(QStringLiteral(AANWEZIG_NGINX_TEMPLATE));
    config.replace(QLatin1String("@PREFIX@"), m_prefix.path())
        .replace(QLatin1String("@PORT@"), QString::number(m_port))
        .replace(QLatin1String("@UPSTREAMS@\n"), upstreams);
    QFile file(m_prefix.filePath(QStringLiteral("nginx.conf")));
    if (config.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(config.toUtf8()) != config.toUtf8().size()) {
        m_error = QStringLiteral("cannot write %1 from %2")
                      .arg(file.fileName(), QLatin1String(AANWEZIG_NGINX_TEMPLATE));
        return false;
    }
    return true;
}

bool NginxProcess::launch()
{
    // Messages from before the configuration is read go to stderr.
    m_process.setStandardErrorFile(m_prefix.filePath(QStringLiteral("stderr.log")),
                                   QIODevice::Append);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(nginxProgram, {QStringLiteral("-p"), m_prefix.path(), QStringLiteral("-c"),
                                   m_prefix.filePath(QStringLiteral("nginx.conf"))});
    if (m_process.waitForStarted())
        return true;
    m_error = QStringLiteral("cannot start %1: %2").arg(nginxProgram, m_process.errorString());
    return false;
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: nginx's fast shutdown, workers included
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString NginxProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString NginxProcess::accessLog() const
{
    return readFile(m_prefix.filePath(QStringLiteral("access.log")));
}

QString NginxProcess::errorLog() const
{
    return readFile(m_prefix.filePath(QStringLiteral("stderr.log"))) +
           readFile(m_prefix.filePath(QStringLiteral("error.log")));
}

} // namespace Aanwezig::Test
