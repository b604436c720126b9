#include "notify/notificationoutbox.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QMap>
#include <QUuid>

namespace Aanwezig::Server {

namespace {

constexpr char columns[] =
    "id, user_id, kind, group_key, dedup_key, student_id, data, due_at, created_at";

OutboxNotification fromRow(const QSqlQuery &row)
{
    OutboxNotification n;
    n.id = row.value(0).toString();
    n.userId = row.value(1).toString();
    n.kind = row.value(2).toString();
    n.groupKey = row.value(3).toString();
    n.dedupKey = row.value(4).toString();
    n.studentId = row.value(5).toString();
    n.data = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
    n.dueAt = row.value(7).toLongLong();
    n.createdAt = row.value(8).toLongLong();
    return n;
}

} // namespace

bool enqueueNotification(const QSqlDatabase &db, OutboxNotification n, qint64 nowSeconds)
{
    if (scalar(db, QStringLiteral("SELECT 1 FROM notifications WHERE dedup_key = ?"), {n.dedupKey})
            .isValid())
        return false;
    const QVariant waiting =
        scalar(db,
               QStringLiteral("SELECT MIN(due_at) FROM notifications WHERE user_id = ? AND "
                              "group_key = ? AND state = 'pending' AND due_at >= ?"),
               {n.userId, n.groupKey, nowSeconds});
    if (!waiting.isNull() && waiting.isValid())
        n.dueAt = std::min(n.dueAt, waiting.toLongLong());
    if (n.id.isEmpty())
        n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return exec(db,
                QStringLiteral("INSERT INTO notifications (%1, state) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, 'pending') ON CONFLICT (dedup_key) DO NOTHING")
                    .arg(QLatin1String(columns)),
                {n.id, n.userId, n.kind, n.groupKey, n.dedupKey, text(n.studentId),
                 QString::fromUtf8(QJsonDocument(n.data).toJson(QJsonDocument::Compact)), n.dueAt,
                 n.createdAt ? n.createdAt : nowSeconds})
               .numRowsAffected() > 0;
}

QList<QList<OutboxNotification>> dueNotificationGroups(const QSqlDatabase &db, qint64 nowSeconds,
                                                       int maxGroups)
{
    QList<std::pair<QString, QString>> keys;
    {
        QSqlQuery &due =
            exec(db,
                 QStringLiteral("SELECT DISTINCT user_id, group_key FROM notifications "
                                "WHERE state = 'pending' AND due_at <= ?"),
                 {nowSeconds});
        while (due.next() && keys.size() < maxGroups)
            keys.append({due.value(0).toString(), due.value(1).toString()});
    }
    QList<QList<OutboxNotification>> groups;
    for (const auto &[user, group] : keys) {
        QSqlQuery &rows = exec(db,
                               QStringLiteral("SELECT %1 FROM notifications WHERE state = "
                                              "'pending' AND user_id = ? AND group_key = ? "
                                              "ORDER BY created_at, id")
                                   .arg(QLatin1String(columns)),
                               {user, group});
        QList<OutboxNotification> list;
        while (rows.next())
            list.append(fromRow(rows));
        if (!list.isEmpty())
            groups.append(list);
    }
    return groups;
}

void markNotificationsExpanded(const QSqlDatabase &db, const QList<OutboxNotification> &group)
{
    for (const OutboxNotification &n : group)
        exec(db,
             QStringLiteral(
                 "UPDATE notifications SET state = 'expanded' WHERE id = ? AND state = 'pending'"),
             {n.id});
}

} // namespace Aanwezig::Server
