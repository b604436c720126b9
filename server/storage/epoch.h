#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// Every database has an epoch: a random id made when it is created and made
// anew by `aanwezig-server restore`. Cursors carry it (sync/cursor.h), so a
// cursor handed out before a restore is refused instead of silently pointing
// into the restored change log, whose positions mean other changes.
struct DatabaseEpoch
{
    QString id;
    // Cursors from before epochs existed (bare positions) are still good
    // while the database was never restored.
    bool bareCursorsValid = false;
};

// Creates the epoch of a database that has none (inside migrate()).
void ensureEpoch(const QSqlDatabase &db);
// A new epoch after a restore; bare cursors stop being valid. Runs in a write
// transaction of its own.
DatabaseEpoch renewEpoch(const QSqlDatabase &db);
// The epoch, read once per process and then kept: it changes only by a
// restore, which runs with every server instance stopped.
DatabaseEpoch databaseEpoch(const QSqlDatabase &db);
// The kept epoch for threads without a database (empty before the first read).
DatabaseEpoch keptEpoch();

} // namespace Aanwezig::Server
