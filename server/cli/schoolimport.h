#pragma once

#include "inputerror.h"
#include "registrations.h"
#include "roster.h"

#include <QSqlDatabase>
#include <optional>

namespace Aanwezig::Server {

// Imports the school's roster: students, their parents (with the languages
// the file tells; a parent it tells none of keeps theirs) and the mentors of
// each class, in one transaction. Importing the same roster again changes
// nothing. Throws DatabaseError.
void importRoster(const QSqlDatabase &db, const QList<RosterEntry> &roster);

// Imports registrations (a lesson already known is replaced) and refreshes
// the students' attendance summaries, in one transaction. A row naming a
// student not in the roster is an error naming file and line, and nothing is
// imported. Throws DatabaseError.
std::optional<InputError> importRegistrations(const QSqlDatabase &db,
                                              const QList<Registration> &registrations,
                                              const QString &fileName);

// Summaries cover the 84 days that end on the last registered date.
inline constexpr int summaryWindowDays = 84;
// The days before the last registered one whose missed lessons reach the
// mentors as registered_absence entities ("Vandaag" and the days before).
inline constexpr int registeredAbsenceDays = 14;

} // namespace Aanwezig::Server
