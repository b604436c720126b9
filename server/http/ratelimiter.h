#pragma once

#include <QHash>
#include <QString>
#include <chrono>
#include <deque>
#include <mutex>

namespace Aanwezig::Server {

// Allows at most `limit` attempts per key within a sliding window (a minute
// unless told otherwise); shared by
// the worker threads of one server instance. Memory stays bounded: at most
// `maxKeys` keys are kept; when that many are active, the keys whose attempts
// have all expired are dropped first, then the least recently used key,
// never every counter at once.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds defaultWindow = std::chrono::minutes(1);

    explicit RateLimiter(int limitPerWindow, int maxKeys = 100000,
                         std::chrono::seconds window = defaultWindow)
        : m_limit(limitPerWindow), m_maxKeys(maxKeys), m_window(window)
    {}

    // Counts the attempt; false (and nothing counted) when the key is over its
    // limit. *retryAfterSeconds then says when the next attempt is allowed.
    bool tryAcquire(const QString &key, int *retryAfterSeconds)
    {
        return tryAcquire(key, Clock::now(), retryAfterSeconds);
    }
    bool tryAcquire(const QString &key, Clock::time_point now, int *retryAfterSeconds);

    int keyCount() const;

private:
    void makeRoom(Clock::time_point now);

    const int m_limit;
    const int m_maxKeys;
    const std::chrono::seconds m_window;
    mutable std::mutex m_mutex;
    QHash<QString, std::deque<Clock::time_point>> m_attempts;
};

// The key a client address is counted under: an IPv4 address as it is, an
// IPv6 address by its /64 network (one subscriber's whole prefix), so that
// changing the low bits does not escape the limit.
QString rateLimitKey(const QString &address);

} // namespace Aanwezig::Server
