#include "reporttoday.h"

#include "domain/walltime.h"
#include "services/wording.h"

namespace Aanwezig {

bool coversDay(const AbsenceReport &report, QDate day)
{
    const Period whole = periodOf(day, DayPart::WholeDay);
    return !report.isWithdrawn() && report.start < whole.end &&
           (report.isOpenEnded() || report.end > whole.start);
}

std::optional<AbsenceReport> reportForDay(const QList<AbsenceReport> &reports, QDate day)
{
    std::optional<AbsenceReport> found;
    for (const AbsenceReport &report : reports) {
        if (!coversDay(report, day))
            continue;
        if (!found || (found->isClosed() && !report.isClosed()))
            found = report;
    }
    return found;
}

std::optional<RegisteredAbsence> registeredOn(const QList<RegisteredAbsence> &days, QDate day)
{
    for (const RegisteredAbsence &registered : days) {
        if (registered.date == day)
            return registered;
    }
    return std::nullopt;
}

QString reportSummary(const AbsenceReport &report)
{
    return Wording::codeName(report.code) + QStringLiteral(" · ") +
           Wording::period(report.start, report.end);
}

} // namespace Aanwezig
