#pragma once

#include "storage/retention.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Aanwezig::Server {

// serve's daily retention run (README.md, "Retention"): once at start, then
// every 24 hours, on a thread and database connection of its own. Each run
// that deleted something logs one line.
class RetentionJob
{
public:
    explicit RetentionJob(RetentionPolicy policy);
    ~RetentionJob(); // stops and joins
    RetentionJob(const RetentionJob &) = delete;
    RetentionJob &operator=(const RetentionJob &) = delete;

private:
    void loop();

    RetentionPolicy m_policy;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

// One line saying what a retention run deleted (or would delete).
QString describeRetention(const RetentionResult &result);

} // namespace Aanwezig::Server
