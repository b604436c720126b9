// The sync API of the real aanwezig-server: errors, pairing, push exactly
// once, pull paging and snapshots, routing of reports and messages.
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QtTest>

using namespace Aanwezig;
using namespace Aanwezig::Test;

class TstServerApi : public QObject
{
    Q_OBJECT

private:
    TestSchool m_school;
    QString head(); // the team's next_cursor after pulling everything

private slots:
    void initTestCase();
    void healthAndUnknownPaths();
    void protocolVersionIsRequired();
    void badRequestsChangeNothing();
    void pairingGivesRolesAndIsSingleUse();
    void expiredCodeIsRefused();
    void pairingIsRateLimited();
    void pairingBehindTrustedProxyCountsForwardedAddress();
    void onePersonCanHoldSeveralRoles();
    void revokedDeviceGets401();
    void pushAppliesExactlyOnce();
    void repeatWithAnotherPayloadIsAConflict();
    void gapIsRefusedWithoutEffect();
    void clientIdOfAnotherUserIsForbidden();
    void pullPagesEqualTheSnapshot();
    void reportReachesMentorAndAcknowledgementReachesParent();
    void messagesReachTheChosenRecipients();
    void repliesReachTheStaffAndTheAuthorsSide();
    void deletedStepIsPulledAsDeleteButLeftOutOfSnapshot();
    void attendanceSummaryHidesSignalsFromFamilies();
    void languageReachesTheUserAndTheStaff();
    void regionReachesTheApp();
    void requestLogNamesUserButNeverToken();
    void servesHttpsWithCertificateAndKey();
    void lostDatabaseGives503();
};

QString TstServerApi::head()
{
    auto team = m_school.paired(People::team, QStringLiteral("team"));
    bool ok = false;
    QString cursor;
    pullAll(*team, {}, 1000, &cursor, &ok);
    return ok ? cursor : QString();
}

void TstServerApi::initTestCase()
{
    // The tests pair many devices from one address; pairingIsRateLimited checks the limits.
    QVERIFY2(m_school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("1000")}),
             qPrintable(m_school.errorString()));
}

void TstServerApi::healthAndUnknownPaths()
{
    auto api = m_school.client();
    const ApiReply health = api->get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QLatin1String("database")).toString(), QStringLiteral("ok"));

    const ApiReply unknown = api->get(QStringLiteral("/v1/nothing-here"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));

    const ApiReply wrongMethod = api->get(QStringLiteral("/v1/sync/push"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.errorCode(), QStringLiteral("method_not_allowed"));
}

void TstServerApi::protocolVersionIsRequired()
{
    auto api = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    QCOMPARE(api->get(QStringLiteral("/v1/me")).status, 200);
    api->setProtocolVersion(QStringLiteral("0"));
    const ApiReply old = api->get(QStringLiteral("/v1/me"));
    QCOMPARE(old.status, 426);
    QCOMPARE(old.errorCode(), QStringLiteral("unsupported_protocol"));
    api->setProtocolVersion({});
    QCOMPARE(api->pull().status, 426);
    QCOMPARE(api->push(newId(), {}).status, 426);
}

void TstServerApi::badRequestsChangeNothing()
{
    auto api = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString before = head();
    const QString client = newId();
    const QJsonObject report{{QStringLiteral("report"),
                              reportJson(newId(), QStringLiteral("S1"), RegistrationCode::Z, 8)}};
    const QJsonArray good{mutation(1, QLatin1String(Mutations::reportAbsence), report)};

    struct Case
    {
        const char *name;
        QByteArray body;
        int status;
        const char *code;
    };
    QByteArray huge = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), client},
                                                {QStringLiteral("mutations"), good},
                                                {QStringLiteral("padding"),
                                                 QString(1100 * 1024, QLatin1Char('x'))}})
                          .toJson(QJsonDocument::Compact);
    QJsonArray tooMany;
    for (int i = 1; i <= 501; ++i)
        tooMany.append(mutation(i, QLatin1String(Mutations::markRead),
                                {{QStringLiteral("message_id"), newId()}}));
    const auto body = [&](const QJsonValue &clientId, const QJsonValue &mutations) {
        return QJsonDocument(QJsonObject{{QStringLiteral("client_id"), clientId},
                                         {QStringLiteral("mutations"), mutations}})
            .toJson(QJsonDocument::Compact);
    };
    QJsonObject stringSeq = good.first().toObject();
    stringSeq.insert(QStringLiteral("seq"), QStringLiteral("1"));
    QJsonObject fractionSeq = good.first().toObject();
    fractionSeq.insert(QStringLiteral("seq"), 1.5);
    QJsonObject argsNotObject = good.first().toObject();
    argsNotObject.insert(QStringLiteral("args"), QJsonArray{1, 2});
    const QList<Case> cases{
        {"malformed json", "{\"client_id\": ", 400, "malformed_json"},
        {"json not an object", "[1,2,3]", 400, "malformed_json"},
        {"over 1 MiB", huge, 413, "payload_too_large"},
        {"client id a number", body(42, good), 400, "bad_request"},
        {"client id not a uuid", body(QStringLiteral("phone-1"), good), 400, "bad_request"},
        {"mutations not a list", body(client, QStringLiteral("all")), 400, "bad_request"},
        {"seq a string", body(client, QJsonArray{stringSeq}), 400, "bad_request"},
        {"seq a fraction", body(client, QJsonArray{fractionSeq}), 400, "bad_request"},
        {"args not an object", body(client, QJsonArray{argsNotObject}), 400, "bad_request"},
        {"seqs not consecutive",
         body(client, QJsonArray{good.first(),
                                 mutation(3, QLatin1String(Mutations::reportAbsence), report)}),
         400, "bad_seq"},
        {"too many mutations", body(client, tooMany), 400, "too_many_mutations"},
    };
    for (const Case &c : cases) {
        const ApiReply reply = api->postRaw(QStringLiteral("/v1/sync/push"), c.body);
        QVERIFY2(reply.status == c.status,
                 qPrintable(
                     QStringLiteral("%1: status %2").arg(QLatin1String(c.name)).arg(reply.status)));
        QVERIFY2(reply.errorCode() == QLatin1String(c.code),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name),
                                                         QString::fromUtf8(reply.body))));
        QVERIFY(!reply.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
    }

    for (const char *limit : {"0", "1001", "-5", "abc", "99999999999999999999", "1.5"}) {
        const ApiReply reply =
            api->get(QStringLiteral("/v1/sync/pull?limit=") + QLatin1String(limit));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("bad_limit"));
    }
    for (const char *cursor : {"abc", "-1", "999999999"}) {
        const ApiReply reply =
            api->get(QStringLiteral("/v1/sync/pull?cursor=") + QLatin1String(cursor));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("bad_cursor"));
    }

    ApiClient stranger(m_school.server().baseUrl());
    QCOMPARE(stranger.pull().status, 401);
    stranger.setToken(QString(64, QLatin1Char('a')));
    const ApiReply wrongToken = stranger.push(client, good);
    QCOMPARE(wrongToken.status, 401);
    QCOMPARE(wrongToken.errorCode(), QStringLiteral("unauthorized"));

    QCOMPARE(head(), before); // nothing of all this was applied
    // The same client id is still unused: its first push may start at seq 1.
    const ApiReply fine = api->push(client, good);
    QCOMPARE(fine.status, 200);
    QCOMPARE(fine.json.value(QLatin1String("last_seq")).toInteger(), 1);
}

