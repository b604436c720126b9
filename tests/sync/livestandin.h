#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocketProtocol>
#include <QWebSocketServer>

class QTcpSocket;
class QWebSocket;

namespace Aanwezig::SyncTest {

// The server's live endpoint, stood in for on 127.0.0.1 in front of the real
// server (whose GET /v1/live is written in parallel): a connection whose
// first request is `GET /v1/live...` is answered here, accepted as a
// WebSocket (a real QWebSocketServer) or refused with 404 as an older server
// does; every other connection is relayed byte for byte to the real server,
// so pairing, push and pull are the real ones.
class LiveStandIn : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Accept, Refuse };

    explicit LiveStandIn(quint16 upstreamPort, QObject *parent = nullptr);
    ~LiveStandIn() override;

    bool listen();
    QUrl url() const; // http://127.0.0.1:<port>

    void setMode(Mode mode) { m_mode = mode; }
    // Holds back what the app sends to the real server until released.
    void setHeld(bool held);

    int upgradeCount() const { return m_upgrades; }
    // The request line and headers (each line ending in CRLF) of the last GET /v1/live.
    QByteArray lastUpgradeRequest() const { return m_lastUpgrade; }
    int openSocketCount() const;

    void pokeAll(const QString &head);
    void closeAll(QWebSocketProtocol::CloseCode code, const QString &reason = {});

Q_SIGNALS:
    void upgradeSeen();
    void socketOpened();
    void socketClosed();

private:
    struct Relay;
    void accept();
    void route(QTcpSocket *client);
    void relay(QTcpSocket *client);
    void flush(Relay *relay);

    quint16 m_upstreamPort;
    QTcpServer m_listener;
    QWebSocketServer m_webSockets;
    QList<QPointer<QWebSocket>> m_sockets;
    QList<Relay *> m_relays;
    Mode m_mode = Mode::Accept;
    bool m_held = false;
    int m_upgrades = 0;
    QByteArray m_lastUpgrade;
};

} // namespace Aanwezig::SyncTest
