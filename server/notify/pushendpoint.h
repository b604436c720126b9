#pragma once

#include <QString>
#include <boost/asio/ip/address.hpp>
#include <optional>

namespace Aanwezig::Server {

// A push subscription's endpoint URL, split for the HTTP client.
struct PushEndpoint
{
    bool https = true;
    QString host; // a name or a literal address (without IPv6 brackets)
    int port = 443;
    QString target;   // path and query
    QString audience; // scheme://host[:port], the VAPID "aud"

    // nullopt unless an absolute http(s) URL of at most 1000 characters
    // without user info or fragment. http only when allowInsecure.
    static std::optional<PushEndpoint> parse(const QString &url, bool allowInsecure);
};

// Whether a push may go to this address: not private, loopback, link-local,
// unspecified, multicast or otherwise reserved (IPv4-mapped IPv6 addresses
// are judged as the IPv4 address).
bool isPublicAddress(const boost::asio::ip::address &address);

} // namespace Aanwezig::Server
