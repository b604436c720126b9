// The server's HTTP layer in isolation: the pairing rate limiter (IPv6 per
// /64, bounded memory), the client address behind trusted proxies, the
// request limits on Beast's parser and the log's escaping.
#include "http/clientaddress.h"
#include "http/ratelimiter.h"
#include "http/requestlimits.h"
#include "http/requestlog.h"

#include <QtTest>

using namespace Aanwezig::Server;
namespace ip = boost::asio::ip;

class TstHttpLayer : public QObject
{
    Q_OBJECT

private slots:
    void rateLimiterCountsPerKeyWithinAMinute();
    void rateLimiterEvictsExpiredKeysFirst();
    void rateLimiterStaysBoundedWithoutResettingActiveKeys();
    void ipv6ClientsCountPerSlash64();
    void forwardedForIsReadOnlyFromTrustedProxies();
    void rightMostUntrustedAddressIsTheClient();
    void forwardedGarbageFallsBackToThePeer();
    void headerLimitGives431();
    void bodyLimitHoldsForChunkedBodies();
    void contentLengthOverTheLimitIsRefusedAtTheHeader();
    void encodedBodyGets415AndUnframedBodyGets411();
    void logEscapesControlCharacters();
};

namespace {

using Clock = RateLimiter::Clock;

// Feeds raw bytes to a parser with the server's limits; the error it ends on.
beast::error_code parse(RequestParser &parser, std::string_view bytes)
{
    applyLimits(parser);
    beast::error_code error;
    while (!bytes.empty() && !parser.is_done()) {
        const std::size_t used = parser.put(net::buffer(bytes.data(), bytes.size()), error);
        if (error == http::error::need_more) {
            error = {};
            break;
        }
        if (error)
            break;
        bytes.remove_prefix(used);
        if (used == 0)
            break;
    }
    return error;
}

std::vector<std::string_view> lines(std::initializer_list<std::string_view> list)
{
    return std::vector<std::string_view>(list);
}

} // namespace

void TstHttpLayer::rateLimiterCountsPerKeyWithinAMinute()
{
    RateLimiter limiter(2);
    const Clock::time_point t0 = Clock::now();
    int retry = 0;
    QVERIFY(limiter.tryAcquire(QStringLiteral("a"), t0, &retry));
    QVERIFY(limiter.tryAcquire(QStringLiteral("a"), t0 + std::chrono::seconds(10), &retry));
    QVERIFY(!limiter.tryAcquire(QStringLiteral("a"), t0 + std::chrono::seconds(20), &retry));
    QCOMPARE(retry, 40);
    QVERIFY(limiter.tryAcquire(QStringLiteral("b"), t0 + std::chrono::seconds(20), &retry));
    QVERIFY(limiter.tryAcquire(QStringLiteral("a"), t0 + std::chrono::seconds(60), &retry));
}

void TstHttpLayer::rateLimiterEvictsExpiredKeysFirst()
{
    RateLimiter limiter(1, 3);
    const Clock::time_point t0 = Clock::now();
    int retry = 0;
    QVERIFY(limiter.tryAcquire(QStringLiteral("old1"), t0, &retry));
    QVERIFY(limiter.tryAcquire(QStringLiteral("old2"), t0, &retry));
    const auto later = t0 + std::chrono::seconds(50);
    QVERIFY(limiter.tryAcquire(QStringLiteral("active"), later, &retry));
    // A new key after the old ones expired: they go, the active one stays limited.
    const auto now = t0 + std::chrono::seconds(70);
    QVERIFY(limiter.tryAcquire(QStringLiteral("new"), now, &retry));
    QCOMPARE(limiter.keyCount(), 2);
    QVERIFY(!limiter.tryAcquire(QStringLiteral("active"), now, &retry));
}

void TstHttpLayer::rateLimiterStaysBoundedWithoutResettingActiveKeys()
{
    RateLimiter limiter(1, 100);
    const Clock::time_point t0 = Clock::now();
    int retry = 0;
    QVERIFY(limiter.tryAcquire(QStringLiteral("held"), t0 + std::chrono::seconds(30), &retry));
    for (int i = 0; i < 10000; ++i) {
        // Other addresses, each older than "held" by its last attempt.
        limiter.tryAcquire(QStringLiteral("k%1").arg(i), t0 + std::chrono::milliseconds(i), &retry);
        QVERIFY(limiter.keyCount() <= 100);
    }
    // The most recently active keys are still counted: "held" is not reset.
    QVERIFY(!limiter.tryAcquire(QStringLiteral("held"), t0 + std::chrono::seconds(31), &retry));
}

void TstHttpLayer::ipv6ClientsCountPerSlash64()
{
    QCOMPARE(rateLimitKey(QStringLiteral("2001:db8:1:2:aaaa::1")),
             rateLimitKey(QStringLiteral("2001:db8:1:2:bbbb:cccc:dddd:eeee")));
    QVERIFY(rateLimitKey(QStringLiteral("2001:db8:1:2::1")) !=
            rateLimitKey(QStringLiteral("2001:db8:1:3::1")));
    QCOMPARE(rateLimitKey(QStringLiteral("192.0.2.7")), QStringLiteral("192.0.2.7"));
    QCOMPARE(rateLimitKey(QStringLiteral("::ffff:192.0.2.7")), QStringLiteral("192.0.2.7"));
    RateLimiter limiter(2);
    int retry = 0;
    QVERIFY(limiter.tryAcquire(rateLimitKey(QStringLiteral("2001:db8::1")), &retry));
    QVERIFY(limiter.tryAcquire(rateLimitKey(QStringLiteral("2001:db8::2")), &retry));
    QVERIFY(!limiter.tryAcquire(rateLimitKey(QStringLiteral("2001:db8::3")), &retry));
}

