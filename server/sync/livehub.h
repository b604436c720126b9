#pragma once

#include "http/beast.h"
#include "sync/scope.h"

#include <QHash>
#include <QSet>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <memory>
#include <unordered_map>

namespace Aanwezig::Server {

// One open live socket, as the hub sees it. Called on the network thread.
class LiveListener
{
public:
    virtual ~LiveListener() = default;
    // A change this user may see committed; the change log's head is now `head`.
    virtual void poke(qint64 head) = 0;
    // The device's token was revoked: close at once.
    virtual void revoke() = 0;
};

// Who is listening on GET /v1/live, and who hears of a commit (PROTOCOL.md,
// "Live channel"). Woken by every commit of this process, by PostgreSQL
// notifications of every other commit, and while anyone listens once a
// second on SQLite (a command run beside the server writes without waking
// it), every 30 s on PostgreSQL (in case the listening connection was lost):
// it then reads the audience of the records changed since the last head on a
// worker thread, and pokes exactly the sockets whose user may see one of
// them; revoked devices' sockets are closed. Its state lives on the network
// thread.
class LiveHub
{
public:
    LiveHub(net::io_context &io, net::thread_pool &workers);

    // On the network thread.
    void add(const std::shared_ptr<LiveListener> &listener, Scope scope, QString tokenHash);
    void remove(LiveListener *listener);
    std::size_t size() const { return m_listeners.size(); }

    // From any thread.
    void wake();
    void stop();

private:
    struct Listener
    {
        std::weak_ptr<LiveListener> socket;
        Scope scope;
        QString tokenHash;
    };
    struct Changes;

    void check();
    void deliver(const Changes &changes);
    void schedulePoll();
    // The students whose records may reach this listener (team: all, kept apart).
    static QSet<QString> studentsOf(const Scope &scope);

    net::io_context &m_io;
    net::thread_pool &m_workers;
    net::steady_timer m_poll;
    std::unordered_map<LiveListener *, Listener> m_listeners;
    QHash<QString, QSet<LiveListener *>> m_byStudent;
    QSet<LiveListener *> m_team;
    qint64 m_head = -1; // -1: not read yet
    qint64 m_revocationsSince = 0;
    bool m_checking = false;
    bool m_polling = false;
    bool m_wakeAgain = false;
    bool m_stopped = false;
};

} // namespace Aanwezig::Server
