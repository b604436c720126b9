#include "walltime.h"

namespace Aanwezig {

QDateTime wallTime(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

QString formatWallTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QDateTime parseWallTime(const QString &text)
{
    // Date and time are parsed apart: going through a local QDateTime would
    // read the zone file on every call and lose times in a DST gap.
    if (text.size() < 16 || text.at(10) != QLatin1Char('T'))
        return {};
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QString timeText = text.mid(11);
    const QTime time = QTime::fromString(
        timeText, timeText.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return wallTime(date, time);
}

QDateTime currentWallTime()
{
    const QDateTime local = QDateTime::currentDateTime();
    const QTime t = local.time();
    return wallTime(local.date(), QTime(t.hour(), t.minute()));
}

Period periodOf(QDate date, DayPart part)
{
    const QDateTime midnight = wallTime(date);
    const QDateTime midday = midnight.addSecs(middayMinutes * 60);
    const QDateTime nextMidnight = wallTime(date.addDays(1));
    switch (part) {
    case DayPart::Morning:
        return {midnight, midday};
    case DayPart::Afternoon:
        return {midday, nextMidnight};
    case DayPart::WholeDay:
        break;
    }
    return {midnight, nextMidnight};
}

} // namespace Aanwezig
