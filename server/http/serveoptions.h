#pragma once

#include "http/requestlimits.h"
#include "sync/pairing.h"

#include <QString>
#include <boost/asio/ip/address.hpp>
#include <chrono>
#include <vector>

namespace Aanwezig::Server {

// How `serve` runs (PROTOCOL.md, "Limits"; README, "Behind nginx").
struct ServeOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080; // 0: any free port
    int threads = 8; // database workers; network I/O has a thread of its own
    QString tlsCert;
    QString tlsKey;
    PairingLimits pairing;
    // Pushes per user within the window (429 rate_limited with Retry-After
    // above it): one user's flood cannot hold every other writer back. The
    // window is a minute; tests shorten it to see the wait end.
    int pushesPerUser = 120;
    std::chrono::seconds pushRateWindow = std::chrono::minutes(1);
    RequestLimits requests;
    std::size_t maxConnections = 20000;
    std::size_t maxConnectionsPerAddress = 500;
    // X-Forwarded-For is read only from these peers (see ClientAddress).
    std::vector<boost::asio::ip::address> trustedProxies;
    // Notifications: the school's time zone for the rules is set
    // globally (notify/schoolclock.h); http:// and private push endpoints
    // are accepted only for tests.
    bool allowInsecurePushEndpoints = false;
    // Where the school is: "nl" (the Netherlands) or "be" (Flanders), told to
    // the apps in /v1/me: in Flanders a translated message is shown beside
    // the Dutch text, as Flemish rules on school communication ask.
    QString region = QStringLiteral("nl");
};

} // namespace Aanwezig::Server
