// A phone as a process of its own, for the kill and clock tests: optionally
// reports COUNT doctor's visits of STUDENT at HOUR on the next days (by its
// own clock), then syncs the store in DIRECTORY (paired beforehand) until
// nothing waits and the pull is done, and exits 0. Small batches and pages,
// held uncommitted for 1 ms at most, make a sync long enough to be killed in
// the middle of it. Prints "syncing"
// when the sync starts and "changed" each time the sync wrote to the store
// (a pull page applied, pushed changes confirmed), so a test can kill it in
// the middle of the sync however fast or slow the machine is.
//   syncworker DIRECTORY PUSH_BATCH PULL_LIMIT [COUNT STUDENT HOUR]
#include "store/storenotifier.h"
#include "synctestsupport.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Aanwezig;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4 && arguments.size() != 7) {
        qCritical("usage: syncworker DIRECTORY PUSH_BATCH PULL_LIMIT [COUNT STUDENT HOUR]");
        return 2;
    }
    SyncSettings settings = SyncTest::testSettings();
    settings.pushBatch = arguments.at(2).toInt();
    settings.pullLimit = arguments.at(3).toInt();
    settings.pulledPagesHold = std::chrono::milliseconds(1);
    SyncTest::Device device(arguments.at(1), settings);
    const int count = arguments.size() == 7 ? arguments.at(4).toInt() : 0;
    for (int day = 1; day <= count; ++day) {
        const AbsenceReport report =
            SyncTest::doctorVisit(arguments.at(5), day, arguments.at(6).toInt());
        if (const RuleResult done = device.store().reportAbsence(report, Role::Parent); !done) {
            qCritical("cannot report: %s", qPrintable(done.error().message));
            return 1;
        }
    }
    QObject::connect(device.client.get(), &SyncClient::roundFinished, &app, [&](bool ok) {
        if (ok && device.status().waitingCount() == 0)
            app.exit(0);
    });
    QObject::connect(&Store::StoreNotifier::instance(), &Store::StoreNotifier::dataChanged, &app,
                     [] {
                         std::fputs("changed\n", stdout);
                         std::fflush(stdout);
                     });
    device.client->start();
    std::fputs("syncing\n", stdout);
    std::fflush(stdout);
    return app.exec();
}
