#include "filetokenstore.h"
#include "keychaintokenstore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Aanwezig;

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileStoreKeepsTokenOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile/device-token"));
        FileTokenStore store(path);
        QCOMPARE(store.readToken(), QString());
        QVERIFY(store.writeToken(QStringLiteral("secret-1")));
        QCOMPARE(store.readToken(), QStringLiteral("secret-1"));
        const auto permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto othersAndGroup = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(permissions & othersAndGroup));
        QVERIFY(store.writeToken(QStringLiteral("secret-2")));
        QCOMPARE(FileTokenStore(path).readToken(), QStringLiteral("secret-2"));
        store.removeToken();
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(store.readToken(), QString());
    }

    void keychainStoreRoundTripsWithOrWithoutSecretService()
    {
        // On a headless machine there is no secret service: the store falls
        // back to the 0600 file and still keeps the token.
        QTemporaryDir dir;
        const QString fallback = dir.filePath(QStringLiteral("device-token"));
        const QString service =
            QStringLiteral("aanwezig-test-%1").arg(QCoreApplication::applicationPid());
        KeychainTokenStore store(service, fallback);
        QVERIFY(store.writeToken(QStringLiteral("token-abc")));
        QCOMPARE(store.readToken(), QStringLiteral("token-abc"));
        KeychainTokenStore again(service, fallback);
        QCOMPARE(again.readToken(), QStringLiteral("token-abc"));
        again.removeToken();
        QCOMPARE(KeychainTokenStore(service, fallback).readToken(), QString());
    }

    void keychainStoreServesTheSyncThread()
    {
        // The app builds the store on the main thread and the sync client
        // first uses it from its own thread: that must not wait for a keychain
        // (the app used to sit there for a long time before pairing).
        QTemporaryDir dir;
        const QString service =
            QStringLiteral("aanwezig-thread-%1").arg(QCoreApplication::applicationPid());
        const QString fallback = dir.filePath(QStringLiteral("device-token"));
        FileTokenStore(fallback).writeToken(QStringLiteral("kept"));
        KeychainTokenStore store(service, fallback);
        QString seen;
        bool written = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            seen = store.readToken();
            written = store.writeToken(QStringLiteral("from-sync"));
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
        QCOMPARE(seen, QStringLiteral("kept"));
        QVERIFY(written);
        QCOMPARE(store.readToken(), QStringLiteral("from-sync"));
        store.removeToken();
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
