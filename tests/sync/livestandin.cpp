#include "livestandin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>

namespace Aanwezig::SyncTest {

// One relayed connection: the app's socket and the real server's.
struct LiveStandIn::Relay
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray waiting; // from the app, not yet sent to the server
};

LiveStandIn::LiveStandIn(quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort),
      m_webSockets(QStringLiteral("live stand-in"), QWebSocketServer::NonSecureMode)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &LiveStandIn::accept);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_webSockets.nextPendingConnection()) {
            socket->setParent(this);
            m_sockets.append(socket);
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_sockets.removeAll(socket);
                socket->deleteLater();
                Q_EMIT socketClosed();
            });
            Q_EMIT socketOpened();
        }
    });
}

LiveStandIn::~LiveStandIn()
{
    // The sockets go with this object; none of them may reach a relay first.
    for (Relay *relay : std::as_const(m_relays)) {
        for (QTcpSocket *socket : {relay->client.data(), relay->upstream.data()}) {
            if (socket)
                socket->disconnect(this);
        }
        delete relay;
    }
    for (const QPointer<QWebSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->disconnect(this);
    }
}

bool LiveStandIn::listen()
{
    return m_listener.listen(QHostAddress::LocalHost);
}

QUrl LiveStandIn::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void LiveStandIn::setHeld(bool held)
{
    m_held = held;
    if (!held) {
        for (Relay *relay : std::as_const(m_relays))
            flush(relay);
    }
}

int LiveStandIn::openSocketCount() const
{
    int open = 0;
    for (const QPointer<QWebSocket> &socket : m_sockets)
        open += socket && socket->state() == QAbstractSocket::ConnectedState;
    return open;
}

void LiveStandIn::pokeAll(const QString &head)
{
    const QJsonObject poke{{QStringLiteral("type"), QStringLiteral("changed")},
                           {QStringLiteral("head"), head}};
    const QString text = QString::fromUtf8(QJsonDocument(poke).toJson(QJsonDocument::Compact));
    for (const QPointer<QWebSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->sendTextMessage(text);
    }
}

void LiveStandIn::closeAll(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    const QList<QPointer<QWebSocket>> sockets = m_sockets;
    for (const QPointer<QWebSocket> &socket : sockets) {
        if (socket)
            socket->close(code, reason);
    }
}

void LiveStandIn::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { route(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

// Decides once the request line is in; peeks, so the bytes stay for whoever takes over.
void LiveStandIn::route(QTcpSocket *client)
{
    const QByteArray start = client->peek(4096);
    const qsizetype lineEnd = start.indexOf("\r\n");
    if (lineEnd < 0)
        return;
    client->disconnect(this);
    if (!start.startsWith("GET /v1/live")) {
        relay(client);
        return;
    }
    ++m_upgrades;
    const qsizetype headersEnd = start.indexOf("\r\n\r\n");
    m_lastUpgrade = headersEnd < 0 ? start : start.left(headersEnd + 2);
    Q_EMIT upgradeSeen();
    if (m_mode == Mode::Refuse) {
        client->readAll();
        const QByteArray body = R"({"error":{"code":"not_found","message":"No such path."}})";
        client->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        client->disconnectFromHost();
        return;
    }
    m_webSockets.handleConnection(client);
}

void LiveStandIn::relay(QTcpSocket *client)
{
    auto *relay = new Relay{client, new QTcpSocket(this), {}};
    m_relays.append(relay);
    QTcpSocket *upstream = relay->upstream;
    auto end = [this, relay] {
        if (!m_relays.removeOne(relay))
            return;
        if (relay->client)
            relay->client->disconnectFromHost();
        if (relay->upstream) {
            relay->upstream->disconnectFromHost();
            relay->upstream->deleteLater();
        }
        delete relay;
    };
    connect(client, &QTcpSocket::readyRead, this, [this, relay] {
        relay->waiting += relay->client->readAll();
        flush(relay);
    });
    connect(upstream, &QTcpSocket::connected, this, [this, relay] { flush(relay); });
    connect(upstream, &QTcpSocket::readyRead, this, [relay] {
        if (relay->client)
            relay->client->write(relay->upstream->readAll());
    });
    connect(client, &QTcpSocket::disconnected, this, end);
    connect(upstream, &QTcpSocket::disconnected, this, end);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    relay->waiting += client->readAll();
}

void LiveStandIn::flush(Relay *relay)
{
    if (m_held || !relay->upstream || relay->upstream->state() != QAbstractSocket::ConnectedState ||
        relay->waiting.isEmpty())
        return;
    relay->upstream->write(std::exchange(relay->waiting, {}));
}

} // namespace Aanwezig::SyncTest
