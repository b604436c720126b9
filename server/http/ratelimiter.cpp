#include "http/ratelimiter.h"

#include "http/clientaddress.h"

#include <algorithm>

namespace Aanwezig::Server {

bool RateLimiter::tryAcquire(const QString &key, Clock::time_point now, int *retryAfterSeconds)
{
    std::lock_guard lock(m_mutex);
    auto it = m_attempts.find(key);
    if (it == m_attempts.end()) {
        if (m_attempts.size() >= m_maxKeys)
            makeRoom(now);
        it = m_attempts.insert(key, {});
    }
    std::deque<Clock::time_point> &attempts = *it;
    while (!attempts.empty() && now - attempts.front() >= m_window)
        attempts.pop_front();
    if (int(attempts.size()) >= m_limit) {
        const auto wait =
            std::chrono::ceil<std::chrono::seconds>(attempts.front() + m_window - now);
        *retryAfterSeconds = std::max(1, int(wait.count()));
        return false;
    }
    attempts.push_back(now);
    return true;
}

int RateLimiter::keyCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_attempts.size());
}

void RateLimiter::makeRoom(Clock::time_point now)
{
    for (auto it = m_attempts.begin(); it != m_attempts.end();) {
        if (it->empty() || now - it->back() >= m_window)
            it = m_attempts.erase(it);
        else
            ++it;
    }
    if (m_attempts.size() < m_maxKeys)
        return;
    // Every key is active: the one whose last attempt is oldest goes.
    auto oldest = m_attempts.begin();
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        if (it->back() < oldest->back())
            oldest = it;
    }
    m_attempts.erase(oldest);
}

QString rateLimitKey(const QString &address)
{
    boost::system::error_code error;
    const auto host = normalised(boost::asio::ip::make_address(address.toStdString(), error));
    if (error)
        return address;
    if (host.is_v4())
        return QString::fromStdString(host.to_string());
    auto bytes = host.to_v6().to_bytes();
    std::fill(bytes.begin() + 8, bytes.end(), 0);
    return QString::fromStdString(boost::asio::ip::make_address_v6(bytes).to_string()) +
           QStringLiteral("/64");
}

} // namespace Aanwezig::Server
