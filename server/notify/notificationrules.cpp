#include "notify/notificationrules.h"

#include "protocol/notificationkinds.h"

#include <QTimeZone>
#include <cstring>

namespace Aanwezig::Server {

namespace {

bool is(const char *kind, const char *name)
{
    return std::strcmp(kind, name) == 0;
}

bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}

bool meantFor(const char *kind, Recipient recipient)
{
    using namespace NotificationKinds;
    switch (recipient) {
    case Recipient::Parent:
        return is(kind, reportSeen) || is(kind, leaveDecided) || is(kind, warmMessage) ||
               is(kind, unreportedAbsence);
    case Recipient::Student:
        return is(kind, warmMessage) || is(kind, planStep) || is(kind, checkinDue);
    case Recipient::Mentor:
    case Recipient::Team:
        return is(kind, firstDay);
    }
    return false;
}

// The end of the quiet hours that `time` falls in.
QDateTime endOfQuietHours(const NotificationSettings &settings, const QDateTime &time)
{
    QDateTime end(time.date(), settings.quietEnd, time.timeZone());
    if (end <= time)
        end = end.addDays(1);
    return end;
}

} // namespace

bool isSchoolHours(const QDateTime &time)
{
    return isWeekday(time.date()) && time.time() >= schoolDayStart && time.time() < schoolDayEnd;
}

QDateTime nextSchoolMorning(const QDateTime &time)
{
    QDate day = time.date();
    if (time.time() > schoolDayStart)
        day = day.addDays(1);
    while (!isWeekday(day))
        day = day.addDays(1);
    return QDateTime(day, schoolDayStart, time.timeZone());
}

std::optional<Delivery> decideDelivery(const char *kind, Recipient recipient,
                                       const NotificationSettings &settings, const QDateTime &now)
{
    using namespace NotificationKinds;
    if (!meantFor(kind, recipient))
        return std::nullopt;
    Delivery delivery;
    if (is(kind, firstDay)) {
        if (recipient == Recipient::Team && !settings.teamFirstDay)
            return std::nullopt;
        if (isSchoolHours(now)) {
            if (!settings.wants(firstDay))
                return std::nullopt;
            delivery = {QLatin1String(firstDay), now.addSecs(coalesceSeconds),
                        QLatin1String(firstDay)};
        } else {
            if (!settings.wants(morningSummary))
                return std::nullopt;
            const QDateTime morning = nextSchoolMorning(now);
            delivery = {QLatin1String(morningSummary), morning,
                        QString::fromLatin1(morningSummary) + QLatin1Char(':') +
                            morning.date().toString(Qt::ISODate)};
        }
    } else {
        if (!settings.wants(kind))
            return std::nullopt;
        delivery = {QLatin1String(kind), now, QLatin1String(kind)};
    }
    // Quiet hours hold everything back; what waited goes out as one message.
    if (settings.isQuietAt(delivery.due.time())) {
        delivery.due = endOfQuietHours(settings, delivery.due);
        delivery.groupKey =
            QStringLiteral("waited:") + delivery.due.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
    return delivery;
}

} // namespace Aanwezig::Server
