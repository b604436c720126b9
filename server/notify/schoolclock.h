#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Aanwezig::Server {

// The school's time zone (`--timezone`, default the system's) and the time
// there now. Notification rules run on the school's wall-clock time.
void setSchoolTimeZone(const QTimeZone &zone);
QTimeZone schoolTimeZone();
QDateTime schoolNow();

} // namespace Aanwezig::Server
