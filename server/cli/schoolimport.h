#pragma once

#include "inputerror.h"
#include "registrations.h"
#include "roster.h"

#include <QSqlDatabase>
#include <optional>

namespace Aanwezig::Server {

// What a roster import changed (student ids sorted).
struct RosterChanges
{
    QStringList added;      // new students, and students who came back
    QStringList moved;      // moved to another class
    QStringList left;       // missing from the file: they left the school
    int parentsAdded = 0;   // (student, parent) pairs
    int parentsRemoved = 0; // (student, parent) pairs, the leavers' included
    int accessEnded = 0;    // (user, student) pairs whose phones drop the student
    int invitesVoided = 0;  // unused pairing codes that no longer give access
    QString refused;        // non-empty: nothing was imported, and why
};

// Removing more than this share of the students needs --allow-removals.
inline constexpr int maxSilentRemovalPercent = 10;

// Imports the school's roster, which is the whole school: students, their
// parents (with the languages the file tells; a parent it tells none of
// keeps theirs) and the mentors of each class, in one transaction. A student
// missing from the file has left (on `today`): their parents, mentor and they
// themselves lose access at once (their phones drop the student on the next
// pull, unused pairing codes that gave access are void), the team keeps the
// records. When more than maxSilentRemovalPercent % of the students would
// leave and more than `allowedRemovals`, nothing is imported (`refused`).
// Importing the same roster again changes nothing. Throws DatabaseError.
RosterChanges importRoster(const QSqlDatabase &db, const QList<RosterEntry> &roster,
                           int allowedRemovals = 0, QDate today = QDate::currentDate());

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
