#pragma once

#include "registrations.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Aanwezig {

// How much of one registered lesson was missed: its whole length when the
// code is neither A nor TL, the (capped) late minutes of a TL row, else 0.
int missedMinutes(const Registration &row);
// How much of it was unauthorised: the length of an OA row, the (capped)
// late minutes of a TL row, else 0.
int unauthorisedMinutes(const Registration &row);

// A student's minutes over the rows with from <= date <= to.
struct AttendanceTotals
{
    int scheduledMin = 0; // sum of lesson lengths
    int missedMin = 0;
    int unauthorisedMin = 0;

    int presentMin() const { return scheduledMin - missedMin; }
};

AttendanceTotals attendanceTotals(const QList<Registration> &rowsOfStudent, QDate from, QDate to);

// 100 * present / scheduled in tenths of a percent (955 is 95.5 %), rounded
// half up; nullopt when nothing was scheduled.
std::optional<int> attendanceRateTenths(const AttendanceTotals &totals);
// "95.5", "100.0".
QString formatRateTenths(int rateTenths);

// The MD-MTSS tier: 1 when missed <= 5 % of scheduled, 3 when missed >= 10 %,
// else 2; nullopt when nothing was scheduled.
std::optional<int> attendanceTier(const AttendanceTotals &totals);

} // namespace Aanwezig
