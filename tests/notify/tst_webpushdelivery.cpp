// Notifications end to end through the real aanwezig-server and a real Web
// Push service (npm web-push-testing, which checks the VAPID token and
// decrypts): the exact cleartext a parent's subscription receives for a warm
// message; "Alles goed?" after a registrations import marks Anna (S1)
// absent today without a report, answered with "Ik weet ervan" and "Ziek
// melden"; a server killed between deciding and sending sends after its
// restart, exactly once; a 410 removes the subscription; and no payload of
// the whole run holds a note or a reason code. A student with a return plan
// hears that their check-in is due (the check-in job beside the sender).
#include "apiclient.h"
#include "domain/returnplan.h"
#include "fixtureschool.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "webpushservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Aanwezig::Test;

namespace {

const QString sickNote = QStringLiteral("koorts en buikpijn sinds gisteravond");
const QTimeZone schoolZone("Europe/Amsterdam");

QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(schoolZone).date().toString(Qt::ISODate);
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestWebPushDelivery : public QObject
{
    Q_OBJECT

    TestDatabase m_database;
    ServerProcess m_server{QStringLiteral(AANWEZIG_SERVER_BIN)};
    WebPushService m_pushService;
    QTemporaryDir m_files;
    std::unique_ptr<ApiClient> m_parent;
    std::unique_ptr<ApiClient> m_mentor;
    WebPushService::Subscription m_parentSubscription;
    QString m_vapidKey;
    qint64 m_parentSeq = 0;
    qint64 m_mentorSeq = 0;
    const QString m_parentClient = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_mentorClient = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_clientHashes; // every subscription of the run, for the privacy check

    CommandResult command(const QStringList &args) const
    {
        return runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                                args + QStringList{QStringLiteral("--db"), m_database.url()});
    }

    std::unique_ptr<ApiClient> paired(const QString &email, const QString &role)
    {
        const CommandResult invite = command({QStringLiteral("invite"), QStringLiteral("--email"),
                                              email, QStringLiteral("--role"), role});
        auto api = std::make_unique<ApiClient>(m_server.baseUrl());
        api->pair(invite.out.trimmed());
        return api;
    }

    QString pushOne(ApiClient &api, const QString &client, qint64 &seq, const QString &name,
                    const QJsonObject &args)
    {
        const ApiReply reply = api.push(client, {mutation(++seq, name, args)});
        return reply.status == 200 ? statusOf(reply.result()) : QString::number(reply.status);
    }

