// Prints how fast the local store is at what sync needs most: applying pulled
// pages, appending user actions and acknowledging them. Figures only, no limits.
//
// usage: storebenchmark [CHANGES]   (default 100000)
#include "domain/walltime.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace Aanwezig;

namespace {

constexpr int pageSize = 1000;

QList<ServerChange> page(int first, int count)
{
    QList<ServerChange> changes;
    for (int i = first; i < first + count; ++i) {
        AbsenceReport r;
        r.id = QUuid::createUuid();
        r.studentId = QStringLiteral("student-%1").arg(i % 750);
        r.start = wallTime(QDate(2026, 9, 1).addDays(i % 90), QTime(8, 30));
        r.end = r.start.addSecs(3600);
        r.state = ReportState::Received;
        changes.append({ServerChange::Op::Put, QStringLiteral("absence_report"), {}, r.toJson()});
    }
    return changes;
}

void print(const char *what, int count, qint64 ms, qint64 slowestMs = -1)
{
    std::printf("%-36s %7d in %6lld ms", what, count, ms);
    if (slowestMs >= 0)
        std::printf(" (slowest transaction %lld ms)", slowestMs);
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int changes = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    QTemporaryDir dir;
    LocalStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.db")))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    if (!store.setAccount({QString(), QStringLiteral("mentor-1"), {Role::Mentor, Role::Parent}}))
        qFatal("cannot set the account");

    QElapsedTimer total;
    qint64 slowest = 0;
    qint64 building = 0;
    total.start();
    for (int first = 0; first < changes; first += pageSize) {
        QElapsedTimer timer;
        timer.start();
        const QList<ServerChange> next = page(first, std::min(pageSize, changes - first));
        building += timer.restart();
        if (const auto done = store.applyPage(next, QString::number(first)); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
        slowest = std::max(slowest, timer.elapsed());
    }
    print("apply pulled changes (pages of 1000)", changes, total.elapsed() - building, slowest);

    constexpr int actions = 1000;
    total.restart();
    for (int i = 0; i < actions; ++i) {
        WarmMessage m;
        m.id = QUuid::createUuid();
        m.studentId = QStringLiteral("student-%1").arg(i % 750);
        m.text = QStringLiteral("Ik mis je!");
        if (!store.sendMessage(m))
            qFatal("a message was refused");
    }
    print("user actions (one transaction each)", actions, total.elapsed());

    total.restart();
    int drained = 0;
    for (QList<OutboxEntry> batch; !(batch = store.pendingEntries(100)).isEmpty();) {
        QList<qint64> seqs;
        for (const OutboxEntry &entry : batch)
            seqs.append(entry.seq);
        if (!store.markAcknowledged(seqs))
            qFatal("cannot acknowledge the outbox");
        drained += int(seqs.size());
    }
    print("drain outbox (batches of 100)", drained, total.elapsed());

    total.restart();
    const int reports = int(store.reports(QStringLiteral("student-7")).size());
    print("read one student's reports", reports, total.elapsed());
    return 0;
}
