#pragma once

#include "rawconnection.h"

#include <vector>

namespace Aanwezig::Bench {

// Many keep-alive connections to a server on 127.0.0.1 held open at once,
// each idle after one answered GET /v1/health.
class IdleConnections
{
public:
    // Opens `count` connections to the port (for at most timeoutMs), then
    // waits at most timeoutMs more for their answers. Returns how many were
    // answered with 200.
    int open(int port, int count, int timeoutMs);
    int opened() const { return int(m_connections.size()); }
    // How many of them the server has not closed.
    int stillOpen();
    void closeAll() { m_connections.clear(); }

private:
    std::vector<Test::RawConnection> m_connections;
};

} // namespace Aanwezig::Bench
