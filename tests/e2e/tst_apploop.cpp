// The whole loop of the README's demo, through the real app and the real
// server: `aanwezig-server demo` fills a school on a temporary SQLite
// database and `serve` serves it; each step runs tst_apploop_app (the app's
// own wiring and QML, driven by taps in qml/step_*.qml) on its own profile
// folder. The parent's app reaches the server through a fault-injecting
// proxy, so that it can lose its signal. Afterwards the server holds exactly
// one report and one message: nothing lost, nothing doubled.
#include "apiclient.h"
#include "appstep.h"
#include "faultproxy.h"
#include "serverprocess.h"
#include "serverview.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Aanwezig;
using Aanwezig::AppLoop::Invite;
using Aanwezig::AppLoop::ServerView;
using Aanwezig::Faults::Fault;
using Aanwezig::Faults::FaultProxy;
using Aanwezig::Faults::ProxiedRequest;

namespace {

const QString serverBin = QStringLiteral(AANWEZIG_SERVER_BIN);
constexpr int stepTimeoutMs = 90 * 1000;

} // namespace

class TestAppLoop : public QObject
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
        m_proxy.setUpstream(quint16(m_server.port()));
        QVERIFY(m_proxy.listen());
        m_team = std::make_unique<Test::ApiClient>(m_server.baseUrl());
        QCOMPARE(m_team->pair(m_invites.value(QStringLiteral("team")).code).status, 200);
    }

    // A step that failed leaves the next ones nothing to build on.
    void init()
    {
        if (m_broken)
            QSKIP("an earlier step failed");
    }
    void cleanup() { m_broken = m_broken || QTest::currentTestFailed(); }

    void parentPairsAndSeesTheChild()
    {
        QVERIFY(runStep(QStringLiteral("step_parent_pairs.qml"), QStringLiteral("parent"),
                        m_proxy.url().toString(), m_invites.value(QStringLiteral("parent")).code,
                        false));
    }

    void parentReportsSickWithoutSignal()
    {
        m_proxy.setFault(Fault::drop());
        const int before = m_proxy.requestCount();
        QVERIFY(
            runStep(QStringLiteral("step_parent_reports_offline.qml"), QStringLiteral("parent")));
        m_proxy.setFault(Fault::pass());
        QVERIFY2(m_proxy.requestCount() > before, "the app tried to sync and lost the connection");
        const ServerView view = serverView();
        QVERIFY2(view.error.isEmpty(), qPrintable(view.error));
        QCOMPARE(view.reports.size(), 0);
    }

    // The signal comes back shaky: the answer to the first push is lost (the
    // server has the report, the phone does not know it), then all passes.
    void waitingReportIsSentBackOnline()
    {
        auto cut = std::make_shared<bool>(false);
        m_proxy.setRule([cut](const ProxiedRequest &request) {
            if (*cut || !request.path.startsWith("/v1/sync/push"))
                return Fault::pass();
            *cut = true;
            return Fault::cutAfterRequest();
        });
        QVERIFY(runStep(QStringLiteral("step_parent_back_online.qml"), QStringLiteral("parent")));
        QVERIFY2(*cut, "the first push's answer was lost");
        const ServerView view = serverView();
        QVERIFY2(view.error.isEmpty(), qPrintable(view.error));
        QCOMPARE(view.reports.size(), 1);
    }

    void mentorAcknowledgesAndSaysIMissYou()
    {
        QVERIFY(runStep(QStringLiteral("step_mentor_reaches_out.qml"), QStringLiteral("mentor"),
                        m_server.baseUrl(), m_invites.value(QStringLiteral("mentor")).code, true));
    }

    void studentReadsTheMessage()
    {
        QVERIFY(runStep(QStringLiteral("step_student_reads.qml"), QStringLiteral("student"),
                        m_server.baseUrl(), m_invites.value(QStringLiteral("student")).code, true));
    }

    void parentReadsTheMessageAndSeesTheReportSeen()
    {
        QVERIFY(runStep(QStringLiteral("step_parent_reads.qml"), QStringLiteral("parent")));
    }

    void serverHoldsOneReportAndOneMessage()
    {
        const ServerView view = serverView();
        QVERIFY2(view.error.isEmpty(), qPrintable(view.error));
        QCOMPARE(view.reports.size(), 1);
        const QJsonObject report = view.reports.first();
        QCOMPARE(report.value(QStringLiteral("code")).toString(), QStringLiteral("Z"));
        QVERIFY2(report.value(QStringLiteral("start"))
                     .toString()
                     .startsWith(QDate::currentDate().toString(Qt::ISODate)),
                 qPrintable(report.value(QStringLiteral("start")).toString()));
        QCOMPARE(report.value(QStringLiteral("state")).toString(),
                 QStringLiteral("seen_by_mentor"));
        QCOMPARE(report.value(QStringLiteral("reporter_id")).toString(),
                 m_invites.value(QStringLiteral("parent")).who);

        QList<QJsonObject> missYou;
        for (const QJsonObject &message : view.messages) {
            if (message.value(QStringLiteral("template_key")).toString() ==
                QLatin1String("miss_you"))
                missYou.append(message);
        }
        QCOMPARE(missYou.size(), 1);
        QCOMPARE(missYou.first().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Ik mis je!"));
        QVERIFY(missYou.first().value(QStringLiteral("to_student")).toBool());
        QVERIFY(missYou.first().value(QStringLiteral("to_parents")).toBool());
    }

private:
    // The server's log as it is when a step fails.
    std::function<QString()> serverLog() const
    {
        return [this] { return m_server.log(); };
    }

    // Runs one step of the app on the profile `person`; true when it passed,
    // otherwise prints why with the step's output. `serverUrl` and `code` are the school's
    // address and a pairing code, used at start when `pairAtStart`.
    bool runStep(const QString &qmlFile, const QString &person, const QString &serverUrl = {},
                 const QString &code = {}, bool pairAtStart = false)
    {
        AppLoop::AppStep step;
        return step.start(qmlFile,
                          {m_dir.path(), person, m_child, serverUrl, code, pairAtStart, 0, {}}) &&
               step.waitForPass(stepTimeoutMs, serverLog());
    }

    ServerView serverView() const { return AppLoop::serverView(*m_team, m_child); }

    QTemporaryDir m_dir;
    Test::ServerProcess m_server{serverBin};
    FaultProxy m_proxy;
    std::unique_ptr<Test::ApiClient> m_team;
    QHash<QString, Invite> m_invites;
    QString m_child;
    bool m_broken = false;
};

QTEST_GUILESS_MAIN(TestAppLoop)

#include "tst_apploop.moc"
