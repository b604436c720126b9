#include "sync/backoff.h"

#include <QTest>

using namespace Aanwezig;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delaysGrowWithinJitterBounds()
    {
        Backoff backoff({1000ms, 60000ms, 2.0}, 7);
        qint64 base = 1000;
        for (int failure = 1; failure <= 6; ++failure) {
            const auto delay = backoff.nextDelay().count();
            QVERIFY2(delay >= base / 2 && delay <= base,
                     qPrintable(QStringLiteral("failure %1: %2 ms not in [%3, %4]")
                                    .arg(failure)
                                    .arg(delay)
                                    .arg(base / 2)
                                    .arg(base)));
            base *= 2;
        }
        QCOMPARE(backoff.failures(), 6);
    }

    void cappedAndNeverGivesUp()
    {
        Backoff backoff({500ms, 8000ms, 2.0}, 11);
        for (int failure = 1; failure <= 100000; ++failure) {
            const auto delay = backoff.nextDelay();
            QVERIFY(delay <= 8000ms);
            QVERIFY(delay >= 250ms); // never spins
        }
        QCOMPARE(backoff.nextDelay() >= 4000ms, true); // still at the cap, not reset
    }

    void jitterSpreadsClients()
    {
        Backoff first({1000ms, 60000ms, 2.0}, 1);
        Backoff second({1000ms, 60000ms, 2.0}, 2);
        QList<qint64> a, b;
        for (int i = 0; i < 5; ++i) {
            a.append(first.nextDelay().count());
            b.append(second.nextDelay().count());
        }
        QVERIFY(a != b);
    }

    void resetStartsOver()
    {
        Backoff backoff({1000ms, 60000ms, 2.0}, 3);
        for (int i = 0; i < 10; ++i)
            backoff.nextDelay();
        QVERIFY(backoff.nextDelay() >= 30000ms);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(backoff.nextDelay() <= 1000ms);
    }

    void absurdPolicyIsMadeSafe()
    {
        Backoff backoff({0ms, -5ms, 0.1}, 5);
        for (int i = 0; i < 10; ++i)
            QVERIFY(backoff.nextDelay() >= 1ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
