#include "idleconnections.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Aanwezig::Bench {

int IdleConnections::open(int port, int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const QByteArray health = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    m_connections.clear();
    m_connections.reserve(size_t(count));
    for (int i = 0; i < count && !deadline.hasExpired(); ++i) {
        Test::RawConnection connection;
        if (!connection.connect(port, "127.0.0.1", 2000) || !connection.send(health, 2000))
            break;
        m_connections.push_back(std::move(connection));
    }
    deadline.setRemainingTime(timeoutMs); // as long again for the answers
    std::vector<bool> answered(m_connections.size(), false);
    int answers = 0;
    int ok = 0;
    while (answers < int(m_connections.size()) && !deadline.hasExpired()) {
        const int before = answers;
        for (size_t i = 0; i < m_connections.size(); ++i) {
            if (answered[i] || !m_connections[i].hasNews())
                continue;
            const Test::RawResponse response = m_connections[i].readResponse(0);
            if (response.status == -1 && !m_connections[i].isClosedByPeer())
                continue; // only part of the answer yet
            answered[i] = true;
            ++answers;
            ok += response.status == 200 ? 1 : 0;
        }
        if (answers == before)
            QThread::msleep(10); // the sweep's pace while nothing comes
    }
    return ok;
}

int IdleConnections::stillOpen()
{
    int open = 0;
    for (Test::RawConnection &connection : m_connections) {
        if (!connection.waitForClose(0))
            ++open;
    }
    return open;
}

} // namespace Aanwezig::Bench