void TstServerApi::pairingGivesRolesAndIsSingleUse()
{
    const QString code = m_school.invite(People::parentOfS1, QStringLiteral("parent"));
    QVERIFY(!code.isEmpty());
    auto api = m_school.client();
    // Case, dashes and spaces do not matter.
    const ApiReply reply = api->pair(code.toLower().remove(QLatin1Char('-')) + QStringLiteral(" "));
    QCOMPARE(reply.status, 200);
    const QString token = reply.json.value(QLatin1String("token")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(token).hasMatch());
    QCOMPARE(reply.json.value(QLatin1String("user_id")).toString(), People::parentOfS1);
    QCOMPARE(reply.json.value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("parent")});
    QCOMPARE(reply.json.value(QLatin1String("children")).toArray(),
             (QJsonArray{Students::anna, Students::eva}));
    QCOMPARE(api->get(QStringLiteral("/v1/me")).json.value(QLatin1String("user_id")).toString(),
             People::parentOfS1);

    auto second = m_school.client();
    const ApiReply again = second->pair(code);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(second->pair(QStringLiteral("AAAA-BBBB-CCCC")).status, 401);
    QCOMPARE(second->post(QStringLiteral("/v1/pair"), {{QStringLiteral("code"), 12}}).status, 400);

    // The database keeps only hashes: neither the token nor the code is in it.
    if (!m_school.database().isPostgres()) {
        QFile file(m_school.database().url().mid(7));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(token.toLatin1()));
    }
}

void TstServerApi::expiredCodeIsRefused()
{
    const QString code = m_school.invite(People::parentOfS3, QStringLiteral("parent"));
    QVERIFY(!code.isEmpty());
    // Codes last 14 days: let every unused one have been made 15 days ago.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(m_school.database().execute(
                 QStringLiteral("UPDATE invites SET expires_at = %1 - 86400 WHERE used_at IS NULL "
                                "AND expires_at > %1 + 13 * 86400")
                     .arg(now)),
             QString());
    auto api = m_school.client();
    const ApiReply reply = api->pair(code);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
}

