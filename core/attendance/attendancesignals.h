#pragma once

#include "registrations.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Aanwezig {

// The signals of one student over the days d with from <= d <= to. They look
// back before from: every row of the student dated on or before to counts.
// Each is a reason for a conversation, never a label.

// Legal threshold (leerplicht): unauthorised minutes within 4 weeks.
inline constexpr int legalWindowDays = 28;
inline constexpr int legalWarnMinutes = 480;   // 8 hours: act before it gets there
inline constexpr int legalReportMinutes = 960; // 16 hours: must be reported to DUO

enum class LegalSignal { None, Warn, Report };

// The largest unauthorised total over the 28 days d-27 .. d.
int largestUnauthorisedIn28Days(const QList<Registration> &rowsOfStudent, QDate from, QDate to);
// Report at 960 minutes or more, Warn at 480 or more, else None.
LegalSignal legalSignal(int unauthorisedMinutesIn28Days);
// "none", "warn", "report".
QString legalSignalKey(LegalSignal signal);

// Frequent sickness (MAZL).
inline constexpr int longSickEpisodeSchoolDays = 7;
inline constexpr int frequentSickWindowDays = 84; // 12 school weeks
inline constexpr int frequentSickEpisodes = 4;

// A student's school days are the dates on which they have any row; a sick
// episode is a maximal run of consecutive school days each with at least one
// Z row, and it starts on its first day. True when an episode of 7 or more
// school days has a day inside from .. to, or when 4 or more episodes start
// within the 84 days d-83 .. d.
bool sickSignal(const QList<Registration> &rowsOfStudent, QDate from, QDate to);

// Lateness pattern.
inline constexpr int lateWindowDays = 28;
inline constexpr int lateRowsForSignal = 3;

// True when 3 or more TL rows fall within the 28 days d-27 .. d.
bool lateSignal(const QList<Registration> &rowsOfStudent, QDate from, QDate to);

} // namespace Aanwezig
