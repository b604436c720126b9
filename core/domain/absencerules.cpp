#include "absencerules.h"

#include <algorithm>

namespace Aanwezig {

namespace {
RuleError error(const char *code, const QString &message)
{
    return RuleError{QString::fromLatin1(code), message};
}
} // namespace

RuleResult checkNewReport(const AbsenceReport &report, Role reporterRole,
                          const QList<AbsenceReport> &otherReports, const QDateTime &now,
                          const ReportPolicy &policy)
{
    if (report.id.isNull())
        return error("missing_id", QStringLiteral("A report needs an id."));
    if (report.studentId.isEmpty())
        return error("missing_student", QStringLiteral("A report needs a student."));
    if (!report.start.isValid())
        return error("missing_start", QStringLiteral("A report needs a start."));
    if (!report.isOpenEnded() && report.end <= report.start)
        return error("end_before_start", QStringLiteral("The end must come after the start."));
    if (report.note.size() > maxNoteLength)
        return error("note_too_long",
                     QStringLiteral("A note has at most %1 characters.").arg(maxNoteLength));
    if (reporterRole == Role::Parent && !parentMaySubmit(report.code))
        return error("code_not_allowed",
                     QStringLiteral("Parents can report Z, D or G and ask for V, not %1.")
                         .arg(codeKey(report.code)));
    if (reporterRole == Role::Student)
        return error("code_not_allowed", QStringLiteral("Students cannot report absence."));
    const QDate earliest = now.date().addDays(-policy.maxDaysBack);
    if (report.start.date() < earliest)
        return error(
            "too_far_back",
            QStringLiteral("A report can start at most %1 days back.").arg(policy.maxDaysBack));
    for (const AbsenceReport &other : otherReports) {
        if (other.id == report.id || other.studentId != report.studentId)
            continue;
        if (report.overlaps(other))
            return error("overlap",
                         QStringLiteral("This overlaps another report of the same student."));
    }
    return {};
}

RuleResult checkReportHorizon(const AbsenceReport &report, int futureReports, const QDateTime &now)
{
    if (report.start.date() > now.date().addYears(maxYearsAhead))
        return error(
            "too_far_ahead",
            QStringLiteral("A report can start at most %1 year ahead.").arg(maxYearsAhead));
    if (report.start > now && futureReports >= maxFutureReports)
        return error("too_many_future_reports",
                     QStringLiteral("A student can have at most %1 reports that start later.")
                         .arg(maxFutureReports));
    return {};
}

int countFutureReports(const QList<AbsenceReport> &reports, const QDateTime &now)
{
    return int(std::count_if(reports.cbegin(), reports.cend(), [&](const AbsenceReport &report) {
        return !report.isWithdrawn() && report.start > now;
    }));
}

RuleResult checkRecovery(const AbsenceReport &report, const QDateTime &at)
{
    if (report.code != RegistrationCode::Z)
        return error("not_sickness",
                     QStringLiteral("Only a sickness report can be closed as better."));
    if (report.isFinished())
        return error("already_closed", QStringLiteral("This report is already closed."));
    if (!at.isValid() || at < report.start)
        return error("recovery_before_start",
                     QStringLiteral("Better cannot be reported before the sickness started."));
    return {};
}

AbsenceReport recovered(AbsenceReport report, const QDateTime &at)
{
    if (report.isOpenEnded() || at < report.end)
        report.end = at;
    report.state = ReportState::Closed;
    return report;
}

RuleResult checkWithdrawal(const AbsenceReport &report, const QString &userId, const QDateTime &now)
{
    if (report.reporterId != userId)
        return error("not_reporter", QStringLiteral("Only who made a report can withdraw it."));
    if (report.isFinished())
        return error("already_closed", QStringLiteral("This report is already closed."));
    if (now.date() > report.start.date())
        return error("too_late_to_withdraw",
                     QStringLiteral("A report can be withdrawn until the end of the day it "
                                    "starts."));
    return {};
}

AbsenceReport withdrawn(AbsenceReport report)
{
    report.state = ReportState::Withdrawn;
    if (report.decision == LeaveDecision::Pending)
        report.decision = LeaveDecision::NotNeeded;
    return report;
}

} // namespace Aanwezig
