#include "faultproxy.h"

#include "proxyconnection.h"

#include <QTcpSocket>

namespace Aanwezig::Faults {

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Fault>();
    qRegisterMetaType<ProxiedRequest>();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    cutAllConnections();
}

bool FaultProxy::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setUpstream(quint16 port, const QHostAddress &host)
{
    m_upstreamPort = port;
    m_upstreamHost = host;
}

void FaultProxy::setRule(Rule rule)
{
    m_rule = std::move(rule);
}

void FaultProxy::setFault(Fault fault)
{
    setRule([fault](const ProxiedRequest &) { return fault; });
}

void FaultProxy::queueFaults(const QList<Fault> &faults)
{
    for (const Fault &fault : faults)
        m_queued.enqueue(fault);
}

void FaultProxy::cutAllConnections()
{
    for (const QPointer<ProxyConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->cut();
    }
    m_connections.clear();
}

int FaultProxy::openConnectionCount() const
{
    return static_cast<int>(std::count_if(
        m_connections.cbegin(), m_connections.cend(),
        [](const QPointer<ProxyConnection> &connection) { return !connection.isNull(); }));
}

Fault FaultProxy::decide(const ProxiedRequest &request)
{
    ++m_requestCount;
    Fault fault;
    if (!m_queued.isEmpty())
        fault = m_queued.dequeue();
    else if (m_rule)
        fault = m_rule(request);
    Q_EMIT requestSeen(request, fault);
    return fault;
}

void FaultProxy::accept()
{
    m_connections.removeIf(
        [](const QPointer<ProxyConnection> &connection) { return connection.isNull(); });
    while (QTcpSocket *client = m_server.nextPendingConnection())
        m_connections.append(new ProxyConnection(client, m_upstreamHost, m_upstreamPort, this));
}

} // namespace Aanwezig::Faults
