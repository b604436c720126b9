// The side of LocalStore the sync client uses: the outbox, pulled pages, wipe.
#include "database.h"
#include "entitytables.h"
#include "localstore.h"
#include "meta.h"
#include "outbox.h"

#include <QSet>
#include <QUuid>

namespace Aanwezig {

using namespace Store;

namespace {

// How many answered entries the outbox keeps for the user to look back on.
constexpr int keptSentEntries = 1000;

RuleError badChange(qsizetype index, const QString &problem)
{
    return RuleError{QStringLiteral("bad_change"),
                     QStringLiteral("Change %1 of the page: %2").arg(index + 1).arg(problem)};
}

struct CheckedChange
{
    const EntityTable *table;
    QString id;
};

// Checks every change before anything is written; fills `checked` in order.
RuleCheck checkPage(const QList<ServerChange> &changes, QList<CheckedChange> &checked)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ServerChange &change = changes.at(i);
        const EntityTable *table = entityTableForWireKind(change.kind);
        if (!table)
            return badChange(i, QStringLiteral("unknown kind '%1'").arg(change.kind));
        QString id = change.id;
        if (change.op == ServerChange::Op::Put) {
            QString error;
            if (!table->isValid(change.data, &error))
                return badChange(i, error);
            const QString dataId = table->idOf(change.data);
            if (id.isEmpty())
                id = dataId;
            if (id != dataId)
                return badChange(
                    i, QStringLiteral("id '%1' differs from the data's id '%2'").arg(id, dataId));
        }
        if (id.isEmpty())
            return badChange(i, QStringLiteral("no id"));
        checked.append({table, id});
    }
    return std::nullopt;
}

} // namespace

QList<OutboxEntry> LocalStore::pendingEntries(int limit) const
{
    return readOr(QList<OutboxEntry>(),
                  [&] { return readEntries(database(), OutboxState::Pending, limit); });
}

QList<OutboxEntry> LocalStore::entries(OutboxState state) const
{
    return readOr(QList<OutboxEntry>(), [&] { return readEntries(database(), state); });
}

std::optional<OutboxEntry> LocalStore::entry(qint64 seq) const
{
    return readOr(std::optional<OutboxEntry>(), [&] { return readEntry(database(), seq); });
}

int LocalStore::pendingCount() const
{
    return readOr(0, [&] {
        return scalar(database(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"),
                      {outboxStateKey(OutboxState::Pending)})
            .toInt();
    });
}

QDateTime LocalStore::oldestPendingAt() const
{
    const QList<OutboxEntry> oldest = pendingEntries(1);
    return oldest.isEmpty() ? QDateTime() : oldest.first().createdAt;
}

RuleCheck LocalStore::markAcknowledged(const QList<qint64> &seqs)
{
    return inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds{DataKind::Outbox};
        for (const qint64 seq : seqs) {
            const auto found = readEntry(db, seq);
            if (!found || found->state != OutboxState::Pending)
                continue; // answered before: the server repeats its answer
            acknowledgeEntry(db, *found);
            kinds.append(found->targetKind);
        }
        exec(db,
             QStringLiteral("DELETE FROM outbox WHERE state = 'sent' AND seq <= "
                            "(SELECT MAX(seq) FROM outbox WHERE state = 'sent') - ?"),
             {keptSentEntries});
        return kinds;
    });
}

RuleCheck LocalStore::markRejected(qint64 seq, const QString &reason)
{
    return inTransaction([&] {
        const QSqlDatabase db = database();
        const auto found = readEntry(db, seq);
        if (!found || found->state != OutboxState::Pending)
            return QList<DataKind>{};
        rejectEntry(db, *found, reason);
        return QList<DataKind>{DataKind::Outbox, found->targetKind};
    });
}

RuleCheck LocalStore::dismissRejected(qint64 seq)
{
    return inTransaction([&] {
        exec(database(), QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state = ?"),
             {seq, outboxStateKey(OutboxState::Rejected)});
        return QList<DataKind>{DataKind::Outbox};
    });
}

RuleCheck LocalStore::applyPage(const QList<ServerChange> &changes, const QString &nextCursor)
{
    QList<CheckedChange> checked;
    if (auto refused = checkPage(changes, checked))
        return refused;
    return inTransaction([&] {
        const QSqlDatabase db = database();
        QSet<DataKind> kinds;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            // Rows waiting for the server are left alone (read-your-writes).
            const auto &[table, id] = checked.at(i);
            if (changes.at(i).op == ServerChange::Op::Put)
                putServerRow(db, *table, id, changes.at(i).data);
            else
                removeServerRow(db, *table, id);
            kinds.insert(table->kind);
        }
        Store::writeMeta(db, MetaKey::pullCursor, nextCursor);
        return kinds.values();
    });
}

RuleCheck LocalStore::forgetStudents(const QStringList &studentIds)
{
    if (studentIds.isEmpty())
        return std::nullopt;
    return inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds;
        for (const EntityTable &table : entityTables()) {
            for (const QString &id : studentIds)
                exec(db,
                     QStringLiteral("DELETE FROM %1 WHERE student_id = ? AND pending_seq IS NULL")
                         .arg(QLatin1String(table.table)),
                     {id});
            kinds.append(table.kind);
        }
        return kinds;
    });
}

RuleCheck LocalStore::wipe()
{
    const RuleCheck failed = inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds{DataKind::Account, DataKind::Outbox};
        for (const EntityTable &table : entityTables()) {
            exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table.table)));
            kinds.append(table.kind);
        }
        exec(db, QStringLiteral("DELETE FROM outbox"));
        exec(db, QStringLiteral("DELETE FROM meta"));
        // Unsent mutations are gone, so the server must meet a new client id
        // (server/PROTOCOL.md); the seq counter goes on, seqs are never reused.
        Store::writeMeta(db, MetaKey::clientId, uuidText(QUuid::createUuid()));
        return kinds;
    });
    if (failed)
        return failed;
    // Old page images must not stay readable in the write-ahead log either.
    return readOr(RuleCheck(), [&] {
        exec(database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return RuleCheck();
    });
}

} // namespace Aanwezig
