#pragma once

#include <QHash>
#include <QString>
#include <chrono>
#include <deque>
#include <mutex>

namespace Aanwezig::Server {

// Allows at most `limit` attempts per key within a sliding minute; shared by
// the worker threads of one server instance.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int limitPerMinute) : m_limit(limitPerMinute) {}

    // Counts the attempt; false (and nothing counted) when the key is over its
    // limit. *retryAfterSeconds then says when the next attempt is allowed.
    bool tryAcquire(const QString &key, int *retryAfterSeconds);

private:
    int m_limit;
    std::mutex m_mutex;
    QHash<QString, std::deque<Clock::time_point>> m_attempts;
};

} // namespace Aanwezig::Server
