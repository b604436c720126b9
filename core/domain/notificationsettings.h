#pragma once

#include "ruleresult.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTime>
#include <optional>

namespace Aanwezig {

// One user's notification choices, kept on the server and synced as the
// entity "notification_settings" (id = the user's id; only that user sees
// it). Wire form:
//   {"user_id", "kinds": {"first_day": true, ...every kind of
//    NotificationKinds::all...}, "quiet_start": "21:00", "quiet_end": "07:00",
//    "hide_names": false, "team_first_day": false}
struct NotificationSettings
{
    QString userId;
    QMap<QString, bool> kinds; // every kind of NotificationKinds::all; all on by default
    QTime quietStart = QTime(21, 0);
    QTime quietEnd = QTime(7, 0);
    bool hideNames = false;    // "Nieuwe melding in 2A" instead of a name on the lock screen
    bool teamFirstDay = false; // a team member opts in to first-day items and the summary

    // Everything on, quiet 21:00-07:00, names shown, team opt-in off.
    static NotificationSettings defaults(const QString &userId);

    bool wants(const char *kind) const { return kinds.value(QLatin1String(kind), true); }
    // Whether a wall-clock time falls in the quiet hours (which may cross
    // midnight). Equal start and end: no quiet hours.
    bool isQuietAt(QTime time) const;

    QJsonObject toJson() const;
    // Kinds left out of "kinds" are on; a kind this version does not know is
    // refused (it would be lost on the next save).
    static std::optional<NotificationSettings> fromJson(const QJsonObject &json,
                                                        QString *error = nullptr);
    friend bool operator==(const NotificationSettings &, const NotificationSettings &) = default;
};

// user id present, quiet hours valid whole minutes.
RuleResult checkNotificationSettings(const NotificationSettings &settings);

} // namespace Aanwezig
