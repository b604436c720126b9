#pragma once

#include "protocol/entitykinds.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

namespace Aanwezig::Server {

// The entity kinds of sync protocol v1 (core/protocol/entitykinds.h), and
// the server's own.
namespace Kind {
using namespace Aanwezig::EntityKinds;
// Server-side only: "this user no longer sees this student" (id
// "<user id>/<student id>", stored deleted, for that one user). Pull sends it
// as a delete of the student's person, which makes the phone drop the student
// with everything of theirs.
inline constexpr char forgotten[] = "forgotten";
} // namespace Kind

// Who may see a record of a student, besides team members who see all.
struct Audience
{
    bool parents = false;
    bool student = false;
    bool staff = true; // mentors of the student's class (and the team)
};

// The audience of an entity of the given kind, e.g. a warm message reaches
// the student and/or the parents as chosen by its sender.
Audience audienceOf(const QString &kind, const QJsonObject &data);

// One entity put by a Records, as it was before and is now (what the
// notification planner reads to decide who hears of it).
struct RecordChange
{
    QString kind;
    QString id;
    QString studentId;
    std::optional<QJsonObject> before; // nullopt: new
    QJsonObject after;
};

// The synced entities, each stored with the change-log position of its
// latest change. Writes must run inside a WriteTransaction, which makes the
// positions visible in order; use one Records per transaction (it counts
// the positions it hands out).
class Records
{
public:
    explicit Records(const QSqlDatabase &db) : m_db(db) {}

    const QSqlDatabase &database() const { return m_db; }
    std::optional<QJsonObject> find(const QString &kind, const QString &id) const;
    QList<QJsonObject> ofStudent(const QString &kind, const QString &studentId) const;
    // The entity existed and was deleted (its id is not free again).
    bool wasDeleted(const QString &kind, const QString &id) const;

    // Stores the entity under the next position; nothing happens when it is
    // stored exactly so already.
    void put(const QString &kind, const QString &id, const QString &studentId,
             const QJsonObject &data);
    // Marks the entity deleted under the next position.
    void remove(const QString &kind, const QString &id);
    // Gives every (not deleted) entity of the student a new position, so that
    // it reaches people who came to see the student after it last changed.
    void touchStudent(const QString &studentId);
    // Tells this user's phones, on their next pull, to drop the student and
    // all their rows (the user no longer relates to them).
    void forget(const QString &userId, const QString &studentId);

    // The entities put since the last call, in order (puts that changed
    // nothing are left out).
    QList<RecordChange> takeChanges() { return std::exchange(m_changes, {}); }

    // The highest committed position (0 when empty).
    static qint64 headPosition(const QSqlDatabase &db);

private:
    qint64 nextPosition();

    QSqlDatabase m_db;
    qint64 m_next = 0; // counted here after the first read: the writer holds the lock
    QList<RecordChange> m_changes;
};

} // namespace Aanwezig::Server
