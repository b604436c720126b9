#include "reporttoday.h"

#include "domain/walltime.h"
#include "services/wording.h"

namespace Aanwezig {

std::optional<AbsenceReport> reportForDay(const QList<AbsenceReport> &reports, QDate day)
{
    const Period whole = periodOf(day, DayPart::WholeDay);
    std::optional<AbsenceReport> found;
    for (const AbsenceReport &report : reports) {
        if (!report.overlaps(whole.start, whole.end))
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

ReportState shownReportState(const AbsenceReport &report, bool waiting)
{
    if (waiting)
        return ReportState::SavedOnPhone;
    if (report.state == ReportState::SavedOnPhone)
        return ReportState::Sent;
    return report.state;
}

int reportProgress(ReportState state)
{
    switch (state) {
    case ReportState::SavedOnPhone:
        return 0;
    case ReportState::Sent:
        return 1;
    case ReportState::Received:
        return 2;
    case ReportState::SeenByMentor:
        return 3;
    case ReportState::Closed:
    case ReportState::Withdrawn:
        break;
    }
    return -1;
}

} // namespace Aanwezig
