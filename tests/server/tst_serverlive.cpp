// The live channel of the real aanwezig-server (GET /v1/live, PROTOCOL.md):
// who is poked when a change commits, coalescing, refusals and revocation.
#include "entities.h"
#include "liveclient.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QtTest>

using namespace Aanwezig;
using namespace Aanwezig::Test;

class TstServerLive : public QObject
{
    Q_OBJECT

private:
    // A device of the person, paired through a fresh invite: its client
    // (token set) and its token.
    struct Device
    {
        std::unique_ptr<ApiClient> api;
        QString token;
    };
    Device pair(const QString &email, const QString &role);
    std::unique_ptr<LiveClient> listen(const QString &token);
    // The head of the change log, as the team's pull tells it.
    QString head();
    // Pushes an hour's sick report for the student from the parent's
    // device; whether it was applied.
    bool report(const Device &parent, const QString &student, int hour = 9);

    TestSchool m_school;
    Device m_team;

private slots:
    void initTestCase();
    void mentorOfTheClassIsPokedAndAnotherMentorIsNot();
    void parentIsPokedWhenTheMentorAcknowledges();
    void oneCommitOfManyChangesIsOnePoke();
    void upgradeNeedsAValidToken();
    void plainGetIsRefused();
    void revokedDeviceIsClosedWith4001();
};

TstServerLive::Device TstServerLive::pair(const QString &email, const QString &role)
{
    Device device;
    device.api = m_school.client();
    device.token = device.api->pair(m_school.invite(email, role))
                       .json.value(QLatin1String("token"))
                       .toString();
    return device;
}

std::unique_ptr<LiveClient> TstServerLive::listen(const QString &token)
{
    return std::make_unique<LiveClient>(m_school.server().baseUrl(), token);
}

QString TstServerLive::head()
{
    QString cursor;
    bool ok = false;
    pullAll(*m_team.api, {}, 1000, &cursor, &ok);
    return ok ? cursor : QString();
}

bool TstServerLive::report(const Device &parent, const QString &student, int hour)
{
    const ApiReply reply = parent.api->push(
        newId(), {mutation(1, QLatin1String(Mutations::reportAbsence),
                           {{QStringLiteral("report"),
                             reportJson(newId(), student, RegistrationCode::Z, hour)}})});
    return reply.status == 200 && statusOf(reply.result()) == QLatin1String("applied");
}

void TstServerLive::initTestCase()
{
    QVERIFY2(m_school.setUp(), qPrintable(m_school.errorString()));
    m_team = pair(People::team, QStringLiteral("team"));
}

void TstServerLive::mentorOfTheClassIsPokedAndAnotherMentorIsNot()
{
    const Device mentorA = pair(People::mentorA, QStringLiteral("mentor"));
    const Device mentorB = pair(People::mentorB, QStringLiteral("mentor"));
    const Device parentOfS1 = pair(People::parentOfS1, QStringLiteral("parent"));
    const Device parentOfS3 = pair(People::parentOfS3, QStringLiteral("parent"));
    auto liveA = listen(mentorA.token);
    auto liveB = listen(mentorB.token);
    QTRY_VERIFY(liveA->isConnected() && liveB->isConnected());

    QVERIFY(report(parentOfS1, QStringLiteral("S1"))); // class 1A: mentor A's
    const QString afterS1 = head();
    QTRY_COMPARE(liveA->heads(), QList<QString>{afterS1});

    // Then a report in 1B: mentor B's first poke is for it, so none came
    // for the report in 1A (pokes arrive in commit order).
    QVERIFY(report(parentOfS3, QStringLiteral("S3")));
    const QString afterS3 = head();
    QTRY_VERIFY(!liveB->heads().isEmpty());
    QCOMPARE(liveB->heads(), QList<QString>{afterS3});
    QCOMPARE(liveA->heads(), QList<QString>{afterS1});
}

void TstServerLive::parentIsPokedWhenTheMentorAcknowledges()
{
    const Device mentorA = pair(People::mentorA, QStringLiteral("mentor"));
    const Device parent = pair(People::parentOfS1, QStringLiteral("parent"));
    const QString reportId = newId();
    QCOMPARE(
        parent.api
            ->push(newId(),
                   {mutation(1, QLatin1String(Mutations::reportAbsence),
                             {{QStringLiteral("report"), reportJson(reportId, QStringLiteral("S1"),
                                                                    RegistrationCode::D, 14)}})})
            .status,
        200);
    const QString afterReport = head();
    auto live = listen(parent.token);
    QTRY_VERIFY(live->isConnected());
    const ApiReply acknowledged =
        mentorA.api->push(newId(), {mutation(1, QLatin1String(Mutations::acknowledge),
                                             {{QStringLiteral("report_id"), reportId}})});
    QCOMPARE(statusOf(acknowledged.result()), QStringLiteral("applied"));
    const QString afterAcknowledgement = head();
    QTRY_VERIFY(live->heads().contains(afterAcknowledgement));
    // The hub may get to the parent's own report after the socket opened (the
    // push's answer does not wait for the pokes): a poke for it may come
    // first, never one for anything else.
    QList<QString> expected{afterAcknowledgement};
    if (live->heads().size() == 2)
        expected.prepend(afterReport);
    QCOMPARE(live->heads(), expected);
}

void TstServerLive::oneCommitOfManyChangesIsOnePoke()
{
    const Device team = pair(People::team, QStringLiteral("team"));
    const Device parent = pair(People::parentOfS3, QStringLiteral("parent"));
    auto live = listen(team.token);
    QTRY_VERIFY(live->isConnected());
    QJsonArray mutations;
    for (int hour = 10; hour < 20; ++hour) // S3 already has 9:00-10:00
        mutations.append(
            mutation(hour - 9, QLatin1String(Mutations::reportAbsence),
                     {{QStringLiteral("report"),
                       reportJson(newId(), QStringLiteral("S3"), RegistrationCode::Z, hour)}}));
    const ApiReply pushed = parent.api->push(newId(), mutations);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(statusOf(pushed.result(9)), QStringLiteral("applied"));
    const QString last = head();
    QTRY_VERIFY(!live->heads().isEmpty());
    QCOMPARE(live->heads(), QList<QString>{last});
}

void TstServerLive::upgradeNeedsAValidToken()
{
    LiveClient unknown(m_school.server().baseUrl(), QStringLiteral("not-a-token"));
    QTRY_VERIFY(unknown.isClosed());
    QVERIFY(!unknown.isConnected());
    QVERIFY2(unknown.errorString().contains(QLatin1String("401")),
             qPrintable(unknown.errorString()));
}

void TstServerLive::plainGetIsRefused()
{
    const ApiReply reply = m_team.api->get(QStringLiteral("/v1/live"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("upgrade_required"));
}

void TstServerLive::revokedDeviceIsClosedWith4001()
{
    const Device parent = pair(People::parentOfS1, QStringLiteral("parent"));
    auto live = listen(parent.token);
    QTRY_VERIFY(live->isConnected());
    const CommandResult revoked = m_school.command(
        {QStringLiteral("revoke-device"), QStringLiteral("--email"), People::parentOfS1});
    QCOMPARE(revoked.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(live->isClosed(), 5000);
    QCOMPARE(live->closeCode(), 4001);
    QCOMPARE(live->closeReason(), QStringLiteral("unauthorized"));
}

QTEST_GUILESS_MAIN(TstServerLive)
#include "tst_serverlive.moc"
