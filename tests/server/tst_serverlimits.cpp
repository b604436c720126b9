// What the real aanwezig-server does with abusive traffic (the limits of
// server/PROTOCOL.md): bodies too large in any framing, compressed bodies,
// huge headers, slow clients, too many connections from one address, forged
// X-Forwarded-For lines and control characters meant to forge log lines.
// Raw sockets send what an HTTP client would not.
#include "apiclient.h"
#include "rawconnection.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>
#include <atomic>
#include <thread>
#include <vector>
#include <zlib.h>

using namespace Aanwezig::Test;

namespace {

constexpr qint64 MiB = 1024 * 1024;
// The server's default cap on open connections from one address.
constexpr int connectionsPerAddress = 500;

// "POST PATH" with the given extra header lines (each ending in \r\n).
QByteArray postHead(const char *path, const QByteArray &headers)
{
    return QByteArray("POST ") + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nAanwezig-Protocol: 1\r\n"
           "Content-Type: application/json\r\n" +
           headers + "\r\n";
}

QByteArray getRequest(const QByteArray &target, const QByteArray &headers = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

// A pairing attempt with an unknown code (401 unless rate limited) and the
// given X-Forwarded-For lines, in order.
QByteArray pairingAttempt(const QList<QByteArray> &forwardedFor)
{
    const QByteArray body = R"({"code":")" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
                            R"(","device_name":"limits test"})";
    QByteArray headers = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &address : forwardedFor)
        headers += "X-Forwarded-For: " + address + "\r\n";
    return postHead("/v1/pair", headers) + body;
}

// gzip of `size` zero bytes, made piece by piece.
QByteArray gzipOfZeros(qint64 size)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(int(MiB), '\0');
    QByteArray out;
    char buffer[65536];
    for (qint64 left = size; left >= 0; left -= MiB) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(std::min(left, MiB));
        const int flush = left <= MiB ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&stream);
    return out;
}

} // namespace

class TstServerLimits : public QObject
{
    Q_OBJECT

private:
    // A fresh server on a fresh database, with extra `serve` arguments.
    std::unique_ptr<ServerProcess> startServer(const QStringList &args = {});
    // Sends request on a new connection and reads the response.
    RawResponse exchange(int port, const QByteArray &request, const char *source = "127.0.0.1");
    // The request log lines the server writes for GET /v1/case-INDEX
    // followed by payload.
    QStringList logLinesFor(ServerProcess &server, int index, const QByteArray &payload);

    TestDatabase m_database;

private slots:
    void initTestCase();
    void endlessChunkedBodyIsCutAt413();
    void hugeContentLengthIsRefusedAtOnce();
    void bodyWithoutLengthGets411();
    void compressedBodyIsRefusedNotInflated();
    void hugeHeaderBlockGets431();
    void slowClientsHoldNothingAndMeetTheDeadline();
    void oneAddressCannotTakeAllConnections();
    void forwardedForCountsOnlyWhatTheTrustedProxyAdded();
    void controlCharactersCannotForgeLogLines();
};

void TstServerLimits::initTestCase()
{
    QVERIFY2(m_database.isValid(), qPrintable(m_database.errorString()));
}

std::unique_ptr<ServerProcess> TstServerLimits::startServer(const QStringList &args)
{
    auto server = std::make_unique<ServerProcess>(QStringLiteral(AANWEZIG_SERVER_BIN));
    if (!server->start(m_database.url(), args))
        qWarning("the server did not start: %s", qPrintable(server->errorString()));
    return server;
}

RawResponse TstServerLimits::exchange(int port, const QByteArray &request, const char *source)
{
    RawConnection connection;
    if (!connection.connect(port, source))
        return {};
    connection.send(request);
    return connection.readResponse(5000);
}

void TstServerLimits::endlessChunkedBodyIsCutAt413()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    const qint64 before = server->residentKiB();
    RawConnection connection;
    QVERIFY(connection.connect(server->port()));
    QVERIFY(connection.send(postHead("/v1/pair", "Transfer-Encoding: chunked\r\n")));
    // 300 MiB in chunks of 64 KiB, until the server answers or closes.
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
    qint64 sent = 0;
    while (sent < 300 * MiB && connection.send(chunk, 10000))
        sent += 0x10000;
    if (sent == 300 * MiB)
        connection.send("0\r\n\r\n");
    const RawResponse response = connection.readResponse(10000);
    const qint64 growthKiB = server->peakResidentKiB() - before;
    qInfo("sent %lld MiB before the answer; server memory grew %lld KiB", sent / MiB, growthKiB);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), QStringLiteral("payload_too_large"));
    QVERIFY(connection.waitForClose(5000));
    QVERIFY2(growthKiB < 50 * 1024, qPrintable(QString::number(growthKiB)));
}

