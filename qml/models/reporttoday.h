#pragma once

#include "domain/absencereport.h"
#include "domain/registeredabsence.h"

#include <QList>
#include <optional>

namespace Aanwezig {

// The report that says most about `day`: an open one before a closed one.
std::optional<AbsenceReport> reportForDay(const QList<AbsenceReport> &reports, QDate day);
// What the school registered as missed on `day` (nothing when nothing).
std::optional<RegisteredAbsence> registeredOn(const QList<RegisteredAbsence> &days, QDate day);
// "Ziek · vandaag, tot beter" in plain words.
QString reportSummary(const AbsenceReport &report);
// Where a report is, as its sender sees it: on the phone while its outbox
// entry waits (`waiting`), sent once the server took it, until a pull tells more.
ReportState shownReportState(const AbsenceReport &report, bool waiting);
// Its step on the way (ReportProgress.qml): 0 on the phone, 1 sent,
// 2 received, 3 seen by the mentor; -1 closed or withdrawn.
int reportProgress(ReportState state);

} // namespace Aanwezig
