#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Aanwezig::Server {

// Delivers the notification outbox by Web Push, on a thread of its own with
// its own database connection, beside the request handling: each round it
// turns the due notification groups into one delivery per subscription of
// the user (one transaction), then sends the due deliveries one by one:
// claimed under a lease first (so another instance or a restart does not
// send it at the same time), then 201 -> sent; 404/410 -> the subscription
// is removed; 429/5xx/no answer -> retried with exponential backoff (at
// least Retry-After), at most maxAttempts times and never after its TTL;
// any other answer -> failed. Nothing is sent while the school has no VAPID
// keys. Beside it, every checkInInterval, the check-in job
// (checkinschedule.h) adds the check-ins that fell due to the outbox.
class PushDispatcher
{
public:
    struct Options
    {
        bool allowInsecureEndpoints = false; // http:// and private addresses (tests only)
        std::chrono::milliseconds pollInterval{500};
        std::chrono::milliseconds checkInInterval{std::chrono::minutes(1)};
    };
    static constexpr int maxAttempts = 8;
    static constexpr int leaseSeconds = 120;

    explicit PushDispatcher(Options options);
    ~PushDispatcher(); // stops and joins

    void start();
    void stop();

private:
    void run();
    bool expandDue();  // true when it did something
    bool sendOneDue(); // true when it sent (or settled) one

    Options m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_nextCheckInRun{};
    std::thread m_thread;
};

} // namespace Aanwezig::Server
