// The rules table of notifications (server/notify/notificationrules.h): for
// each kind, recipient and time (school hours, evening, quiet hours, weekend)
// who gets what and when, with an injected clock. And how notifications
// that fall due together are coalesced into one payload.
#include "notify/notificationrules.h"
#include "notify/notificationtexts.h"
#include "notify/payloadbuilder.h"
#include "protocol/notificationkinds.h"

#include <QTest>
#include <QTimeZone>

using namespace Aanwezig;
using namespace Aanwezig::Server;
namespace K = NotificationKinds;

Q_DECLARE_METATYPE(Aanwezig::Server::Recipient)

namespace {

const QTimeZone amsterdam("Europe/Amsterdam");

// 2026-11-30 is a Monday.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), amsterdam);
}

NotificationSettings settings(const QString &change = {})
{
    auto s = NotificationSettings::defaults(QStringLiteral("u"));
    if (change == QLatin1String("team_opt_in"))
        s.teamFirstDay = true;
    else if (change == QLatin1String("no_quiet"))
        s.quietEnd = s.quietStart;
    else if (change == QLatin1String("late_quiet_end"))
        s.quietEnd = QTime(8, 0);
    else if (!change.isEmpty())
        s.kinds[change] = false; // that kind switched off
    return s;
}

} // namespace

class TestNotificationRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Recipient>("recipient");
        QTest::addColumn<QString>("settingsChange");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("sentKind"); // empty: nothing is sent
        QTest::addColumn<QDateTime>("due");

        const auto M = Recipient::Mentor, T = Recipient::Team, P = Recipient::Parent,
                   S = Recipient::Student;
        // Mentors: first-day items at once (+1 minute to coalesce) in school hours...
        QTest::newRow("mentor, Monday 09:00")
            << K::firstDay << M << "" << at(30, 9) << K::firstDay << at(30, 9, 1);
        QTest::newRow("mentor, 07:45 is school")
            << K::firstDay << M << "" << at(30, 7, 45) << K::firstDay << at(30, 7, 46);
        // ... otherwise in the morning summary at 07:45 of the next school day.
        QTest::newRow("mentor, Monday 06:30")
            << K::firstDay << M << "" << at(30, 6, 30) << K::morningSummary << at(30, 7, 45);
        QTest::newRow("mentor, Monday 18:00")
            << K::firstDay << M << "" << at(30, 18) << K::morningSummary
            << QDateTime(QDate(2026, 12, 1), QTime(7, 45), amsterdam);
        QTest::newRow("mentor, Friday 17:00 waits for Monday")
            << K::firstDay << M << "" << QDateTime(QDate(2026, 12, 4), QTime(17, 0), amsterdam)
            << K::morningSummary << QDateTime(QDate(2026, 12, 7), QTime(7, 45), amsterdam);
        QTest::newRow("mentor, Saturday noon waits for Monday")
            << K::firstDay << M << "" << at(28, 12) << K::morningSummary << at(30, 7, 45);
        QTest::newRow("mentor, Sunday 10:00 waits for Monday")
            << K::firstDay << M << "" << at(29, 10) << K::morningSummary << at(30, 7, 45);
        QTest::newRow("mentor, first day off")
            << K::firstDay << M << K::firstDay << at(30, 9) << "" << QDateTime();
        QTest::newRow("mentor, summary off, evening")
            << K::firstDay << M << K::morningSummary << at(30, 19) << "" << QDateTime();
        QTest::newRow("mentor, summary waits for a late quiet end")
            << K::firstDay << M << "late_quiet_end" << at(30, 22) << K::morningSummary
            << QDateTime(QDate(2026, 12, 1), QTime(8, 0), amsterdam);
        // Team members only when they opted in.
        QTest::newRow("team, not opted in")
            << K::firstDay << T << "" << at(30, 9) << "" << QDateTime();
        QTest::newRow("team, opted in")
            << K::firstDay << T << "team_opt_in" << at(30, 9) << K::firstDay << at(30, 9, 1);
        // Parents: their kinds at once, outside quiet hours; weekends too.
        QTest::newRow("parent, report seen, 10:00")
            << K::reportSeen << P << "" << at(30, 10) << K::reportSeen << at(30, 10);
        QTest::newRow("parent, leave decided, Saturday")
            << K::leaveDecided << P << "" << at(28, 11) << K::leaveDecided << at(28, 11);
        QTest::newRow("parent, Alles goed?, 09:10")
            << K::unreportedAbsence << P << "" << at(30, 9, 10) << K::unreportedAbsence
            << at(30, 9, 10);
        QTest::newRow("parent, message at 22:00 waits until 07:00")
            << K::warmMessage << P << "" << at(30, 22) << K::warmMessage
            << QDateTime(QDate(2026, 12, 1), QTime(7, 0), amsterdam);
        QTest::newRow("parent, message at 06:59 waits until 07:00")
            << K::warmMessage << P << "" << at(30, 6, 59) << K::warmMessage << at(30, 7);
        QTest::newRow("parent, message at 21:00 is quiet")
            << K::warmMessage << P << "" << at(30, 21) << K::warmMessage
            << QDateTime(QDate(2026, 12, 1), QTime(7, 0), amsterdam);
        QTest::newRow("parent, message at 20:59 goes")
            << K::warmMessage << P << "" << at(30, 20, 59) << K::warmMessage << at(30, 20, 59);
        QTest::newRow("parent, no quiet hours")
            << K::warmMessage << P << "no_quiet" << at(30, 23) << K::warmMessage << at(30, 23);
        QTest::newRow("parent, messages off")
            << K::warmMessage << P << K::warmMessage << at(30, 10) << "" << QDateTime();
        QTest::newRow("parent, never a first-day item")
            << K::firstDay << P << "" << at(30, 10) << "" << QDateTime();
        QTest::newRow("parent, never a plan step")
            << K::planStep << P << "" << at(30, 10) << "" << QDateTime();
        // Students: messages, plan steps, check-ins.
        QTest::newRow("student, message, 12:00")
            << K::warmMessage << S << "" << at(30, 12) << K::warmMessage << at(30, 12);
        QTest::newRow("student, plan step, Sunday 23:30")
            << K::planStep << S << "" << at(29, 23, 30) << K::planStep << at(30, 7);
        QTest::newRow("student, check-in due, 15:00")
            << K::checkinDue << S << "" << at(30, 15) << K::checkinDue << at(30, 15);
        QTest::newRow("student, check-ins off")
            << K::checkinDue << S << K::checkinDue << at(30, 15) << "" << QDateTime();
        QTest::newRow("student, never Alles goed?")
            << K::unreportedAbsence << S << "" << at(30, 9) << "" << QDateTime();
        QTest::newRow("mentor, never report seen")
            << K::reportSeen << M << "" << at(30, 9) << "" << QDateTime();
    }

    void table()
    {
        QFETCH(QString, kind);
        QFETCH(Recipient, recipient);
        QFETCH(QString, settingsChange);
        QFETCH(QDateTime, now);
        QFETCH(QString, sentKind);
        QFETCH(QDateTime, due);
        const auto delivery =
            decideDelivery(kind.toLatin1().constData(), recipient, settings(settingsChange), now);
        if (sentKind.isEmpty()) {
            QVERIFY2(!delivery, qPrintable(delivery ? delivery->kind : QString()));
            return;
        }
        QVERIFY(delivery);
        QCOMPARE(delivery->kind, sentKind);
        QCOMPARE(delivery->due, due);
    }

    void groupsCoalesce()
    {
        // Items of one mentor within the same minute share a group; so do the
        // evening's items (one morning summary) and what waited for 07:00.
        const auto first = decideDelivery(K::firstDay, Recipient::Mentor, settings(), at(30, 9));
        const auto second =
            decideDelivery(K::firstDay, Recipient::Mentor, settings(), at(30, 9, 0));
        QCOMPARE(first->groupKey, second->groupKey);
        const auto evening = decideDelivery(K::firstDay, Recipient::Mentor, settings(), at(30, 18));
        const auto night = decideDelivery(K::firstDay, Recipient::Mentor, settings(), at(30, 23));
        QCOMPARE(evening->groupKey, night->groupKey);
        QCOMPARE(evening->due, night->due);
        const auto message =
            decideDelivery(K::warmMessage, Recipient::Parent, settings(), at(30, 22));
        const auto seen = decideDelivery(K::reportSeen, Recipient::Parent, settings(), at(30, 23));
        QCOMPARE(message->groupKey, seen->groupKey);
        QCOMPARE(message->due, seen->due);
    }

    void coalescedPayloads()
    {
        auto item = [](const QString &student, const QString &name, const QString &kind,
                       const QString &group) {
            OutboxNotification n;
            n.userId = QStringLiteral("mentor@school.nl");
            n.kind = kind;
            n.groupKey = group;
            n.studentId = student;
            n.data = {{"first_name", name},
                      {"class", "2A"},
                      {"tag", "first_day:" + student},
                      {"link", QJsonObject{{"page", "student"}, {"student_id", student}}}};
            return n;
        };
        const QString group = QStringLiteral("morning_summary:2026-12-01");
        const QList<OutboxNotification> summary{item("S1", "Sanne", K::morningSummary, group),
                                                item("S2", "Ahmed", K::morningSummary, group),
                                                item("S3", "Lotte", K::morningSummary, group)};
        NotificationPayload p = buildPayload(summary, {QStringLiteral("nl"), false, 2});
        QCOMPARE(p.kind, QString::fromLatin1(K::morningSummary));
        QCOMPARE(p.body, QStringLiteral("3 afwezig in 2A, 2 nog zonder contact."));
        QCOMPARE(p.link.page, QStringLiteral("today"));
        QVERIFY(!p.body.contains("Sanne"));

        const QList<OutboxNotification> one{item("S1", "Sanne", K::firstDay, K::firstDay)};
        p = buildPayload(one, {QStringLiteral("nl"), false, 0});
        QCOMPARE(p.body, QStringLiteral("Nieuwe melding voor Sanne (2A)."));
        p = buildPayload(one, {QStringLiteral("nl"), true, 0});
        QCOMPARE(p.body, QStringLiteral("Nieuwe melding in 2A."));

        const QList<OutboxNotification> two{item("S1", "Sanne", K::firstDay, K::firstDay),
                                            item("S2", "Ahmed", K::firstDay, K::firstDay)};
        p = buildPayload(two, {QStringLiteral("en"), false, 0});
        QCOMPARE(p.body, QStringLiteral("2 new reports in 2A."));

        OutboxNotification absent = item("S1", "Sanne", K::unreportedAbsence, K::unreportedAbsence);
        p = buildPayload({absent}, {QStringLiteral("ar"), false, 0});
        QVERIFY(p.rightToLeft);
        QCOMPARE(p.actions.size(), 2);
        QCOMPARE(p.actions.at(0).id, QStringLiteral("report_sick"));
        QVERIFY(p.body.contains("Sanne"));
        p = buildPayload({absent}, {QStringLiteral("nl"), false, 0});
        QCOMPARE(p.body, QStringLiteral("Sanne is vandaag niet op school en we hebben geen "
                                        "melding. Alles goed?"));
        QCOMPARE(p.actions.at(1).title, QStringLiteral("Ik weet ervan"));
    }

    void everyLanguageHasEveryText()
    {
        for (const char *language : {"nl", "en", "ar", "tr", "pl", "uk"}) {
            for (int t = 0; t <= int(NotificationText::HiddenBody); ++t) {
                const QString text =
                    notificationText(NotificationText(t), QLatin1String(language), "N", "2A", 3, 1);
                QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('%')),
                         qPrintable(QStringLiteral("%1 %2").arg(language).arg(t)));
            }
        }
        QCOMPARE(
            notificationText(NotificationText::UnreportedBody, "tr", "Ayşe"),
            QStringLiteral("Ayşe bugün okulda değil ve bir bildirim almadık. Her şey yolunda mı?"));
        QCOMPARE(notificationText(NotificationText::FirstDayBody, "nl", "%2%1", "2A"),
                 QStringLiteral("Nieuwe melding voor %2%1 (2A)."));
    }
};

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "tst_notificationrules.moc"
