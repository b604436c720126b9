// The check-in job (server/notify/checkinschedule.h) with an
// injected clock: a student's check-in falls due by their plan's rhythm and
// is put in the notification outbox once, in the student's quiet hours for
// their end, and neither a second run nor another server instance (another
// connection to the same database) adds it again.
#include "cli/schoolimport.h"
#include "domain/checkin.h"
#include "domain/returnplan.h"
#include "notify/checkinschedule.h"
#include "roster.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/records.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Aanwezig;
using namespace Aanwezig::Server;

namespace {

const QTimeZone schoolZone("Europe/Amsterdam");
const QString student = QStringLiteral("S1");

// Monday 30 November 2026 and the days after, in the school's time.
QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 30).addDays(dayOffset), QTime(hour, minute), schoolZone);
}

} // namespace

class TestCheckInSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSqlDatabase db() const { return connection(); }

    QStringList dueRows() const
    {
        QStringList rows;
        QSqlQuery &query = exec(db(), QStringLiteral("SELECT user_id, kind, dedup_key, due_at FROM "
                                                     "notifications ORDER BY created_at, due_at"));
        while (query.next())
            rows.append(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(),
                         QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), schoolZone)
                             .toString(QStringLiteral("ddd HH:mm"))));
        return rows;
    }

    void checkIn(const QDateTime &when)
    {
        CheckIn checkIn;
        checkIn.id = QUuid::createUuid();
        checkIn.studentId = student;
        checkIn.mood = 4;
        checkIn.at = QDateTime(when.date(), when.time());
        WriteTransaction transaction(db());
        Records(db()).put(QStringLiteral("check_in"), checkIn.id.toString(QUuid::WithoutBraces),
                          student, checkIn.toJson());
        transaction.commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        configureDatabase(*DatabaseConfig::parse(
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("school.db")), &error));
        migrate(db());
        const auto roster = readRosterFile(QStringLiteral(AANWEZIG_TEST_DATA "/school/roster.csv"));
        QVERIFY(roster.ok());
        importRoster(db(), roster.value());
        // The student has the app, and a plan with a check-in every 7 days.
        QVERIFY(redeemInvite(db(), createInvite(db(), {{}, Role::Student, student}),
                             QStringLiteral("phone")));
        ReturnPlan plan;
        plan.studentId = student;
        plan.checkInEveryDays = 7;
        plan.goal = QStringLiteral("Weer elke dag naar school");
        WriteTransaction transaction(db());
        Records(db()).put(QStringLiteral("return_plan"), student, student, plan.toJson());
        transaction.commit();
    }

    void rhythm_data()
    {
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("key");
        const QDate monday(2026, 11, 30);
        QTest::newRow("no check-in yet") << 7 << QDate() << monday << "first";
        QTest::newRow("6 days after") << 7 << monday << monday.addDays(6) << QString();
        QTest::newRow("7 days after") << 7 << monday << monday.addDays(7) << "2026-12-07";
        QTest::newRow("10 days after") << 7 << monday << monday.addDays(10) << "2026-12-07";
        QTest::newRow("two periods") << 7 << monday << monday.addDays(15) << "2026-12-14";
        QTest::newRow("every 3 days") << 3 << monday << monday.addDays(3) << "2026-12-03";
        QTest::newRow("same day") << 1 << monday << monday << QString();
    }
    void rhythm()
    {
        QFETCH(int, everyDays);
        QFETCH(QDate, last);
        QFETCH(QDate, today);
        QFETCH(QString, key);
        const auto due =
            dueCheckInKey(everyDays, last.isValid() ? std::optional(last) : std::nullopt, today);
        QCOMPARE(due.value_or(QString()), key);
    }

    void dueCheckInsAreNotifiedOnce()
    {
        // No check-in yet: the first is due at once (Monday 10:00, school hours).
        QCOMPARE(scheduleDueCheckIns(db(), at(0, 10)), 1);
        QCOMPARE(dueRows(), QStringList{"S1 checkin_due checkin_due:S1:first@S1 Mon 10:00"});
        QCOMPARE(scheduleDueCheckIns(db(), at(0, 10, 1)), 0);

        // Checked in on Monday: nothing until the next Monday.
        checkIn(at(0, 10, 5));
        QCOMPARE(scheduleDueCheckIns(db(), at(1, 12)), 0);
        QCOMPARE(scheduleDueCheckIns(db(), at(6, 23, 59)), 0);
        // Due at midnight, in the student's quiet hours: it waits for 07:00.
        QCOMPARE(scheduleDueCheckIns(db(), at(7, 0, 30)), 1);
        QCOMPARE(dueRows().size(), 2);
        QCOMPARE(dueRows().last(),
                 QStringLiteral("S1 checkin_due checkin_due:S1:2026-12-07@S1 Mon 07:00"));
        // The same run again, a restart, or another instance on its own
        // connection to the same database: nothing more.
        QCOMPARE(scheduleDueCheckIns(db(), at(7, 9)), 0);
        {
            QSqlDatabase other = openConnection(QStringLiteral("other-instance"));
            QCOMPARE(scheduleDueCheckIns(other, at(7, 9)), 0);
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-instance"));
        QCOMPARE(dueRows().size(), 2);
        // Not checked in: the next one is due a week later.
        QCOMPARE(scheduleDueCheckIns(db(), at(14, 8)), 1);
        QCOMPARE(dueRows().last(),
                 QStringLiteral("S1 checkin_due checkin_due:S1:2026-12-14@S1 Mon 08:00"));
    }

    void aDeletedPlanHasNoCheckIns()
    {
        WriteTransaction transaction(db());
        Records(db()).remove(QStringLiteral("return_plan"), student);
        transaction.commit();
        QCOMPARE(scheduleDueCheckIns(db(), at(21, 8)), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckInSchedule)
#include "tst_checkinschedule.moc"
