#include "proxyconnection.h"

#include "faultproxy.h"
#include "httpframing.h"

#include <QTcpSocket>
#include <QTimer>

namespace Aanwezig::Faults {

ProxyConnection::ProxyConnection(QTcpSocket *client, const QHostAddress &upstreamHost,
                                 quint16 upstreamPort, FaultProxy *proxy)
    : QObject(proxy), m_client(client), m_upstreamHost(upstreamHost), m_upstreamPort(upstreamPort),
      m_proxy(proxy)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::readClient);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxyConnection::cut);
    readClient();
}

void ProxyConnection::cut()
{
    if (m_closed)
        return;
    m_closed = true;
    m_client->abort();
    if (m_upstream)
        m_upstream->abort();
    deleteLater();
}

void ProxyConnection::readClient()
{
    m_clientBuffer += m_client->readAll();
    handleRequests();
}

void ProxyConnection::handleRequests()
{
    while (!m_waiting && !m_closed) {
        const qsizetype length = completeMessageLength(m_clientBuffer);
        if (length < 0)
            return;
        ProxiedRequest request;
        request.bytes = m_clientBuffer.left(length);
        m_clientBuffer.remove(0, length);
        const RequestLine line = parseRequestLine(request.bytes);
        request.method = line.method;
        request.path = line.path;
        handle(request, m_proxy->decide(request));
    }
}

void ProxyConnection::handle(const ProxiedRequest &request, const Fault &fault)
{
    switch (fault.kind) {
    case Fault::Kind::Pass:
        forward(request.bytes, false);
        return;
    case Fault::Kind::Delay:
        m_waiting = true;
        QTimer::singleShot(fault.delayMs, this,
                           [this, bytes = request.bytes] { resumeAfter(bytes); });
        return;
    case Fault::Kind::Drop:
        cut();
        return;
    case Fault::Kind::CutAfterRequest:
        forward(request.bytes, true);
        return;
    case Fault::Kind::Rewrite:
        forward(QByteArray(request.bytes).replace(fault.from, fault.to), false);
        return;
    case Fault::Kind::Duplicate:
        m_waiting = true;
        sendAside(request.bytes, [this, bytes = request.bytes] { resumeAfter(bytes); });
        return;
    }
}

void ProxyConnection::resumeAfter(const QByteArray &request)
{
    m_waiting = false;
    forward(request, false);
    handleRequests();
}

void ProxyConnection::forward(const QByteArray &request, bool cutOnReply)
{
    if (m_closed)
        return;
    ensureUpstream();
    m_cutOnReply = cutOnReply;
    if (m_upstream->state() == QAbstractSocket::ConnectedState)
        m_upstream->write(request);
    else
        m_unsent += request;
}

void ProxyConnection::ensureUpstream()
{
    if (m_upstream)
        return;
    m_upstream = new QTcpSocket(this);
    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        m_upstream->write(m_unsent);
        m_unsent.clear();
    });
    connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::readUpstream);
    connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::upstreamClosed);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &ProxyConnection::upstreamClosed);
    m_upstream->connectToHost(m_upstreamHost, m_upstreamPort);
}

void ProxyConnection::readUpstream()
{
    if (m_closed)
        return;
    const QByteArray reply = m_upstream->readAll();
    if (m_cutOnReply && !reply.isEmpty()) {
        cut();
        return;
    }
    m_client->write(reply);
}

void ProxyConnection::upstreamClosed()
{
    if (m_closed)
        return;
    readUpstream();
    if (m_closed)
        return;
    // The server went away: so does the client's connection, once it has
    // received what the server sent.
    m_closed = true;
    m_client->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
    else
        connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void ProxyConnection::sendAside(const QByteArray &request, const std::function<void()> &done)
{
    auto *aside = new QTcpSocket(this);
    auto reply = std::make_shared<QByteArray>();
    auto finish = [aside, done] {
        if (aside->property("finished").toBool())
            return;
        aside->setProperty("finished", true);
        aside->abort();
        aside->deleteLater();
        done();
    };
    connect(aside, &QTcpSocket::connected, aside, [aside, request] { aside->write(request); });
    connect(aside, &QTcpSocket::readyRead, aside, [aside, reply, finish] {
        *reply += aside->readAll();
        if (completeMessageLength(*reply) >= 0)
            finish();
    });
    connect(aside, &QTcpSocket::disconnected, aside, finish);
    connect(aside, &QTcpSocket::errorOccurred, aside, finish);
    aside->connectToHost(m_upstreamHost, m_upstreamPort);
}

} // namespace Aanwezig::Faults
