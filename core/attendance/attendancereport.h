#pragma once

#include "registrations.h"
#include "roster.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Aanwezig {

// The header of the attendance report CSV.
const QStringList &attendanceReportHeader();

// The attendance report as UTF-8 CSV (lines end in "\n"): the header, then
// one row per roster student sorted by student_id (as text, by code point).
// A student without registrations gets zeros, empty rate and tier, and no
// signals. Registrations of students not in the roster are not counted
// (check them first with findUnknownStudent). Requires from <= to.
QByteArray attendanceReportCsv(const QList<RosterEntry> &roster,
                               const QList<Registration> &registrations, QDate from, QDate to);

} // namespace Aanwezig
