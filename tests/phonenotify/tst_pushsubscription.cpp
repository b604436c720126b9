// The phone tells the real server of its push subscription: the
// keys PushReceiver made are registered by the sync client, also when the
// server cannot be reached at that moment; a warm message to the parents is
// then encrypted by the server for exactly those keys (a local push
// endpoint receives it and the phone's PushReceiver decrypts and shows it);
// a new endpoint replaces the old one; logging out removes the subscription
// from the server and pairing again registers it again.
#include "apiclient.h"
#include "filetokenstore.h"
#include "fixtureschool.h"
#include "localpushendpoint.h"
#include "notify/notificationcenter.h"
#include "notify/pushreceiver.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "testdatabase.h"
#include "testdevices.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Aanwezig;
using namespace Aanwezig::NotifyTest;
using namespace Aanwezig::Test;

namespace {

// The platform's channel, with the endpoint the test chooses.
class MovablePushChannel : public PushChannel
{
public:
    QString next;
    void subscribe() override { moveTo(next); }
    void unsubscribe() override { moveTo({}); }
    QString endpoint() const override { return m_endpoint; }
    void moveTo(const QString &endpoint)
    {
        m_endpoint = endpoint;
        Q_EMIT endpointChanged(endpoint);
    }
    void deliver(const QByteArray &body) { Q_EMIT messageReceived(body); }

private:
    QString m_endpoint;
};

} // namespace

class TestPushSubscription : public QObject
{
    Q_OBJECT

    TestDatabase m_database;
    ServerProcess m_server{QStringLiteral(AANWEZIG_SERVER_BIN)};
    LocalPushEndpoint m_pushService;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncTest::Device> m_phone;
    std::unique_ptr<FileTokenStore> m_keyStore;
    MovablePushChannel m_channel;
    RecordingNotifier m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    std::unique_ptr<PushReceiver> m_receiver;
    std::unique_ptr<ApiClient> m_mentor;
    qint64 m_mentorSeq = 0;

