// Prints how fast the phone syncs, as the app runs it (SyncEngine in its own
// thread, the UI's LocalStore on the same file in the main thread):
//   - pulling and applying CHANGES changes: total time and the longest stretch
//     the main (UI) thread was blocked;
//   - draining WAITING changes waiting in the outbox.
// The server is a stand-in that answers at once (pageserver.h), so that the
// figures are the phone's own. Figures only, no limits.
//
// usage: syncbench [CHANGES] [WAITING] [PULL_LIMIT]   (default 100000 1000, the app's page size)
#include "domain/walltime.h"
#include "filetokenstore.h"
#include "pageserver.h"
#include "stallmeter.h"
#include "store/localstore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace Aanwezig;

namespace {

// Runs the event loop until `done` holds after a status change.
void waitFor(SyncStatus &status, const std::function<bool()> &done)
{
    QEventLoop loop;
    QObject::connect(&status, &SyncStatus::changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    if (!done())
        loop.exec();
}

// CPU time of the whole process (every thread) in ms: with a busy machine the
// wall time grows, this does not.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

bool finishedCleanly(const SyncStatus &status)
{
    return status.lastSyncAt().isValid() && !status.isBusy() && status.waitingCount() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int changes = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int waiting = args.size() > 2 ? args.at(2).toInt() : 1000;
    if (changes <= 0 || waiting <= 0) {
        std::fprintf(stderr, "usage: syncbench [CHANGES] [WAITING] [PULL_LIMIT]\n");
        return 2;
    }

    QThread serverThread;
    auto *server = new Bench::PageServer(changes);
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listen(); }, Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.db"));
    LocalStore ui;
    FileTokenStore tokens(dir.filePath(QStringLiteral("token")));
    if (!ui.open(path) ||
        !ui.setAccount({QStringLiteral("http://127.0.0.1:%1").arg(port),
                        QString::fromLatin1(Bench::benchUser),
                        {Role::Parent}}) ||
        !tokens.writeToken(QStringLiteral("benchmark"))) {
        std::fprintf(stderr, "syncbench: cannot set up the phone's store\n");
        return 1;
    }
    SyncSettings settings;
    if (args.size() > 3)
        settings.pullLimit = args.at(3).toInt();
    Bench::StallMeter stalls;

    {
        QElapsedTimer timer;
        stalls.start();
        timer.start();
        const qint64 cpuAtStart = cpuMs();
        SyncEngine engine(path, &tokens, settings);
        engine.start();
        waitFor(*engine.status(), [&] { return finishedCleanly(*engine.status()); });
        const qint64 ms = timer.elapsed();
        const qint64 longestStall = stalls.stop();
        const qint64 cpu = cpuMs() - cpuAtStart;
        std::printf("pull and apply %d changes (pages of %d): %lld ms (CPU %lld ms), %zu reports "
                    "on the phone; longest main-thread block %lld ms\n",
                    changes, settings.pullLimit, ms, cpu, size_t(ui.reports().size()),
                    longestStall);
    }

    for (int i = 0; i < waiting; ++i) {
        AbsenceReport report;
        report.id = QUuid::createUuid();
        report.studentId = QStringLiteral("S%1").arg(5000 + i % 10);
        report.code = RegistrationCode::D;
        report.start = wallTime(currentWallTime().date().addDays(1 + i / 10), QTime(9, 0));
        report.end = report.start.addSecs(3600);
        if (const RuleResult done = ui.reportAbsence(report, Role::Parent); !done) {
            std::fprintf(stderr, "syncbench: %s\n", qPrintable(done.error().message));
            return 1;
        }
    }
    {
        QElapsedTimer timer;
        stalls.start();
        timer.start();
        const qint64 cpuAtStart = cpuMs();
        SyncEngine engine(path, &tokens, settings);
        engine.start();
        waitFor(*engine.status(), [&] { return finishedCleanly(*engine.status()); });
        const qint64 ms = timer.elapsed();
        const qint64 cpu = cpuMs() - cpuAtStart;
        std::printf("drain %d waiting changes (batches of %d): %lld ms (CPU %lld ms), %d still "
                    "waiting; longest main-thread block %lld ms\n",
                    waiting, settings.pushBatch, ms, cpu, ui.pendingCount(), stalls.stop());
    }
    serverThread.quit();
    serverThread.wait();
    return 0;
}
