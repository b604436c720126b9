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

void ensureNotificationSettings(const QSqlDatabase &db, const QString &userId)
{
    const QString kind = QLatin1String(Kind::notificationSettings);
    const QString present = QStringLiteral("SELECT 1 FROM records WHERE kind = ? AND id = ?");
    if (scalar(db, present, {kind, userId}).isValid())
        return;
    WriteTransaction transaction(db);
    if (scalar(db, present, {kind, userId}).isValid())
        return; // another request stored it meanwhile
    Records records(db);
    records.put(kind, userId, QString(), NotificationSettings::defaults(userId).toJson());
    transaction.commit();
}

} // namespace Aanwezig::Server
