#include "sync/syncstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aanwezig;

class TestSyncStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsUnknownAndEmpty()
    {
        SyncStatus status;
        QCOMPARE(status.connection(), SyncStatus::Connection::Unknown);
        QCOMPARE(status.waitingCount(), 0);
        QVERIFY(!status.lastSyncAt().isValid());
        QCOMPARE(status.lastError(), SyncStatus::ErrorKind::None);
        QVERIFY(!status.isBusy());
    }

    void waitingAndAge()
    {
        SyncStatus status;
        QSignalSpy changed(&status, &SyncStatus::changed);
        const QDateTime oldest(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        status.setWaiting(3, oldest, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.waitingCount(), 3);
        QCOMPARE(status.rejectedCount(), 1);
        QCOMPARE(status.oldestWaitingAgeSeconds(oldest.addSecs(90)), 90);
        status.setWaiting(3, oldest, 1);
        QCOMPARE(changed.size(), 1); // nothing changed, no signal

        status.setWaiting(0, oldest, 0);
        QVERIFY(!status.oldestWaitingAt().isValid());
        QCOMPARE(status.oldestWaitingAgeSeconds(oldest.addSecs(90)), 0);
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<SyncStatus::ErrorKind>("kind");
        QTest::addColumn<SyncStatus::Connection>("connection");
        QTest::newRow("401") << SyncStatus::ErrorKind::NeedsPairing
                             << SyncStatus::Connection::Online;
        QTest::newRow("426") << SyncStatus::ErrorKind::NeedsUpdate
                             << SyncStatus::Connection::Online;
        QTest::newRow("server") << SyncStatus::ErrorKind::Server << SyncStatus::Connection::Online;
        QTest::newRow("network") << SyncStatus::ErrorKind::Network
                                 << SyncStatus::Connection::Offline;
    }

    void errorsSayWhatToDo()
    {
        QFETCH(SyncStatus::ErrorKind, kind);
        QFETCH(SyncStatus::Connection, connection);
        SyncStatus status;
        QSignalSpy changed(&status, &SyncStatus::changed);
        status.recordError(kind, QStringLiteral("it failed"));
        QCOMPARE(status.lastError(), kind);
        QCOMPARE(status.lastErrorMessage(), QStringLiteral("it failed"));
        QCOMPARE(status.connection(), connection);
        QCOMPARE(changed.size(), 1);
    }

    void successClearsTheError()
    {
        SyncStatus status;
        status.recordError(SyncStatus::ErrorKind::Network, QStringLiteral("no route"));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        status.recordSuccess(at);
        QCOMPARE(status.lastError(), SyncStatus::ErrorKind::None);
        QVERIFY(status.lastErrorMessage().isEmpty());
        QVERIFY(status.isOnline());
        QCOMPARE(status.lastSyncAt(), at);
    }

    void busyAndConnectionNotify()
    {
        SyncStatus status;
        QSignalSpy changed(&status, &SyncStatus::changed);
        status.setBusy(true);
        status.setBusy(true);
        status.setConnection(SyncStatus::Connection::Offline);
        QCOMPARE(changed.size(), 2);
        QVERIFY(status.isBusy());
        QVERIFY(!status.isOnline());
    }

    void propertiesReadableByQml()
    {
        SyncStatus status;
        status.setWaiting(2, QDateTime::currentDateTimeUtc(), 0);
        QCOMPARE(status.property("waitingCount").toInt(), 2);
        QCOMPARE(status.property("online").toBool(), false);
        QVERIFY(status.property("lastError").isValid());
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
