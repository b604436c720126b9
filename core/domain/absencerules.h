#pragma once

#include "absencereport.h"
#include "role.h"
#include "ruleresult.h"

#include <QList>

namespace Aanwezig {

// What a school allows; configurable per school.
struct ReportPolicy
{
    int maxDaysBack = 7; // how far in the past a report may start
};

// Checks a new report against the rules. `otherReports` are the student's
// reports already known (the new one's id is skipped). Closed reports keep
// their period, so an overlap with them is refused too.
RuleResult checkNewReport(const AbsenceReport &report, Role reporterRole,
                          const QList<AbsenceReport> &otherReports, const QDateTime &now,
                          const ReportPolicy &policy = {});

// Limits that keep what one student's reports cost bounded, whatever a
// phone sends: a report starts at most a year ahead, and a student
// has at most maxFutureReports reports that start later than now.
inline constexpr int maxYearsAhead = 1;
inline constexpr int maxFutureReports = 200;
// `futureReports`: how many reports of the student (not withdrawn) start
// after `now`, the new one not counted.
RuleResult checkReportHorizon(const AbsenceReport &report, int futureReports, const QDateTime &now);
// How many of these reports start after `now` and are not withdrawn.
int countFutureReports(const QList<AbsenceReport> &reports, const QDateTime &now);

// "Beter melden": only an open sickness report (Z, not closed) can be closed,
// and not before it started.
RuleResult checkRecovery(const AbsenceReport &report, const QDateTime &at);
// The report closed at `at` (its end moves to `at` unless it already ended earlier).
AbsenceReport recovered(AbsenceReport report, const QDateTime &at);

// Taking a report back (a mistake, or plans changed): only who made it, only
// while it is neither closed nor withdrawn, and at the latest on the day it
// starts; an absence under way since an earlier day ends with "beter melden".
RuleResult checkWithdrawal(const AbsenceReport &report, const QString &userId,
                           const QDateTime &now);
// The report withdrawn; a leave request that waited needs no decision any more.
AbsenceReport withdrawn(AbsenceReport report);

} // namespace Aanwezig
