#pragma once

#include <QThread>
#include <functional>
#include <memory>

namespace Aanwezig::Server {

// Hears of the commits of other server instances on the same PostgreSQL
// database: LISTEN on the change channel (changeChannel in database.h) on a
// connection of its own, in a thread with an event loop; calls onChange (on
// that thread) for every notification. If the database cannot be reached it
// tries again every 5 s. Does nothing on SQLite (one instance per file).
class ChangeListener
{
public:
    explicit ChangeListener(std::function<void()> onChange);
    ~ChangeListener();
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

private:
    void subscribe();
    void close();

    std::function<void()> m_onChange;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    QString m_connectionName;
};

} // namespace Aanwezig::Server
