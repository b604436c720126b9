#include "http/ratelimiter.h"

namespace Aanwezig::Server {

namespace {
constexpr auto window = std::chrono::minutes(1);
constexpr int maxKeys = 100000; // forget everything rather than grow without bound
} // namespace

bool RateLimiter::tryAcquire(const QString &key, int *retryAfterSeconds)
{
    const Clock::time_point now = Clock::now();
    std::lock_guard lock(m_mutex);
    if (m_attempts.size() > maxKeys)
        m_attempts.clear();
    std::deque<Clock::time_point> &attempts = m_attempts[key];
    while (!attempts.empty() && now - attempts.front() >= window)
        attempts.pop_front();
    if (int(attempts.size()) >= m_limit) {
        const auto wait = std::chrono::ceil<std::chrono::seconds>(attempts.front() + window - now);
        *retryAfterSeconds = std::max(1, int(wait.count()));
        return false;
    }
    attempts.push_back(now);
    return true;
}

} // namespace Aanwezig::Server
