// The restore drill: the server's database goes back to a backup
// while phones go on, and every phone ends up equal to what the server says
// it may see, with everything the phones made after the backup on the server
// exactly once. Runs on SQLite and, as tst_restoredrill_pg, on PostgreSQL.
#include "domain/jsonfields.h"
#include "servertestsupport.h"

#include <QDir>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;

namespace {

WarmMessage missYou(const QString &student)
{
    WarmMessage message;
    message.id = QUuid::createUuid();
    message.studentId = student;
    message.text = QStringLiteral("Ik mis je!");
    return message;
}

PlanStep step(const QString &student, const QString &title)
{
    PlanStep made;
    made.id = QUuid::createUuid();
    made.studentId = student;
    made.title = title;
    return made;
}

CheckIn checkIn(const QString &student)
{
    CheckIn made;
    made.id = QUuid::createUuid();
    made.studentId = student;
    made.mood = 4;
    made.at = currentWallTime();
    return made;
}

ContactLogEntry phoneCall(const QString &student)
{
    ContactLogEntry entry;
    entry.id = QUuid::createUuid();
    entry.studentId = student;
    entry.outcome = QStringLiteral("Gebeld");
    entry.at = currentWallTime();
    return entry;
}

// How often each id occurs among the entities of one kind of a snapshot.
QHash<QString, int> idCounts(const QJsonObject &snapshot, const char *kind)
{
    QHash<QString, int> counts;
    for (const QJsonValue &entity : snapshot.value(QLatin1String(kind)).toArray())
        ++counts[entity.toObject().value(QStringLiteral("id")).toString()];
    return counts;
}

} // namespace

class TestRestoreDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phonesRecoverFromARestoredServer()
    {
        SchoolServer school;
        QVERIFY(school.start());
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString root = directory.path();
        for (const char *name : {"parent", "mentor", "student"})
            QVERIFY(QDir(root).mkpath(QLatin1String(name)));
        Device parent(root + QStringLiteral("/parent"));
        Device mentor(root + QStringLiteral("/mentor"));
        Device student(root + QStringLiteral("/student"));
        // tst_restoredrill_pg runs on the PostgreSQL cluster.
        if (!qEnvironmentVariable("AANWEZIG_TEST_PG_URL_FILE").isEmpty())
            QVERIFY(school.isPostgres());
        QVERIFY(
            parent.pair(school.url(), school.invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(
            mentor.pair(school.url(), school.invite(People::mentorA, QStringLiteral("mentor"))));
        QVERIFY(student.pair(school.url(), school.inviteStudent(Students::anna)));

        // Before the backup: a report, a message and two plan steps.
        const AbsenceReport kept = doctorVisit(Students::anna, 1);
        QVERIFY(parent.store().reportAbsence(kept, Role::Parent));
        QVERIFY(mentor.store().sendMessage(missYou(Students::anna)));
        const PlanStep deletedLater = step(Students::anna, QStringLiteral("Elke ochtend appen"));
        QVERIFY(mentor.store().savePlanStep(deletedLater));
        QVERIFY(mentor.store().savePlanStep(step(Students::anna, QStringLiteral("Buddy zoeken"))));
        for (Device *phone : {&parent, &mentor, &student})
            QVERIFY(phone->syncUntilDrained());

        const QString backupFile = root + QStringLiteral("/school.backup");
        school.backup(backupFile);

        // After the backup the phones go on: reports (one then withdrawn), a
        // message, a contact entry, a check-in and a deletion.
        const AbsenceReport afterBackup = doctorVisit(Students::anna, 2);
        const AbsenceReport withdrawnAfterBackup = doctorVisit(Students::anna, 3);
        QVERIFY(parent.store().reportAbsence(afterBackup, Role::Parent));
        QVERIFY(parent.store().reportAbsence(withdrawnAfterBackup, Role::Parent));
        QVERIFY(parent.store().withdraw(withdrawnAfterBackup.id));
        const WarmMessage messageAfterBackup = missYou(Students::anna);
        QVERIFY(mentor.store().sendMessage(messageAfterBackup));
        const ContactLogEntry callAfterBackup = phoneCall(Students::anna);
        QVERIFY(mentor.store().logContact(callAfterBackup));
        QVERIFY(mentor.store().deletePlanStep(deletedLater.id));
        const CheckIn checkInAfterBackup = checkIn(Students::anna);
        QVERIFY(student.store().submitCheckIn(checkInAfterBackup));
        // A phone that is lost with the restore: its report must not stay on
        // the mentor's phone as a ghost.
        {
            QTemporaryDir lostDirectory;
            Device lost(lostDirectory.path());
            QVERIFY(lost.pair(school.url(),
                              school.invite(People::parentOfS2, QStringLiteral("parent"))));
            QVERIFY(lost.store().reportAbsence(doctorVisit(Students::bas, 1), Role::Parent));
            QVERIFY(lost.syncUntilDrained());
        }
        for (Device *phone : {&parent, &student, &mentor})
            QVERIFY(phone->syncUntilDrained());
        // Not sent before the restore: it must simply wait and go out after.
        const AbsenceReport waiting = doctorVisit(Students::anna, 4);
        QVERIFY(parent.store().reportAbsence(waiting, Role::Parent));

        school.stop();
        school.restore(backupFile);
        // pg_restore brings no column statistics back; the restore analyses the
        // tables, or pull pages are planned without them.
        if (school.isPostgres())
            QVERIFY(school.database()
                        .scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM pg_stats WHERE tablename = 'records'"))
                        .toInt() > 0);
        QVERIFY(school.restart());

        // Other people write first, so that the restored change log's head
        // passes every cursor the phones hold.
        {
            QTemporaryDir busyDirectory;
            Device busy(busyDirectory.path());
            QVERIFY(busy.pair(school.url(),
                              school.invite(People::parentOfS2, QStringLiteral("parent"))));
            for (int day = 1; day <= 30; ++day)
                QVERIFY(
                    busy.store().reportAbsence(doctorVisit(Students::bas, day, 14), Role::Parent));
            QVERIFY(busy.syncUntilDrained());
        }

        // The phones sync (twice each: one phone's re-sent changes reach the
        // others on their next round).
        for (int round = 0; round < 2; ++round) {
            for (Device *phone : {&parent, &mentor, &student})
                QVERIFY(phone->syncUntilDrained());
        }

        // Every phone holds exactly what the server lets it see.
        const struct
        {
            Device *phone;
            QString email;
            QString role;
        } phones[] = {{&parent, People::parentOfS1, QStringLiteral("parent")},
                      {&mentor, People::mentorA, QStringLiteral("mentor")}};
        for (const auto &[phone, email, role] : phones) {
            const std::optional<QJsonObject> server = snapshotOf(school, email, role);
            QVERIFY(server);
            const QString diff = differences(visibleData(phone->store()), *server);
            QVERIFY2(diff.isEmpty(), qPrintable(role + u'\n' + diff));
            QVERIFY(phone->store().entries(OutboxState::Rejected).isEmpty());
        }
        {
            QTemporaryDir freshDirectory;
            Device fresh(freshDirectory.path());
            QVERIFY(fresh.pair(school.url(), school.inviteStudent(Students::anna)));
            QVERIFY(fresh.syncUntilDrained());
            const QString diff =
                differences(visibleData(student.store()), visibleData(fresh.store()));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        // Everything the phones made after the backup is on the server, once.
        const std::optional<QJsonObject> mentorView =
            snapshotOf(school, People::mentorA, QStringLiteral("mentor"));
        QVERIFY(mentorView);
        const QHash<QString, int> reports = idCounts(*mentorView, "reports");
        for (const AbsenceReport &report : {kept, afterBackup, withdrawnAfterBackup, waiting})
            QCOMPARE(reports.value(uuidText(report.id)), 1);
        QCOMPARE(idCounts(*mentorView, "messages").size(), 2);
        QCOMPARE(idCounts(*mentorView, "messages").value(uuidText(messageAfterBackup.id)), 1);
        QCOMPARE(idCounts(*mentorView, "contact_log").value(uuidText(callAfterBackup.id)), 1);
        QCOMPARE(idCounts(*mentorView, "check_ins").value(uuidText(checkInAfterBackup.id)), 1);
        // The withdrawal after the backup was sent again too.
        for (const QJsonValue &report : mentorView->value(QStringLiteral("reports")).toArray()) {
            if (report.toObject().value(QStringLiteral("id")).toString() ==
                uuidText(withdrawnAfterBackup.id))
                QCOMPARE(report.toObject().value(QStringLiteral("state")).toString(),
                         QStringLiteral("withdrawn"));
        }
        // The deletion after the backup was sent again: the step stays deleted.
        QCOMPARE(idCounts(*mentorView, "plan_steps").value(uuidText(deletedLater.id)), 0);
        // The lost phone's report is gone everywhere.
        QCOMPARE(mentor.store().reports(Students::bas).size(), 30);
    }
};

QTEST_GUILESS_MAIN(TestRestoreDrill)
#include "tst_restoredrill.moc"