void TstServerApi::pairingIsRateLimited()
{
    // A second instance on the same database with small limits.
    ServerProcess strict{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(strict.start(m_school.database().url(),
                          {QStringLiteral("--pair-rate-address"), QStringLiteral("4"),
                           QStringLiteral("--pair-rate-code"), QStringLiteral("2")}),
             qPrintable(strict.errorString()));
    ApiClient api(strict.baseUrl());
    // Per code: the same (wrong) code twice is all it gets.
    QCOMPARE(api.pair(QStringLiteral("WRNG-CODE-AAAA")).status, 401);
    QCOMPARE(api.pair(QStringLiteral("wrng-code-aaaa")).status, 401);
    const ApiReply perCode = api.pair(QStringLiteral("WRNG-CODE-AAAA"));
    QCOMPARE(perCode.status, 429);
    QCOMPARE(perCode.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(perCode.retryAfter.toInt() >= 1);
    // Per address: the 5th attempt within a minute, even with a valid code.
    QCOMPARE(api.pair(QStringLiteral("WRNG-CODE-BBBB")).status, 401);
    const QString valid = m_school.invite(People::parentOfS1, QStringLiteral("parent"));
    const ApiReply perAddress = api.pair(valid);
    QCOMPARE(perAddress.status, 429);
    QCOMPARE(perAddress.errorCode(), QStringLiteral("rate_limited"));
    // The refused attempt did not use the code up.
    auto other = m_school.client();
    QCOMPARE(other->pair(valid).status, 200);
}

void TstServerApi::pairingBehindTrustedProxyCountsForwardedAddress()
{
    ServerProcess proxied{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(proxied.start(m_school.database().url(),
                           {QStringLiteral("--pair-rate-address"), QStringLiteral("2"),
                            QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}),
             qPrintable(proxied.errorString()));
    const auto attempt = [&](const char *forwardedFor) {
        ApiClient api(proxied.baseUrl());
        api.setHeader("X-Forwarded-For", forwardedFor);
        return api.pair(newId()).status; // an unknown code: 401 unless limited
    };
    QCOMPARE(attempt("10.0.0.1"), 401);
    QCOMPARE(attempt("10.0.0.1"), 401);
    QCOMPARE(attempt("10.0.0.1"), 429);
    // Another parent behind the same proxy is not held up; the proxy's own
    // (last) entry counts, not what a client wrote before it.
    QCOMPARE(attempt("10.0.0.2"), 401);
    QCOMPARE(attempt("10.0.0.1, 10.0.0.3"), 401);
}

void TstServerApi::onePersonCanHoldSeveralRoles()
{
    // Mentor A is also a parent of S3 (class 1B): the union of both.
    const CommandResult added = m_school.command(
        {QStringLiteral("import-roster"), QStringLiteral(AANWEZIG_TEST_DATA "/school/roster.csv")});
    QCOMPARE(added.exitCode, 0);
    auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    auto asParent = m_school.paired(People::mentorA, QStringLiteral("parent"));
    const QJsonObject me = asParent->get(QStringLiteral("/v1/me")).json;
    QCOMPARE(me.value(QLatin1String("roles")).toArray().size(), 2);
    QCOMPARE(me.value(QLatin1String("classes")).toArray(), QJsonArray{QStringLiteral("1A")});
    // Both devices of the person see the same roles.
    QCOMPARE(mentor->get(QStringLiteral("/v1/me")).json.value(QLatin1String("roles")),
             me.value(QLatin1String("roles")));
}

void TstServerApi::revokedDeviceGets401()
{
    auto api = m_school.paired(QStringLiteral("parent.two@home.nl"), QStringLiteral("parent"));
    QCOMPARE(api->pull().status, 200);
    const CommandResult revoked =
        m_school.command({QStringLiteral("revoke-device"), QStringLiteral("--email"),
                          QStringLiteral("parent.two@home.nl")});
    QCOMPARE(revoked.exitCode, 0);
    const ApiReply reply = api->pull();
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
}

void TstServerApi::pushAppliesExactlyOnce()
{
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString client = newId();
    const QString reportId = newId();
    const QJsonArray batch{
        mutation(7, QLatin1String(Mutations::reportAbsence),
                 {{QStringLiteral("report"),
                   reportJson(reportId, QStringLiteral("S1"), RegistrationCode::D, 13)}}),
        // Overlaps the first: rejected, the rest goes on.
        mutation(8, QLatin1String(Mutations::reportAbsence),
                 {{QStringLiteral("report"),
                   reportJson(newId(), QStringLiteral("S1"), RegistrationCode::G, 13)}}),
        mutation(
            9, QLatin1String(Mutations::recover),
            {{QStringLiteral("report_id"), reportId}, {QStringLiteral("at"), QStringLiteral("x")}}),
        mutation(10, QStringLiteral("fly_to_the_moon"), {}),
    };
    const ApiReply first = parent->push(client, batch);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QLatin1String("last_seq")).toInteger(), 10);
    const QJsonArray results = first.json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(statusOf(results.at(0).toObject()), QStringLiteral("applied"));
    const QJsonObject overlap = results.at(1).toObject();
    QCOMPARE(statusOf(overlap), QStringLiteral("rejected"));
    QCOMPARE(reasonOf(overlap), QStringLiteral("overlap"));
    QCOMPARE(reasonOf(results.at(2).toObject()), QStringLiteral("bad_args"));
    QCOMPARE(reasonOf(results.at(3).toObject()), QStringLiteral("unknown_mutation"));

    const QString afterFirst = head();
    // The reply was lost; the phone sends the same batch again, then more.
    QJsonArray again = batch;
    again.append(mutation(11, QLatin1String(Mutations::reportAbsence),
                          {{QStringLiteral("report"), reportJson(newId(), QStringLiteral("S1"),
                                                                 RegistrationCode::Z, 15, true)}}));
    const ApiReply second = parent->push(client, again);
    QCOMPARE(second.status, 200);
    const QJsonArray repeated = second.json.value(QLatin1String("results")).toArray();
    QCOMPARE(statusOf(repeated.at(0).toObject()), QStringLiteral("duplicate"));
    QCOMPARE(repeated.at(0).toObject().value(QLatin1String("original")).toString(),
             QStringLiteral("applied"));
    QCOMPARE(repeated.at(1).toObject().value(QLatin1String("original")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(reasonOf(repeated.at(1).toObject()), QStringLiteral("overlap"));
    QCOMPARE(statusOf(repeated.at(4).toObject()), QStringLiteral("applied"));
    QCOMPARE(second.json.value(QLatin1String("last_seq")).toInteger(), 11);

    // Exactly one new change: the report of seq 11, nothing of 7..10 twice.
    auto team = m_school.paired(People::team, QStringLiteral("team"));
    bool ok = false;
    QString next;
    const QList<QJsonObject> changes = pullAll(*team, afterFirst, 1000, &next, &ok);
    QVERIFY(ok);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("received"));
    QCOMPARE(changes.first()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("reporter_id"))
                 .toString(),
             People::parentOfS1);
}

// A phone restored from a backup reuses seqs the server applied for another
// mutation: that repeat is `conflict` (nothing applied), the same payload
// again is still `duplicate`.
void TstServerApi::repeatWithAnotherPayloadIsAConflict()
{
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString client = newId();
    const QJsonObject first{{QStringLiteral("report"),
                             reportJson(newId(), QStringLiteral("S1"), RegistrationCode::D, 12)}};
    QCOMPARE(
        parent->push(client, {mutation(1, QLatin1String(Mutations::reportAbsence), first)}).status,
        200);
    const QString afterFirst = head();
    const ApiReply copy = parent->push(
        client, {mutation(1, QLatin1String(Mutations::reportAbsence),
                          {{QStringLiteral("report"),
                            reportJson(newId(), QStringLiteral("S1"), RegistrationCode::D, 11)}})});
    QCOMPARE(copy.status, 200);
    QCOMPARE(statusOf(copy.result()), QStringLiteral("conflict"));
    QCOMPARE(reasonOf(copy.result()), QStringLiteral("conflict"));
    QCOMPARE(copy.json.value(QLatin1String("last_seq")).toInteger(), 1);
    const ApiReply same =
        parent->push(client, {mutation(1, QLatin1String(Mutations::reportAbsence), first)});
    QCOMPARE(statusOf(same.result()), QStringLiteral("duplicate"));
    QCOMPARE(same.result().value(QLatin1String("same_payload")).toBool(), true);
    QCOMPARE(head(), afterFirst); // nothing of the conflicting mutation was applied
}

void TstServerApi::gapIsRefusedWithoutEffect()
{
    auto parent = m_school.paired(People::parentOfS3, QStringLiteral("parent"));
    const QString client = newId();
    const auto report = [](int hour) {
        return QJsonObject{{QStringLiteral("report"),
                            reportJson(newId(), QStringLiteral("S3"), RegistrationCode::D, hour)}};
    };
    QCOMPARE(parent->push(client, {mutation(1, QLatin1String(Mutations::reportAbsence), report(8))})
                 .status,
             200);
    const QString before = head();
    const ApiReply gap =
        parent->push(client, {mutation(3, QLatin1String(Mutations::reportAbsence), report(10)),
                              mutation(4, QLatin1String(Mutations::reportAbsence), report(11))});
    QCOMPARE(gap.status, 409);
    QCOMPARE(gap.errorCode(), QStringLiteral("seq_gap"));
    QCOMPARE(gap.json.value(QLatin1String("expected_seq")).toInteger(), 2);
    QCOMPARE(head(), before);
    const ApiReply filled =
        parent->push(client, {mutation(2, QLatin1String(Mutations::reportAbsence), report(9)),
                              mutation(3, QLatin1String(Mutations::reportAbsence), report(10))});
    QCOMPARE(filled.status, 200);
    QCOMPARE(filled.json.value(QLatin1String("last_seq")).toInteger(), 3);
}

void TstServerApi::clientIdOfAnotherUserIsForbidden()
{
    auto one = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    auto three = m_school.paired(People::parentOfS3, QStringLiteral("parent"));
    const QString client = newId();
    QCOMPARE(
        one->push(client,
                  {mutation(1, QLatin1String(Mutations::reportAbsence),
                            {{QStringLiteral("report"), reportJson(newId(), QStringLiteral("S1"),
                                                                   RegistrationCode::D, 16)}})})
            .status,
        200);
    const ApiReply other = three->push(
        client, {mutation(2, QLatin1String(Mutations::reportAbsence),
                          {{QStringLiteral("report"),
                            reportJson(newId(), QStringLiteral("S3"), RegistrationCode::D, 16)}})});
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorCode(), QStringLiteral("forbidden"));
}