void TstServerLimits::hugeContentLengthIsRefusedAtOnce()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    RawConnection connection;
    QVERIFY(connection.connect(server->port()));
    QElapsedTimer timer;
    timer.start();
    // The body is never sent: the answer must come from the header alone.
    QVERIFY(connection.send(postHead("/v1/pair", "Content-Length: 100000000000\r\n")));
    const RawResponse response = connection.readResponse(2000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.errorCode(), QStringLiteral("payload_too_large"));
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(connection.waitForClose(2000));
}

void TstServerLimits::bodyWithoutLengthGets411()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    RawConnection connection;
    QVERIFY(connection.connect(server->port()));
    QVERIFY(connection.send(postHead("/v1/pair", {}) + R"({"code":"AAAA-BBBB-CCCC"})"));
    const RawResponse response = connection.readResponse(5000);
    QCOMPARE(response.status, 411);
    QCOMPARE(response.errorCode(), QStringLiteral("length_required"));
    QVERIFY(connection.waitForClose(2000));
}

void TstServerLimits::compressedBodyIsRefusedNotInflated()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    const QByteArray body = gzipOfZeros(300 * MiB); // about 300 KB
    QVERIFY(body.size() < MiB);
    const qint64 before = server->residentKiB();
    const RawResponse response = exchange(
        server->port(), postHead("/v1/pair", "Content-Encoding: gzip\r\nContent-Length: " +
                                                 QByteArray::number(body.size()) + "\r\n") +
                            body);
    const qint64 growthKiB = server->peakResidentKiB() - before;
    qInfo("server memory grew %lld KiB", growthKiB);
    QCOMPARE(response.status, 415);
    QCOMPARE(response.errorCode(), QStringLiteral("unsupported_encoding"));
    QVERIFY2(growthKiB < 50 * 1024, qPrintable(QString::number(growthKiB)));
}

void TstServerLimits::hugeHeaderBlockGets431()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    QByteArray headers;
    for (int i = 0; i < 80; ++i) // 80 lines of about 1 KiB
        headers += "X-Padding-" + QByteArray::number(i) + ": " + QByteArray(1000, 'p') + "\r\n";
    RawConnection connection;
    QVERIFY(connection.connect(server->port()));
    connection.send(getRequest("/v1/health", headers)); // may be cut short by the answer
    const RawResponse response = connection.readResponse(5000);
    QCOMPARE(response.status, 431);
    QCOMPARE(response.errorCode(), QStringLiteral("headers_too_large"));
    QVERIFY(connection.waitForClose(2000));
}

