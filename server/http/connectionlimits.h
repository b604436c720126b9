#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace Aanwezig::Server {

// Caps the open connections, in total and per client address, so that no
// one address can take the server (PROTOCOL.md, "Limits").
class ConnectionLimits
{
public:
    ConnectionLimits(std::size_t maxTotal, std::size_t maxPerAddress)
        : m_maxTotal(maxTotal), m_maxPerAddress(maxPerAddress)
    {}

    // Counts one open connection for as long as it lives.
    class Ticket
    {
    public:
        Ticket(ConnectionLimits &limits, std::string address)
            : m_limits(limits), m_address(std::move(address))
        {}
        ~Ticket() { m_limits.release(m_address); }
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;

    private:
        ConnectionLimits &m_limits;
        std::string m_address;
    };

    // A ticket for one more connection from `address`, or null when that
    // would pass a cap.
    std::unique_ptr<Ticket> tryOpen(const std::string &address);

    std::size_t openConnections() const;

private:
    void release(const std::string &address);

    const std::size_t m_maxTotal;
    const std::size_t m_maxPerAddress;
    mutable std::mutex m_mutex;
    std::size_t m_total = 0;
    std::unordered_map<std::string, std::size_t> m_perAddress;
};

} // namespace Aanwezig::Server
