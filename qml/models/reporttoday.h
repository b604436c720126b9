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

} // namespace Aanwezig