    // Runs a query on the server's SQLite file; the first column of each row.
    QStringList query(const QString &sql) const
    {
        QStringList rows;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_database.url().mid(int(qstrlen("sqlite:"))));
            db.open();
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                rows.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
    }

    bool importAbsentToday(const QString &student)
    {
        const QString file = m_files.filePath(student + QStringLiteral(".csv"));
        QFile csv(file);
        csv.open(QIODevice::WriteOnly);
        csv.write(QStringLiteral("student_id,date,start,end,code,minutes_late\n"
                                 "%1,%2,08:30,09:20,OA,\n%1,%2,09:20,10:10,OA,\n")
                      .arg(student, today())
                      .toUtf8());
        csv.close();
        const CommandResult result =
            command({QStringLiteral("import-registrations"), file, QStringLiteral("--timezone"),
                     QStringLiteral("Europe/Amsterdam")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return result.exitCode == 0;
    }

    QStringList parentMessages() const
    {
        return m_pushService.messages(m_parentSubscription.clientHash);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pushService.start(), qPrintable(m_pushService.errorString()));
        QVERIFY2(m_database.isValid(), qPrintable(m_database.errorString()));
        QCOMPARE(command({QStringLiteral("import-roster"), FixtureSchool::rosterFile()}).exitCode,
                 0);
        const CommandResult keys =
            command({QStringLiteral("vapid-keys"), QStringLiteral("--subject"),
                     QStringLiteral("mailto:beheer@school.example.nl")});
        QCOMPARE(keys.exitCode, 0);
        QVERIFY(m_server.start(m_database.url(),
                               {QStringLiteral("--timezone"), QStringLiteral("Europe/Amsterdam"),
                                QStringLiteral("--push-allow-insecure-endpoints")}));
        m_parent = paired(People::parentOfS1, QStringLiteral("parent"));
        m_mentor = paired(People::mentorA, QStringLiteral("mentor"));

        // The phone reads the key from /v1/me and subscribes with it.
        const ApiReply me = m_parent->get(QStringLiteral("/v1/me"));
        m_vapidKey = me.json.value(QLatin1String("vapid_public_key")).toString();
        QVERIFY(keys.out.contains(m_vapidKey));
        QCOMPARE(m_vapidKey.size(), 87); // 65 bytes, base64url
        const auto subscription = m_pushService.subscribe(m_vapidKey);
        QVERIFY(subscription);
        m_parentSubscription = *subscription;
        m_clientHashes.append(subscription->clientHash);
        const ApiReply registered = m_parent->post(
            QStringLiteral("/v1/push/subscriptions"),
            {{QStringLiteral("endpoint"), subscription->endpoint},
             {QStringLiteral("keys"), QJsonObject{{QStringLiteral("p256dh"), subscription->p256dh},
                                                  {QStringLiteral("auth"), subscription->auth}}},
             {QStringLiteral("device_name"), QStringLiteral("test phone")}});
        QCOMPARE(registered.status, 200);

        // The test runs at any hour: this parent has no quiet hours.
        const ApiReply pulled = m_parent->pull();
        QJsonObject settings;
        for (const QJsonValue change : pulled.json.value(QLatin1String("changes")).toArray()) {
            if (change.toObject().value(QLatin1String("kind")) ==
                QLatin1String("notification_settings"))
                settings = change.toObject().value(QLatin1String("data")).toObject();
        }
        QCOMPARE(settings.value(QLatin1String("user_id")).toString(), People::parentOfS1);
        settings.insert(QStringLiteral("quiet_start"), QStringLiteral("00:00"));
        settings.insert(QStringLiteral("quiet_end"), QStringLiteral("00:00"));
        QCOMPARE(pushOne(*m_parent, m_parentClient, m_parentSeq,
                         QStringLiteral("save_notification_settings"),
                         {{QStringLiteral("settings"), settings}}),
                 QStringLiteral("applied"));
    }

    void subscriptionsRefuseInsecureEndpointsWithoutTheFlag()
    {
        // The running server allows http for the test service; the checks
        // themselves are in tst_notificationrules (PushEndpoint). Keys are
        // checked here.
        const ApiReply bad = m_parent->post(
            QStringLiteral("/v1/push/subscriptions"),
            {{QStringLiteral("endpoint"), QStringLiteral("https://push.example.net/x")},
             {QStringLiteral("keys"),
              QJsonObject{{QStringLiteral("p256dh"), QStringLiteral("AAAA")},
                          {QStringLiteral("auth"), m_parentSubscription.auth}}}});
        QCOMPARE(bad.status, 400);
    }

    void warmMessageReachesTheParentExactly()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(pushOne(*m_mentor, m_mentorClient, m_mentorSeq, QStringLiteral("send_message"),
                         {{QStringLiteral("message"),
                           QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("student_id"), Students::anna},
                                       {QStringLiteral("template_key"), QStringLiteral("miss_you")},
                                       {QStringLiteral("text"),
                                        QStringLiteral("Ik mis je, Anna! Geheim woord: appelflap")},
                                       {QStringLiteral("to_student"), false},
                                       {QStringLiteral("to_parents"), true}}}}),
                 QStringLiteral("applied"));
        QVERIFY(QTest::qWaitFor([&] { return parentMessages().size() == 1; }, 20000));
        const QString cleartext = parentMessages().first();
        const QJsonObject expected{
            {"v", 1},
            {"kind", "warm_message"},
            {"title", "Bericht van school"},
            {"body", "Er is een bericht over Anna."},
            {"lang", "nl"},
            {"dir", "ltr"},
            {"link", QJsonObject{{"page", "message"}, {"id", id}, {"student_id", "S1"}}},
            {"tag", "warm_message:" + id},
        };
        QCOMPARE(cleartext.toUtf8(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QVERIFY(!cleartext.contains(QStringLiteral("appelflap")));
    }

    void unreportedAbsenceAsksAllesGoed()
    {
        QVERIFY(importAbsentToday(Students::anna));
        QVERIFY(QTest::qWaitFor([&] { return parentMessages().size() == 2; }, 20000));
        const QJsonObject payload = parsed(parentMessages().at(1));
        QCOMPARE(payload.value("kind").toString(), QStringLiteral("unreported_absence"));
        QCOMPARE(payload.value("title").toString(), QStringLiteral("Alles goed?"));
        QCOMPARE(payload.value("body").toString(),
                 QStringLiteral("Anna is vandaag niet op school en we hebben geen melding. "
                                "Alles goed?"));
        const QJsonObject link = payload.value("link").toObject();
        QCOMPARE(link.value("page").toString(), QStringLiteral("report_form"));
        QCOMPARE(link.value("student_id").toString(), Students::anna);
        QCOMPARE(link.value("date").toString(), today());
        const QJsonArray actions = payload.value("actions").toArray();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).toObject().value("id").toString(), QStringLiteral("report_sick"));
        QCOMPARE(actions.at(0).toObject().value("title").toString(), QStringLiteral("Ziek melden"));
        QCOMPARE(actions.at(1).toObject().value("id").toString(), QStringLiteral("known"));

        // Importing the same file again asks nothing twice.
        QVERIFY(importAbsentToday(Students::anna));

        // "Ik weet ervan": the mentor sees the answer on the notice.
        const QString noticeId = QStringLiteral("S1/") + today();
        QCOMPARE(pushOne(*m_mentor, m_mentorClient, m_mentorSeq,
                         QStringLiteral("answer_absence_notice"),
                         {{QStringLiteral("notice_id"), noticeId},
                          {QStringLiteral("answer"), QStringLiteral("known")}}),
                 QStringLiteral("rejected")); // a parent's answer only
        QCOMPARE(pushOne(*m_parent, m_parentClient, m_parentSeq,
                         QStringLiteral("answer_absence_notice"),
                         {{QStringLiteral("notice_id"), noticeId},
                          {QStringLiteral("answer"), QStringLiteral("known")}}),
                 QStringLiteral("applied"));
        QJsonObject notice;
        for (const QJsonValue change :
             m_mentor->pull().json.value(QLatin1String("changes")).toArray()) {
            if (change.toObject().value("kind") == QLatin1String("absence_notice"))
                notice = change.toObject().value("data").toObject();
        }
        QCOMPARE(notice.value("id").toString(), noticeId);
        QCOMPARE(notice.value("answer").toString(), QStringLiteral("known"));

        // "Ziek melden": the report (with a note) reaches the mentor once.
        const QString reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(pushOne(*m_parent, m_parentClient, m_parentSeq, QStringLiteral("report_absence"),
                         {{QStringLiteral("report"), QJsonObject{{"id", reportId},
                                                                 {"student_id", "S1"},
                                                                 {"code", "Z"},
                                                                 {"start", today() + "T08:30"},
                                                                 {"note", sickNote}}}}),
                 QStringLiteral("applied"));
        int seen = 0;
        for (const QJsonValue change :
             m_mentor->pull().json.value(QLatin1String("changes")).toArray())
            seen += change.toObject().value("id").toString() == reportId ? 1 : 0;
        QCOMPARE(seen, 1);
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                      "'unreported_absence'")),
                 QStringList{QStringLiteral("1")});
    }

    void killedBetweenDecidingAndSendingSendsOnceAfterRestart()
    {
        const int before = int(parentMessages().size());
        m_server.kill();                           // no dispatcher runs now
        QVERIFY(importAbsentToday(Students::eva)); // decided: in the outbox
        QCOMPARE(query(QStringLiteral("SELECT state FROM notifications WHERE student_id = 'S5' "
                                      "AND kind = 'unreported_absence'")),
                 QStringList{QStringLiteral("pending")});
        QCOMPARE(parentMessages().size(), before);
        QVERIFY(m_server.restart());
        QVERIFY(QTest::qWaitFor([&] { return parentMessages().size() == before + 1; }, 20000));
        QVERIFY(parentMessages().last().contains(QStringLiteral("Eva")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return query(QStringLiteral("SELECT state FROM push_deliveries WHERE state <> "
                                            "'sent'"))
                    .isEmpty();
            },
            10000));
        // Another restart sends nothing again: a message sent after it
        // arrives, and it is the only new one.
        QVERIFY(m_server.restart());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(pushOne(*m_mentor, m_mentorClient, m_mentorSeq, QStringLiteral("send_message"),
                         {{QStringLiteral("message"), QJsonObject{{"id", id},
                                                                  {"student_id", "S5"},
                                                                  {"template_key", "welcome_back"},
                                                                  {"to_student", false},
                                                                  {"to_parents", true}}}}),
                 QStringLiteral("applied"));
        QVERIFY(QTest::qWaitFor([&] { return parentMessages().size() >= before + 2; }, 20000));
        QCOMPARE(parentMessages().size(), before + 2);
        QVERIFY(parentMessages().last().contains(id));
    }

    void goneSubscriptionIsRemoved()
    {
        // A subscription the push service answers 410 for (here: keys that do
        // not match, so it cannot decrypt) is removed by the server.
        const auto other = m_pushService.subscribe(m_vapidKey);
        QVERIFY(other);
        m_clientHashes.append(other->clientHash);
        const ApiReply registered =
            m_parent->post(QStringLiteral("/v1/push/subscriptions"),
                           {{QStringLiteral("endpoint"), other->endpoint},
                            {QStringLiteral("keys"),
                             QJsonObject{{QStringLiteral("p256dh"), m_parentSubscription.p256dh},
                                         {QStringLiteral("auth"), other->auth}}}});
        QCOMPARE(registered.status, 200);
        const QString sql =
            QStringLiteral("SELECT endpoint FROM push_subscriptions WHERE endpoint = '%1'")
                .arg(other->endpoint);
        QCOMPARE(query(sql).size(), 1);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(pushOne(*m_mentor, m_mentorClient, m_mentorSeq, QStringLiteral("send_message"),
                         {{QStringLiteral("message"), QJsonObject{{"id", id},
                                                                  {"student_id", "S1"},
                                                                  {"template_key", "miss_you"},
                                                                  {"to_student", false},
                                                                  {"to_parents", true}}}}),
                 QStringLiteral("applied"));
        QVERIFY(QTest::qWaitFor([&] { return query(sql).isEmpty(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return parentMessages().last().contains(id); }, 20000));
        QCOMPARE(query(sql).size(), 0);
        QVERIFY(m_server.log().contains(QStringLiteral("410")));
    }

    void checkInDueReachesTheStudent()
    {
        // The student's phone: paired, subscribed, no quiet hours.
        const QString studentId = Students::bas;
        const CommandResult invite =
            command({QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("student"),
                     QStringLiteral("--student"), studentId});
        ApiClient student(m_server.baseUrl());
        QCOMPARE(student.pair(invite.out.trimmed()).status, 200);
        const auto subscription = m_pushService.subscribe(m_vapidKey);
        QVERIFY(subscription);
        m_clientHashes.append(subscription->clientHash);
        QCOMPARE(student
                     .post(QStringLiteral("/v1/push/subscriptions"),
                           {{QStringLiteral("endpoint"), subscription->endpoint},
                            {QStringLiteral("keys"),
                             QJsonObject{{QStringLiteral("p256dh"), subscription->p256dh},
                                         {QStringLiteral("auth"), subscription->auth}}}})
                     .status,
                 200);
        QJsonObject settings;
        for (const QJsonValue change :
             student.pull().json.value(QLatin1String("changes")).toArray()) {
            if (change.toObject().value(QLatin1String("kind")) ==
                QLatin1String("notification_settings"))
                settings = change.toObject().value(QLatin1String("data")).toObject();
        }
        settings.insert(QStringLiteral("quiet_start"), QStringLiteral("00:00"));
        settings.insert(QStringLiteral("quiet_end"), QStringLiteral("00:00"));
        qint64 studentSeq = 0;
        QCOMPARE(pushOne(student, QUuid::createUuid().toString(QUuid::WithoutBraces), studentSeq,
                         QStringLiteral("save_notification_settings"),
                         {{QStringLiteral("settings"), settings}}),
                 QStringLiteral("applied"));

        // The mentor makes the plan; the job looks when the server starts
        // and then once a minute: a restart brings its next look forward.
        Aanwezig::ReturnPlan plan;
        plan.studentId = studentId;
        plan.goal = QStringLiteral("Elke dag het eerste uur op school");
        QCOMPARE(pushOne(*m_mentor, m_mentorClient, m_mentorSeq, QStringLiteral("save_plan"),
                         {{QStringLiteral("plan"), plan.toJson()}}),
                 QStringLiteral("applied"));
        QVERIFY(m_server.restart());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_pushService.messages(subscription->clientHash).size() == 1; }, 20000));
        const QJsonObject expected{
            {"v", 1},
            {"kind", "checkin_due"},
            {"title", "Even inchecken"},
            {"body", "Hoe gaat het met je? Je check-in staat klaar."},
            {"lang", "nl"},
            {"dir", "ltr"},
            {"link", QJsonObject{{"page", "checkin"}, {"student_id", studentId}}},
            {"tag", "checkin_due:S2:first"},
        };
        QCOMPARE(m_pushService.messages(subscription->clientHash).first().toUtf8(),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
        // Once: after another restart (the job's next look comes before the
        // sender's first round) a warm message is the only new message.
        QVERIFY(m_server.restart());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(pushOne(*m_mentor, m_mentorClient, m_mentorSeq, QStringLiteral("send_message"),
                         {{QStringLiteral("message"), QJsonObject{{"id", id},
                                                                  {"student_id", studentId},
                                                                  {"template_key", "miss_you"},
                                                                  {"to_student", true},
                                                                  {"to_parents", false}}}}),
                 QStringLiteral("applied"));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_pushService.messages(subscription->clientHash).size() >= 2; }, 20000));
        QCOMPARE(m_pushService.messages(subscription->clientHash).size(), 2);
        QVERIFY(m_pushService.messages(subscription->clientHash).last().contains(id));
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                      "'checkin_due'")),
                 QStringList{QStringLiteral("1")});
    }

    void noPayloadHoldsANoteOrAReasonCode()
    {
        static const QStringList codes{"A", "Z", "OA", "TL", "V", "G", "D", "S", "VW"};
        int count = 0;
        for (const QString &hash : std::as_const(m_clientHashes)) {
            for (const QString &message : m_pushService.messages(hash)) {
                ++count;
                QVERIFY2(!message.contains(sickNote) && !message.contains(QStringLiteral("koorts")),
                         qPrintable(message));
                QVERIFY2(!message.contains(QStringLiteral("\"code\"")), qPrintable(message));
                const QJsonObject payload = parsed(message);
                QVERIFY(!payload.isEmpty());
                for (auto it = payload.begin(); it != payload.end(); ++it)
                    QVERIFY2(!codes.contains(it.value().toString()), qPrintable(message));
                QVERIFY2(!message.contains(QStringLiteral("appelflap")), qPrintable(message));
            }
        }
        QVERIFY(count >= 4);
    }
};

QTEST_GUILESS_MAIN(TestWebPushDelivery)
#include "tst_webpushdelivery.moc"
