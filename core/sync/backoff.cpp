#include "backoff.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Aanwezig {

Backoff::Backoff(BackoffPolicy policy, quint32 seed) : m_policy(policy), m_random(seed)
{
    m_policy.first = std::max(m_policy.first, std::chrono::milliseconds(2));
    m_policy.cap = std::max(m_policy.cap, m_policy.first);
    m_policy.factor = std::max(m_policy.factor, 1.0);
}

std::chrono::milliseconds Backoff::nextDelay()
{
    if (m_failures < std::numeric_limits<int>::max())
        ++m_failures;
    const qint64 base = baseDelay().count();
    const qint64 half = base / 2;
    return std::chrono::milliseconds(half + m_random.bounded(base - half + 1));
}

void Backoff::reset()
{
    m_failures = 0;
}

std::chrono::milliseconds Backoff::baseDelay() const
{
    // Computed in floating point so that a long outage cannot overflow.
    const double grown = static_cast<double>(m_policy.first.count()) *
                         std::pow(m_policy.factor, std::max(0, m_failures - 1));
    const double capped = std::min(grown, static_cast<double>(m_policy.cap.count()));
    return std::chrono::milliseconds(static_cast<qint64>(capped));
}

} // namespace Aanwezig
