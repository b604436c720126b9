#pragma once

#include "domain/person.h"
#include "domain/role.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace Aanwezig::Server {

// What one user may see and touch: their roles and the students they relate
// to (PROTOCOL.md, "Scoping"). Loaded per request from the database.
struct Scope
{
    QString userId;
    QString email;               // lower case; empty for a student without one
    QString studentId;           // the user's own student id (student role)
    QString language;            // the language the school has for them ("nl" when none)
    QList<Role> roles;           // parent, student, mentor, team
    QStringList children;        // parent role
    QStringList classes;         // mentor role
    QSet<QString> staffStudents; // mentor: students of their classes; team: every student
    // Team: every student taken as theirs without the list (TeamStudents::Assumed).
    bool teamStudentsAssumed = false;

    // Whether load() lists a team member's students (every student of the
    // school) or assumes them. A pull assumes them: it reads only the
    // change log, whose live records all belong to the school's students
    // (retention deletes a leaver's records before the leaver, deleted
    // records go out without data), and listing them cost every page 1,000
    // rows from the database and a set of them (a sixth of a team member's
    // first sync on PostgreSQL).
    enum class TeamStudents { Listed, Assumed };
    static Scope load(const QSqlDatabase &db, const QString &userId,
                      TeamStudents teamStudents = TeamStudents::Listed);

    bool hasRole(Role role) const { return roles.contains(role); }
    bool isTeam() const { return hasRole(Role::Team); }
    bool isParentOf(const QString &student) const;
    bool isSelf(const QString &student) const;
    // Mentor of the student's class, or a team member (of an existing
    // student; of any student when the team's students are assumed).
    bool isStaffOf(const QString &student) const;
    bool relatesTo(const QString &student) const;
    // Whether a record of the student with these audience flags is for this
    // user: the in-memory form of the condition pull reads with (pull.cpp).
    bool maySee(const QString &student, bool forParents, bool forStudent, bool forStaff) const;
    // How a person appears to this user (child before self before class student).
    std::optional<Person::Relation> relationTo(const QString &student) const;

    // The pairing reply without the token (PROTOCOL.md, "Pairing").
    QJsonObject toJson() const;
};

} // namespace Aanwezig::Server
