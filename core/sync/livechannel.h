#pragma once

#include "backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QWebSocket;

namespace Aanwezig {

// The live channel of sync protocol v1 (GET /v1/live, see server/PROTOCOL.md):
// a WebSocket on which the server pokes the app when something this user may
// see changed. It carries no data: the sync client pulls on a poke.
//
// open() keeps the socket open until close(): a socket that drops after it
// had been open is opened again with jittered backoff (reopened() each time
// it is back). A socket that cannot be opened at all since open() (an old
// server answering 404, a proxy refusing the upgrade, no network) ends in
// unavailable() and stays closed until the next open(): the sync client
// then keeps to its interval, quietly. A close with code 4001 (the device
// was revoked) ends in revoked() and stays closed.
//
// Keepalive: the server pings (the socket answers by itself); the channel
// pings too, every `pingInterval`, and counts the socket as dropped when the
// pong has not come by the next ping (a connection that died silently, e.g.
// after a change of network).
class LiveChannel : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        BackoffPolicy backoff;
        std::chrono::milliseconds openTimeout{std::chrono::seconds(20)};
        std::chrono::milliseconds pingInterval{std::chrono::seconds(30)};
    };

    static constexpr int revokedCloseCode = 4001;

    explicit LiveChannel(Settings settings, QObject *parent = nullptr);
    ~LiveChannel() override;

    // ws:// or wss:// (for http:// or https://) with the path /v1/live under
    // the server's path.
    static QUrl liveUrl(const QUrl &server);

    // Opens the socket to `server` with the device token; nothing happens
    // while it is open, opening or waiting to reopen.
    void open(const QUrl &server, const QString &token);
    // Closes the socket and stops reopening it.
    void close();
    bool isOpen() const { return m_open; }
    // Open, opening or waiting to reopen.
    bool isWanted() const { return m_wanted; }

Q_SIGNALS:
    // The socket is open (the first time after open(), or again after a drop):
    // anything may have changed meanwhile.
    void opened();
    // The socket closed; it is opened again unless unavailable() or revoked() follows.
    void dropped();
    // The server poked: a change up to `head` committed.
    void changed(const QString &head);
    // The socket could not be opened since open(); it stays closed.
    void unavailable(const QString &reason);
    // The server closed the socket with code 4001: the device token was revoked.
    void revoked();

private:
    void connectNow();
    void onConnected();
    void onEnded();
    void onMessage(const QString &message);
    void ping();
    void discardSocket();

    Settings m_settings;
    Backoff m_backoff;
    QUrl m_server;
    QString m_token;
    QPointer<QWebSocket> m_socket;
    QTimer m_reopenTimer;
    QTimer m_openTimer;
    QTimer m_pingTimer;
    bool m_wanted = false;
    bool m_open = false;
    bool m_openedSinceOpen = false; // opened at least once since open()
    bool m_awaitingPong = false;
};

} // namespace Aanwezig