void TstServerLimits::slowClientsHoldNothingAndMeetTheDeadline()
{
    constexpr int deadlineSeconds = 3;
    auto server =
        startServer({QStringLiteral("--request-timeout"), QString::number(deadlineSeconds)});
    QVERIFY(server->isRunning());
    // 200 clients that each send one header line every half second and
    // never finish their request.
    std::vector<RawConnection> slow(200);
    QElapsedTimer sinceStart;
    sinceStart.start();
    for (RawConnection &connection : slow) {
        QVERIFY(connection.connect(server->port()));
        QVERIFY(connection.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    }
    // Meanwhile another client checks the server's health, on a new
    // connection each time.
    std::atomic<bool> done = false;
    std::atomic<qint64> slowestHealthMs = 0;
    std::atomic<int> failedHealth = 0;
    std::thread checker([&] {
        while (!done) {
            QElapsedTimer timer;
            timer.start();
            ApiClient api(server->baseUrl(), 2);
            if (api.get(QStringLiteral("/v1/health")).status != 200)
                ++failedHealth;
            slowestHealthMs = std::max<qint64>(slowestHealthMs, timer.elapsed());
            std::this_thread::sleep_for(std::chrono::milliseconds(100)); // pace, not sync
        }
    });
    // Trickle until every slow client is closed, or well past the deadline.
    const qint64 giveUpMs = (deadlineSeconds + 3) * 1000;
    int open = 0;
    for (int line = 0;; ++line) {
        open = 0;
        for (RawConnection &connection : slow) {
            if (connection.waitForClose(0))
                continue;
            ++open;
            connection.send("X-Slow-" + QByteArray::number(line) + ": 1\r\n", 0);
        }
        if (open == 0 || sinceStart.elapsed() > giveUpMs)
            break;
        QTest::qWait(500); // the trickle's pace
    }
    const qint64 allClosedMs = sinceStart.elapsed();
    done = true;
    checker.join();
    qInfo("slow clients still open: %d after %lld ms; slowest health check %lld ms, %d failed",
          open, allClosedMs, qint64(slowestHealthMs), int(failedHealth));
    QCOMPARE(failedHealth, 0);
    QVERIFY(slowestHealthMs < 1000);
    QCOMPARE(open, 0);
    QVERIFY(allClosedMs < (deadlineSeconds + 2) * 1000);
}

void TstServerLimits::oneAddressCannotTakeAllConnections()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    std::vector<RawConnection> held(connectionsPerAddress);
    for (RawConnection &connection : held)
        QVERIFY(connection.connect(server->port()));
    // One more from the same address: 503 and closed.
    RawConnection extra;
    QVERIFY(extra.connect(server->port()));
    extra.send(getRequest("/v1/health"));
    const RawResponse refused = extra.readResponse(3000);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), QStringLiteral("too_many_connections"));
    QVERIFY(extra.waitForClose(2000));
    // Another address is still served.
    const RawResponse other = exchange(server->port(), getRequest("/v1/health"), "127.0.0.2");
    QCOMPARE(other.status, 200);
    // Once the address lets go of its connections, it is served again.
    held.clear();
    ApiClient api(server->baseUrl(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(api.get(QStringLiteral("/v1/health")).status, 200, 5000);
}

void TstServerLimits::forwardedForCountsOnlyWhatTheTrustedProxyAdded()
{
    // 127.0.0.2 is the proxy; two pairing attempts per address and minute.
    auto server = startServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.2"),
                               QStringLiteral("--pair-rate-address"), QStringLiteral("2")});
    QVERIFY(server->isRunning());
    const int port = server->port();
    const auto viaProxy = [&](QByteArray forged, QByteArray added) {
        return exchange(port, pairingAttempt({forged, added}), "127.0.0.2").status;
    };
    // A client forges a new first line each time; the proxy's line (the
    // last) names it.
    QCOMPARE(viaProxy("10.9.0.1", "10.0.0.1"), 401);
    QCOMPARE(viaProxy("10.9.0.2", "10.0.0.1"), 401);
    QCOMPARE(viaProxy("10.9.0.3", "10.0.0.1"), 429);
    // Another client of the proxy is not held up, even when it names the
    // first one.
    QCOMPARE(viaProxy("10.0.0.1", "10.0.0.2"), 401);
    // What is not an address counts as the proxy itself.
    QCOMPARE(viaProxy("10.0.0.3", "not-an-address"), 401);
    QCOMPARE(viaProxy("10.0.0.3", "not-an-address"), 401);
    QCOMPARE(viaProxy("10.0.0.3", "not-an-address"), 429);
    // A peer that is not a trusted proxy cannot name another address.
    const auto direct = [&](QByteArray forged) {
        return exchange(port, pairingAttempt({forged}), "127.0.0.1").status;
    };
    QCOMPARE(direct("10.8.0.1"), 401);
    QCOMPARE(direct("10.8.0.2"), 401);
    QCOMPARE(direct("10.8.0.3"), 429);
}

QStringList TstServerLimits::logLinesFor(ServerProcess &server, int index,
                                         const QByteArray &payload)
{
    // Lines are written after the answer, so they may come in any order:
    // the case's own lines are told apart by its path, and a later request
    // marks that the server is done with the case.
    const qsizetype start = server.log().size();
    const QString casePath = QStringLiteral("/v1/case-%1").arg(index);
    exchange(server.port(), getRequest(casePath.toLatin1() + payload));
    const QString marker = QStringLiteral("/v1/end-of-case-%1").arg(index);
    exchange(server.port(), getRequest(marker.toLatin1()));
    QDeadlineTimer deadline(3000);
    while (!deadline.hasExpired() && !(server.log().mid(start).contains(marker) &&
                                       server.log().mid(start).contains(casePath)))
        QTest::qWait(20);
    QStringList lines;
    for (const QString &line :
         server.log().mid(start).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.contains(marker) && !line.contains(QLatin1String("/v1/health ")))
            lines.append(line); // not the marker, nor the health check of the start
    }
    return lines;
}

void TstServerLimits::controlCharactersCannotForgeLogLines()
{
    auto server = startServer();
    QVERIFY(server->isRunning());
    static const QRegularExpression controlCharacter(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    const QList<QByteArray> payloads{
        "%0aGET%20/v1/admin%20200%200ms%20user=admin",
        "%0d%0aGET%20/v1/admin%20200%200ms%20user=admin",
        "\x1b[2K\rforged",
        "\x01",
    };
    for (int i = 0; i < payloads.size(); ++i) {
        const QStringList lines = logLinesFor(*server, i, payloads.at(i));
        QVERIFY2(lines.size() == 1, qPrintable(QStringLiteral("case %1 wrote %2 lines: %3")
                                                   .arg(i)
                                                   .arg(lines.size())
                                                   .arg(lines.join(QLatin1String(" | ")))));
        QVERIFY2(!lines.first().contains(controlCharacter),
                 qPrintable(QStringLiteral("case %1: %2").arg(i).arg(lines.first())));
    }
}

QTEST_GUILESS_MAIN(TstServerLimits)
#include "tst_serverlimits.moc"
