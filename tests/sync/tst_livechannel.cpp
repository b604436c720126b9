// The app's side of the live channel (GET /v1/live): the sync client with
// the real server for pairing, push and pull, and a stand-in for the live
// endpoint in front of it (tests/sync/livestandin.h) that pokes, refuses the
// upgrade or closes the socket as the test decides. The interval is an hour,
// so every pull seen here comes from the live channel.
#include "livestandin.h"
#include "servertestsupport.h"
#include "sync/livechannel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;

namespace {
constexpr int patienceMs = 10000;
} // namespace

class TestLiveChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_school.start()); }

    void init()
    {
        m_standIn = std::make_unique<LiveStandIn>(m_school.port());
        QVERIFY(m_standIn->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        m_device = std::make_unique<Device>(m_dir->path());
        QVERIFY(m_device->pair(m_standIn->url(),
                               m_school.invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(m_device->syncUntilDrained());
    }

    void cleanup()
    {
        m_device.reset();
        m_standIn.reset();
    }

    void liveUrlFollowsTheServer()
    {
        QCOMPARE(LiveChannel::liveUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QUrl(QStringLiteral("ws://127.0.0.1:8080/v1/live")));
        QCOMPARE(LiveChannel::liveUrl(QUrl(QStringLiteral("https://school.example.nl/aanwezig/"))),
                 QUrl(QStringLiteral("wss://school.example.nl/aanwezig/v1/live")));
    }

    // The upgrade carries the token and the protocol version; a poke pulls at once.
    void pokePullsAtOnce()
    {
        startLive();
        const QByteArray request = m_standIn->lastUpgradeRequest();
        QVERIFY2(request.startsWith("GET /v1/live HTTP/1.1\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nAuthorization: Bearer " +
                                  m_device->tokens()->readToken().toLatin1() + "\r\n"),
                 request.constData());
        QVERIFY2(request.contains("\r\nAanwezig-Protocol: 1\r\n"), request.constData());
        QVERIFY(m_device->status().isLive());

        QSignalSpy rounds(m_device->client.get(), &SyncClient::roundFinished);
        m_standIn->pokeAll(QStringLiteral("42"));
        QVERIFY2(rounds.wait(patienceMs), "a poke starts a pull without waiting for the interval");
        QVERIFY(rounds.first().first().toBool());
    }

    // Pokes while a pull runs make one more pull, not one per poke.
    void pokesDuringAPullMakeOneMorePull()
    {
        startLive();
        auto *live = m_device->client->findChild<LiveChannel *>();
        QVERIFY(live);
        QSignalSpy pokes(live, &LiveChannel::changed);
        QSignalSpy rounds(m_device->client.get(), &SyncClient::roundFinished);
        m_standIn->setHeld(true); // the pull waits at the stand-in
        m_standIn->pokeAll(QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_device->status().isBusy(), patienceMs);
        m_standIn->pokeAll(QStringLiteral("2"));
        m_standIn->pokeAll(QStringLiteral("3"));
        QTRY_COMPARE_WITH_TIMEOUT(pokes.size(), 3, patienceMs);
        QVERIFY(rounds.isEmpty());
        m_standIn->setHeld(false);
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, patienceMs);
        // Right after the second round ended no third one started.
        QVERIFY(!m_device->status().isBusy());
        QVERIFY(rounds.at(0).first().toBool() && rounds.at(1).first().toBool());
    }

    // An older server answers the upgrade with 404: no error for the user,
    // the interval as before, and the socket is tried again after a later round.
    void refusedUpgradeFallsBackQuietly()
    {
        m_standIn->setMode(LiveStandIn::Mode::Refuse);
        auto *live = m_device->client->findChild<LiveChannel *>();
        QVERIFY(live);
        QSignalSpy unavailable(live, &LiveChannel::unavailable);
        m_device->client->start();
        QVERIFY(unavailable.wait(patienceMs));
        QCOMPARE(m_standIn->upgradeCount(), 1);
        const SyncStatus &status = m_device->status();
        QCOMPARE(status.lastError(), SyncStatus::ErrorKind::None);
        QCOMPARE(status.connection(), SyncStatus::Connection::Online);
        QVERIFY(!status.isLive());

        QVERIFY(m_device->syncUntilDrained());
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 2, patienceMs);
        QCOMPARE(m_standIn->upgradeCount(), 2); // once per round, no loop
        QCOMPARE(status.lastError(), SyncStatus::ErrorKind::None);

        // The server learns the live channel: the next round opens it.
        m_standIn->setMode(LiveStandIn::Mode::Accept);
        QVERIFY(m_device->syncUntilDrained());
        QTRY_VERIFY_WITH_TIMEOUT(m_device->status().isLive(), patienceMs);
    }

    // The server goes away: the socket comes back after a backoff delay, and
    // a pull follows, since a change may have been missed meanwhile.
    void serverCloseReopensWithBackoffAndPulls()
    {
        startLive();
        QSignalSpy rounds(m_device->client.get(), &SyncClient::roundFinished);
        QSignalSpy opened(m_standIn.get(), &LiveStandIn::socketOpened);
        QElapsedTimer sinceClose;
        sinceClose.start();
        m_standIn->closeAll(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_VERIFY_WITH_TIMEOUT(!m_device->status().isLive(), patienceMs);
        QVERIFY(opened.wait(patienceMs));
        const qint64 waited = sinceClose.elapsed();
        QVERIFY2(waited >= testSettings().backoff.first.count() / 2,
                 qPrintable(QStringLiteral("reopened after %1 ms").arg(waited)));
        QCOMPARE(m_standIn->upgradeCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), patienceMs);
        QVERIFY(rounds.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_device->status().isLive(), patienceMs);
    }

    // Close code 4001: the device was revoked, as a 401 (pair again), and
    // the socket stays closed.
    void revokedCloseCountsAsUnauthorized()
    {
        startLive();
        m_standIn->closeAll(QWebSocketProtocol::CloseCode(LiveChannel::revokedCloseCode),
                            QStringLiteral("unauthorized"));
        QTRY_COMPARE_WITH_TIMEOUT(m_device->status().lastError(),
                                  SyncStatus::ErrorKind::NeedsPairing, patienceMs);
        QVERIFY(!m_device->status().isLive());
        QCOMPARE(m_standIn->upgradeCount(), 1);
        QCOMPARE(m_standIn->openSocketCount(), 0);
    }

    // In the background the socket is closed; back in front it opens again
    // and the app pulls.
    void backgroundClosesAndFrontReopensWithAPull()
    {
        startLive();
        m_device->client->setInFront(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->openSocketCount(), 0, patienceMs);
        QVERIFY(!m_device->status().isLive());

        QSignalSpy rounds(m_device->client.get(), &SyncClient::roundFinished);
        m_device->client->setInFront(true);
        QVERIFY(rounds.wait(patienceMs));
        QVERIFY(rounds.first().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->openSocketCount(), 1, patienceMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_device->status().isLive(), patienceMs);
        QCOMPARE(m_standIn->upgradeCount(), 2);
    }

private:
    // Starts syncing and waits until the live channel is open and the
    // rounds it caused have ended.
    void startLive()
    {
        m_device->client->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_device->status().isLive(), patienceMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->openSocketCount(), 1, patienceMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_device->status().isBusy(), patienceMs);
        QCOMPARE(m_standIn->upgradeCount(), 1);
    }

    SchoolServer m_school;
    std::unique_ptr<LiveStandIn> m_standIn;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;
};

QTEST_GUILESS_MAIN(TestLiveChannel)

#include "tst_livechannel.moc"
