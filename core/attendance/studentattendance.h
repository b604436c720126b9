#pragma once

#include "attendancesignals.h"
#include "attendancetotals.h"

#include <optional>

namespace Aanwezig {

// Everything the attendance report says about one student over
// from .. to: the report writes it as a CSV row, the app shows it.
struct StudentAttendance
{
    AttendanceTotals totals;        // rows with from <= date <= to
    std::optional<int> rateTenths;  // empty when nothing was scheduled
    std::optional<int> tier;        // empty when nothing was scheduled
    int largestUnauthorised28d = 0; // legal_max_28d_min
    LegalSignal legal = LegalSignal::None;
    bool sick = false;
    bool late = false;
};

// rowsOfStudent: all registrations of one student (any dates; rows after to
// are ignored, rows before from count only for the signals). Requires from <= to.
StudentAttendance computeStudentAttendance(const QList<Registration> &rowsOfStudent, QDate from,
                                           QDate to);

} // namespace Aanwezig
