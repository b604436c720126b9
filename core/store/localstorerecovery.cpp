// The side of LocalStore that recovers from a server that lost what this
// phone knew (its database restored from a backup: a cursor of another
// epoch, or a seq gap). The next snapshot is the complete truth: rows it
// does not name are deleted, waiting changes are kept, and what this phone
// made that the server no longer has is sent again.
#include "changeset.h"
#include "database.h"
#include "localstore.h"
#include "meta.h"
#include "outbox.h"
#include "protocol/mutations.h"
#include "resync.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace Aanwezig {

using namespace Store;

namespace Store {

bool isResyncing(const QSqlDatabase &db)
{
    return readMeta(db, MetaKey::resyncing) == QLatin1String("1");
}

void noteResyncSeen(const QSqlDatabase &db, const EntityTable &table, const QString &id)
{
    exec(db, QStringLiteral("INSERT OR IGNORE INTO resync_seen (kind, id) VALUES (?, ?)"),
         {QLatin1String(table.wireKind), id});
}

} // namespace Store

namespace {

// Mutations that make an entity under an id the phone chose: sent again when
// the server no longer has that id (the server answers `duplicate_id` for an
// id it holds, so a copy is never applied twice).
bool makesEntity(const QString &name)
{
    for (const char *creating :
         {Mutations::reportAbsence, Mutations::sendMessage, Mutations::logContact,
          Mutations::submitCheckIn, Mutations::savePlanStep}) {
        if (name == QLatin1String(creating))
            return true;
    }
    return false;
}

struct Target
{
    QString kind; // wire kind
    QString id;
    friend bool operator==(const Target &, const Target &) = default;
};
size_t qHash(const Target &target, size_t seed = 0)
{
    return qHashMulti(seed, target.kind, target.id);
}

// The sent entries whose target the snapshot did not name, by target, in seq
// order; only targets this phone made (one of their entries makes the entity).
QList<std::pair<Target, QList<qint64>>> lostTargets(const QSqlDatabase &db)
{
    QSqlQuery query =
        exec(db, QStringLiteral("SELECT seq, name, target_kind, target_id FROM outbox o WHERE "
                                "state = 'sent' AND NOT EXISTS (SELECT 1 FROM resync_seen s "
                                "WHERE s.kind = o.target_kind AND s.id = o.target_id) "
                                "ORDER BY seq"));
    QList<std::pair<Target, QList<qint64>>> lost;
    QHash<Target, qsizetype> index;
    QSet<Target> made;
    while (query.next()) {
        const Target target{query.value(2).toString(), query.value(3).toString()};
        if (makesEntity(query.value(1).toString()))
            made.insert(target);
        if (!index.contains(target)) {
            index.insert(target, lost.size());
            lost.append({target, {}});
        }
        lost[index.value(target)].second.append(query.value(0).toLongLong());
    }
    query.finish();
    lost.removeIf([&](const auto &entry) { return !made.contains(entry.first); });
    return lost;
}

// Sent deletions of plan steps the snapshot still holds: the server lost
// them (a deleted step's id is never used again, so the step cannot have
// come back otherwise). In seq order.
QList<qint64> lostDeletions(const QSqlDatabase &db)
{
    QSqlQuery query =
        exec(db,
             QStringLiteral("SELECT seq FROM outbox o WHERE state = 'sent' AND name = ? AND "
                            "EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = o.target_kind "
                            "AND s.id = o.target_id) ORDER BY seq"),
             {QLatin1String(Mutations::deletePlanStep)});
    QList<qint64> seqs;
    while (query.next())
        seqs.append(query.value(0).toLongLong());
    query.finish();
    return seqs;
}

// A copy of a sent entry, waiting again (never sent under the current client
// id). Its undo: the row did not exist before the entry that makes it; a
// refused later entry leaves the row as it is now.
qint64 resend(const QSqlDatabase &db, qint64 seq, bool first, const QString &rowJson)
{
    const QSqlQuery copy = exec(
        db,
        QStringLiteral("INSERT INTO outbox (name, args, state, reason, created_at, target_kind, "
                       "target_id, before_json, before_deleted, first_sent_at, resent) SELECT "
                       "name, args, 'pending', '', created_at, target_kind, target_id, ?, 0, "
                       "NULL, 1 FROM outbox WHERE seq = ?"),
        {first ? QVariant(QMetaType(QMetaType::QString)) : QVariant(rowJson), seq});
    return copy.lastInsertId().toLongLong();
}

} // namespace

