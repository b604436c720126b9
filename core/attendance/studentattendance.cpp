#include "studentattendance.h"

namespace Aanwezig {

StudentAttendance computeStudentAttendance(const QList<Registration> &rowsOfStudent, QDate from,
                                           QDate to)
{
    StudentAttendance result;
    result.totals = attendanceTotals(rowsOfStudent, from, to);
    result.rateTenths = attendanceRateTenths(result.totals);
    result.tier = attendanceTier(result.totals);
    result.largestUnauthorised28d = largestUnauthorisedIn28Days(rowsOfStudent, from, to);
    result.legal = legalSignal(result.largestUnauthorised28d);
    result.sick = sickSignal(rowsOfStudent, from, to);
    result.late = lateSignal(rowsOfStudent, from, to);
    return result;
}

} // namespace Aanwezig
