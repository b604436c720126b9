// A phone as a process of its own, for the kill tests: syncs the store in
// DIRECTORY (paired beforehand) until nothing waits and the pull is done,
// then exits 0. The test SIGKILLs it at random moments. Small batches and
// pages make a sync long enough to be killed in the middle of it.
//   syncworker DIRECTORY PUSH_BATCH PULL_LIMIT
#include "synctestsupport.h"

#include <QCoreApplication>

using namespace Aanwezig;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        qCritical("usage: syncworker DIRECTORY PUSH_BATCH PULL_LIMIT");
        return 2;
    }
    SyncSettings settings = SyncTest::testSettings();
    settings.pushBatch = arguments.at(2).toInt();
    settings.pullLimit = arguments.at(3).toInt();
    SyncTest::Device device(arguments.at(1), settings);
    QObject::connect(device.client.get(), &SyncClient::roundFinished, &app, [&](bool ok) {
        if (ok && device.status().waitingCount() == 0)
            app.exit(0);
    });
    device.client->start();
    return app.exec();
}
