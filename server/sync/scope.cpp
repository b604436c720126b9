#include "sync/scope.h"

#include "domain/language.h"
#include "storage/database.h"
#include "storage/people.h"

#include <QJsonArray>

namespace Aanwezig::Server {

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = exec(db, sql, values);
    QStringList list;
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

} // namespace

Scope Scope::load(const QSqlDatabase &db, const QString &userId, TeamStudents teamStudents)
{
    Scope scope;
    scope.userId = userId;
    QSqlQuery &user = exec(db,
                           QStringLiteral("SELECT u.email, u.student_id, l.language FROM users u "
                                          "LEFT JOIN person_languages l ON l.person_id = u.id "
                                          "WHERE u.id = ?"),
                           {userId});
    if (!user.next())
        return scope;
    scope.email = user.value(0).toString();
    scope.studentId = user.value(1).toString();
    scope.language =
        user.value(2).isNull() ? QLatin1String(defaultLanguage) : user.value(2).toString();
    for (const QString &key :
         column(db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"),
                {userId})) {
        if (const auto role = parseRole(key))
            scope.roles.append(*role);
    }
    if (scope.hasRole(Role::Parent))
        scope.children = childrenOf(db, scope.email);
    if (scope.hasRole(Role::Mentor))
        scope.classes =
            column(db,
                   QStringLiteral(
                       "SELECT class_name FROM class_mentors WHERE email = ? ORDER BY class_name"),
                   {scope.email});
    QStringList staff;
    if (scope.isTeam() && teamStudents == TeamStudents::Assumed)
        scope.teamStudentsAssumed = true;
    else if (scope.isTeam())
        staff = column(db, QStringLiteral("SELECT id FROM students"), {});
    else if (scope.hasRole(Role::Mentor))
        staff = column(db,
                       QStringLiteral("SELECT s.id FROM students s JOIN class_mentors m "
                                      "ON m.class_name = s.class_name "
                                      "WHERE m.email = ? AND s.left_on IS NULL"),
                       {scope.email});
    scope.staffStudents = QSet<QString>(staff.begin(), staff.end());
    // A student who left the school no longer sees themselves.
    if (!scope.hasRole(Role::Student) ||
        !scalar(db, QStringLiteral("SELECT 1 FROM students WHERE id = ? AND left_on IS NULL"),
                {scope.studentId})
             .isValid())
        scope.studentId.clear();
    return scope;
}

bool Scope::isParentOf(const QString &student) const
{
    return hasRole(Role::Parent) && children.contains(student);
}

bool Scope::isSelf(const QString &student) const
{
    return hasRole(Role::Student) && !studentId.isEmpty() && studentId == student;
}

bool Scope::isStaffOf(const QString &student) const
{
    return (isTeam() && teamStudentsAssumed) || staffStudents.contains(student);
}

bool Scope::relatesTo(const QString &student) const
{
    return relationTo(student).has_value();
}

bool Scope::maySee(const QString &student, bool forParents, bool forStudent, bool forStaff) const
{
    return (forStaff && (isTeam() || isStaffOf(student))) || (forParents && isParentOf(student)) ||
           (forStudent && isSelf(student));
}

std::optional<Person::Relation> Scope::relationTo(const QString &student) const
{
    if (isParentOf(student))
        return Person::Relation::Child;
    if (isSelf(student))
        return Person::Relation::Self;
    if (isStaffOf(student))
        return Person::Relation::ClassStudent;
    return std::nullopt;
}

QJsonObject Scope::toJson() const
{
    QJsonArray roleKeys;
    for (Role role : roles)
        roleKeys.append(roleKey(role));
    // The students of a mentor's classes (a team member sees every student).
    QStringList classStudents;
    if (hasRole(Role::Mentor) && !isTeam())
        classStudents = QStringList(staffStudents.cbegin(), staffStudents.cend());
    classStudents.sort();
    return QJsonObject{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("roles"), roleKeys},
        {QStringLiteral("children"), QJsonArray::fromStringList(children)},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
        {QStringLiteral("class_students"), QJsonArray::fromStringList(classStudents)},
        {QStringLiteral("student_id"), studentId.isEmpty() ? QJsonValue() : QJsonValue(studentId)},
        {QStringLiteral("language"), language},
    };
}

} // namespace Aanwezig::Server
