#include "attendancetotals.h"

namespace Aanwezig {

int missedMinutes(const Registration &row)
{
    switch (row.code) {
    case RegistrationCode::A:
        return 0;
    case RegistrationCode::TL:
        return row.lateMinutes();
    default:
        return row.lengthMinutes();
    }
}

int unauthorisedMinutes(const Registration &row)
{
    switch (row.code) {
    case RegistrationCode::OA:
        return row.lengthMinutes();
    case RegistrationCode::TL:
        return row.lateMinutes();
    default:
        return 0;
    }
}

AttendanceTotals attendanceTotals(const QList<Registration> &rowsOfStudent, QDate from, QDate to)
{
    AttendanceTotals totals;
    for (const Registration &row : rowsOfStudent) {
        if (row.date < from || row.date > to)
            continue;
        totals.scheduledMin += row.lengthMinutes();
        totals.missedMin += missedMinutes(row);
        totals.unauthorisedMin += unauthorisedMinutes(row);
    }
    return totals;
}

std::optional<int> attendanceRateTenths(const AttendanceTotals &totals)
{
    if (totals.scheduledMin == 0)
        return std::nullopt;
    // round(1000 * present / scheduled) half up, in integers:
    // floor((2000 * present + scheduled) / (2 * scheduled)).
    const qint64 present = totals.presentMin();
    const qint64 scheduled = totals.scheduledMin;
    return int((2000 * present + scheduled) / (2 * scheduled));
}

QString formatRateTenths(int rateTenths)
{
    return QStringLiteral("%1.%2").arg(rateTenths / 10).arg(rateTenths % 10);
}

std::optional<int> attendanceTier(const AttendanceTotals &totals)
{
    if (totals.scheduledMin == 0)
        return std::nullopt;
    const qint64 missed = totals.missedMin;
    const qint64 scheduled = totals.scheduledMin;
    if (20 * missed <= scheduled)
        return 1;
    if (10 * missed >= scheduled)
        return 3;
    return 2;
}

} // namespace Aanwezig
