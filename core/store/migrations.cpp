#include "migrations.h"

#include "database.h"

#include <QStringList>

namespace Aanwezig::Store {

namespace {

// The columns every entity table shares (see entitytables.h).
QStringList entityTable(const char *name)
{
    const QLatin1String table(name);
    return {
        QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, student_id TEXT NOT NULL, "
                       "sort_key TEXT NOT NULL, json TEXT NOT NULL, "
                       "deleted INTEGER NOT NULL DEFAULT 0, "
                       "pending_seq INTEGER REFERENCES outbox (seq))")
            .arg(table),
        QStringLiteral("CREATE INDEX %1_by_student ON %1 (student_id, sort_key)").arg(table),
        QStringLiteral("CREATE INDEX %1_by_pending ON %1 (pending_seq) "
                       "WHERE pending_seq IS NOT NULL")
            .arg(table),
    };
}

// Step n (counting from 1) brings the file from version n-1 to version n.
// Never change a released step; add a new one.
QList<QStringList> migrationSteps()
{
    QStringList first{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // before_json: the target row before this change (NULL: it did not exist),
        // so a rejection can undo the change.
        QStringLiteral(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
            "args TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending' "
            "CHECK (state IN ('pending', 'sent', 'rejected')), reason TEXT NOT NULL DEFAULT '', "
            "created_at TEXT NOT NULL, target_kind TEXT NOT NULL, target_id TEXT NOT NULL, "
            "before_json TEXT, before_deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, seq)"),
        QStringLiteral("CREATE INDEX outbox_by_target ON outbox (target_kind, target_id)"),
    };
    for (const char *table : {"people", "absence_reports", "warm_messages", "return_plans",
                              "plan_steps", "check_ins", "contact_log"})
        first += entityTable(table);
    return {
        first,
        entityTable("attendance_summaries"),
        entityTable("registered_absences"),
        {
            // When this store first sent an entry (NULL: never). Entries waiting
            // from before may have been sent already: they count as sent.
            QStringLiteral("ALTER TABLE outbox ADD COLUMN first_sent_at TEXT"),
            QStringLiteral("UPDATE outbox SET first_sent_at = created_at WHERE state = 'pending'"),
        },
        {
            // Recovery after the server's database was restored
            // (localstorerecovery.cpp): the (kind, id) of every row the
            // snapshot named, and which entries are sent again because the
            // server no longer has what they made.
            QStringLiteral("CREATE TABLE resync_seen (kind TEXT NOT NULL, id TEXT NOT NULL, "
                           "PRIMARY KEY (kind, id))"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN resent INTEGER NOT NULL DEFAULT 0"),
        },
        // Notifications: the user's settings and the parents' answers
        // to "Alles goed?".
        entityTable("notification_settings") + entityTable("absence_notices"),
        // Replies to warm messages and to the plan.
        entityTable("replies"),
    };
}

} // namespace

int latestSchemaVersion()
{
    return int(migrationSteps().size());
}

int schemaVersion(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void migrate(const QSqlDatabase &db)
{
    const QList<QStringList> steps = migrationSteps();
    const int found = schemaVersion(db);
    if (found > steps.size())
        throw StorageFailure(
            QStringLiteral("The local database %1 was made by a newer version of the app "
                           "(schema %2; this version knows up to %3). Update the app.")
                .arg(db.databaseName())
                .arg(found)
                .arg(steps.size()));
    for (int version = found + 1; version <= steps.size(); ++version) {
        Transaction transaction(db);
        // Another connection may have migrated meanwhile.
        if (schemaVersion(db) >= version)
            continue;
        for (const QString &statement : steps.at(version - 1))
            exec(db, statement);
        exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace Aanwezig::Store
