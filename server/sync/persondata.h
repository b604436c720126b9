#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Aanwezig::Server {

// Who a person-data request is about: an adult by e-mail address or a
// student by id.
struct PersonRef
{
    QString email;     // lower case
    QString studentId; // the school's id
};

// Everything the server keeps about the person (right of access, AVG art.
// 15): {"person", "exported_on", "rows": {TABLE: [row, ...]}, "records":
// [{"kind", "id", "student_id", "data"}]}. An adult's records are those whose
// data names their e-mail address; a student's those of the student.
// Secrets (token and code hashes) are left out.
QJsonObject exportPerson(const QSqlDatabase &db, const PersonRef &person);

// What erasing a person did.
struct Erasure
{
    int deleted = 0;  // rows and records deleted
    int stripped = 0; // records kept with the person's address taken out
    QStringList kept; // "what: why", one per kind of data kept
};

// Deletes what no legal duty requires keeping (right to erasure, AVG art.
// 17): the account, devices, roles, codes, language, relations and every
// record but those of the absence administration (absence reports, contact
// log, registered absences, registrations, and a student's name and class),
// which stay until their retention period ends. Phones drop what went on
// their next pull. One transaction; throws DatabaseError.
Erasure erasePerson(const QSqlDatabase &db, const PersonRef &person);

} // namespace Aanwezig::Server
