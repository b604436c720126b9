#pragma once

#include "sync/pairing.h"

#include <QString>
#include <memory>

namespace httplib {
class Server;
}

namespace Aanwezig::Server {

struct ServeOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080; // 0: any free port
    int threads = 8;
    QString tlsCert;
    QString tlsKey;
    PairingLimits pairing;
    // Behind a reverse proxy: rate limit by the last X-Forwarded-For address.
    bool trustProxy = false;
};

// The HTTP API of sync protocol v1 on cpp-httplib: routes, JSON errors for
// everything, the protocol version check, timeouts, the body limit and one
// log line per request.
class ApiServer
{
public:
    explicit ApiServer(const ServeOptions &options);
    ~ApiServer();

    // Binds the address; returns the port, or -1 (with errorString()).
    int bind();
    QString errorString() const { return m_error; }
    // Serves until stop() is called (from any thread).
    bool run();
    void stop();

private:
    void addRoutes();

    ServeOptions m_options;
    Pairing m_pairing;
    std::unique_ptr<httplib::Server> m_http;
    QString m_error;
};

} // namespace Aanwezig::Server
