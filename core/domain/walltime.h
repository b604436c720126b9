#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
#include <optional>

namespace Aanwezig {

// School times are wall-clock times at the school ("maandag 08:30"), not
// instants: they are kept as QDateTime in UTC spec so that comparisons and
// arithmetic never shift with daylight saving. On the wire they are written
// as "YYYY-MM-DDTHH:MM" without a zone.
QDateTime wallTime(QDate date, QTime time = QTime(0, 0));
QString formatWallTime(const QDateTime &time);
// Returns an invalid QDateTime when text is not "YYYY-MM-DDTHH:MM[:SS]".
// Wall times are whole minutes: seconds are checked, then dropped.
QDateTime parseWallTime(const QString &text);
// The current wall-clock time at the school (the device's local time).
QDateTime currentWallTime();

// A time of day ("08:30": lesson times, quiet hours) as written on the wire and
// in the school's files: "HH:MM", 00:00 .. 23:59; any other text is refused.
QString formatClockTime(QTime time);
std::optional<QTime> parseClockTime(QStringView text);
// For tests and review screens: currentWallTime() says `at` from now on (an
// invalid time lets the clock run again). Set it before other threads read
// the clock.
void pinCurrentWallTime(const QDateTime &at);

// Parts of a school day a report can cover.
enum class DayPart { WholeDay, Morning, Afternoon };
inline constexpr int middayMinutes = 12 * 60;

struct Period
{
    QDateTime start;
    QDateTime end; // invalid: open-ended
};
Period periodOf(QDate date, DayPart part);

} // namespace Aanwezig
