#include "outbox.h"

#include "database.h"
#include "domain/absencereport.h"
#include "protocol/mutations.h"

#include <QJsonDocument>

namespace Aanwezig::Store {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

const QString columns = QStringLiteral("seq, name, args, state, reason, created_at, target_kind, "
                                       "target_id, first_sent_at FROM outbox");

OutboxEntry entryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.name = query.value(1).toString();
    entry.args = parsed(query.value(2));
    entry.state = parseOutboxState(query.value(3).toString()).value_or(OutboxState::Pending);
    entry.reason = query.value(4).toString();
    entry.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    const EntityTable *table = entityTableForWireKind(query.value(6).toString());
    entry.targetKind = table ? table->kind : DataKind::Outbox;
    entry.targetId = query.value(7).toString();
    entry.firstSentAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return entry;
}

// The latest entry still waiting for the row, 0 when none: what the row's
// pending_seq must say.
qint64 latestPending(const QSqlDatabase &db, const EntityTable &table, const QString &id)
{
    return scalar(db,
                  QStringLiteral("SELECT MAX(seq) FROM outbox WHERE target_kind = ? AND "
                                 "target_id = ? AND state = 'pending'"),
                  {QLatin1String(table.wireKind), id})
        .toLongLong();
}

// A report the server has is "sent" until the server's own row says more.
void markReportSent(const QSqlDatabase &db, const EntityTable &table, const QString &id)
{
    auto row = findRow(db, table, id);
    if (!row ||
        row->json.value(QLatin1String("state")) != reportStateKey(ReportState::SavedOnPhone))
        return;
    row->json.insert(QStringLiteral("state"), reportStateKey(ReportState::Sent));
    writeRow(db, table, id, *row);
}

} // namespace

qint64 appendEntry(const QSqlDatabase &db, const QString &name, const QJsonObject &args,
                   DataKind targetKind, const QString &targetId,
                   const std::optional<EntityRow> &before)
{
    const QSqlQuery insert =
        exec(db,
             QStringLiteral("INSERT INTO outbox (name, args, created_at, target_kind, target_id, "
                            "before_json, before_deleted) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {name, compact(args), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
              QLatin1String(entityTable(targetKind).wireKind), targetId,
              before ? QVariant(compact(before->json)) : QVariant(QMetaType(QMetaType::QString)),
              int(before && before->deleted)});
    return insert.lastInsertId().toLongLong();
}

QList<OutboxEntry> readEntries(const QSqlDatabase &db, std::optional<OutboxState> state, int limit)
{
    QSqlQuery query =
        state ? exec(db,
                     QStringLiteral("SELECT %1 WHERE state = ? ORDER BY seq LIMIT ?").arg(columns),
                     {outboxStateKey(*state), limit})
              : exec(db, QStringLiteral("SELECT %1 ORDER BY seq LIMIT ?").arg(columns), {limit});
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

std::optional<OutboxEntry> readEntry(const QSqlDatabase &db, qint64 seq)
{
    QSqlQuery query = exec(db, QStringLiteral("SELECT %1 WHERE seq = ?").arg(columns), {seq});
    if (!query.next())
        return std::nullopt;
    return entryFrom(query);
}

void acknowledgeEntry(const QSqlDatabase &db, const OutboxEntry &entry)
{
    exec(db, QStringLiteral("UPDATE outbox SET state = 'sent' WHERE seq = ?"), {entry.seq});
    const EntityTable &table = entityTable(entry.targetKind);
    auto row = findRow(db, table, entry.targetId);
    if (row && row->pendingSeq == entry.seq) {
        row->pendingSeq = latestPending(db, table, entry.targetId);
        if (row->deleted && row->pendingSeq == 0)
            removeRow(db, table, entry.targetId);
        else
            writeRow(db, table, entry.targetId, *row);
    }
    if (entry.name == QLatin1String(Mutations::reportAbsence))
        markReportSent(db, table, entry.targetId);
}

void rejectEntry(const QSqlDatabase &db, const OutboxEntry &entry, const QString &reason)
{
    exec(db, QStringLiteral("UPDATE outbox SET state = 'rejected', reason = ? WHERE seq = ?"),
         {text(reason), entry.seq});
    QSqlQuery before =
        exec(db, QStringLiteral("SELECT before_json, before_deleted FROM outbox WHERE seq = ?"),
             {entry.seq});
    before.next();
    const QVariant beforeJson = before.value(0);
    const bool beforeDeleted = before.value(1).toBool();

    const EntityTable &table = entityTable(entry.targetKind);
    const auto row = findRow(db, table, entry.targetId);
    if (row && row->pendingSeq > entry.seq) {
        // A later change of the row still waits: if it is refused too, the row
        // goes back to what it was before this one.
        exec(db,
             QStringLiteral("UPDATE outbox SET before_json = ?, before_deleted = ? WHERE seq = "
                            "(SELECT MIN(seq) FROM outbox WHERE target_kind = ? AND "
                            "target_id = ? AND state = 'pending' AND seq > ?)"),
             {beforeJson, int(beforeDeleted), QLatin1String(table.wireKind), entry.targetId,
              entry.seq});
        return;
    }
    if (beforeJson.isNull()) {
        removeRow(db, table, entry.targetId);
        return;
    }
    // An earlier change of the row may still wait.
    writeRow(
        db, table, entry.targetId,
        EntityRow{parsed(beforeJson), beforeDeleted, latestPending(db, table, entry.targetId)});
}

void markFirstSent(const QSqlDatabase &db, const QList<qint64> &seqs, const QDateTime &at)
{
    for (const qint64 seq : seqs)
        exec(db,
             QStringLiteral(
                 "UPDATE outbox SET first_sent_at = ? WHERE seq = ? AND first_sent_at IS NULL"),
             {at.toUTC().toString(Qt::ISODateWithMs), seq});
}

void renumberWaiting(const QSqlDatabase &db)
{
    QList<qint64> waiting;
    QSqlQuery query = exec(db, QStringLiteral("SELECT seq FROM outbox WHERE state = 'pending' "
                                              "ORDER BY seq"));
    while (query.next())
        waiting.append(query.value(0).toLongLong());
    query.finish();
    renumberEntries(db, waiting);
}

void renumberEntries(const QSqlDatabase &db, const QList<qint64> &seqs)
{
    for (const qint64 old : seqs) {
        // AUTOINCREMENT: the copy gets a seq above every seq this store ever used.
        // One sent before may have been applied under the old client id
        // (its answer lost): under the new one it counts as sent again.
        const QSqlQuery copy =
            exec(db,
                 QStringLiteral(
                     "INSERT INTO outbox (name, args, state, reason, created_at, target_kind, "
                     "target_id, before_json, before_deleted, first_sent_at, resent) SELECT name, "
                     "args, state, reason, created_at, target_kind, target_id, before_json, "
                     "before_deleted, NULL, resent OR first_sent_at IS NOT NULL FROM outbox "
                     "WHERE seq = ?"),
                 {old});
        const qint64 renumbered = copy.lastInsertId().toLongLong();
        for (const EntityTable &table : entityTables())
            exec(db,
                 QStringLiteral("UPDATE %1 SET pending_seq = ? WHERE pending_seq = ?")
                     .arg(QLatin1String(table.table)),
                 {renumbered, old});
        exec(db, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {old});
    }
}

} // namespace Aanwezig::Store
