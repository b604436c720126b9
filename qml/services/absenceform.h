#pragma once

#include "domain/absencereport.h"

#include <QVariantMap>
#include <optional>

namespace Aanwezig {

// Turns the report form of the parent's screen into a report.
//
// Keys: studentId, code ("Z", "D", "G", "V"), startDate ("yyyy-MM-dd"),
// startTime ("HH:mm", or empty for a part of the day), startPart ("whole",
// "morning", "afternoon"), openEnd (bool: "until better"), endDate (defaults
// to startDate), endTime, endPart, note.
//
// A part of the day covers [00:00, 12:00) for the morning, [12:00, 24:00) for
// the afternoon and the whole day otherwise. Returns nullopt with plain words
// in *error when the form is incomplete; the domain rules are checked later.
std::optional<AbsenceReport> absenceFromForm(const QVariantMap &form, QString *error);

} // namespace Aanwezig
