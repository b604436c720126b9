#pragma once

#include "http/clientaddress.h"
#include "http/connectionlimits.h"
#include "http/router.h"
#include "http/serveoptions.h"
#include "sync/livehub.h"

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <optional>

namespace Aanwezig::Server {

// What every connection of one server shares: the limits, the router, the
// network thread's I/O context, the pool of database worker threads and the
// live channel's hub.
struct ServerContext
{
    explicit ServerContext(const ServeOptions &options)
        : requestLimits(options.requests),
          connections(options.maxConnections, options.maxConnectionsPerAddress),
          clientAddress(options.trustedProxies),
          router(options.pairing, options.pushesPerUser, options.pushRateWindow, options.region,
                 options.allowInsecurePushEndpoints),
          workers(std::size_t(options.threads)), live(io, workers)
    {}
    // The workers post to the network thread and use the hub: they finish
    // first. Then the members go in reverse order, the connections (which
    // hand their tickets back) with the I/O context.
    ~ServerContext()
    {
        workers.stop();
        workers.join();
    }

    const RequestLimits requestLimits;
    ConnectionLimits connections;
    const ClientAddress clientAddress;
    Router router;
    std::optional<net::ssl::context> tls;
    std::atomic<std::uint64_t> lastRequestId{0};
    net::io_context io{1};
    net::thread_pool workers;
    LiveHub live;
};

} // namespace Aanwezig::Server
