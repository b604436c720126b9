#include "filetokenstore.h"
#include "keychaintokenstore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
