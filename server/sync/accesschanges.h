#pragma once

#include "storage/records.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// The students each user of the app relates to (as parent, as the student,
// as staff: Scope), by user id.
using UserRelations = QHash<QString, QSet<QString>>;
UserRelations relationsOfUsers(const QSqlDatabase &db);
QSet<QString> relatedStudents(const QSqlDatabase &db, const QString &userId);

// For each user who related to a student in `before` and no longer does in
// `after`, tells that user's phones to drop the student (Records::forget).
// Returns how many (user, student) pairs were ended.
int forgetLostStudents(Records &records, const UserRelations &before, const UserRelations &after);

// Deletes the unused pairing codes that no longer give access to anything:
// of a student who left, of a parent without children, of a mentor without
// a class. Returns how many.
int voidPointlessInvites(const QSqlDatabase &db);

} // namespace Aanwezig::Server