void TstServerApi::pullPagesEqualTheSnapshot()
{
    auto team = m_school.paired(People::team, QStringLiteral("team"));
    bool ok = false;
    QString bigCursor;
    const QList<QJsonObject> all = pullAll(*team, {}, 1000, &bigCursor, &ok);
    QVERIFY(ok);
    QVERIFY(all.size() >= 8); // 4 people, 2 summaries, reports
    QString smallCursor;
    const QList<QJsonObject> paged = pullAll(*team, {}, 1, &smallCursor, &ok);
    QVERIFY(ok);
    QCOMPARE(paged, all);
    QCOMPARE(smallCursor, bigCursor);
    const ApiReply page = team->pull({}, 1);
    QCOMPARE(page.json.value(QLatin1String("changes")).toArray().size(), 1);
    QVERIFY(page.json.value(QLatin1String("has_more")).toBool());

    // Nothing new: an empty page with the same cursor.
    const ApiReply idle = team->pull(bigCursor);
    QCOMPARE(idle.json.value(QLatin1String("changes")).toArray().size(), 0);
    QCOMPARE(idle.json.value(QLatin1String("next_cursor")).toString(), bigCursor);
    QVERIFY(!idle.json.value(QLatin1String("has_more")).toBool());

    // Persons come with the relation as this user sees them.
    QCOMPARE(findPut(all, QStringLiteral("person"), QStringLiteral("S2"))
                 .value(QLatin1String("relation"))
                 .toString(),
             QStringLiteral("class_student"));
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    QString parentCursor;
    const QList<QJsonObject> own = pullAll(*parent, {}, 1000, &parentCursor, &ok);
    QCOMPARE(findPut(own, QStringLiteral("person"), QStringLiteral("S1"))
                 .value(QLatin1String("relation"))
                 .toString(),
             QStringLiteral("child"));
    // "staff" only for a user who is staff of the student too.
    QVERIFY(!findPut(own, QStringLiteral("person"), QStringLiteral("S1"))
                 .contains(QLatin1String("staff")));
    QVERIFY(findPut(own, QStringLiteral("person"), QStringLiteral("S2")).isEmpty());
}

