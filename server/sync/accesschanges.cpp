#include "sync/accesschanges.h"

#include "storage/database.h"
#include "sync/scope.h"

#include <QStringList>

namespace Aanwezig::Server {

UserRelations relationsOfUsers(const QSqlDatabase &db)
{
    QStringList users;
    QSqlQuery &query = exec(db, QStringLiteral("SELECT id FROM users ORDER BY id"));
    while (query.next())
        users.append(query.value(0).toString());
    UserRelations relations;
    for (const QString &user : users)
        relations.insert(user, relatedStudents(db, user));
    return relations;
}

QSet<QString> relatedStudents(const QSqlDatabase &db, const QString &userId)
{
    const Scope scope = Scope::load(db, userId);
    QSet<QString> students = scope.staffStudents;
    for (const QString &child : scope.children)
        students.insert(child);
    if (!scope.studentId.isEmpty())
        students.insert(scope.studentId);
    return students;
}

int forgetLostStudents(Records &records, const UserRelations &before, const UserRelations &after)
{
    int ended = 0;
    QStringList users = before.keys();
    users.sort();
    for (const QString &user : users) {
        QStringList lost = (before.value(user) - after.value(user)).values();
        lost.sort();
        for (const QString &student : lost) {
            records.forget(user, student);
            ++ended;
        }
    }
    return ended;
}

int voidPointlessInvites(const QSqlDatabase &db)
{
    QSqlQuery &query =
        exec(db, QStringLiteral(
                     "DELETE FROM invites WHERE used_at IS NULL AND ("
                     "(role = 'student' AND user_id NOT IN "
                     "(SELECT id FROM students WHERE left_on IS NULL)) OR "
                     "(role = 'parent' AND user_id NOT IN (SELECT email FROM student_parents)) OR "
                     "(role = 'mentor' AND user_id NOT IN (SELECT email FROM class_mentors)))"));
    return query.numRowsAffected();
}

} // namespace Aanwezig::Server
