#pragma once

#include "fault.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace Aanwezig::Faults {

class ProxyConnection;

// A fault-injecting HTTP proxy on 127.0.0.1 between a client and a real
// server: every request it reads from a client is passed, delayed, dropped,
// cut after it reached the server, or sent twice, as the test decides.
// It runs in the thread that created it, on that thread's event loop.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    using Rule = std::function<Fault(const ProxiedRequest &)>;

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 (port 0: a free one). False when it cannot.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>
    void setUpstream(quint16 port, const QHostAddress &host = QHostAddress::LocalHost);

    // Decides the fault of every request (default: pass).
    void setRule(Rule rule);
    void setFault(Fault fault);
    // The next requests get these faults, in order, before the rule applies again.
    void queueFaults(const QList<Fault> &faults);
    // Closes every open client and server connection at once.
    void cutAllConnections();

    int requestCount() const { return m_requestCount; }
    int openConnectionCount() const;

Q_SIGNALS:
    // A request was read from a client and given this fault.
    void requestSeen(const Aanwezig::Faults::ProxiedRequest &request,
                     const Aanwezig::Faults::Fault &fault);

private:
    friend class ProxyConnection;
    Fault decide(const ProxiedRequest &request);
    void accept();

    QTcpServer m_server;
    QHostAddress m_upstreamHost = QHostAddress::LocalHost;
    quint16 m_upstreamPort = 0;
    Rule m_rule;
    QQueue<Fault> m_queued;
    QList<QPointer<ProxyConnection>> m_connections;
    int m_requestCount = 0;
};

} // namespace Aanwezig::Faults
