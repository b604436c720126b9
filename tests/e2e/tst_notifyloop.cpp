// The phone's half of "Alles goed?" through the real app and the
// real server: `aanwezig-server demo` fills a school and `serve` serves it;
// the parent's app (tst_apploop_app with qml/step_parent_answers_alles_goed.qml)
// pairs, receives the notification encrypted for its own push keys,
// decrypts it through the core, opens the report form prefilled from
// "Ziek melden" and sends the report. The mentor then pulls exactly one
// report of the child, for today.
#include "apiclient.h"
#include "appstep.h"
#include "serverprocess.h"
#include "serverview.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;
using Aanwezig::AppLoop::Invite;

namespace {

const QString serverBin = QStringLiteral(AANWEZIG_SERVER_BIN);
constexpr int stepTimeoutMs = 90 * 1000;

// "Alles goed?" as the server sends it to the child's parent today.
QByteArray allesGoed(const QString &child)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return QStringLiteral(
               R"({"v":1,"kind":"unreported_absence","title":"Alles goed?",)"
               R"("body":"Sanne is vandaag niet op school en we hebben geen melding. Alles goed?",)"
               R"("lang":"nl","dir":"ltr","link":{"page":"student","id":"%1/%2",)"
               R"("student_id":"%1","date":"%2"},"actions":[{"id":"report_sick",)"
               R"("title":"Ziek melden"},{"id":"known","title":"Ik weet ervan"}],)"
               R"("tag":"unreported_absence/%1/%2"})")
        .arg(child, today)
        .toUtf8();
}

} // namespace

class TestNotifyLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parentReportsSickFromTheNotification()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database =
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("school.db"));
        const Test::CommandResult demo = Test::runServerCommand(
            serverBin, {QStringLiteral("demo"), QStringLiteral("--db"), database});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QHash<QString, Invite> invites = AppLoop::invitesIn(demo.out);
        QVERIFY2(invites.size() == 4, qPrintable(demo.out));
        const QString child = invites.value(QStringLiteral("student")).who;
        QCOMPARE(child, QStringLiteral("S1001"));

        Test::ServerProcess server{serverBin};
        QVERIFY2(server.start(database), qPrintable(server.errorString()));
        const QString payload = dir.filePath(QStringLiteral("alles-goed.json"));
        QFile file(payload);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(allesGoed(child));
        file.close();

        AppLoop::StepOptions options{dir.path(),
                                     QStringLiteral("parent"),
                                     child,
                                     server.baseUrl(),
                                     invites.value(QStringLiteral("parent")).code,
                                     true,
                                     0,
                                     payload};
        AppLoop::AppStep step;
        QVERIFY(step.start(QStringLiteral("step_parent_answers_alles_goed.qml"), options));
        QVERIFY(step.waitForPass(stepTimeoutMs, [&server] { return server.log(); }));

        Test::ApiClient mentor(server.baseUrl());
        QCOMPARE(mentor.pair(invites.value(QStringLiteral("mentor")).code).status, 200);
        const AppLoop::ServerView seen = AppLoop::serverView(mentor, child);
        QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
        QCOMPARE(seen.reports.size(), 1);
        const QJsonObject report = seen.reports.first();
        QCOMPARE(report.value(QStringLiteral("code")).toString(), QStringLiteral("Z"));
        QVERIFY2(report.value(QStringLiteral("start"))
                     .toString()
                     .startsWith(QDate::currentDate().toString(Qt::ISODate)),
                 qPrintable(report.value(QStringLiteral("start")).toString()));
        QCOMPARE(report.value(QStringLiteral("reporter_id")).toString(),
                 invites.value(QStringLiteral("parent")).who);
    }
};

QTEST_GUILESS_MAIN(TestNotifyLoop)
#include "tst_notifyloop.moc"
