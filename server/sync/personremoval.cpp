#include "sync/personremoval.h"

#include "storage/database.h"
#include "storage/people.h"
#include "storage/records.h"
#include "sync/accesschanges.h"

#include <QDateTime>

namespace Aanwezig::Server {

namespace {

int affected(QSqlQuery &query)
{
    return query.numRowsAffected();
}

} // namespace

QString personId(const QString &emailOrStudentId)
{
    const QString trimmed = emailOrStudentId.trimmed();
    return trimmed.contains(QLatin1Char('@')) ? trimmed.toLower() : trimmed;
}

Removal removeRole(const QSqlDatabase &db, const QString &userId, Role role)
{
    WriteTransaction transaction(db);
    Records records(db);
    Removal removal;
    const QSet<QString> before = relatedStudents(db, userId);
    removal.roles =
        affected(exec(db, QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND role = ?"),
                      {userId, roleKey(role)}));
    removal.invites = affected(exec(
        db,
        QStringLiteral("DELETE FROM invites WHERE user_id = ? AND role = ? AND used_at IS NULL"),
        {userId, roleKey(role)}));
    removal.accessEnded =
        forgetLostStudents(records, {{userId, before}}, {{userId, relatedStudents(db, userId)}});
    transaction.commit();
    return removal;
}

Removal removePerson(const QSqlDatabase &db, const QString &userId)
{
    WriteTransaction transaction(db);
    Records records(db);
    Removal removal;
    const QSet<QString> before = relatedStudents(db, userId);
    const QStringList children = childrenOf(db, userId);
    removal.devices = affected(
        exec(db,
             QStringLiteral(
                 "UPDATE devices SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
             {QDateTime::currentSecsSinceEpoch(), userId}));
    removal.roles =
        affected(exec(db, QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId}));
    removal.invites = affected(exec(
        db, QStringLiteral("DELETE FROM invites WHERE user_id = ? AND used_at IS NULL"), {userId}));
    removal.relations =
        affected(exec(db, QStringLiteral("DELETE FROM student_parents WHERE email = ?"), {userId}));
    removal.relations +=
        affected(exec(db, QStringLiteral("DELETE FROM class_mentors WHERE email = ?"), {userId}));
    // The staff of the children see their parents' languages without this one.
    putPeople(db, records, QSet<QString>(children.cbegin(), children.cend()));
    removal.accessEnded =
        forgetLostStudents(records, {{userId, before}}, {{userId, relatedStudents(db, userId)}});
    transaction.commit();
    return removal;
}

} // namespace Aanwezig::Server
