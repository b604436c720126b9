// The whole loop of the README's demo, through the real app and the real
// server: `aanwezig-server demo` fills a school on a temporary SQLite
// database and `serve` serves it; each step runs tst_apploop_app (the app's
// own wiring and QML, driven by taps in qml/step_*.qml) on its own profile
// folder. The parent's app reaches the server through a fault-injecting
// proxy, so that it can lose its signal. Afterwards the server holds exactly
// one report and one message: nothing lost, nothing doubled.
#include "apiclient.h"
#include "faultproxy.h"
#include "serverprocess.h"

#include <QDate>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Aanwezig;
using Aanwezig::Faults::Fault;
using Aanwezig::Faults::FaultProxy;
using Aanwezig::Faults::ProxiedRequest;

namespace {

const QString serverBin = QStringLiteral(AANWEZIG_SERVER_BIN);
constexpr int stepTimeoutMs = 90 * 1000;

// A pairing code and whom it is for (an email, or the student's id).
struct Invite
{
    QString who;
    QString code;
};

// The pairing codes `aanwezig-server demo` prints, by role, one a line:
// "  parent   EMAIL  CODE", "  mentor   EMAIL (2A)  CODE", "  student  S1001  CODE".
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

// What the server holds about one student, as the attendance team pulls it.
struct ServerView
{
    QList<QJsonObject> reports;
    QList<QJsonObject> messages;
    QString error;
};

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
        m_invites = invitesIn(demo.out);
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
    // Runs one step of the app on the profile `person`; true when it passed,
    // otherwise prints why with the step's output. `serverUrl` and `code` are the school's
    // address and a pairing code, used at start when `pairAtStart`.
    bool runStep(const QString &qmlFile, const QString &person, const QString &serverUrl = {},
                 const QString &code = {}, bool pairAtStart = false)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nl")); // a Dutch phone
        // No session bus, so no keychain: the token goes to the profile's
        // file, as on a phone without one, and no real keychain is touched.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("AANWEZIG_E2E_PROFILE"), m_dir.filePath(person));
        env.insert(QStringLiteral("AANWEZIG_E2E_SERVER"), serverUrl);
        env.insert(QStringLiteral("AANWEZIG_E2E_CODE"), code);
        env.insert(QStringLiteral("AANWEZIG_E2E_CHILD"), m_child);
        env.insert(QStringLiteral("AANWEZIG_E2E_PAIR_AT_START"),
                   pairAtStart ? QStringLiteral("1") : QStringLiteral("0"));

        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&app, &QProcess::finished);
        // The event loop keeps running while the step runs: the proxy lives in it.
        app.start(QStringLiteral(APPLOOP_APP),
                  {QStringLiteral("-input"), QStringLiteral(APPLOOP_QML "/") + qmlFile});
        if (!app.waitForStarted()) {
            qWarning().noquote() << qmlFile << "does not start:" << app.errorString();
            return false;
        }
        if (!finished.wait(stepTimeoutMs)) {
            app.kill();
            app.waitForFinished();
            qWarning().noquote() << app.readAll() << "\n" << qmlFile << "did not end in time";
            return false;
        }
        const QString output = QString::fromUtf8(app.readAll());
        // Passed, and with a test function that ran (not only the set-up).
        static const QRegularExpression passed(QStringLiteral("^PASS   : \\S+::test_\\w+\\(\\)"),
                                               QRegularExpression::MultilineOption);
        if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0 ||
            !output.contains(passed)) {
            qWarning().noquote() << output << "\nThe end of the server's log:\n"
                                 << m_server.log().right(4000) << "\n"
                                 << qmlFile << "failed";
            return false;
        }
        return true;
    }

    // The child's reports and messages on the server, pulled as a fresh snapshot.
    ServerView serverView() const
    {
        ServerView view;
        QString cursor;
        for (bool more = true; more;) {
            const Test::ApiReply reply = m_team->pull(cursor);
            if (reply.status != 200) {
                view.error = QStringLiteral("pull: %1 %2")
                                 .arg(reply.status)
                                 .arg(QString::fromUtf8(reply.body));
                return view;
            }
            for (const QJsonValue &value : reply.json.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = value.toObject();
                const QJsonObject data = change.value(QStringLiteral("data")).toObject();
                if (data.value(QStringLiteral("student_id")).toString() != m_child)
                    continue;
                const QString kind = change.value(QStringLiteral("kind")).toString();
                if (kind == QLatin1String("absence_report"))
                    view.reports.append(data);
                else if (kind == QLatin1String("warm_message"))
                    view.messages.append(data);
            }
            cursor = reply.json.value(QStringLiteral("next_cursor")).toString();
            more = reply.json.value(QStringLiteral("has_more")).toBool();
        }
        return view;
    }

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
