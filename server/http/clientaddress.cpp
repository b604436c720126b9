#include "http/clientaddress.h"

#include <algorithm>
#include <string>

namespace Aanwezig::Server {

namespace ip = boost::asio::ip;

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// The addresses of all lines, left to right.
std::vector<std::string_view> entries(const std::vector<std::string_view> &lines)
{
    std::vector<std::string_view> all;
    for (std::string_view line : lines) {
        while (true) {
            const auto comma = line.find(',');
            all.push_back(trimmed(line.substr(0, comma)));
            if (comma == std::string_view::npos)
                break;
            line.remove_prefix(comma + 1);
        }
    }
    return all;
}

} // namespace

ip::address normalised(const ip::address &address)
{
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return ip::make_address_v4(ip::v4_mapped, address.to_v6());
    return address;
}

bool ClientAddress::isTrustedProxy(const ip::address &address) const
{
    return std::find(m_trustedProxies.begin(), m_trustedProxies.end(), normalised(address)) !=
           m_trustedProxies.end();
}

ip::address ClientAddress::resolve(const ip::address &peer,
                                   const std::vector<std::string_view> &forwardedFor) const
{
    const ip::address from = normalised(peer);
    if (forwardedFor.empty() || !isTrustedProxy(from))
        return from;
    const std::vector<std::string_view> chain = entries(forwardedFor);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        boost::system::error_code error;
        const ip::address address = ip::make_address(std::string(*it), error);
        if (error)
            return from; // not an address: nothing to the left of it can be trusted
        if (!isTrustedProxy(address))
            return normalised(address);
    }
    return from;
}

} // namespace Aanwezig::Server
