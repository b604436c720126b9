// Wrong clocks: phones whose clocks are 24 hours ahead and behind
// (the phone process runs under libfaketime) report, pull and pull again
// while a mentor with a right clock acknowledges: nothing is missed or doubled.
#include "servertestsupport.h"

#include <QFileInfo>
#include <QProcess>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;

namespace {

const QString fakeTimeLibrary =
    QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1");

// Runs the phone process with its clock `offset` off ("+1d", "-1d") to its end.
int runPhone(const QString &directory, const QString &offset, const QStringList &report = {})
{
    QProcess worker;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_PRELOAD"), fakeTimeLibrary);
    environment.insert(QStringLiteral("FAKETIME"), offset);
    environment.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    worker.setProcessEnvironment(environment);
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(QStringLiteral(SYNC_WORKER),
                 QStringList{directory, QStringLiteral("20"), QStringLiteral("7")} + report);
    if (!worker.waitForFinished(60000)) {
        worker.kill();
        worker.waitForFinished();
        return -1;
    }
    return worker.exitStatus() == QProcess::NormalExit ? worker.exitCode() : -1;
}

} // namespace

class TestSyncClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(fakeTimeLibrary),
                 "libfaketime is missing: run scripts/install-deps.sh");
    }

    void skewedClocksMissAndDoubleNothing()
    {
        QTemporaryDir dir;
        SchoolServer school;
        QVERIFY(school.start());
        const QString ahead = pairedDirectory(dir, school, QStringLiteral("ahead"));
        const QString behind = pairedDirectory(dir, school, QStringLiteral("behind"));
        QDir().mkpath(dir.filePath(QStringLiteral("mentor")));
        Device mentor(dir.filePath(QStringLiteral("mentor")));
        QVERIFY(
            mentor.pair(school.url(), school.invite(People::mentorA, QStringLiteral("mentor"))));

        const QStringList tenForAnna{QStringLiteral("10"), Students::anna, QStringLiteral("9")};
        const QStringList tenForEva{QStringLiteral("10"), Students::eva, QStringLiteral("9")};
        QCOMPARE(runPhone(ahead, QStringLiteral("+1d"), tenForAnna), 0);
        QCOMPARE(runPhone(behind, QStringLiteral("-1d"), tenForEva), 0);
        QVERIFY(mentor.syncUntilDrained());
        QCOMPARE(mentor.store().reports().size(), 20);
        // The phones did see other days: "tomorrow" is two days away for the
        // one ahead and today for the one behind.
        const QDate today = currentWallTime().date();
        QCOMPARE(mentor.store().reports(Students::anna).first().start.date(), today.addDays(2));
        QCOMPARE(mentor.store().reports(Students::eva).first().start.date(), today);
        for (const AbsenceReport &report : mentor.store().reports())
            QVERIFY(mentor.store().acknowledge(report.id));
        QVERIFY(mentor.syncUntilDrained());

        const QStringList fiveMore{QStringLiteral("5"), Students::anna, QStringLiteral("14")};
        QCOMPARE(runPhone(behind, QStringLiteral("-1d")), 0);
        QCOMPARE(runPhone(ahead, QStringLiteral("+1d"), fiveMore), 0);
        QCOMPARE(runPhone(behind, QStringLiteral("-1d")), 0);
        QCOMPARE(runPhone(ahead, QStringLiteral("+1d")), 0);

        const SeenReports seen = reportsSeenBy(school, People::mentorA, QStringLiteral("mentor"));
        QCOMPARE(seen.count, 25);
        QCOMPARE(seen.ids.size(), 25);
        const auto snapshot = snapshotOf(school, People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(snapshot);
        for (const QString &phone : {ahead, behind}) {
            LocalStore store;
            QVERIFY(store.open(phone + QStringLiteral("/local.db")));
            QCOMPARE(store.pendingCount(), 0);
            QCOMPARE(store.entries(OutboxState::Rejected).size(), 0);
            QCOMPARE(visibleData(store), *snapshot);
            int acknowledged = 0;
            for (const AbsenceReport &report : store.reports())
                acknowledged += report.state == ReportState::SeenByMentor;
            QCOMPARE(acknowledged, 20);
        }
    }

private:
    // A phone of the parent, paired straight to the server, not synced yet.
    static QString pairedDirectory(const QTemporaryDir &dir, SchoolServer &school,
                                   const QString &name)
    {
        const QString directory = dir.filePath(name);
        QDir().mkpath(directory);
        Device device(directory);
        if (!device.pair(school.url(), school.invite(People::parentOfS1, QStringLiteral("parent"))))
            qFatal("pairing failed");
        return directory;
    }
};

QTEST_GUILESS_MAIN(TestSyncClock)
#include "tst_syncclock.moc"
