// Crash safety: the phone's process is SIGKILLed at random
// moments while it pushes, and while it applies a pull; afterwards the server
// holds every change exactly once and the phone's data equals what the server
// says its user may see.
#include "servertestsupport.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;

namespace {

constexpr int killRuns = 100;

// Runs the phone process; once the sync has written to its store
// `killAfterChanges` times, kills it `killAfterMs` later unless it ended by
// itself. Its exit code when it ended by itself, else -1. Counting the
// worker's own writes puts every kill in the middle of the sync, on a loaded
// machine as on an idle one (a kill timed from the start landed before the
// first page on CI's busy machine, or after the last on a fast one).
int runWorker(const QString &directory, int pushBatch, int pullLimit, int killAfterChanges,
              int killAfterMs)
{
    QProcess worker;
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(QStringLiteral(SYNC_WORKER),
                 {directory, QString::number(pushBatch), QString::number(pullLimit)});
    if (!worker.waitForStarted(10000))
        qFatal("cannot start the sync worker");
    int changes = 0;
    while (changes < killAfterChanges && worker.state() == QProcess::Running) {
        if (!worker.canReadLine() && !worker.waitForReadyRead(60000))
            break;
        while (worker.canReadLine())
            changes += worker.readLine().trimmed() == "changed";
    }
    if (worker.waitForFinished(killAfterMs))
        return worker.exitStatus() == QProcess::NormalExit ? worker.exitCode() : -1;
    worker.kill();
    worker.waitForFinished(10000);
    return -1;
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_school = std::make_unique<SchoolServer>();
        QVERIFY(m_school->start());
    }

    void cleanup()
    {
        m_school.reset();
        m_dir.reset();
    }

    // Scenario 1.
    void killedWhilePushingLosesAndDoublesNothing()
    {
        const QString phone = pairedDirectory(People::parentOfS1, QStringLiteral("parent"));
        QSet<QUuid> reported;
        {
            Device device(phone);
            device.client.reset();                 // only the worker syncs
            for (int day = 1; day <= 300; ++day) { // both children: at most 200 future each
                const AbsenceReport report =
                    doctorVisit(day % 2 ? Students::anna : Students::eva, day);
                QVERIFY(device.store().reportAbsence(report, Role::Parent));
                reported.insert(report.id);
            }
        }
        auto *random = QRandomGenerator::global();
        int killedMidway = 0; // some but not all sent
        int waiting = reported.size();
        for (int run = 0; run < killRuns; ++run) {
            const bool killed =
                runWorker(phone, 3, 50, random->bounded(1, 10), random->bounded(0, 30)) == -1;
            const int nowWaiting = storeOf(phone)->pendingCount();
            killedMidway += killed && nowWaiting > 0 && nowWaiting < waiting;
            waiting = nowWaiting;
        }
        QVERIFY2(killedMidway >= 3, qPrintable(QString::number(killedMidway)));
        QCOMPARE(runWorker(phone, 3, 50, 0, 60000), 0);

        const auto after = storeOf(phone);
        QCOMPARE(after->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(after->consistencyProblems(), QStringList());
        QCOMPARE(after->pendingCount(), 0);
        QCOMPARE(after->entries(OutboxState::Rejected).size(), 0);
        const SeenReports seen =
            reportsSeenBy(*m_school, People::mentorA, QStringLiteral("mentor"));
        QCOMPARE(seen.count, reported.size());
        QCOMPARE(seen.ids, reported);
    }

    // Scenario 4.
    void killedWhileApplyingAPullEndsEqualToTheServer()
    {
        {
            Device other(pairedDirectory(People::parentOfS1, QStringLiteral("parent")));
            for (int day = 1; day <= 400; ++day) {
                const QString student = day % 2 ? Students::anna : Students::eva;
                // 200 each, on the first 200 days (the server's bound on future reports).
                QVERIFY(
                    other.store().reportAbsence(doctorVisit(student, (day + 1) / 2), Role::Parent));
            }
            QVERIFY(other.syncUntilDrained(60000));
        }
        const QString phone = pairedDirectory(People::parentOfS1, QStringLiteral("parent"));
        auto *random = QRandomGenerator::global();
        int killedMidway = 0; // some pages applied, not all
        QString cursor;
        // Pages of one change: hundreds of pages, held uncommitted a few
        // milliseconds at a time (syncworker), so a kill lands in a page, in
        // a commit or among pages held uncommitted.
        for (int run = 0; run < killRuns; ++run) {
            const bool killed =
                runWorker(phone, 20, 1, random->bounded(1, 10), random->bounded(0, 20)) == -1;
            const QString nowCursor = storeOf(phone)->pullCursor();
            killedMidway += killed && nowCursor != cursor;
            cursor = nowCursor;
        }
        QVERIFY2(killedMidway >= 3, qPrintable(QString::number(killedMidway)));
        QCOMPARE(runWorker(phone, 20, 1, 0, 60000), 0);

        const auto after = storeOf(phone);
        QCOMPARE(after->integrityCheck(), QStringLiteral("ok"));
        const auto snapshot = snapshotOf(*m_school, People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(snapshot);
        QCOMPARE(visibleData(*after), *snapshot);
        QCOMPARE(snapshot->value(QStringLiteral("reports")).toArray().size(), 400);
    }

private:
    // The phone's store, opened while no worker runs.
    static std::unique_ptr<LocalStore> storeOf(const QString &directory)
    {
        auto store = std::make_unique<LocalStore>();
        if (!store->open(directory + QStringLiteral("/local.db")))
            qFatal("cannot open the phone's store: %s", qPrintable(store->errorString()));
        return store;
    }

    // A directory with a phone paired straight to the server, which has not synced.
    QString pairedDirectory(const QString &email, const QString &role)
    {
        const QString directory = m_dir->filePath(QUuid::createUuid().toString(QUuid::Id128));
        QDir().mkpath(directory);
        Device device(directory);
        if (!device.pair(m_school->url(), m_school->invite(email, role)))
            qFatal("pairing failed");
        return directory;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SchoolServer> m_school;
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
