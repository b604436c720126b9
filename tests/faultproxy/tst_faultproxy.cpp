#include "faultproxy.h"
#include "httpframing.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Aanwezig::Faults;

namespace {

// A tiny HTTP server for the proxy to stand in front of: it answers request
// number n with the body "n", on keep-alive connections.
class CountingServer : public QObject
{
    Q_OBJECT
public:
    CountingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }
    quint16 port() const { return m_server.serverPort(); }

Q_SIGNALS:
    void requestReceived(const QByteArray &request);

public:
    int requests() const { return m_requests; }
    void stop() { m_server.close(); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype length;
        while ((length = completeMessageLength(buffer)) >= 0) {
            Q_EMIT requestReceived(buffer.left(length));
            buffer.remove(0, length);
            const QByteArray body = QByteArray::number(++m_requests);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

struct Outcome
{
    bool answered; // false: the connection closed without a whole reply
    QByteArray body;
};

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<CountingServer>();
        m_proxy = std::make_unique<FaultProxy>();
        m_proxy->setUpstream(m_server->port());
        QVERIFY(m_proxy->listen());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_server.reset();
    }

    void passesRequestsAndReplies()
    {
        QSignalSpy seen(m_proxy.get(), &FaultProxy::requestSeen);
        const Outcome first = post("/v1/sync/push", "{}");
        QCOMPARE(first.answered, true);
        QCOMPARE(first.body, QByteArray("1"));
        QCOMPARE(get("/v1/health").body, QByteArray("2"));
        QCOMPARE(seen.size(), 2);
        const auto request = seen.at(0).at(0).value<ProxiedRequest>();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/sync/push"));
        QCOMPARE(m_proxy->requestCount(), 2);
    }

    void delaysARequest()
    {
        m_proxy->setFault(Fault::delay(300));
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = get("/slow");
        QCOMPARE(outcome.answered, true);
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(m_server->requests(), 1);
    }

    void dropsARequestBeforeTheServerSeesIt()
    {
        m_proxy->setFault(Fault::drop());
        const Outcome outcome = post("/v1/sync/push", "{}");
        QVERIFY(!outcome.answered);
        QCOMPARE(m_server->requests(), 0);
    }

    void cutsAfterTheServerDidTheWork()
    {
        m_proxy->setFault(Fault::cutAfterRequest());
        const Outcome outcome = post("/v1/sync/push", "{\"a\":1}");
        QVERIFY(!outcome.answered);
        QCOMPARE(m_server->requests(), 1); // done by the server, never heard of by the client
    }

    void sendsARequestTwice()
    {
        m_proxy->setFault(Fault::duplicate());
        const Outcome outcome = post("/v1/sync/push", "{\"a\":1}");
        QCOMPARE(outcome.answered, true);
        QCOMPARE(outcome.body, QByteArray("2")); // the client hears the second answer
        QCOMPARE(m_server->requests(), 2);
    }

    void rewritesARequest()
    {
        QSignalSpy seen(m_server.get(), &CountingServer::requestReceived);
        m_proxy->setFault(Fault::rewrite("/old", "/new"));
        QCOMPARE(get("/old/path").answered, true);
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().first().toByteArray().startsWith("GET /new/path "));
    }

    void queuedFaultsComeFirst()
    {
        m_proxy->queueFaults({Fault::drop(), Fault::duplicate()});
        QVERIFY(!get("/a").answered);
        QCOMPARE(get("/b").body, QByteArray("2"));
        QCOMPARE(get("/c").body, QByteArray("3")); // back to passing
        QCOMPARE(m_server->requests(), 3);
    }

    void ruleSeesThePath()
    {
        m_proxy->setRule([](const ProxiedRequest &request) {
            return request.path.startsWith("/v1/sync/pull") ? Fault::drop() : Fault::pass();
        });
        QVERIFY(!get("/v1/sync/pull?cursor=1").answered);
        QCOMPARE(get("/v1/me").answered, true);
        QCOMPARE(m_server->requests(), 1);
    }

    void cutAllConnectionsClosesOpenOnes()
    {
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, m_proxy->port());
        QTRY_COMPARE(m_proxy->openConnectionCount(), 1);
        m_proxy->cutAllConnections();
        QCOMPARE(m_proxy->openConnectionCount(), 0);
        QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(get("/b").answered, true); // a new connection works
    }

    void serverDownIsANetworkError()
    {
        m_server.reset();
        QVERIFY(!get("/a").answered);
    }

private:
    // Sends one request on a fresh connection, as a plain HTTP client (no
    // automatic resending), and reads the reply until it is complete or the
    // connection closes.
    Outcome exchange(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        QTcpSocket socket;
        QByteArray reply;
        bool closed = false;
        connect(&socket, &QTcpSocket::connected, &socket, [&] {
            socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
        connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
        const bool ended =
            QTest::qWaitFor([&] { return closed || completeMessageLength(reply) >= 0; }, 10000);
        if (!ended || completeMessageLength(reply) < 0)
            return {false, {}};
        return {true, reply.mid(reply.indexOf("\r\n\r\n") + 4)};
    }

    Outcome get(const QByteArray &path) { return exchange("GET", path); }
    Outcome post(const QByteArray &path, const QByteArray &body)
    {
        return exchange("POST", path, body);
    }

    std::unique_ptr<CountingServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
