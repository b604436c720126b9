#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace Aanwezig::Bench {

// Measures the longest gap between turns of the main thread's event loop:
// how long the UI could not draw or react (the benchmarks of the phone).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = std::max(m_longest, m_sinceLast.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_sinceLast.start();
        m_timer.start();
    }
    // Leaves the time since the last turn out of the gap being measured
    // (something measured on its own just ran on the main thread).
    void skip() { m_sinceLast.restart(); }
    // The longest gap in ms since start().
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

} // namespace Aanwezig::Bench
