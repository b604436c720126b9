#include "sync/clientbookkeeping.h"

#include "storage/database.h"

#include <QStringList>
#include <algorithm>

namespace Aanwezig::Server::ClientBookkeeping {

namespace {

QStringList ids(QSqlQuery &query)
{
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    query.finish();
    return found;
}

// The answers kept for a client: only its own row says it was ever seen.
void forgetAnswers(const QSqlDatabase &db, const QString &clientId)
{
    exec(db, QStringLiteral("DELETE FROM rejections WHERE client_id = ?"), {clientId});
    exec(db, QStringLiteral("DELETE FROM mutation_hashes WHERE client_id = ?"), {clientId});
}

// Only its row stays, retired, so that a push with it gets 409.
void retire(const QSqlDatabase &db, const QString &clientId)
{
    exec(db, QStringLiteral("UPDATE clients SET retired = 1 WHERE id = ?"), {clientId});
    forgetAnswers(db, clientId);
}

} // namespace

void recordPush(const QSqlDatabase &db, const QString &clientId, const QString &userId,
                qint64 lastSeq, qint64 nowMs)
{
    const qint64 latest =
        scalar(db, QStringLiteral("SELECT MAX(last_push_at) FROM clients")).toLongLong();
    const qint64 stamp = std::max(nowMs, latest + 1);
    exec(db,
         QStringLiteral("INSERT INTO clients (id, user_id, last_seq, last_push_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                        "last_seq = excluded.last_seq, last_push_at = excluded.last_push_at"),
         {clientId, userId, lastSeq, stamp});
    const qint64 below = lastSeq - keptSeqs;
    if (below > 0) {
        exec(db, QStringLiteral("DELETE FROM rejections WHERE client_id = ? AND seq <= ?"),
             {clientId, below});
        exec(db, QStringLiteral("DELETE FROM mutation_hashes WHERE client_id = ? AND seq <= ?"),
             {clientId, below});
    }
}

void limitClients(const QSqlDatabase &db, const QString &userId, const QString &newClientId)
{
    // Active ids beyond the limit, the longest idle first, retire: their
    // answers go, their row stays so that a push with them gets 409.
    QSqlQuery &active =
        exec(db,
             QStringLiteral("SELECT id FROM clients WHERE user_id = ? AND "
                            "retired = 0 AND id <> ? ORDER BY last_push_at DESC, id"),
             {userId, newClientId});
    const QStringList activeIds = ids(active);
    for (qsizetype i = maxClientsPerUser - 1; i < activeIds.size(); ++i)
        retire(db, activeIds.at(i));
    QSqlQuery &retired = exec(db,
                              QStringLiteral("SELECT id FROM clients WHERE user_id = ? AND "
                                             "retired = 1 ORDER BY last_push_at DESC, id"),
                              {userId});
    const QStringList retiredIds = ids(retired);
    for (qsizetype i = maxRetiredClientsPerUser; i < retiredIds.size(); ++i)
        exec(db, QStringLiteral("DELETE FROM clients WHERE id = ?"), {retiredIds.at(i)});
}

int forgetIdleClients(const QSqlDatabase &db, qint64 beforeMs, bool countOnly)
{
    QSqlQuery &idle =
        exec(db, QStringLiteral("SELECT id FROM clients WHERE retired = 0 AND last_push_at < ?"),
             {beforeMs});
    const QStringList idleIds = ids(idle);
    if (!countOnly) {
        for (const QString &id : idleIds)
            retire(db, id);
    }
    return int(idleIds.size());
}

} // namespace Aanwezig::Server::ClientBookkeeping
