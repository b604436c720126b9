#pragma once

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

// The real aanwezig-server for the sync tests: one process on 127.0.0.1 with
// a SQLite file, started, killed and restarted on the same port and file.
namespace Aanwezig::SyncTest {

inline const QString rosterFile = QStringLiteral(AANWEZIG_TEST_DATA "/sync/roster.csv");
inline const QString parentEmail = QStringLiteral("parent@mail.example.com");
inline const QString mentorEmail = QStringLiteral("mentor@school.example.nl");

// A port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("no free port");
    return probe.serverPort();
}

// Runs an aanwezig-server command to its end; its standard output, or a fatal error.
inline QString serverCommand(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(AANWEZIG_SERVER_BIN), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("aanwezig-server %s failed: %s", qPrintable(arguments.join(u' ')),
               qPrintable(QString::fromUtf8(process.readAllStandardError())));
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

class ServerProcess
{
public:
    explicit ServerProcess(QString databasePath)
        : m_db(QStringLiteral("sqlite:") + databasePath), m_port(freePort())
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~ServerProcess() { kill(); }

    QString db() const { return m_db; }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    void importRoster(const QString &file = rosterFile)
    {
        serverCommand({QStringLiteral("import-roster"), QStringLiteral("--db"), m_db, file});
    }
    QString invite(const QString &email, const QString &role)
    {
        return serverCommand({QStringLiteral("invite"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--email"), email, QStringLiteral("--role"), role});
    }
    void revoke(const QString &email)
    {
        serverCommand({QStringLiteral("revoke-device"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--email"), email});
    }

    // Starts the server and waits until /v1/health answers.
    bool start()
    {
        m_process.start(QStringLiteral(AANWEZIG_SERVER_BIN),
                        {QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
        if (!m_process.waitForStarted(10000))
            return false;
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const QUrl health = url().resolved(QUrl(QStringLiteral("/v1/health")));
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(health)));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 2000))
                continue;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                return true;
            QTest::qWait(20); // not yet listening: poll again shortly
        }
        return false;
    }

    // SIGKILL: no goodbye, as in a crash.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

private:
    QString m_db;
    quint16 m_port;
    QProcess m_process;
};

} // namespace Aanwezig::SyncTest
