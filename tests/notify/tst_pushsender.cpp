// The sender's guards (server/notify): which push endpoints it accepts,
// which addresses it refuses to connect to, how it reads Retry-After, and
// that it refuses an http:// endpoint and a loopback host unless told to
// allow them (a real local listener would otherwise be reached).
#include "notify/pushendpoint.h"
#include "notify/vapid.h"
#include "notify/webpushclient.h"
#include "push/base64url.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <boost/asio/ip/address.hpp>

using namespace Aanwezig::Server;

class TestPushSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints()
    {
        auto e = PushEndpoint::parse("https://fcm.googleapis.com/fcm/send/abc?x=1", false);
        QVERIFY(e);
        QCOMPARE(e->host, QStringLiteral("fcm.googleapis.com"));
        QCOMPARE(e->port, 443);
        QCOMPARE(e->target, QStringLiteral("/fcm/send/abc?x=1"));
        QCOMPARE(e->audience, QStringLiteral("https://fcm.googleapis.com"));
        e = PushEndpoint::parse("https://push.example.net:8443/p", false);
        QCOMPARE(e->audience, QStringLiteral("https://push.example.net:8443"));
        QVERIFY(!PushEndpoint::parse("http://push.example.net/p", false));
        QVERIFY(PushEndpoint::parse("http://localhost:8090/notify/x", true));
        QVERIFY(!PushEndpoint::parse("ftp://push.example.net/p", true));
        QVERIFY(!PushEndpoint::parse("https://user:pw@push.example.net/p", false));
        QVERIFY(!PushEndpoint::parse("https://push.example.net/p#frag", false));
        QVERIFY(!PushEndpoint::parse("/relative", false));
        QVERIFY(!PushEndpoint::parse("https://push.example.net/" + QString(1000, 'a'), false));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("public v4") << "142.250.74.106" << true;
        QTest::newRow("loopback") << "127.0.0.1" << false;
        QTest::newRow("10/8") << "10.1.2.3" << false;
        QTest::newRow("172.16/12") << "172.31.0.1" << false;
        QTest::newRow("172.32 is public") << "172.32.0.1" << true;
        QTest::newRow("192.168/16") << "192.168.1.1" << false;
        QTest::newRow("link-local v4") << "169.254.169.254" << false;
        QTest::newRow("shared 100.64/10") << "100.64.0.1" << false;
        QTest::newRow("unspecified") << "0.0.0.0" << false;
        QTest::newRow("multicast") << "224.0.0.1" << false;
        QTest::newRow("public v6") << "2a00:1450:4001:80b::200a" << true;
        QTest::newRow("loopback v6") << "::1" << false;
        QTest::newRow("link-local v6") << "fe80::1" << false;
        QTest::newRow("unique local v6") << "fd12:3456::1" << false;
        QTest::newRow("v4-mapped private") << "::ffff:192.168.0.1" << false;
        QTest::newRow("v4-mapped public") << "::ffff:8.8.8.8" << true;
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPublic);
        QCOMPARE(isPublicAddress(boost::asio::ip::make_address(address.toStdString())), isPublic);
    }

    void retryAfter()
    {
        QCOMPARE(parseRetryAfter("120", 0), 120);
        QCOMPARE(parseRetryAfter(" 5 ", 0), 5);
        const qint64 now = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("Mon, 30 Nov 2026 10:01:30 GMT", now), 90);
        QCOMPARE(parseRetryAfter("soon", now), -1);
    }

    void refusesLoopbackAndHttpUnlessAllowed()
    {
        // Nothing needs to listen: the refusal comes before any connection.
        PushRequest request;
        request.endpoint = *PushEndpoint::parse("https://localhost:9/p", false);
        request.body = "x";
        const PushResponse refused = WebPushClient(false).send(request, std::chrono::seconds(5));
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.error.contains("no public address"), qPrintable(refused.error));
        request.endpoint = *PushEndpoint::parse("http://push.example.net/p", true);
        const PushResponse insecure = WebPushClient(false).send(request, std::chrono::seconds(5));
        QVERIFY2(insecure.error.contains("not https"), qPrintable(insecure.error));
    }

    void vapidTokenIsAnEs256Jwt()
    {
        const VapidKeys keys{*Aanwezig::Push::P256Key::generate(),
                             QStringLiteral("mailto:beheer@school.nl")};
        const QByteArray header = *keys.authorization("https://push.example.net", 1000);
        QVERIFY(header.startsWith("vapid t="));
        const QByteArray token = header.mid(8, header.indexOf(',') - 8);
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims =
            QJsonDocument::fromJson(*Aanwezig::Push::fromBase64Url(QString::fromLatin1(parts[1])))
                .object();
        QCOMPARE(claims.value("aud").toString(), QStringLiteral("https://push.example.net"));
        QCOMPARE(claims.value("exp").toInteger(), 1000 + 12 * 3600);
        QCOMPARE(claims.value("sub").toString(), QStringLiteral("mailto:beheer@school.nl"));
        QVERIFY(
            keys.key.verifyEs256(parts[0] + '.' + parts[1],
                                 *Aanwezig::Push::fromBase64Url(QString::fromLatin1(parts[2]))));
        QVERIFY(header.endsWith(", k=" + keys.publicKeyText().toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestPushSender)
#include "tst_pushsender.moc"
