#include "notify/schoolclock.h"

#include <mutex>

namespace Aanwezig::Server {

namespace {
std::mutex zoneMutex;
QTimeZone &zoneStorage()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}
} // namespace

void setSchoolTimeZone(const QTimeZone &zone)
{
    const std::lock_guard lock(zoneMutex);
    zoneStorage() = zone;
}

QTimeZone schoolTimeZone()
{
    const std::lock_guard lock(zoneMutex);
    return zoneStorage();
}

QDateTime schoolNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(schoolTimeZone());
}

} // namespace Aanwezig::Server
