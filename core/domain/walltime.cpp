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

namespace {

// The number in text[from, from + digits), or -1 when a character is not a digit.
int digitsAt(const QString &text, qsizetype from, int digits)
{
    int value = 0;
    for (qsizetype i = from; i < from + digits; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime parseWallTime(const QString &text)
{
    // "yyyy-MM-ddTHH:mm" or "yyyy-MM-ddTHH:mm:ss", read by hand: it is read for
    // every pulled row, and QDate/QTime::fromString with a format are slow.
    // Date and time are built apart: going through a local QDateTime would
    // read the zone file on every call and lose times in a DST gap.
    const bool withSeconds = text.size() == 19;
    if ((text.size() != 16 && !withSeconds) || text.at(4) != u'-' || text.at(7) != u'-' ||
        text.at(10) != u'T' || text.at(13) != u':' || (withSeconds && text.at(16) != u':'))
        return {};
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2);
    const int second = withSeconds ? digitsAt(text, 17, 2) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second))
        return {};
    // Wall times are whole minutes: seconds are read but not kept, so that
    // formatWallTime writes back the time that was read.
    return wallTime(QDate(year, month, day), QTime(hour, minute));
}

namespace {
QDateTime pinnedWallTime; // invalid: the clock runs
} // namespace

void pinCurrentWallTime(const QDateTime &at)
{
    pinnedWallTime = at;
}

QDateTime currentWallTime()
{
    if (pinnedWallTime.isValid())
        return pinnedWallTime;
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

QString formatClockTime(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

std::optional<QTime> parseClockTime(QStringView text)
{
    // Read by hand like parseWallTime(): two digits, a colon, two digits.
    const auto digit = [&](qsizetype at) {
        return text[at] >= u'0' && text[at] <= u'9' ? text[at].unicode() - u'0' : -1;
    };
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    const int h1 = digit(0), h2 = digit(1), m1 = digit(3), m2 = digit(4);
    if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0)
        return std::nullopt;
    const int hour = h1 * 10 + h2, minute = m1 * 10 + m2;
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

} // namespace Aanwezig
