#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QWebSocket>

namespace Aanwezig::Test {

// A client of the server's live channel (GET /v1/live, PROTOCOL.md) for
// tests: opens the WebSocket with a device token and keeps the heads of the
// pokes it receives. Its signals need a running event loop (QTRY_*).
class LiveClient : public QObject
{
    Q_OBJECT

public:
    // baseUrl: http://HOST:PORT (ws:// is derived from it).
    LiveClient(const QString &baseUrl, const QString &token, QObject *parent = nullptr);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }
    QString errorString() const { return m_socket.errorString(); }
    // The heads of the pokes received so far, in order; anything that was not
    // a poke is kept as "invalid: TEXT".
    const QList<QString> &heads() const { return m_heads; }

private:
    QWebSocket m_socket;
    QList<QString> m_heads;
    bool m_closed = false;
};

} // namespace Aanwezig::Test
