#pragma once

#include "fault.h"

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpSocket;

namespace Aanwezig::Faults {

class FaultProxy;

// One client connection through the proxy and its connection to the server.
// Requests are handled one at a time, in order; a reply is passed back as the
// server sends it.
class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    ProxyConnection(QTcpSocket *client, const QHostAddress &upstreamHost, quint16 upstreamPort,
                    FaultProxy *proxy);
    // Closes both sides at once and goes away.
    void cut();

private:
    void readClient();
    void handleRequests();
    void handle(const ProxiedRequest &request, const Fault &fault);
    // Handles the next requests once a delayed or duplicated one went out.
    void resumeAfter(const QByteArray &request);
    void forward(const QByteArray &request, bool cutOnReply);
    void ensureUpstream();
    void readUpstream();
    void upstreamClosed();
    // Sends `request` on a connection of its own, waits for its reply, then calls `done`.
    void sendAside(const QByteArray &request, const std::function<void()> &done);

    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    FaultProxy *m_proxy;
    QByteArray m_clientBuffer;
    QByteArray m_unsent; // for the server, until the connection is up
    bool m_waiting = false;
    bool m_cutOnReply = false;
    bool m_closed = false;
};

} // namespace Aanwezig::Faults
