#pragma once

#include <boost/asio/ip/address.hpp>
#include <string_view>
#include <vector>

namespace Aanwezig::Server {

// Who a request comes from. Behind reverse proxies the TCP peer is a proxy:
// X-Forwarded-For is read only when the peer is one of the trusted proxies;
// all its header lines are taken together, in order; the client is the
// right-most address that is not a trusted proxy, and it must parse as an IP
// address (otherwise the peer counts). A client that is not a trusted proxy
// cannot set its address at all.
class ClientAddress
{
public:
    explicit ClientAddress(std::vector<boost::asio::ip::address> trustedProxies = {})
        : m_trustedProxies(std::move(trustedProxies))
    {}

    bool isTrustedProxy(const boost::asio::ip::address &address) const;

    // forwardedFor: the X-Forwarded-For header lines in the order received.
    boost::asio::ip::address resolve(const boost::asio::ip::address &peer,
                                     const std::vector<std::string_view> &forwardedFor) const;

private:
    std::vector<boost::asio::ip::address> m_trustedProxies;
};

// The address with an IPv4-mapped IPv6 address written as IPv4.
boost::asio::ip::address normalised(const boost::asio::ip::address &address);

} // namespace Aanwezig::Server
