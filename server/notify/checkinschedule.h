#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Aanwezig::Server {

// Which check-in of a student is due on `today` by the rhythm of their
// return plan (ReturnPlan::checkInEveryDays; domain.md "Return plan"):
// before the first check-in, the first one ("first"); after it, the one of
// the last day lastCheckIn + k * everyDays (k >= 1) on or before today (that
// day, YYYY-MM-DD); nullopt while the next one is not due yet. Each due
// check-in has its own key, so that it is notified once.
std::optional<QString> dueCheckInKey(int everyDays, std::optional<QDate> lastCheckIn, QDate today);

// The check-in job (beside the push sender, PushDispatcher): for each
// student with a return plan whose check-in is due at `schoolNow` (the
// school's wall time, injected), a checkin_due notification for the student
// in the notification outbox (quiet hours and settings as for every
// notification, notificationrules.h). Once per due check-in: the outbox's
// unique dedup key "checkin_due:<student>:<key>@<student>" makes a second
// run, a restart or another instance on the same database add nothing.
// Returns how many it added.
int scheduleDueCheckIns(const QSqlDatabase &db, const QDateTime &schoolNow);

} // namespace Aanwezig::Server
