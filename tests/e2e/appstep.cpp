#include "appstep.h"

#include <QDebug>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

namespace Aanwezig::AppLoop {

QHash<QString, Invite> invitesIn(const QString &demoOutput)
{
    QHash<QString, Invite> invites;
    for (const QString &line : demoOutput.split(u'\n')) {
        const QStringList words = line.simplified().split(u' ');
        if (words.size() >= 3 && QStringList{QStringLiteral("parent"), QStringLiteral("mentor"),
                                             QStringLiteral("student"), QStringLiteral("team")}
                                     .contains(words.first()))
            invites.insert(words.first(), {words.at(1), words.last()});
    }
    return invites;
}

AppStep::AppStep()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead,
                     [this] { m_output += QString::fromUtf8(m_process.readAll()); });
}

AppStep::~AppStep()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool AppStep::start(const QString &qmlFile, const StepOptions &options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nl")); // a Dutch phone
    // No session bus, so no keychain: the token goes to the profile's
    // file, as on a phone without one, and no real keychain is touched.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + QDir(options.profilesDir).filePath("no-bus"));
    env.insert(QStringLiteral("AANWEZIG_E2E_PROFILE"),
               QDir(options.profilesDir).filePath(options.person));
    env.insert(QStringLiteral("AANWEZIG_E2E_SERVER"), options.serverUrl);
    env.insert(QStringLiteral("AANWEZIG_E2E_CODE"), options.code);
    env.insert(QStringLiteral("AANWEZIG_E2E_CHILD"), options.childId);
    env.insert(QStringLiteral("AANWEZIG_E2E_PAIR_AT_START"),
               options.pairAtStart ? QStringLiteral("1") : QStringLiteral("0"));
    if (options.syncIntervalSeconds > 0)
        env.insert(QStringLiteral("AANWEZIG_E2E_SYNC_INTERVAL"),
                   QString::number(options.syncIntervalSeconds));
    if (!options.pushPayloadFile.isEmpty())
        env.insert(QStringLiteral("AANWEZIG_E2E_PUSH_PAYLOAD"), options.pushPayloadFile);

    m_qmlFile = qmlFile;
    m_output.clear();
    m_process.setProcessEnvironment(env);
    m_process.start(QStringLiteral(APPLOOP_APP),
                    {QStringLiteral("-input"), QStringLiteral(APPLOOP_QML "/") + qmlFile});
    if (!m_process.waitForStarted()) {
        qWarning().noquote() << qmlFile << "does not start:" << m_process.errorString();
        return false;
    }
    return true;
}

bool AppStep::waitForOutput(const QString &text, int timeoutMs)
{
    // The event loop keeps running meanwhile: a proxy of the test may live in it.
    if (QTest::qWaitFor(
            [&] { return m_output.contains(text) || m_process.state() == QProcess::NotRunning; },
            timeoutMs) &&
        m_output.contains(text))
        return true;
    qWarning().noquote() << m_output << "\n" << m_qmlFile << "never printed" << text;
    return false;
}

bool AppStep::waitForPass(int timeoutMs, const std::function<QString()> &serverLog)
{
    // As above, with the event loop running.
    if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        m_output += QString::fromUtf8(m_process.readAll());
        qWarning().noquote() << m_output << "\n" << m_qmlFile << "did not end in time";
        return false;
    }
    m_output += QString::fromUtf8(m_process.readAll());
    static const QRegularExpression passed(QStringLiteral("^PASS   : \\S+::test_\\w+\\(\\)"),
                                           QRegularExpression::MultilineOption);
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0 ||
        !m_output.contains(passed)) {
        qWarning().noquote() << m_output << "\nThe end of the server's log:\n"
                             << (serverLog ? serverLog().right(4000) : QString()) << "\n"
                             << m_qmlFile << "failed";
        return false;
    }
    return true;
}

} // namespace Aanwezig::AppLoop