void TstServerApi::reportReachesMentorAndAcknowledgementReachesParent()
{
    auto parent = m_school.paired(People::parentOfS3, QStringLiteral("parent"));
    auto mentor = m_school.paired(People::mentorB, QStringLiteral("mentor"));
    auto otherMentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    bool ok = false;
    QString parentCursor, mentorCursor, otherCursor;
    pullAll(*parent, {}, 1000, &parentCursor, &ok);
    pullAll(*mentor, {}, 1000, &mentorCursor, &ok);
    pullAll(*otherMentor, {}, 1000, &otherCursor, &ok);

    const QString reportId = newId();
    QCOMPARE(parent
                 ->push(newId(), {mutation(1, QLatin1String(Mutations::reportAbsence),
                                           {{QStringLiteral("report"),
                                             reportJson(reportId, QStringLiteral("S3"),
                                                        RegistrationCode::Z, 17, true)}})})
                 .status,
             200);
    const QList<QJsonObject> firstDay = pullAll(*mentor, mentorCursor, 1000, &mentorCursor, &ok);
    QCOMPARE(findPut(firstDay, QStringLiteral("absence_report"), reportId)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("received"));
    QVERIFY(pullAll(*otherMentor, otherCursor, 1000, &otherCursor, &ok).isEmpty());

    const ApiReply ack =
        mentor->push(newId(), {mutation(1, QLatin1String(Mutations::acknowledge),
                                        {{QStringLiteral("report_id"), reportId}})});
    QCOMPARE(statusOf(ack.result()), QStringLiteral("applied"));
    const QList<QJsonObject> seen = pullAll(*parent, parentCursor, 1000, &parentCursor, &ok);
    QCOMPARE(findPut(seen, QStringLiteral("absence_report"), reportId)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("seen_by_mentor"));

    // "Beter melden" by the parent closes it.
    QCOMPARE(statusOf(parent
                          ->push(newId(), {mutation(1, QLatin1String(Mutations::recover),
                                                    {{QStringLiteral("report_id"), reportId},
                                                     {QStringLiteral("at"),
                                                      formatWallTime(wallTime(QDate::currentDate(),
                                                                              QTime(18, 0)))}})})
                          .result()),
             QStringLiteral("applied"));
    const QList<QJsonObject> closed = pullAll(*mentor, mentorCursor, 1000, &mentorCursor, &ok);
    QCOMPARE(findPut(closed, QStringLiteral("absence_report"), reportId)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("closed"));
}

void TstServerApi::messagesReachTheChosenRecipients()
{
    auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    auto student = m_school.paired({}, QStringLiteral("student"), QStringLiteral("S1"));
    bool ok = false;
    QString parentCursor, studentCursor;
    pullAll(*parent, {}, 1000, &parentCursor, &ok);
    pullAll(*student, {}, 1000, &studentCursor, &ok);

    const QString toStudent = newId();
    const QString toParents = newId();
    QCOMPARE(mentor
                 ->push(newId(),
                        {mutation(1, QLatin1String(Mutations::sendMessage),
                                  {{QStringLiteral("message"),
                                    messageJson(toStudent, QStringLiteral("S1"), true, false)}}),
                         mutation(2, QLatin1String(Mutations::sendMessage),
                                  {{QStringLiteral("message"),
                                    messageJson(toParents, QStringLiteral("S1"), false, true)}})})
                 .status,
             200);
    const QList<QJsonObject> forStudent =
        pullAll(*student, studentCursor, 1000, &studentCursor, &ok);
    const QList<QJsonObject> forParent = pullAll(*parent, parentCursor, 1000, &parentCursor, &ok);
    QVERIFY(!findPut(forStudent, QStringLiteral("warm_message"), toStudent).isEmpty());
    QVERIFY(findPut(forStudent, QStringLiteral("warm_message"), toParents).isEmpty());
    QVERIFY(!findPut(forParent, QStringLiteral("warm_message"), toParents).isEmpty());
    QVERIFY(findPut(forParent, QStringLiteral("warm_message"), toStudent).isEmpty());
    // No adult's address reaches a parent (PROTOCOL.md, "Privacy").
    QVERIFY(!findPut(forParent, QStringLiteral("warm_message"), toParents)
                 .contains(QLatin1String("sender_id")));

    // The student reads it; the mentor sees who read it.
    QCOMPARE(statusOf(student
                          ->push(newId(), {mutation(1, QLatin1String(Mutations::markRead),
                                                    {{QStringLiteral("message_id"), toStudent}})})
                          .result()),
             QStringLiteral("applied"));
    QString mentorCursor;
    const QList<QJsonObject> forMentor = pullAll(*mentor, {}, 1000, &mentorCursor, &ok);
    QCOMPARE(findPut(forMentor, QStringLiteral("warm_message"), toStudent)
                 .value(QLatin1String("read_by"))
                 .toArray(),
             QJsonArray{QStringLiteral("S1")});
}

