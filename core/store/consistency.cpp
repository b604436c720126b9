#include "consistency.h"

#include "database.h"
#include "entitytables.h"

namespace Aanwezig::Store {

namespace {

QStringList entriesWithoutEffect(const QSqlDatabase &db, const EntityTable &table)
{
    QSqlQuery query =
        exec(db,
             QStringLiteral("SELECT o.seq, o.name, o.target_id, t.pending_seq FROM outbox o "
                            "LEFT JOIN %1 t ON t.id = o.target_id WHERE o.state = 'pending' AND "
                            "o.target_kind = ? AND (t.id IS NULL OR t.pending_seq IS NULL OR "
                            "t.pending_seq < o.seq)")
                 .arg(QLatin1String(table.table)),
             {QLatin1String(table.wireKind)});
    QStringList problems;
    while (query.next())
        problems.append(QStringLiteral("outbox entry %1 (%2) waits, but %3 %4 %5")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 QLatin1String(table.wireKind), query.value(2).toString(),
                                 query.value(3).isNull()
                                     ? QStringLiteral("does not wait for it")
                                     : QStringLiteral("waits for an earlier entry")));
    return problems;
}

QStringList effectsWithoutEntry(const QSqlDatabase &db, const EntityTable &table)
{
    QSqlQuery query = exec(
        db,
        QStringLiteral(
            "SELECT t.id, t.pending_seq FROM %1 t LEFT JOIN outbox o ON o.seq = t.pending_seq "
            "WHERE t.pending_seq IS NOT NULL AND (o.seq IS NULL OR o.state <> 'pending' OR "
            "o.target_kind <> ? OR o.target_id <> t.id OR EXISTS (SELECT 1 FROM outbox later "
            "WHERE later.target_kind = ? AND later.target_id = t.id AND later.state = 'pending' "
            "AND later.seq > t.pending_seq))")
            .arg(QLatin1String(table.table)),
        {QLatin1String(table.wireKind), QLatin1String(table.wireKind)});
    QStringList problems;
    while (query.next())
        problems.append(QStringLiteral("%1 %2 waits for outbox entry %3, which is not its "
                                       "latest waiting entry")
                            .arg(QLatin1String(table.wireKind), query.value(0).toString(),
                                 query.value(1).toString()));
    return problems;
}

QStringList entriesOfUnknownKind(const QSqlDatabase &db)
{
    QStringList known;
    for (const EntityTable &table : entityTables())
        known.append(QStringLiteral("'%1'").arg(QLatin1String(table.wireKind)));
    QSqlQuery query = exec(db, QStringLiteral("SELECT seq, target_kind FROM outbox WHERE "
                                              "target_kind NOT IN (%1)")
                                   .arg(known.join(QLatin1Char(','))));
    QStringList problems;
    while (query.next())
        problems.append(QStringLiteral("outbox entry %1 is about an unknown kind %2")
                            .arg(query.value(0).toString(), query.value(1).toString()));
    return problems;
}

} // namespace

QStringList consistencyProblems(const QSqlDatabase &db)
{
    QStringList problems = entriesOfUnknownKind(db);
    for (const EntityTable &table : entityTables())
        problems += entriesWithoutEffect(db, table) + effectsWithoutEntry(db, table);
    return problems;
}

} // namespace Aanwezig::Store
