#pragma once

#include "domain/notificationsettings.h"

#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// A user's notification settings as stored (the entity
// "notification_settings"), or the defaults when they never saved any.
NotificationSettings notificationSettingsOf(const QSqlDatabase &db, const QString &userId);

// Whether the user saved notification settings (else pull serves the
// defaults in a snapshot).
bool hasStoredNotificationSettings(const QSqlDatabase &db, const QString &userId);

} // namespace Aanwezig::Server
