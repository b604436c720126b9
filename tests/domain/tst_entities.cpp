#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/registeredabsence.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/walltime.h"
#include "domain/warmmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Aanwezig;

namespace {
QJsonObject throughText(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
}
} // namespace

class TestEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportRoundTrip()
    {
        AbsenceReport r;
        r.id = QUuid::createUuid();
        r.studentId = QStringLiteral("s1");
        r.reporterId = QStringLiteral("p1");
        r.code = RegistrationCode::V;
        r.start = wallTime(QDate(2026, 12, 1), QTime(8, 30));
        r.note = QStringLiteral("bruiloft");
        r.state = ReportState::Received;
        r.decision = LeaveDecision::Pending;
        r.createdAt = wallTime(QDate(2026, 11, 22), QTime(21, 5));
        QString error;
        const auto back = AbsenceReport::fromJson(throughText(r.toJson()), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, r);
        QVERIFY(back->isOpenEnded());
    }

    void reportErrorsNameTheField()
    {
        QString error;
        QJsonObject json{{QStringLiteral("id"), QStringLiteral("not-a-uuid")}};
        QVERIFY(!AbsenceReport::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("'id'")), qPrintable(error));

        json = AbsenceReport{QUuid::createUuid(), QStringLiteral("s1"),          {}, {},
                             RegistrationCode::Z, wallTime(QDate(2026, 11, 23)), {}, {},
                             ReportState::Sent,   LeaveDecision::NotNeeded,      {}}
                   .toJson();
        json[QStringLiteral("code")] = QStringLiteral("XX");
        QVERIFY(!AbsenceReport::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("'code'")), qPrintable(error));
        json[QStringLiteral("code")] = QStringLiteral("Z");
        json[QStringLiteral("start")] = QStringLiteral("23-11-2026");
        QVERIFY(!AbsenceReport::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("'start'")), qPrintable(error));
        json[QStringLiteral("start")] = 5;
        QVERIFY(!AbsenceReport::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("must be a string")), qPrintable(error));
        // Found by fuzz-entity-absencereport: "" is not a value of a required field.
        json[QStringLiteral("start")] = QStringLiteral("2026-11-23T08:30");
        QVERIFY(AbsenceReport::fromJson(json));
        for (const char *key : {"id", "start"}) {
            QJsonObject empty = json;
            empty[QLatin1String(key)] = QString();
            QVERIFY(!AbsenceReport::fromJson(empty, &error));
            QVERIFY2(error.contains(QLatin1String(key)), qPrintable(error));
        }
        // An optional one may be "": it tells nothing.
        json[QStringLiteral("end")] = QString();
        QVERIFY(AbsenceReport::fromJson(json)->isOpenEnded());
    }

    void messageRoundTripAndRules()
    {
        WarmMessage m;
        m.id = QUuid::createUuid();
        m.studentId = QStringLiteral("s1");
        m.senderId = QStringLiteral("m1");
        m.templateKey = QStringLiteral("miss_you");
        m.fromClass = true;
        m.toParents = true;
        m.language = QStringLiteral("tr");
        m.sentAt = wallTime(QDate(2026, 11, 23), QTime(9, 0));
        m.readBy = {QStringLiteral("s1")};
        const auto back = WarmMessage::fromJson(throughText(m.toJson()));
        QVERIFY(back);
        QCOMPARE(*back, m);
        QVERIFY(checkMessage(m));
        m.toStudent = false;
        m.toParents = false;
        QCOMPARE(checkMessage(m).code(), QStringLiteral("no_recipients"));
        m.toStudent = true;
        m.templateKey.clear();
        m.text = QStringLiteral("   ");
        QCOMPARE(checkMessage(m).code(), QStringLiteral("empty_message"));
    }

    void replyRoundTripAndRules()
    {
        Reply r;
        r.id = QUuid::createUuid();
        r.studentId = QStringLiteral("s1");
        r.authorId = QStringLiteral("ouder@x.nl");
        r.from = Role::Parent;
        r.messageId = QUuid::createUuid();
        r.text = QStringLiteral("Dank u wel");
        r.language = QStringLiteral("tr");
        r.at = wallTime(QDate(2026, 11, 23), QTime(19, 30));
        QCOMPARE(*Reply::fromJson(throughText(r.toJson())), r);
        Reply toPlan = r;
        toPlan.messageId = QUuid();
        toPlan.from = Role::Student;
        QCOMPARE(toPlan.toJson().value(QLatin1String("message_id")), QJsonValue());
        QCOMPARE(*Reply::fromJson(throughText(toPlan.toJson())), toPlan);
        QJsonObject mentor = r.toJson();
        mentor[QStringLiteral("from")] = QStringLiteral("mentor");
        QString error;
        QVERIFY(!Reply::fromJson(mentor, &error));
        QVERIFY(error.contains(QStringLiteral("from")));

        WarmMessage toParents;
        toParents.id = r.messageId;
        toParents.studentId = r.studentId;
        toParents.toStudent = false;
        toParents.toParents = true;
        QVERIFY(checkReply(r, toParents, std::nullopt));
        r.from = Role::Student;
        QCOMPARE(checkReply(r, toParents, std::nullopt).code(), QStringLiteral("not_found"));
        r.from = Role::Parent;
        toParents.studentId = QStringLiteral("s2");
        QCOMPARE(checkReply(r, toParents, std::nullopt).code(), QStringLiteral("not_found"));
        const ReturnPlan plan{QStringLiteral("s1"), {}, QStringLiteral("Meneer Bakker"), 7, {}, {}};
        QVERIFY(checkReply(toPlan, std::nullopt, plan));
        QCOMPARE(checkReply(toPlan, std::nullopt, std::nullopt).code(), QStringLiteral("no_plan"));
    }

    void planRoundTripAndRules()
    {
        PlanStep s{QUuid::createUuid(),
                   QStringLiteral("s1"),
                   PlanStep::Owner::Buddy,
                   QStringLiteral("Aantekeningen delen"),
                   QDate(2026, 11, 30),
                   false,
                   2};
        QCOMPARE(*PlanStep::fromJson(throughText(s.toJson())), s);
        QVERIFY(checkPlanStep(s));
        s.title = QStringLiteral(" ");
        QCOMPARE(checkPlanStep(s).code(), QStringLiteral("empty_title"));

        ReturnPlan p{QStringLiteral("s1"),
                     QStringLiteral("Sem"),
                     QStringLiteral("mevrouw De Vries"),
                     3,
                     QStringLiteral("Elke ochtend het eerste uur"),
                     QStringLiteral("Kamer 12, in de grote pauze")};
        QCOMPARE(*ReturnPlan::fromJson(throughText(p.toJson())), p);
        QJsonObject json = p.toJson();
        json[QStringLiteral("check_in_every_days")] = 0;
        QString error;
        QVERIFY(!ReturnPlan::fromJson(json, &error));
        QVERIFY(error.contains(QStringLiteral("check_in_every_days")));
    }

    void checkInMoodRange()
    {
        CheckIn c{QUuid::createUuid(),
                  QStringLiteral("s1"),
                  4,
                  QStringLiteral("de buddy"),
                  QStringLiteral("later beginnen"),
                  wallTime(QDate(2026, 11, 24), QTime(8, 0))};
        QCOMPARE(*CheckIn::fromJson(throughText(c.toJson())), c);
        QJsonObject json = c.toJson();
        for (const QJsonValue &bad :
             {QJsonValue(0), QJsonValue(6), QJsonValue(2.5), QJsonValue(QStringLiteral("3")),
              // Far outside any integer type: refused without casting (was UB).
              QJsonValue(1e300), QJsonValue(-1e300), QJsonValue(9.3e18)}) {
            json[QStringLiteral("mood")] = bad;
            QVERIFY(!CheckIn::fromJson(json));
        }
        c.mood = 6;
        QCOMPARE(checkCheckIn(c).code(), QStringLiteral("bad_mood"));
    }

    void contactRoundTrip()
    {
        ContactLogEntry e{QUuid::createUuid(),
                          QStringLiteral("s1"),
                          QStringLiteral("m1"),
                          QUuid::createUuid(),
                          ContactLogEntry::Kind::HomeVisit,
                          QStringLiteral("Goed gesprek, morgen weer op school"),
                          wallTime(QDate(2026, 11, 23), QTime(16, 0))};
        QCOMPARE(*ContactLogEntry::fromJson(throughText(e.toJson())), e);
        e.reportId = QUuid();
        QCOMPARE(*ContactLogEntry::fromJson(throughText(e.toJson())), e);
        e.outcome = QString(maxOutcomeLength + 1, QLatin1Char('x'));
        QCOMPARE(checkContactLogEntry(e).code(), QStringLiteral("outcome_too_long"));
    }

    void registeredAbsenceRoundTripAndErrors()
    {
        using Lesson = RegisteredAbsence::Lesson;
        const RegisteredAbsence day{QStringLiteral("S1"),
                                    QDate(2026, 11, 23),
                                    {Lesson{QTime(8, 30), QTime(9, 20), RegistrationCode::Z},
                                     Lesson{QTime(9, 20), QTime(10, 10), RegistrationCode::OA}}};
        QCOMPARE(day.id(), QStringLiteral("S1/2026-11-23"));
        QCOMPARE(day.mainCode(), RegistrationCode::OA);
        QCOMPARE(RegisteredAbsence::fromJson(day.toJson()), day);
        // Found by fuzz-entity-registeredabsence: lessons with the same start
        // read in either order come out the same.
        QJsonObject sameStart = day.toJson();
        QJsonArray lessons = sameStart[QStringLiteral("lessons")].toArray();
        QJsonObject longer = lessons.at(0).toObject();
        longer[QStringLiteral("end")] = QStringLiteral("10:10");
        lessons.append(longer);
        sameStart[QStringLiteral("lessons")] = lessons;
        const auto forward = RegisteredAbsence::fromJson(sameStart);
        sameStart[QStringLiteral("lessons")] =
            QJsonArray{lessons.at(2), lessons.at(1), lessons.at(0)};
        const auto backward = RegisteredAbsence::fromJson(sameStart);
        QVERIFY(forward && backward);
        QCOMPARE(*forward, *backward);
        QCOMPARE(RegisteredAbsence::fromJson(forward->toJson()), forward);
        RegisteredAbsence sick = day;
        sick.lessons.removeLast();
        QCOMPARE(sick.mainCode(), RegistrationCode::Z);

        const auto errorOf = [](QJsonObject json) {
            QString error;
            return RegisteredAbsence::fromJson(json, &error) ? QString() : error;
        };
        QJsonObject present = day.toJson();
        present.insert(QStringLiteral("lessons"),
                       QJsonArray{QJsonObject{{QStringLiteral("start"), QStringLiteral("08:30")},
                                              {QStringLiteral("end"), QStringLiteral("09:20")},
                                              {QStringLiteral("code"), QStringLiteral("A")}}});
        QVERIFY(errorOf(present).contains(QStringLiteral("absence")));
        QJsonObject noLessons = day.toJson();
        noLessons.insert(QStringLiteral("lessons"), QJsonArray());
        QVERIFY(errorOf(noLessons).contains(QStringLiteral("lessons")));
        QJsonObject wrongId = day.toJson();
        wrongId.insert(QStringLiteral("id"), QStringLiteral("S2/2026-11-23"));
        QVERIFY(errorOf(wrongId).contains(QStringLiteral("'id'")));
        QVERIFY(!isAbsence(RegistrationCode::TL));
        QVERIFY(isAbsence(RegistrationCode::S));
    }

    void wallTimeFormat()
    {
        QCOMPARE(formatWallTime(wallTime(QDate(2026, 3, 29), QTime(2, 30))),
                 QStringLiteral("2026-03-29T02:30"));
        QCOMPARE(parseWallTime(QStringLiteral("2026-03-29T02:30")),
                 wallTime(QDate(2026, 3, 29), QTime(2, 30)));
        // Whole minutes: seconds are dropped, so the time is written back as read.
        QCOMPARE(parseWallTime(QStringLiteral("2026-11-23T08:30:15")),
                 wallTime(QDate(2026, 11, 23), QTime(8, 30)));
        QVERIFY(!parseWallTime(QStringLiteral("2026-11-23T08:30:60")).isValid());
        QVERIFY(!parseWallTime(QStringLiteral("2026-02-30T10:00")).isValid());
        QVERIFY(!parseWallTime(QStringLiteral("gisteren")).isValid());
    }

    void clockTimeFormat()
    {
        QCOMPARE(formatClockTime(QTime(8, 5)), QStringLiteral("08:05"));
        QCOMPARE(parseClockTime(u"08:05"), QTime(8, 5));
        QCOMPARE(parseClockTime(u"00:00"), QTime(0, 0));
        QCOMPARE(parseClockTime(u"23:59"), QTime(23, 59));
        for (const char16_t *refused : {u"24:00", u"12:60", u"8:30", u"08:30 ", u"08.30", u"",
                                        u"\u0660\u0668:\u0663\u0660" /* Arabic-Indic digits */})
            QVERIFY2(!parseClockTime(refused), QString::fromUtf16(refused).toUtf8());
        // Lesson times travel in this form (RegisteredAbsence) and are refused in any other.
        const RegisteredAbsence day{
            QStringLiteral("S1"),
            QDate(2026, 11, 23),
            {RegisteredAbsence::Lesson{QTime(8, 30), QTime(9, 20), RegistrationCode::Z}}};
        QJsonObject json = day.toJson();
        QJsonArray lessons = json[QStringLiteral("lessons")].toArray();
        QJsonObject lesson = lessons.at(0).toObject();
        QCOMPARE(lesson[QStringLiteral("start")].toString(), QStringLiteral("08:30"));
        lesson[QStringLiteral("start")] = QStringLiteral("8:30");
        lessons[0] = lesson;
        json[QStringLiteral("lessons")] = lessons;
        QString error;
        QVERIFY(!RegisteredAbsence::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("HH:mm")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
