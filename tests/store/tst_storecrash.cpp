// The crash test: a worker doing random actions on a store is
// SIGKILLed at random moments, many times over the same file. After every
// kill the file opens, passes PRAGMA integrity_check, every waiting outbox
// entry has its local effect and every waiting effect its entry, every change
// the worker reported committed is there, and seqs only ever grow.
#include "storetestsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

using namespace Aanwezig;
using namespace Aanwezig::StoreTest;

namespace {

constexpr int rounds = 40;
constexpr int maxStepsBeforeKill = 40;

// What a killed worker said it had done.
struct WorkerOutput
{
    int lines = 0;
    QList<qint64> committedSeqs; // in the order the worker committed them

    void parse(QByteArray &buffer)
    {
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = buffer.left(end).split(' ');
            buffer.remove(0, end + 1);
            ++lines;
            if (words.size() == 3 && words.at(0) == "committed" && words.at(2).toLongLong() > 0)
                committedSeqs.append(words.at(2).toLongLong());
        }
    }
};

QList<qint64> allSeqs(const LocalStore &store)
{
    QList<qint64> seqs;
    for (const OutboxState state :
         {OutboxState::Pending, OutboxState::Sent, OutboxState::Rejected}) {
        for (const OutboxEntry &entry : store.entries(state))
            seqs.append(entry.seq);
    }
    return seqs;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWorkerLeavesASoundConsistentStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        // STORE_CRASH_SEED=<seed> repeats a run.
        const quint32 seed = qEnvironmentVariableIsSet("STORE_CRASH_SEED")
                                 ? quint32(qEnvironmentVariable("STORE_CRASH_SEED").toUInt())
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (STORE_CRASH_SEED repeats it)", seed);
        QRandomGenerator random(seed);
        QSet<qint64> knownSeqs;
        qint64 highestSeq = 0;
        int committed = 0;

        for (int round = 0; round < rounds; ++round) {
            QProcess worker;
            worker.start(QStringLiteral(STORE_CRASH_WORKER),
                         {path, QString::number(random.generate())});
            QVERIFY2(worker.waitForStarted(), qPrintable(worker.errorString()));
            const int wanted = random.bounded(1, maxStepsBeforeKill + 1);
            WorkerOutput output;
            QByteArray buffer;
            QDeadlineTimer deadline(20000);
            while (output.lines < wanted) {
                QVERIFY2(worker.state() == QProcess::Running,
                         worker.readAllStandardError().constData());
                QVERIFY2(!deadline.hasExpired(), "the worker stopped making progress");
                worker.waitForReadyRead(int(deadline.remainingTime()));
                buffer += worker.readAllStandardOutput();
                output.parse(buffer);
            }
            worker.kill();
            QVERIFY(worker.waitForFinished());
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            buffer += worker.readAllStandardOutput();
            output.parse(buffer);

            LocalStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
            const QStringList problems = store.consistencyProblems();
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("round %1:\n%2")
                                                        .arg(round)
                                                        .arg(problems.join(QLatin1Char('\n')))));

            const QList<qint64> seqs = allSeqs(store);
            const QSet<qint64> present(seqs.cbegin(), seqs.cend());
            qint64 previous = highestSeq;
            for (const qint64 seq : std::as_const(output.committedSeqs)) {
                QVERIFY2(seq > previous,
                         qPrintable(QStringLiteral("seq %1 after %2").arg(seq).arg(previous)));
                QVERIFY2(present.contains(seq),
                         qPrintable(QStringLiteral("committed seq %1 is lost").arg(seq)));
                previous = seq;
            }
            const qint64 highestBefore = highestSeq;
            for (const qint64 seq : seqs) {
                if (!knownSeqs.contains(seq))
                    QVERIFY2(seq > highestBefore,
                             qPrintable(QStringLiteral("seq %1 reused").arg(seq)));
                highestSeq = std::max(highestSeq, seq);
            }
            knownSeqs = present;
            committed += output.committedSeqs.size();
        }
        QVERIFY2(committed > rounds, "the workers committed too little to prove anything");
        qInfo("%d changes committed over %d kills; highest seq %lld", committed, rounds,
              highestSeq);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
