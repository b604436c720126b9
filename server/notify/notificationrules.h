#pragma once

#include "domain/notificationsettings.h"

#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace Aanwezig::Server {

// Who hears what, when (README "Notifications"): the one place the
// timing rules live. Times are the school's wall-clock time (the zone of
// `serve --timezone`), given by the caller: the clock is injected.
//
// - mentor (and team member who opted in, `team_first_day`): a first-day item
//   of a student of their class. On a school day (Monday to Friday) from
//   07:45 to 16:30 at once, coalesced with the others of the next minute;
//   otherwise in the morning summary at 07:45 of the next school day
//   (weekends wait for Monday).
// - parent: report_seen, leave_decided, warm_message, unreported_absence.
// - student: warm_message, plan_step, checkin_due.
// - parents and students: during their quiet hours (default 21:00-07:00)
//   a notification waits for the end of them, together with the others that
//   waited (one message).
// - every kind can be switched off per user (NotificationSettings); a kind
//   not meant for the recipient's role is never sent.
enum class Recipient { Parent, Student, Mentor, Team };

inline const QTime schoolDayStart = QTime(7, 45); // also the morning summary's time
inline const QTime schoolDayEnd = QTime(16, 30);
inline constexpr int coalesceSeconds = 60;

struct Delivery
{
    QString kind;     // what is sent: first_day may become morning_summary
    QDateTime due;    // school wall time
    QString groupKey; // notifications of one user with the same group and due are one message
    friend bool operator==(const Delivery &, const Delivery &) = default;
};

// When (and as what) a notification of `kind` reaches a recipient, or
// nullopt when it does not. `now` is the school's wall time.
std::optional<Delivery> decideDelivery(const char *kind, Recipient recipient,
                                       const NotificationSettings &settings, const QDateTime &now);

// Whether `time` is in school hours (a weekday, 07:45-16:30).
bool isSchoolHours(const QDateTime &time);
// The next 07:45 on a weekday at or after `time`.
QDateTime nextSchoolMorning(const QDateTime &time);

} // namespace Aanwezig::Server
