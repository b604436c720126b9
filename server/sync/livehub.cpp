#include "sync/livehub.h"

#include "http/requestlog.h"
#include "storage/database.h"
#include "storage/records.h"

#include <QDateTime>
#include <boost/asio/post.hpp>
#include <vector>

namespace Aanwezig::Server {

namespace {
// SQLite: commands run beside the server (a roster import, a revocation)
// write without waking it. PostgreSQL: every commit notifies, the look is
// only a safety net for a lost listening connection.
std::chrono::seconds pollInterval()
{
    return databaseConfig().dialect == Dialect::Sqlite ? std::chrono::seconds(1)
                                                       : std::chrono::seconds(30);
}

// More changed records than this since the last check (an import): every
// listener is poked rather than sorted out one record at a time.
constexpr int maxSortedRecords = 10000;
} // namespace

struct LiveHub::Changes
{
    struct Audience
    {
        QString student;
        bool forParents = false;
        bool forStudent = false;
        bool forStaff = false;
        QString forUser; // a row for one user only (Records::forget)
    };

    bool failed = false;
    qint64 head = 0;
    bool everyone = false;
    std::vector<Audience> records;
    QSet<QString> revokedTokens;
    qint64 checkedAt = 0;
};

LiveHub::LiveHub(net::io_context &io, net::thread_pool &workers)
    : m_io(io), m_workers(workers), m_poll(io),
      m_revocationsSince(QDateTime::currentSecsSinceEpoch())
{}

QSet<QString> LiveHub::studentsOf(const Scope &scope)
{
    QSet<QString> students(scope.children.begin(), scope.children.end());
    if (!scope.studentId.isEmpty())
        students.insert(scope.studentId);
    if (!scope.isTeam())
        students.unite(scope.staffStudents);
    return students;
}

void LiveHub::add(const std::shared_ptr<LiveListener> &listener, Scope scope, QString tokenHash)
{
    LiveListener *key = listener.get();
    for (const QString &student : studentsOf(scope))
        m_byStudent[student].insert(key);
    if (scope.isTeam()) {
        m_team.insert(key);
        // Every student of the school: maySee() needs none of them for a
        // team member, and 10,000 sockets should not hold the list each.
        scope.staffStudents.clear();
    }
    m_listeners.emplace(key, Listener{listener, std::move(scope), std::move(tokenHash)});
    if (m_head < 0)
        wake(); // learn where the change log stands
    if (!m_polling)
        schedulePoll();
}

void LiveHub::remove(LiveListener *listener)
{
    const auto it = m_listeners.find(listener);
    if (it == m_listeners.end())
        return;
    for (const QString &student : studentsOf(it->second.scope)) {
        auto students = m_byStudent.find(student);
        if (students != m_byStudent.end() && (students->remove(listener), students->isEmpty()))
            m_byStudent.erase(students);
    }
    m_team.remove(listener);
    m_listeners.erase(it);
}

void LiveHub::wake()
{
    net::post(m_io, [this] {
        if (m_stopped)
            return;
        if (m_checking)
            m_wakeAgain = true;
        else
            check();
    });
}

void LiveHub::stop()
{
    net::post(m_io, [this] {
        m_stopped = true;
        m_poll.cancel();
    });
}

void LiveHub::schedulePoll()
{
    m_polling = true;
    m_poll.expires_after(pollInterval());
    m_poll.async_wait([this](const beast::error_code &error) {
        m_polling = false;
        if (error || m_stopped || m_listeners.empty())
            return;
        wake();
        schedulePoll();
    });
}

// Reads on a worker what changed since the last head and which devices were
// revoked since the last check; delivers on the network thread.
void LiveHub::check()
{
    m_checking = true;
    const qint64 since = m_head;
    const qint64 revokedSince = m_revocationsSince;
    net::post(m_workers, [this, since, revokedSince] {
        auto changes = std::make_shared<Changes>();
        try {
            const QSqlDatabase db = connection();
            changes->checkedAt = QDateTime::currentSecsSinceEpoch();
            changes->head = Records::headPosition(db);
            if (since >= 0 && changes->head > since) {
                QSqlQuery &query =
                    exec(db,
                         QStringLiteral("SELECT student_id, for_parents, for_student, for_staff, "
                                        "for_user FROM records WHERE pos > ? AND pos <= ? LIMIT ?"),
                         {since, changes->head, maxSortedRecords + 1});
                while (query.next()) {
                    changes->records.push_back(
                        {query.value(0).toString(), query.value(1).toInt() != 0,
                         query.value(2).toInt() != 0, query.value(3).toInt() != 0,
                         query.value(4).toString()});
                }
                changes->everyone = changes->records.size() > std::size_t(maxSortedRecords);
            }
            // Whole seconds: a revocation in the second of the last check is read again.
            QSqlQuery &revoked = exec(db,
                                      QStringLiteral("SELECT token_hash FROM devices "
                                                     "WHERE revoked_at IS NOT NULL AND "
                                                     "revoked_at >= ?"),
                                      {revokedSince});
            while (revoked.next())
                changes->revokedTokens.insert(revoked.value(0).toString());
            finishStatements();
        } catch (const DatabaseError &error) {
            qCWarning(lcServer) << "live channel: cannot read the change log:" << error.what();
            finishStatements();
            if (error.connectionLost())
                dropConnection();
            changes->failed = true;
        }
        net::post(m_io, [this, changes] { deliver(*changes); });
    });
}

void LiveHub::deliver(const Changes &changes)
{
    m_checking = false;
    if (!changes.failed && !m_stopped) {
        std::vector<std::shared_ptr<LiveListener>> revoked;
        QSet<LiveListener *> poked;
        for (auto &[key, listener] : m_listeners) {
            if (changes.revokedTokens.contains(listener.tokenHash))
                revoked.push_back(listener.socket.lock());
        }
        if (m_head >= 0 && changes.head > m_head) {
            for (const auto &record : changes.records) {
                if (record.forStaff)
                    poked.unite(m_team);
                for (LiveListener *key : m_byStudent.value(record.student)) {
                    const Scope &scope = m_listeners.at(key).scope;
                    if (scope.maySee(record.student, record.forParents, record.forStudent,
                                     record.forStaff) ||
                        (!record.forUser.isEmpty() && record.forUser == scope.userId))
                        poked.insert(key);
                }
            }
            if (changes.everyone) {
                for (const auto &[key, listener] : m_listeners)
                    poked.insert(key);
            }
        }
        m_head = changes.head;
        m_revocationsSince = changes.checkedAt;
        for (LiveListener *key : std::as_const(poked)) {
            if (const auto socket = m_listeners.at(key).socket.lock())
                socket->poke(m_head);
        }
        for (const auto &socket : revoked) {
            if (socket) {
                remove(socket.get());
                socket->revoke();
            }
        }
    }
    if (m_wakeAgain && !m_stopped) {
        m_wakeAgain = false;
        check();
    }
}

} // namespace Aanwezig::Server