RuleResult LocalStore::beginResync()
{
    return inTransaction([&] {
        const QSqlDatabase db = database();
        Store::writeMeta(db, MetaKey::pullCursor, QString());
        Store::writeMeta(db, MetaKey::resyncing, QStringLiteral("1"));
        exec(db, QStringLiteral("DELETE FROM resync_seen"));
        // The server may not know this client id's seqs any more: what waits
        // goes out under a new one (server/PROTOCOL.md, "Push").
        Store::writeMeta(db, MetaKey::clientId, uuidText(QUuid::createUuid()));
        renumberWaiting(db);
        return QList<DataKind>{DataKind::Account, DataKind::Outbox};
    });
}

StoreRead<bool> LocalStore::readResyncing() const
{
    return checkedRead([&] { return isResyncing(database()); });
}

RuleResult LocalStore::finishResync(int *resentCount)
{
    int resentEntries = 0;
    const RuleResult written = inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds{DataKind::Account, DataKind::Outbox};
        // What waits now was made during the snapshot: it goes after the
        // entries sent again, which may make what it changes.
        QList<qint64> waiting;
        QSqlQuery pending =
            exec(db, QStringLiteral("SELECT seq FROM outbox WHERE state = 'pending' ORDER BY seq"));
        while (pending.next())
            waiting.append(pending.value(0).toLongLong());
        pending.finish();

        for (const auto &[target, seqs] : lostTargets(db)) {
            const EntityTable *table = entityTableForWireKind(target.kind);
            if (!table)
                continue;
            auto row = findRow(db, *table, target.id);
            if (!row || row->deleted)
                continue; // gone here too (undone, forgotten): nothing to restore
            const QString rowJson =
                QString::fromUtf8(QJsonDocument(row->json).toJson(QJsonDocument::Compact));
            qint64 last = 0;
            for (qsizetype i = 0; i < seqs.size(); ++i)
                last = resend(db, seqs.at(i), i == 0, rowJson);
            resentEntries += int(seqs.size());
            if (row->pendingSeq == 0) {
                row->pendingSeq = last;
                writeRow(db, *table, target.id, *row);
            }
            exec(db, QStringLiteral("INSERT OR IGNORE INTO resync_seen (kind, id) VALUES (?, ?)"),
                 {target.kind, target.id});
            kinds.append(table->kind);
        }
        for (const qint64 seq : lostDeletions(db)) {
            const auto entry = readEntry(db, seq);
            const EntityTable &table = entityTable(entry->targetKind);
            auto row = findRow(db, table, entry->targetId);
            if (!row || row->deleted || row->pendingSeq != 0)
                continue; // changed here since: what waits decides
            const QString rowJson =
                QString::fromUtf8(QJsonDocument(row->json).toJson(QJsonDocument::Compact));
            row->deleted = true;
            row->pendingSeq = resend(db, seq, false, rowJson);
            writeRow(db, table, entry->targetId, *row);
            ++resentEntries;
            kinds.append(table.kind);
        }
        renumberEntries(db, waiting);

        // Every other row the snapshot did not name is gone on the server.
        for (const EntityTable &table : entityTables()) {
            const QSqlQuery swept =
                exec(db,
                     QStringLiteral("DELETE FROM %1 WHERE pending_seq IS NULL AND NOT EXISTS "
                                    "(SELECT 1 FROM resync_seen s WHERE s.kind = ? AND s.id = "
                                    "%1.id)")
                         .arg(QLatin1String(table.table)),
                     {QLatin1String(table.wireKind)});
            if (swept.numRowsAffected() > 0)
                noteChangedEverything(table.kind);
            kinds.append(table.kind);
        }
        exec(db, QStringLiteral("DELETE FROM resync_seen"));
        Store::writeMeta(db, MetaKey::resyncing, QString());
        return kinds;
    });
    if (resentCount)
        *resentCount = written ? resentEntries : 0;
    return written;
}

} // namespace Aanwezig
