#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace Aanwezig {

// How long to wait before trying the server again after a failure.
struct BackoffPolicy
{
    std::chrono::milliseconds first{1000}; // the base delay after the first failure
    // Short enough that a queue drains within 10 s once the server is back;
    // while the device is offline nothing is tried at all.
    std::chrono::milliseconds cap{std::chrono::seconds(8)};
    double factor = 2.0;
};

// Jittered exponential backoff: after the n-th failure in a row the delay is
// drawn from [base/2, base] with base = min(cap, first * factor^(n-1)). It
// never gives up (any number of failures yields a delay), never spins (every
// delay is at least first/2) and starts over after a success (reset()).
class Backoff
{
public:
    explicit Backoff(BackoffPolicy policy = {},
                     quint32 seed = QRandomGenerator::global()->generate());

    // Counts one more failure and returns how long to wait before the next try.
    std::chrono::milliseconds nextDelay();
    // A success: the next failure starts from the first delay again.
    void reset();
    int failures() const { return m_failures; }
    const BackoffPolicy &policy() const { return m_policy; }

private:
    std::chrono::milliseconds baseDelay() const;

    BackoffPolicy m_policy;
    QRandomGenerator m_random;
    int m_failures = 0;
};

} // namespace Aanwezig
