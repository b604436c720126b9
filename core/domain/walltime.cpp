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
    for (const auto *format : {"yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"}) {
        QDateTime parsed = QDateTime::fromString(text, QString::fromLatin1(format));
        if (parsed.isValid())
            return wallTime(parsed.date(), parsed.time());
    }
    return {};
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
