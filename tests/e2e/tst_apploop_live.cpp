// The loop live, through the real apps and the real server: the
// mentor's app is open when the parent reports the child sick; the report
// shows in the mentor's app without a refresh, and the mentor's "seen" shows
// in the parent's open app, both within a minute while the sync interval is
// an hour: only the live channel (GET /v1/live) can bring them.
//
// The two apps run side by side (tests/e2e/appstep.h), each a
// tst_apploop_app process with its own profile; the mentor's step prints
// "APPLOOP READY" once its live channel is up and the parent's step starts then.
#include "apiclient.h"
#include "appstep.h"
#include "serverprocess.h"
#include "serverview.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Aanwezig;
using Aanwezig::AppLoop::AppStep;
using Aanwezig::AppLoop::Invite;
using Aanwezig::AppLoop::StepOptions;

namespace {
const QString serverBin = QStringLiteral(AANWEZIG_SERVER_BIN);
constexpr int stepTimeoutMs = 120 * 1000;
constexpr int anHour = 3600; // seconds: nothing may arrive by the interval
} // namespace

class TestAppLoopLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString database =
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("school.db"));
        const Test::CommandResult demo = Test::runServerCommand(
            serverBin, {QStringLiteral("demo"), QStringLiteral("--db"), database});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_invites = AppLoop::invitesIn(demo.out);
        QVERIFY2(m_invites.size() == 4, qPrintable(demo.out));
        m_child = m_invites.value(QStringLiteral("student")).who;
        QVERIFY2(m_server.start(database), qPrintable(m_server.errorString()));
        m_team = std::make_unique<Test::ApiClient>(m_server.baseUrl());
        QCOMPARE(m_team->pair(m_invites.value(QStringLiteral("team")).code).status, 200);
    }

    void init()
    {
        if (m_broken)
            QSKIP("an earlier step failed");
    }
    void cleanup() { m_broken = m_broken || QTest::currentTestFailed(); }

    void parentPairs()
    {
        AppStep parent;
        QVERIFY(parent.start(QStringLiteral("step_parent_pairs.qml"),
                             options(QStringLiteral("parent"), false)));
        QVERIFY(parent.waitForPass(stepTimeoutMs, serverLog()));
    }

    void reportAndSeenArriveLive()
    {
        AppStep mentor;
        QVERIFY(mentor.start(QStringLiteral("step_live_mentor_sees_report.qml"),
                             options(QStringLiteral("mentor"), true)));
        QVERIFY(mentor.waitForOutput(QStringLiteral("APPLOOP READY"), stepTimeoutMs));
        AppStep parent;
        QVERIFY(parent.start(QStringLiteral("step_live_parent_reports.qml"),
                             options(QStringLiteral("parent"), false)));
        // Both end (each prints its output when it failed), then both must have passed.
        const bool parentPassed = parent.waitForPass(stepTimeoutMs, serverLog());
        const bool mentorPassed = mentor.waitForPass(stepTimeoutMs, serverLog());
        QVERIFY(parentPassed);
        QVERIFY(mentorPassed);

        const AppLoop::ServerView view = AppLoop::serverView(*m_team, m_child);
        QVERIFY2(view.error.isEmpty(), qPrintable(view.error));
        QCOMPARE(view.reports.size(), 1);
        QCOMPARE(view.reports.first().value(QStringLiteral("state")).toString(),
                 QStringLiteral("seen_by_mentor"));
    }

private:
    // The server's log as it is when a step fails.
    std::function<QString()> serverLog() const
    {
        return [this] { return m_server.log(); };
    }

    // The person's app, paired at start with their code when `pairAtStart`.
    StepOptions options(const QString &person, bool pairAtStart) const
    {
        return {m_dir.path(), person, m_child, m_server.baseUrl(), m_invites.value(person).code,
                pairAtStart,  anHour, {}};
    }

    QTemporaryDir m_dir;
    Test::ServerProcess m_server{serverBin};
    std::unique_ptr<Test::ApiClient> m_team;
    QHash<QString, Invite> m_invites;
    QString m_child;
    bool m_broken = false;
};

QTEST_GUILESS_MAIN(TestAppLoopLive)

#include "tst_apploop_live.moc"
