#include "notify/notificationsettingsstore.h"

#include "storage/database.h"
#include "storage/records.h"

namespace Aanwezig::Server {

NotificationSettings notificationSettingsOf(const QSqlDatabase &db, const QString &userId)
{
    const auto json = Records(db).find(QLatin1String(Kind::notificationSettings), userId);
    if (json) {
        if (auto settings = NotificationSettings::fromJson(*json))
            return *settings;
    }
    return NotificationSettings::defaults(userId);
}

bool hasStoredNotificationSettings(const QSqlDatabase &db, const QString &userId)
{
    return scalar(db, QStringLiteral("SELECT 1 FROM records WHERE kind = ? AND id = ?"),
                  {QLatin1String(Kind::notificationSettings), userId})
        .isValid();
}

} // namespace Aanwezig::Server