void TstServerApi::repliesReachTheStaffAndTheAuthorsSide()
{
    auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    auto otherParent = m_school.paired(People::parentOfS3, QStringLiteral("parent"));
    auto student = m_school.paired({}, QStringLiteral("student"), QStringLiteral("S1"));
    // Each push on its own client id, so every mutation is seq 1.
    const auto pushOne = [](const ApiClient &api, const char *name, const QJsonObject &args) {
        return api.push(newId(), {mutation(1, QLatin1String(name), args)}).result();
    };
    const auto reply = [&](const ApiClient &api, Role from, const QString &message,
                           const QString &key, const QString &text = {}) {
        const QString id = newId();
        return std::pair{
            id, pushOne(api, Mutations::sendReply,
                        {{QStringLiteral("reply"),
                          replyJson(id, QStringLiteral("S1"), from, message, key, text)}})};
    };
    const QString toStudent = newId();
    const QString toParents = newId();
    QCOMPARE(statusOf(pushOne(*mentor, Mutations::sendMessage,
                              {{QStringLiteral("message"),
                                messageJson(toStudent, QStringLiteral("S1"), true, false)}})),
             QStringLiteral("applied"));
    QCOMPARE(statusOf(pushOne(*mentor, Mutations::sendMessage,
                              {{QStringLiteral("message"),
                                messageJson(toParents, QStringLiteral("S1"), false, true)}})),
             QStringLiteral("applied"));

    // Before there is a plan, the student has nobody to write to.
    QCOMPARE(reasonOf(reply(*student, Role::Student, {}, QStringLiteral("want_to_talk")).second),
             QStringLiteral("no_plan"));
    QCOMPARE(statusOf(pushOne(*mentor, Mutations::savePlan,
                              {{QStringLiteral("plan"), planJson(QStringLiteral("S1"))}})),
             QStringLiteral("applied"));

    const auto [studentThanks, thanksResult] =
        reply(*student, Role::Student, toStudent, QStringLiteral("thanks"));
    QCOMPARE(statusOf(thanksResult), QStringLiteral("applied"));
    const auto [studentToPlan, planResult] =
        reply(*student, Role::Student, {}, {}, QStringLiteral("Mag ik morgen langskomen?"));
    QCOMPARE(statusOf(planResult), QStringLiteral("applied"));
    const auto [parentWords, parentResult] =
        reply(*parent, Role::Parent, toParents, {}, QStringLiteral("Het gaat wat beter, dank u."));
    QCOMPARE(statusOf(parentResult), QStringLiteral("applied"));

    // Only what reached one's own side can be answered, and only as oneself.
    QCOMPARE(reasonOf(reply(*student, Role::Student, toParents, QStringLiteral("thanks")).second),
             QStringLiteral("not_found"));
    QCOMPARE(reasonOf(reply(*parent, Role::Parent, toStudent, QStringLiteral("thanks")).second),
             QStringLiteral("not_found"));
    QCOMPARE(reasonOf(reply(*parent, Role::Student, toParents, QStringLiteral("thanks")).second),
             QStringLiteral("forbidden"));
    QCOMPARE(reasonOf(reply(*parent, Role::Parent, {}, QStringLiteral("thanks")).second),
             QStringLiteral("forbidden"));
    QCOMPARE(
        reasonOf(reply(*otherParent, Role::Parent, toParents, QStringLiteral("thanks")).second),
        QStringLiteral("not_found"));
    QCOMPARE(reasonOf(reply(*mentor, Role::Parent, toParents, QStringLiteral("thanks")).second),
             QStringLiteral("forbidden"));
    QCOMPARE(reasonOf(reply(*parent, Role::Parent, toParents, QStringLiteral("bye")).second),
             QStringLiteral("unknown_template"));
    QCOMPARE(
        reasonOf(
            reply(*parent, Role::Parent, toParents, {}, QString(maxReplyLength + 1, u'x')).second),
        QStringLiteral("bad_args"));

    bool ok = false;
    QString cursor;
    const QList<QJsonObject> forMentor = pullAll(*mentor, {}, 1000, &cursor, &ok);
    QVERIFY(ok);
    const QJsonObject thanks = findPut(forMentor, QStringLiteral("reply"), studentThanks);
    QCOMPARE(thanks.value(QLatin1String("author_id")).toString(), QStringLiteral("S1"));
    QCOMPARE(thanks.value(QLatin1String("message_id")).toString(), toStudent);
    QCOMPARE(findPut(forMentor, QStringLiteral("reply"), studentToPlan)
                 .value(QLatin1String("message_id")),
             QJsonValue());
    QCOMPARE(findPut(forMentor, QStringLiteral("reply"), parentWords)
                 .value(QLatin1String("author_id"))
                 .toString(),
             People::parentOfS1);

    // The family sees its own side's replies only.
    const QList<QJsonObject> forParent = pullAll(*parent, {}, 1000, &cursor, &ok);
    QVERIFY(!findPut(forParent, QStringLiteral("reply"), parentWords).isEmpty());
    QVERIFY(findPut(forParent, QStringLiteral("reply"), studentThanks).isEmpty());
    QVERIFY(findPut(forParent, QStringLiteral("reply"), studentToPlan).isEmpty());
    const QList<QJsonObject> forStudent = pullAll(*student, {}, 1000, &cursor, &ok);
    QVERIFY(!findPut(forStudent, QStringLiteral("reply"), studentThanks).isEmpty());
    QVERIFY(findPut(forStudent, QStringLiteral("reply"), parentWords).isEmpty());
    const QList<QJsonObject> forMentorB = pullAll(
        *m_school.paired(People::mentorB, QStringLiteral("mentor")), {}, 1000, &cursor, &ok);
    QVERIFY(findPut(forMentorB, QStringLiteral("reply"), studentThanks).isEmpty());
}

