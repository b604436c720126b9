#pragma once

#include "storage/retention.h"

#include <QDateTime>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Aanwezig::Server {

// When serve's retention job runs: every night at this time in the school's
// time zone (serve --timezone), when nobody is at school; not at start, so
// that a restart adds no work while phones catch up.
inline constexpr int retentionRunHour = 3;
// How long from `now` (in the school's time zone) until the next run.
std::chrono::milliseconds untilNextRetentionRun(const QDateTime &now);

// serve's daily retention run (README.md, "Retention"), on a thread and
// database connection of its own. Each run that deleted something logs one
// line.
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