    CommandResult command(const QStringList &args) const
    {
        return runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                                args + QStringList{QStringLiteral("--db"), m_database.url()});
    }
    QString invite(const QString &email, const QString &role) const
    {
        return command({QStringLiteral("invite"), QStringLiteral("--email"), email,
                        QStringLiteral("--role"), role})
            .out.trimmed();
    }
    // The server's subscriptions with this endpoint and the phone's keys.
    int subscriptionsOnServer(const QString &endpoint) const
    {
        const PushKeys &keys = *m_receiver->keys();
        return m_database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM push_subscriptions WHERE endpoint = "
                                   "'%1' AND p256dh = '%2' AND auth = '%3' AND user_id = '%4'")
                        .arg(endpoint, keys.p256dh(), keys.auth(), People::parentOfS1))
            .toInt();
    }
    int allSubscriptionsOnServer() const
    {
        return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM push_subscriptions")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_database.isValid(), qPrintable(m_database.errorString()));
        QCOMPARE(command({QStringLiteral("import-roster"), FixtureSchool::rosterFile()}).exitCode,
                 0);
        QCOMPARE(command({QStringLiteral("vapid-keys"), QStringLiteral("--subject"),
                          QStringLiteral("mailto:beheer@school.example.nl")})
                     .exitCode,
                 0);
        QVERIFY(m_pushService.listen());
        QVERIFY(m_server.start(m_database.url(),
                               {QStringLiteral("--timezone"), QStringLiteral("Europe/Amsterdam"),
                                QStringLiteral("--push-allow-insecure-endpoints")}));
        m_mentor = std::make_unique<ApiClient>(m_server.baseUrl());
        QCOMPARE(m_mentor->pair(invite(People::mentorA, QStringLiteral("mentor"))).status, 200);

        // The parent's phone: store, sync client, push keys, notifications.
        m_phone = std::make_unique<SyncTest::Device>(m_dir.path());
        QVERIFY(m_phone->pair(m_server.baseUrl(),
                              invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(m_phone->syncUntilDrained());
        m_keyStore = std::make_unique<FileTokenStore>(m_dir.filePath(QStringLiteral("push-keys")));
        m_center = std::make_unique<NotificationCenter>(&m_notifier, &m_phone->store());
        m_receiver = std::make_unique<PushReceiver>(&m_channel, m_keyStore.get(), m_center.get());
        connect(m_receiver.get(), &PushReceiver::subscriptionChanged, this,
                [this](const QString &endpoint, const QString &p256dh, const QString &auth) {
                    m_phone->client->setPushSubscription(
                        {endpoint, p256dh, auth, QStringLiteral("test phone")});
                });
        // The test runs at any hour: this parent has no quiet hours.
        NotificationSettings settings = m_phone->store().notificationSettings();
        settings.quietStart = settings.quietEnd = QTime(0, 0);
        QVERIFY(m_phone->store().saveNotificationSettings(settings));
        QVERIFY(m_phone->syncUntilDrained());
    }

    void registersOnceTheServerIsReachableAgain()
    {
        // The push channel reports its endpoint while the server is down.
        m_server.stop();
        m_channel.next = m_pushService.endpoint(QStringLiteral("first"));
        QSignalSpy tried(m_phone->client->pushRegistration(), &PushRegistration::registered);
        QVERIFY(m_receiver->subscribe());
        QVERIFY(m_receiver->keys());
        QSignalSpy rounds(m_phone->client.get(), &SyncClient::roundFinished);
        m_phone->client->syncNow();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(rounds.first().first().toBool(), false); // the server is out of reach
        QVERIFY(tried.isEmpty());
        QCOMPARE(allSubscriptionsOnServer(), 0);
        // Back: the backoff's next try registers the phone's own keys.
        QVERIFY(m_server.restart());
        QVERIFY(QTest::qWaitFor([&] { return !tried.isEmpty(); }, 10000));
        QCOMPARE(subscriptionsOnServer(m_channel.next), 1);
    }

    void theServerEncryptsForThePhonesKeys()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Test::ApiReply sent = m_mentor->push(
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            {mutation(++m_mentorSeq, QStringLiteral("send_message"),
                      {{QStringLiteral("message"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("student_id"), Students::anna},
                                    {QStringLiteral("template_key"), QStringLiteral("miss_you")},
                                    {QStringLiteral("to_student"), false},
                                    {QStringLiteral("to_parents"), true}}}})});
        QCOMPARE(sent.status, 200);
        QCOMPARE(statusOf(sent.result()), QStringLiteral("applied"));
        QVERIFY(QTest::qWaitFor([&] { return !m_pushService.messages.isEmpty(); }, 20000));
        const LocalPushEndpoint::Message message = m_pushService.messages.first();
        QCOMPARE(message.path, QByteArray("/push/first"));
        QVERIFY(message.head.toLower().contains("content-encoding: aes128gcm"));
        m_channel.deliver(message.body);
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().title, QStringLiteral("Bericht van school"));
        QCOMPARE(m_notifier.shown.first().body, QStringLiteral("Er is een bericht over Anna."));
    }

    void aNewEndpointReplacesTheOld()
    {
        const QString first = m_channel.endpoint();
        const QString second = m_pushService.endpoint(QStringLiteral("second"));
        m_channel.moveTo(second);
        QVERIFY(QTest::qWaitFor(
            [&] { return subscriptionsOnServer(second) == 1 && allSubscriptionsOnServer() == 1; },
            10000));
        QCOMPARE(subscriptionsOnServer(first), 0);
    }

    void logoutRemovesTheSubscriptionAndPairingRegistersAgain()
    {
        const QString endpoint = m_channel.endpoint();
        QVERIFY(m_phone->client->logout());
        QVERIFY(QTest::qWaitFor([&] { return allSubscriptionsOnServer() == 0; }, 10000));
        // The same phone paired again (a new device token) is registered again.
        QVERIFY(m_phone->pair(m_server.baseUrl(),
                              invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(QTest::qWaitFor([&] { return subscriptionsOnServer(endpoint) == 1; }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestPushSubscription)
#include "tst_pushsubscription.moc"