void TstServerApi::deletedStepIsPulledAsDeleteButLeftOutOfSnapshot()
{
    auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    auto student = m_school.paired({}, QStringLiteral("student"), QStringLiteral("S2"));
    const QString stepId = newId();
    const QString client = newId();
    QCOMPARE(
        mentor
            ->push(client, {mutation(1, QLatin1String(Mutations::savePlan),
                                     {{QStringLiteral("plan"), planJson(QStringLiteral("S2"))}}),
                            mutation(2, QLatin1String(Mutations::savePlanStep),
                                     {{QStringLiteral("step"),
                                       stepJson(stepId, QStringLiteral("S2"),
                                                QStringLiteral("Welkom bij de poort"))}})})
            .status,
        200);
    bool ok = false;
    QString cursor;
    const QList<QJsonObject> before = pullAll(*student, {}, 1000, &cursor, &ok);
    QVERIFY(!findPut(before, QStringLiteral("plan_step"), stepId).isEmpty());
    QVERIFY(!findPut(before, QStringLiteral("return_plan"), QStringLiteral("S2")).isEmpty());

    QCOMPARE(mentor
                 ->push(client, {mutation(3, QLatin1String(Mutations::deletePlanStep),
                                          {{QStringLiteral("step_id"), stepId}})})
                 .status,
             200);
    const QList<QJsonObject> after = pullAll(*student, cursor, 1000, &cursor, &ok);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().value(QLatin1String("op")).toString(), QStringLiteral("delete"));
    QCOMPARE(after.first().value(QLatin1String("id")).toString(), stepId);
    QVERIFY(!after.first().contains(QLatin1String("data")));

    QString snapshotCursor;
    const QList<QJsonObject> snapshot = pullAll(*student, {}, 1000, &snapshotCursor, &ok);
    for (const QJsonObject &change : snapshot)
        QVERIFY(change.value(QLatin1String("id")).toString() != stepId);
}

void TstServerApi::attendanceSummaryHidesSignalsFromFamilies()
{
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    bool ok = false;
    QString cursor;
    const QJsonObject forParent =
        findPut(pullAll(*parent, {}, 1000, &cursor, &ok), QStringLiteral("attendance_summary"),
                QStringLiteral("S1"));
    const QJsonObject forMentor =
        findPut(pullAll(*mentor, {}, 1000, &cursor, &ok), QStringLiteral("attendance_summary"),
                QStringLiteral("S1"));
    // S1: 3 lessons of 50 minutes, one Z and 10 minutes late.
    QCOMPARE(forParent.value(QLatin1String("scheduled_min")).toInt(), 150);
    QCOMPARE(forParent.value(QLatin1String("missed_min")).toInt(), 60);
    QCOMPARE(forParent.value(QLatin1String("rate_pct")).toString(), QStringLiteral("60.0"));
    QCOMPARE(forParent.value(QLatin1String("tier")).toInt(), 3);
    QVERIFY(!forParent.contains(QLatin1String("legal_signal")));
    QCOMPARE(forMentor.value(QLatin1String("legal_signal")).toString(), QStringLiteral("none"));
    QCOMPARE(forMentor.value(QLatin1String("legal_max_28d_min")).toInt(), 10);
}

void TstServerApi::languageReachesTheUserAndTheStaff()
{
    auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
    bool ok = false;
    QString cursor;
    const QList<QJsonObject> before = pullAll(*mentor, {}, 1000, &cursor, &ok);
    QVERIFY(ok);
    // Nothing told: the parents read Dutch; S1 and S2 have one parent each.
    QCOMPARE(findPut(before, QStringLiteral("person"), QStringLiteral("S1"))
                 .value(QLatin1String("parent_languages")),
             QJsonArray{QStringLiteral("nl")});

    // The school invites S1's parent as a reader of Arabic.
    const QString code =
        m_school.invite(People::parentOfS1, QStringLiteral("parent"), {}, QStringLiteral("ar"));
    QVERIFY(!code.isEmpty());
    auto parent = m_school.client();
    const ApiReply paired = parent->pair(code);
    QCOMPARE(paired.status, 200);
    QCOMPARE(paired.json.value(QLatin1String("language")).toString(), QStringLiteral("ar"));
    QCOMPARE(parent->get(QStringLiteral("/v1/me")).json.value(QLatin1String("language")),
             QJsonValue(QStringLiteral("ar")));
    auto student = m_school.paired({}, QStringLiteral("student"), QStringLiteral("S2"));
    QCOMPARE(student->get(QStringLiteral("/v1/me")).json.value(QLatin1String("language")),
             QJsonValue(QStringLiteral("nl")));

    // The mentor's next pull brings S1 with the new language, and only S1.
    const QList<QJsonObject> after = pullAll(*mentor, cursor, 1000, &cursor, &ok);
    QVERIFY(ok);
    QCOMPARE(findPut(after, QStringLiteral("person"), QStringLiteral("S1"))
                 .value(QLatin1String("parent_languages")),
             QJsonArray{QStringLiteral("ar")});
    QVERIFY(findPut(after, QStringLiteral("person"), QStringLiteral("S2")).isEmpty());
    // Families do not get it.
    const QJsonObject forParent = findPut(pullAll(*parent, {}, 1000, &cursor, &ok),
                                          QStringLiteral("person"), QStringLiteral("S1"));
    QCOMPARE(forParent.value(QLatin1String("first_name")).toString(), QStringLiteral("Anna"));
    QVERIFY(!forParent.contains(QLatin1String("parent_languages")));
    const QJsonObject forStudent = findPut(pullAll(*student, {}, 1000, &cursor, &ok),
                                           QStringLiteral("person"), QStringLiteral("S2"));
    QCOMPARE(forStudent.value(QLatin1String("relation")).toString(), QStringLiteral("self"));
    QVERIFY(!forStudent.contains(QLatin1String("parent_languages")));
}

