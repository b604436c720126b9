// The production deployment: nginx (round robin) in front of two
// aanwezig-server instances on one PostgreSQL database. Clients talking to
// nginx see the same data whichever instance answers.
#include "entities.h"
#include "liveclient.h"
#include "nginxprocess.h"
#include "postgresrequired.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

// The upstream addresses in nginx's access log.
QSet<QString> upstreamsIn(const QString &accessLog)
{
    static const QRegularExpression upstream(QStringLiteral("upstream=(\\S+)"));
    QSet<QString> found;
    for (auto it = upstream.globalMatch(accessLog); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// The last `count` lines of a log.
QString lastLines(const QString &log, int count)
{
    const QStringList lines = log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n'));
}

// Pairs the person (a fresh invite) through `api`; returns the token.
QString pairPerson(TestSchool &school, ApiClient &api, const QString &email, const QString &role)
{
    return api.pair(school.invite(email, role)).json.value(QLatin1String("token")).toString();
}

} // namespace

class TestNginxDeployment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        AANWEZIG_REQUIRE_POSTGRES();
        QVERIFY2(m_school.setUp(), qPrintable(m_school.errorString()));
        QVERIFY2(m_second.start(m_school.database().url()), qPrintable(m_second.errorString()));
        QVERIFY2(m_nginx.start({m_school.server().port(), m_second.port()},
                               QStringLiteral("/v1/health")),
                 qPrintable(m_nginx.errorString()));
    }

    void requestsReachBothInstances()
    {
        const ApiClient api(m_nginx.baseUrl());
        for (int i = 0; i < 4; ++i) {
            const ApiReply health = api.get(QStringLiteral("/v1/health"));
            QCOMPARE(health.status, 200);
            QCOMPARE(health.json.value(QLatin1String("database")).toString(), QStringLiteral("ok"));
        }
        const QSet<QString> expected{QStringLiteral("127.0.0.1:%1").arg(m_school.server().port()),
                                     QStringLiteral("127.0.0.1:%1").arg(m_second.port())};
        QCOMPARE(upstreamsIn(m_nginx.accessLog()), expected);
    }

    void serverErrorsPassThroughNginx()
    {
        const ApiClient api(m_nginx.baseUrl());
        const ApiReply unknown = api.get(QStringLiteral("/v1/nothing-here"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
        // Larger than the server's 1 MiB limit but within nginx's: the
        // client gets the server's JSON error, not an nginx page.
        const ApiReply tooLarge =
            api.postRaw(QStringLiteral("/v1/sync/push"), QByteArray(1536 * 1024, ' '));
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.errorCode(), QStringLiteral("payload_too_large"));
    }

    void parentAndMentorSeeTheSameDataWhicheverInstanceAnswers()
    {
        ApiClient parent(m_nginx.baseUrl());
        const QString parentToken =
            pairPerson(m_school, parent, People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(!parentToken.isEmpty());
        ApiClient mentor(m_nginx.baseUrl());
        QVERIFY(!pairPerson(m_school, mentor, People::mentorA, QStringLiteral("mentor")).isEmpty());

        const QString reportId = newId();
        const QString parentClient = newId();
        const ApiReply reported = parent.push(
            parentClient,
            {mutation(1, QLatin1String(Mutations::reportAbsence),
                      {{QStringLiteral("report"),
                        reportJson(reportId, QStringLiteral("S1"), RegistrationCode::Z)}})});
        QCOMPARE(reported.status, 200);
        QCOMPARE(statusOf(reported.result()), QStringLiteral("applied"));

        // The mentor's first-day item, whichever instance answers the pull.
        for (int i = 0; i < 2; ++i) {
            QString cursor;
            bool ok = false;
            const QJsonObject report = findPut(pullAll(mentor, {}, 500, &cursor, &ok),
                                               QStringLiteral("absence_report"), reportId);
            QVERIFY(ok);
            QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("received"));
        }
        const ApiReply acknowledged =
            mentor.push(newId(), {mutation(1, QLatin1String(Mutations::acknowledge),
                                           {{QStringLiteral("report_id"), reportId}})});
        QCOMPARE(statusOf(acknowledged.result()), QStringLiteral("applied"));

        // The parent sees the acknowledgement through nginx, and the same
        // snapshot from each instance directly (the token works on both).
        QList<QList<QJsonObject>> snapshots;
        for (const QString &url :
             {m_nginx.baseUrl(), m_school.server().baseUrl(), m_second.baseUrl()}) {
            ApiClient direct(url);
            direct.setToken(parentToken);
            QString cursor;
            bool ok = false;
            const QList<QJsonObject> changes = pullAll(direct, {}, 500, &cursor, &ok);
            QVERIFY(ok);
            QCOMPARE(findPut(changes, QStringLiteral("absence_report"), reportId)
                         .value(QLatin1String("state"))
                         .toString(),
                     QStringLiteral("seen_by_mentor"));
            snapshots.append(changes);
        }
        QVERIFY(snapshots.at(1) == snapshots.at(0));
        QVERIFY(snapshots.at(2) == snapshots.at(0));
    }

    void pushIsExactlyOnceAcrossInstances()
    {
        ApiClient mentor(m_nginx.baseUrl());
        const QString token =
            pairPerson(m_school, mentor, People::mentorA, QStringLiteral("mentor"));
        QVERIFY(!token.isEmpty());
        const QJsonArray mutations{
            mutation(1, QLatin1String(Mutations::logContact),
                     {{QStringLiteral("entry"), contactJson(newId(), QStringLiteral("S2"))}})};
        const QString client = newId();
        // Sent twice in a row through nginx: each instance gets it once.
        QCOMPARE(statusOf(mentor.push(client, mutations).result()), QStringLiteral("applied"));
        QCOMPARE(statusOf(mentor.push(client, mutations).result()), QStringLiteral("duplicate"));
        QCOMPARE(upstreamsIn(lastLines(m_nginx.accessLog(), 2)).size(), 2);
        // And a gap is refused by either instance.
        for (const QString &url : {m_school.server().baseUrl(), m_second.baseUrl()}) {
            ApiClient direct(url);
            direct.setToken(token);
            const ApiReply gap =
                direct.push(client, {mutation(3, QLatin1String(Mutations::logContact),
                                              {{QStringLiteral("entry"),
                                                contactJson(newId(), QStringLiteral("S2"))}})});
            QCOMPARE(gap.status, 409);
            QCOMPARE(gap.json.value(QLatin1String("expected_seq")).toInteger(), 2);
        }
    }

    void forgedForwardedForDoesNotEscapeThePairingLimit()
    {
        // Instances as deployed behind nginx: pairing attempts counted by the
        // address nginx appends to X-Forwarded-For, here 3 a minute each. nginx
        // reaches the instances from 127.0.0.3 (proxy_bind), the only trusted proxy.
        const QStringList args{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.3"),
                               QStringLiteral("--pair-rate-address"), QStringLiteral("3")};
        ServerProcess first{QStringLiteral(AANWEZIG_SERVER_BIN)};
        ServerProcess second{QStringLiteral(AANWEZIG_SERVER_BIN)};
        QVERIFY2(first.start(m_school.database().url(), args), qPrintable(first.errorString()));
        QVERIFY2(second.start(m_school.database().url(), args), qPrintable(second.errorString()));
        NginxProcess nginx;
        QVERIFY2(nginx.start({first.port(), second.port()}, QStringLiteral("/v1/health")),
                 qPrintable(nginx.errorString()));
        // Every attempt claims another address and an unknown code; nginx adds
        // the real address (127.0.0.1), which is the one that counts.
        QList<int> statuses;
        for (int i = 0; i < 8; ++i) {
            ApiClient api(nginx.baseUrl());
            const QByteArray forged = "203.0.113." + QByteArray::number(i + 1);
            api.setHeader("X-Forwarded-For", forged.constData());
            statuses << api.pair(QStringLiteral("ZZZZ-ZZZZ-ZZ%1").arg(i, 2, 10, QLatin1Char('0')))
                            .status;
        }
        QCOMPARE(statuses, (QList<int>{401, 401, 401, 401, 401, 401, 429, 429}));
    }

    void aPushOnOneInstancePokesLiveSocketsOnTheOther()
    {
        // The mentor listens on instance B directly and through nginx; the
        // parent reports on instance A: PostgreSQL's NOTIFY wakes B.
        ApiClient mentorApi(m_nginx.baseUrl());
        const QString mentorToken =
            pairPerson(m_school, mentorApi, People::mentorA, QStringLiteral("mentor"));
        LiveClient onSecond(m_second.baseUrl(), mentorToken);
        LiveClient throughNginx(m_nginx.baseUrl(), mentorToken);
        QTRY_VERIFY(onSecond.isConnected() && throughNginx.isConnected());

        ApiClient parent(m_school.server().baseUrl());
        pairPerson(m_school, parent, People::parentOfS1, QStringLiteral("parent"));
        const ApiReply pushed = parent.push(
            newId(), {mutation(1, QLatin1String(Mutations::reportAbsence),
                               {{QStringLiteral("report"),
                                 reportJson(newId(), QStringLiteral("S1"), RegistrationCode::Z,
                                            7)}})});
        QCOMPARE(statusOf(pushed.result()), QStringLiteral("applied"));
        QString head;
        bool ok = false;
        pullAll(mentorApi, {}, 1000, &head, &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(onSecond.heads().contains(head), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(throughNginx.heads().contains(head), 5000);
    }

    void clientsAreServedWhileOneInstanceIsDown()
    {
        ApiClient mentor(m_nginx.baseUrl());
        QVERIFY(!pairPerson(m_school, mentor, People::mentorA, QStringLiteral("mentor")).isEmpty());
        m_second.stop();
        const QString client = newId();
        for (int i = 1; i <= 4; ++i) {
            const ApiReply pushed =
                mentor.push(client, {mutation(i, QLatin1String(Mutations::logContact),
                                              {{QStringLiteral("entry"),
                                                contactJson(newId(), QStringLiteral("S1"))}})});
            QCOMPARE(pushed.status, 200);
            QCOMPARE(statusOf(pushed.result()), QStringLiteral("applied"));
            QCOMPARE(mentor.pull().status, 200);
        }
        // nginx tried the stopped instance and went on to the other one.
        QVERIFY(m_nginx.accessLog().contains(QStringLiteral("upstream=127.0.0.1:%1, 127.0.0.1:%2")
                                                 .arg(m_second.port())
                                                 .arg(m_school.server().port())));
    }

private:
    TestSchool m_school;
    ServerProcess m_second{QStringLiteral(AANWEZIG_SERVER_BIN)};
    NginxProcess m_nginx;
};

QTEST_GUILESS_MAIN(TestNginxDeployment)
#include "tst_nginxdeployment.moc"
