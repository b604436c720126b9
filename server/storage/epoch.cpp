#include "storage/epoch.h"

#include "storage/database.h"

#include <QMutex>
#include <QUuid>
#include <optional>

namespace Aanwezig::Server {

namespace {

QMutex g_keptMutex;
std::optional<DatabaseEpoch> g_kept;

QString newEpochId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

DatabaseEpoch readEpoch(const QSqlDatabase &db)
{
    QSqlQuery &query =
        exec(db, QStringLiteral("SELECT epoch, bare_cursors_valid FROM database_epoch"));
    DatabaseEpoch epoch;
    if (query.next())
        epoch = {query.value(0).toString(), query.value(1).toInt() != 0};
    query.finish();
    if (epoch.id.isEmpty())
        throw DatabaseError(QStringLiteral("The database has no epoch"), false);
    return epoch;
}

} // namespace

void ensureEpoch(const QSqlDatabase &db)
{
    // A database that already had data before epochs existed keeps accepting
    // the bare cursors its phones hold; a new one never gave any out.
    if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM database_epoch")).toInt() > 0)
        return;
    const bool hadRecords = scalar(db, QStringLiteral("SELECT COUNT(*) FROM records")).toInt() > 0;
    exec(db, QStringLiteral("INSERT INTO database_epoch (epoch, bare_cursors_valid) VALUES (?, ?)"),
         {newEpochId(), hadRecords ? 1 : 0});
}

DatabaseEpoch renewEpoch(const QSqlDatabase &db)
{
    WriteTransaction transaction(db);
    const DatabaseEpoch epoch{newEpochId(), false};
    exec(db, QStringLiteral("DELETE FROM database_epoch"));
    exec(db, QStringLiteral("INSERT INTO database_epoch (epoch, bare_cursors_valid) VALUES (?, ?)"),
         {epoch.id, 0});
    transaction.commit();
    const QMutexLocker lock(&g_keptMutex);
    g_kept = epoch;
    return epoch;
}

DatabaseEpoch databaseEpoch(const QSqlDatabase &db)
{
    {
        const QMutexLocker lock(&g_keptMutex);
        if (g_kept)
            return *g_kept;
    }
    const DatabaseEpoch epoch = readEpoch(db);
    const QMutexLocker lock(&g_keptMutex);
    g_kept = epoch;
    return epoch;
}

DatabaseEpoch keptEpoch()
{
    const QMutexLocker lock(&g_keptMutex);
    return g_kept.value_or(DatabaseEpoch{});
}

} // namespace Aanwezig::Server
