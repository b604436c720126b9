// The live channel across a server restart (fault): a mentor's app
// has its live socket open (interval an hour, so every pull seen here comes
// from the live channel); the server stops; a parent's report commits
// while the mentor's socket is closed (through a second instance on the
// same database); the server starts again on the same port. The mentor's
// app must reconnect and pull the report it missed (the restarted server
// does not poke for commits made before it started), and a later report
// must reach it live again.
#include "servertestsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;

namespace {
constexpr int patienceMs = 10000;
} // namespace

class TestLiveRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missedChangeIsPulledAfterTheRestart()
    {
        SchoolServer school;
        QVERIFY(school.start(0)); // the mentor's instance, restarted below
        QVERIFY(school.start(1)); // the parent's instance, up all along
        QTemporaryDir mentorDir, parentDir;
        Device mentor(mentorDir.path()), parent(parentDir.path());
        QVERIFY(
            mentor.pair(school.url(0), school.invite(People::mentorA, QStringLiteral("mentor"))));
        QVERIFY(parent.pair(school.url(1),
                            school.invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(mentor.syncUntilDrained());
        QVERIFY(parent.syncUntilDrained());
        mentor.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(mentor.status().isLive(), patienceMs);
        QTRY_VERIFY_WITH_TIMEOUT(!mentor.status().isBusy(), patienceMs);

        school.stop(0);
        QTRY_VERIFY_WITH_TIMEOUT(!mentor.status().isLive(), patienceMs);
        const AbsenceReport missed = doctorVisit(Students::anna, 1);
        QVERIFY(report(parent, missed));
        QVERIFY(!hasReport(mentor, missed.id));

        QVERIFY(school.restart(0));
        QTRY_VERIFY2_WITH_TIMEOUT(hasReport(mentor, missed.id),
                                  "the report committed while the socket was closed is pulled "
                                  "after reconnecting",
                                  patienceMs);
        QTRY_VERIFY_WITH_TIMEOUT(mentor.status().isLive(), patienceMs);

        const AbsenceReport later = doctorVisit(Students::anna, 2);
        QVERIFY(report(parent, later));
        QTRY_VERIFY2_WITH_TIMEOUT(hasReport(mentor, later.id),
                                  "a report after the restart is poked live", patienceMs);
    }

private:
    // The parent reports the absence and pushes it; whether that worked.
    static bool report(Device &parent, const AbsenceReport &absence)
    {
        return parent.store().reportAbsence(absence, Role::Parent) && parent.syncUntilDrained();
    }

    static bool hasReport(Device &device, const QUuid &id)
    {
        const QList<AbsenceReport> reports = device.store().reports();
        return std::any_of(reports.begin(), reports.end(),
                           [&](const AbsenceReport &r) { return r.id == id; });
    }
};

QTEST_GUILESS_MAIN(TestLiveRestart)

#include "tst_liverestart.moc"
