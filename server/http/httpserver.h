#pragma once

#include "http/serveoptions.h"

#include <QString>
#include <memory>

namespace Aanwezig::Server {

// The HTTP API of sync protocol v1 on Boost.Beast: accepts, reads and writes
// asynchronously on one network thread, runs each request's database work on
// a fixed pool of worker threads (each with its own connection) and posts the
// reply back, so an idle or slow connection holds no thread. TLS when a
// certificate and key are given.
class HttpServer
{
public:
    explicit HttpServer(const ServeOptions &options);
    ~HttpServer();

    // Binds the address; returns the port, or -1 (with errorString()).
    int bind();
    QString errorString() const { return m_error; }
    // Serves until stop() is called (from any thread).
    bool run();
    void stop();

private:
    struct Network;

    void accept();

    ServeOptions m_options;
    std::unique_ptr<struct ServerContext> m_context;
    std::unique_ptr<Network> m_network;
    std::unique_ptr<class ChangeListener> m_otherInstances;
    QString m_error;
};

} // namespace Aanwezig::Server
