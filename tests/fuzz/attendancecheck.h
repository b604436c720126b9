#pragma once

#include "registrations.h"
#include "roster.h"

// The properties the attendance fuzz targets check on an imported pair of
// roster and registrations.
namespace Aanwezig::Fuzz {

// The fixtures of tests/data/attendance, read once.
const QList<RosterEntry> &fixtureRoster();
const QList<Registration> &fixtureRegistrations();

// Writes the report over the registrations' dates (at most a year) twice and
// checks both are the same CSV with one row per roster student.
void checkReport(const QList<RosterEntry> &roster, const QList<Registration> &registrations);

} // namespace Aanwezig::Fuzz
