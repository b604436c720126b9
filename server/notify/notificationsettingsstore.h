#pragma once

#include "domain/notificationsettings.h"

#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// A user's notification settings as stored (the entity
// "notification_settings"), or the defaults when they never saved any.
NotificationSettings notificationSettingsOf(const QSqlDatabase &db, const QString &userId);

// Stores the default settings of a user who has none yet, in a write
// transaction of its own, so that every user pulls one (PROTOCOL.md). Cheap
// when the row exists: one read.
void ensureNotificationSettings(const QSqlDatabase &db, const QString &userId);

} // namespace Aanwezig::Server
