#include "http/connectionlimits.h"

namespace Aanwezig::Server {

std::unique_ptr<ConnectionLimits::Ticket> ConnectionLimits::tryOpen(const std::string &address)
{
    std::lock_guard lock(m_mutex);
    std::size_t &fromAddress = m_perAddress[address];
    if (m_total >= m_maxTotal || fromAddress >= m_maxPerAddress) {
        if (fromAddress == 0)
            m_perAddress.erase(address);
        return nullptr;
    }
    ++m_total;
    ++fromAddress;
    return std::make_unique<Ticket>(*this, address);
}

std::size_t ConnectionLimits::openConnections() const
{
    std::lock_guard lock(m_mutex);
    return m_total;
}

void ConnectionLimits::release(const std::string &address)
{
    std::lock_guard lock(m_mutex);
    --m_total;
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it->second == 0)
        m_perAddress.erase(it);
}

} // namespace Aanwezig::Server
