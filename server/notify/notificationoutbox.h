#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// One decided notification for one user, waiting in the outbox (the table
// "notifications") until it falls due. Written inside the write transaction
// of the change that causes it, so it is neither lost nor doubled when an
// instance dies.
struct OutboxNotification
{
    QString id;
    QString userId;
    QString kind;     // as sent (NotificationKinds)
    QString groupKey; // rows of one user and group that fall due together are one message
    QString dedupKey; // one row per cause and user: repeating the cause adds nothing
    QString studentId;
    QJsonObject data; // what the words need: first_name, class, link, ...
    qint64 dueAt = 0; // seconds since the epoch
    qint64 createdAt = 0;
};

// Adds the notification unless one with its dedup key exists (the key is
// unique in the table: another instance adding the same one at the same time
// adds nothing either); true when it was added. A row of the same user and
// group that is not yet due takes the new one along: the new one's due time
// becomes the earlier of the two (coalescing).
bool enqueueNotification(const QSqlDatabase &db, OutboxNotification notification,
                         qint64 nowSeconds);

// The pending notifications due at `nowSeconds`, together with every other
// pending one of the same user and group (they go as one message), grouped.
QList<QList<OutboxNotification>> dueNotificationGroups(const QSqlDatabase &db, qint64 nowSeconds,
                                                       int maxGroups);
// Marks notifications as handed to delivery ("sent" to the delivery queue).
void markNotificationsExpanded(const QSqlDatabase &db, const QList<OutboxNotification> &group);

} // namespace Aanwezig::Server