void TstServerApi::regionReachesTheApp()
{
    // A school in the Netherlands unless `serve --region be` says Flanders.
    auto dutch = m_school.client();
    const ApiReply pairedInTheNetherlands =
        dutch->pair(m_school.invite(People::parentOfS1, QStringLiteral("parent")));
    QCOMPARE(pairedInTheNetherlands.json.value(QLatin1String("region")).toString(),
             QStringLiteral("nl"));
    QCOMPARE(dutch->get(QStringLiteral("/v1/me")).json.value(QLatin1String("region")),
             QJsonValue(QStringLiteral("nl")));

    ServerProcess flemish{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(flemish.start(m_school.database().url(),
                           {QStringLiteral("--region"), QStringLiteral("be")}),
             qPrintable(flemish.errorString()));
    ApiClient api(flemish.baseUrl());
    const ApiReply pairedInFlanders =
        api.pair(m_school.invite(People::parentOfS1, QStringLiteral("parent")));
    QCOMPARE(pairedInFlanders.status, 200);
    QCOMPARE(pairedInFlanders.json.value(QLatin1String("region")).toString(), QStringLiteral("be"));
    QCOMPARE(api.get(QStringLiteral("/v1/me")).json.value(QLatin1String("region")),
             QJsonValue(QStringLiteral("be")));

    const CommandResult unknown = runServerCommand(
        QStringLiteral(AANWEZIG_SERVER_BIN),
        {QStringLiteral("serve"), QStringLiteral("--db"), m_school.database().url(),
         QStringLiteral("--region"), QStringLiteral("fr")});
    QCOMPARE(unknown.exitCode, 2);
}

void TstServerApi::requestLogNamesUserButNeverToken()
{
    auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString secretNote = QStringLiteral("secret note text 7f3a");
    QJsonObject report = reportJson(newId(), QStringLiteral("S1"), RegistrationCode::G, 7);
    report.insert(QStringLiteral("note"), secretNote);
    QCOMPARE(parent
                 ->push(newId(), {mutation(1, QLatin1String(Mutations::reportAbsence),
                                           {{QStringLiteral("report"), report}})})
                 .status,
             200);
    QTRY_VERIFY(m_school.server().log().contains(QStringLiteral("POST /v1/sync/push 200")));
    const QString log = m_school.server().log();
    QVERIFY(log.contains(QStringLiteral("user=") + People::parentOfS1));
    QVERIFY(QRegularExpression(QStringLiteral("GET /v1/sync/pull 200 \\d+ms user="))
                .match(log)
                .hasMatch());
    QVERIFY(!log.contains(secretNote));
    QVERIFY(!log.contains(QStringLiteral("Bearer")));
}

void TstServerApi::servesHttpsWithCertificateAndKey()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!openssl.waitForStarted())
        QSKIP("needs the openssl command to make a certificate");
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    ServerProcess tls{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(tls.start(m_school.database().url(),
                       {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
             qPrintable(tls.errorString()));
    QVERIFY(tls.baseUrl().startsWith(QLatin1String("https://")));
    ApiClient api(tls.baseUrl());
    QCOMPARE(api.get(QStringLiteral("/v1/health")).status, 200);
    QCOMPARE(api.pair(m_school.invite(People::parentOfS1, QStringLiteral("parent"))).status, 200);
    QCOMPARE(api.pull().status, 200);
    // Plain HTTP to the TLS port gets no answer.
    ApiClient plain(tls.baseUrl().replace(QLatin1String("https"), QLatin1String("http")), 2);
    QVERIFY(plain.get(QStringLiteral("/v1/health")).status != 200);

    const CommandResult missing =
        runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                         {QStringLiteral("serve"), QStringLiteral("--db"),
                          m_school.database().url(), QStringLiteral("--tls-cert"), cert});
    QCOMPARE(missing.exitCode, 2); // a certificate without its key
}

void TstServerApi::lostDatabaseGives503()
{
    if (!m_school.database().isPostgres())
        QSKIP("the PostgreSQL run drops the database under a running server");
    auto database = std::make_unique<TestDatabase>();
    ServerProcess server{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(server.start(database->url()), qPrintable(server.errorString()));
    ApiClient api(server.baseUrl());
    QCOMPARE(api.get(QStringLiteral("/v1/health")).status, 200);
    database.reset(); // DROP DATABASE ... WITH (FORCE): every connection is cut
    const ApiReply health = api.get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 503);
    QCOMPARE(health.errorCode(), QStringLiteral("unavailable"));
    QCOMPARE(api.get(QStringLiteral("/v1/health")).status, 503); // and it stays so, answering
}

QTEST_GUILESS_MAIN(TstServerApi)
#include "tst_serverapi.moc"
