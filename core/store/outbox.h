#pragma once

#include "entitytables.h"
#include "storetypes.h"

#include <QSqlDatabase>
#include <optional>

namespace Aanwezig::Store {

// Appends a pending entry for a change of the target row, which was `before`
// (nullopt: it did not exist). Returns its seq.
qint64 appendEntry(const QSqlDatabase &db, const QString &name, const QJsonObject &args,
                   DataKind targetKind, const QString &targetId,
                   const std::optional<EntityRow> &before);

// Entries in seq order; `state` nullopt means all; limit < 0 means no limit.
QList<OutboxEntry> readEntries(const QSqlDatabase &db, std::optional<OutboxState> state,
                               int limit = -1);
std::optional<OutboxEntry> readEntry(const QSqlDatabase &db, qint64 seq);

// The server applied a pending entry: it becomes sent, and its row stops
// waiting unless a later entry waits for it too.
void acknowledgeEntry(const QSqlDatabase &db, const OutboxEntry &entry);
// The server refused a pending entry: it becomes rejected and its local effect
// is undone; when a later entry changed the same row since, that entry takes
// over the undo.
void rejectEntry(const QSqlDatabase &db, const OutboxEntry &entry, const QString &reason);

// These entries are about to be sent: those never sent before get `at` as
// their first-sent time.
void markFirstSent(const QSqlDatabase &db, const QList<qint64> &seqs, const QDateTime &at);
// Gives every waiting entry a new seq, above every seq used so far, in the
// same order, and forgets that they were sent: for a new client id.
void renumberWaiting(const QSqlDatabase &db);
// Moves these entries (in this order) to new seqs above every seq used, as
// renumberWaiting() does for all waiting ones.
void renumberEntries(const QSqlDatabase &db, const QList<qint64> &seqs);

} // namespace Aanwezig::Store
