#pragma once

#include "http/requestlimits.h"
#include "sync/pairing.h"

#include <QString>
#include <boost/asio/ip/address.hpp>
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
    RequestLimits requests;
    std::size_t maxConnections = 20000;
    std::size_t maxConnectionsPerAddress = 500;
    // X-Forwarded-For is read only from these peers (see ClientAddress).
    std::vector<boost::asio::ip::address> trustedProxies;
    // Where the school is: "nl" (the Netherlands) or "be" (Flanders), told to
    // the apps in /v1/me: in Flanders a translated message is shown beside
    // the Dutch text, as Flemish rules on school communication ask.
    QString region = QStringLiteral("nl");
};

} // namespace Aanwezig::Server