void TstHttpLayer::forwardedForIsReadOnlyFromTrustedProxies()
{
    const ClientAddress resolver({ip::make_address("10.0.0.1")});
    const auto peer = ip::make_address("192.0.2.50");
    QCOMPARE(resolver.resolve(peer, lines({"203.0.113.9"})), peer);
    const auto proxy = ip::make_address("10.0.0.1");
    QCOMPARE(resolver.resolve(proxy, lines({"203.0.113.9"})), ip::make_address("203.0.113.9"));
    QCOMPARE(resolver.resolve(proxy, {}), proxy);
    QCOMPARE(resolver.resolve(ip::make_address("::ffff:10.0.0.1"), lines({"203.0.113.9"})),
             ip::make_address("203.0.113.9"));
}

void TstHttpLayer::rightMostUntrustedAddressIsTheClient()
{
    const ClientAddress resolver({ip::make_address("10.0.0.1"), ip::make_address("10.0.0.2")});
    const auto proxy = ip::make_address("10.0.0.1");
    // A forged first line and the proxies' own: every line counts, in order.
    QCOMPARE(resolver.resolve(proxy, lines({"198.51.100.1", "203.0.113.9, 10.0.0.2"})),
             ip::make_address("203.0.113.9"));
    QCOMPARE(resolver.resolve(proxy, lines({"198.51.100.1, 203.0.113.9"})),
             ip::make_address("203.0.113.9"));
    QCOMPARE(resolver.resolve(proxy, lines({"2001:db8::7"})), ip::make_address("2001:db8::7"));
    QCOMPARE(resolver.resolve(proxy, lines({"10.0.0.2"})), proxy);
}

void TstHttpLayer::forwardedGarbageFallsBackToThePeer()
{
    const ClientAddress resolver({ip::make_address("10.0.0.1")});
    const auto proxy = ip::make_address("10.0.0.1");
    QCOMPARE(resolver.resolve(proxy, lines({"198.51.100.1, not-an-address"})), proxy);
    QCOMPARE(resolver.resolve(proxy, lines({""})), proxy);
}

void TstHttpLayer::headerLimitGives431()
{
    RequestParser parser;
    const std::string request =
        "GET /v1/health HTTP/1.1\r\nX-Big: " + std::string(RequestLimits::maxHeaderBytes, 'a') +
        "\r\n\r\n";
    const beast::error_code error = parse(parser, request);
    QCOMPARE(error, beast::error_code(http::error::header_limit));
    const auto refusal = refusalForReadError(error);
    QVERIFY(refusal);
    QCOMPARE(refusal->status, 431);
}

void TstHttpLayer::bodyLimitHoldsForChunkedBodies()
{
    RequestParser parser;
    std::string request = "POST /nowhere HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    const std::string chunk(64 * 1024, 'x');
    for (int i = 0; i < 17; ++i)
        request += "10000\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    const beast::error_code error = parse(parser, request);
    QCOMPARE(error, beast::error_code(http::error::body_limit));
    QCOMPARE(refusalForReadError(error)->status, 413);
    QVERIFY(parser.get().body().size() <= RequestLimits::maxBodyBytes);
}

void TstHttpLayer::contentLengthOverTheLimitIsRefusedAtTheHeader()
{
    RequestParser parser;
    const beast::error_code error =
        parse(parser, "POST /v1/pair HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n");
    QVERIFY(error || parser.is_header_done());
    const auto refusal = error ? refusalForReadError(error) : refusalForHeader(parser);
    QVERIFY(refusal);
    QCOMPARE(refusal->status, 413);
}

void TstHttpLayer::encodedBodyGets415AndUnframedBodyGets411()
{
    RequestParser gzip;
    QVERIFY(!parse(gzip, "POST /v1/pair HTTP/1.1\r\nContent-Encoding: gzip\r\n"
                         "Content-Length: 5\r\n\r\n"));
    QVERIFY(gzip.is_header_done());
    QCOMPARE(refusalForHeader(gzip)->status, 415);
    QCOMPARE(refusalForHeader(gzip)->code, QStringLiteral("unsupported_encoding"));

    RequestParser identity;
    QVERIFY(!parse(identity, "POST /v1/pair HTTP/1.1\r\nContent-Encoding: identity\r\n"
                             "Content-Length: 2\r\n\r\n{}"));
    QVERIFY(!refusalForHeader(identity));

    RequestParser unframed;
    QVERIFY(!parse(unframed, "POST /v1/pair HTTP/1.1\r\nHost: x\r\n\r\n"));
    QCOMPARE(refusalForHeader(unframed)->status, 411);

    RequestParser get;
    QVERIFY(!parse(get, "GET /v1/health HTTP/1.1\r\n\r\n"));
    QVERIFY(!refusalForHeader(get));
}

void TstHttpLayer::logEscapesControlCharacters()
{
    QCOMPARE(RequestLog::loggablePath("/v1/x%0aFORGED?cursor=1"), QStringLiteral("/v1/x%0aFORGED"));
    QCOMPARE(RequestLog::loggablePath("/a\nb\x1b"), QStringLiteral("/a\\x0ab\\x1b"));
    QCOMPARE(RequestLog::loggablePath("/caf\xc3\xa9"), QStringLiteral("/caf\\xc3\\xa9"));
}

QTEST_GUILESS_MAIN(TstHttpLayer)
#include "tst_httplayer.moc"
