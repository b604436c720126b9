#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/epoch.h"
#include "storage/reportperiods.h"

#include <QDateTime>
#include <QStringList>

namespace Aanwezig::Server {

namespace {

// Each migration is a list of statements that SQLite and PostgreSQL both
// understand. Append new ones; never change a released one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        {
            // The school: students, their parents and the mentors of each class.
            "CREATE TABLE students (id TEXT PRIMARY KEY, first_name TEXT NOT NULL, "
            "last_name TEXT NOT NULL, class_name TEXT NOT NULL, mentor_email TEXT NOT NULL)",
            "CREATE INDEX students_class ON students (class_name)",
            "CREATE TABLE student_parents (student_id TEXT NOT NULL, email TEXT NOT NULL, "
            "PRIMARY KEY (student_id, email))",
            "CREATE INDEX student_parents_email ON student_parents (email)",
            "CREATE TABLE class_mentors (class_name TEXT NOT NULL, email TEXT NOT NULL, "
            "PRIMARY KEY (class_name, email))",
            "CREATE INDEX class_mentors_email ON class_mentors (email)",
            "CREATE TABLE registrations (student_id TEXT NOT NULL, day TEXT NOT NULL, "
            "start_time TEXT NOT NULL, end_time TEXT NOT NULL, code TEXT NOT NULL, "
            "minutes_late INTEGER NOT NULL, PRIMARY KEY (student_id, day, start_time))",
            // People who use the app, their roles, pairing codes and devices.
            "CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT, student_id TEXT)",
            "CREATE TABLE user_roles (user_id TEXT NOT NULL, role TEXT NOT NULL, "
            "PRIMARY KEY (user_id, role))",
            "CREATE TABLE invites (code_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "role TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
            "used_at BIGINT)",
            "CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, name TEXT NOT NULL, "
            "token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT)",
            "CREATE INDEX devices_user ON devices (user_id)",
            // Push bookkeeping: the last applied seq of each client and the
            // reasons of rejected mutations (answered again on a repeat).
            "CREATE TABLE clients (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "last_seq BIGINT NOT NULL)",
            "CREATE TABLE rejections (client_id TEXT NOT NULL, seq BIGINT NOT NULL, "
            "code TEXT NOT NULL, message TEXT NOT NULL, PRIMARY KEY (client_id, seq))",
            // Every entity the app syncs, each with the position of its latest
            // change: the change log that pull reads.
            "CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, pos BIGINT NOT NULL, "
            "student_id TEXT NOT NULL, for_parents INTEGER NOT NULL, "
            "for_student INTEGER NOT NULL, for_staff INTEGER NOT NULL, "
            "deleted INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))",
            "CREATE UNIQUE INDEX records_pos ON records (pos)",
            "CREATE INDEX records_student ON records (kind, student_id)",
        },
        {
            // The language the school has for a person (a user id: a parent's
            // e-mail address, a student id), from the roster or an invite.
            // People without a row read Dutch.
            "CREATE TABLE person_languages (person_id TEXT PRIMARY KEY, language TEXT NOT NULL)",
        },
        {
            // A hash of each mutation pushed under a (client id, seq) (its name
            // and args), so that a repeat with another payload (a phone restored
            // from a backup, reusing seqs) is answered `conflict`, not `duplicate`.
            // Mutations pushed before this migration have none.
            "CREATE TABLE mutation_hashes (client_id TEXT NOT NULL, seq BIGINT NOT NULL, "
            "hash TEXT NOT NULL, PRIMARY KEY (client_id, seq))",
        },
        {
            // Recovery and bounded growth. The database's epoch,
            // made anew by a restore and carried in cursors (storage/epoch.h).
            "CREATE TABLE database_epoch (epoch TEXT NOT NULL, bare_cursors_valid INTEGER NOT "
            "NULL)",
            // The period of each report that blocks others, for an indexed
            // overlap check (storage/reportperiods.h); filled after this step.
            "CREATE TABLE report_periods (id TEXT PRIMARY KEY, student_id TEXT NOT NULL, "
            "start_at TEXT NOT NULL, end_at TEXT NOT NULL)",
            "CREATE INDEX report_periods_student_start ON report_periods (student_id, start_at)",
            // Bounded push bookkeeping (sync/clientbookkeeping.h): when each
            // client last pushed, in ms (clients from before count from the
            // migration), and which ids were retired.
            "ALTER TABLE clients ADD COLUMN last_push_at BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE clients ADD COLUMN retired INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX clients_user ON clients (user_id, last_push_at)",
            "CREATE INDEX clients_idle ON clients (last_push_at)",
        },
        {
            // The school year's lifecycle (README, "A school year"): the day a
            // student left the school (missing from a roster import; NULL while
            // at school), and change-log rows meant for one user only (a
            // "forget this student" for someone who lost access to them).
            "ALTER TABLE students ADD COLUMN left_on TEXT",
            "ALTER TABLE records ADD COLUMN for_user TEXT",
            // The day of each record's latest change on the server: the
            // retention periods of kinds without a date of their own.
            "ALTER TABLE records ADD COLUMN changed_on TEXT",
            "UPDATE records SET changed_on = CAST(CURRENT_DATE AS TEXT)",
        },
        {
            // Notifications. The school's VAPID key pair (one row).
            "CREATE TABLE vapid_keys (id INTEGER PRIMARY KEY, private_key TEXT NOT NULL, "
            "public_key TEXT NOT NULL, subject TEXT NOT NULL, created_at BIGINT NOT NULL)",
            // Web Push subscriptions, each of one paired device.
            "CREATE TABLE push_subscriptions (endpoint TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "device_id TEXT NOT NULL, p256dh TEXT NOT NULL, auth TEXT NOT NULL, "
            "device_name TEXT NOT NULL, created_at BIGINT NOT NULL)",
            "CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id)",
            // The outbox of notifications, written in the transaction of the
            // change that causes them: due_at in seconds since the epoch;
            // rows of one user and group due together become one message;
            // dedup_key makes a repeated cause (an import run twice) a no-op.
            "CREATE TABLE notifications (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "kind TEXT NOT NULL, group_key TEXT NOT NULL, dedup_key TEXT NOT NULL UNIQUE, "
            "student_id TEXT NOT NULL, data TEXT NOT NULL, due_at BIGINT NOT NULL, "
            "created_at BIGINT NOT NULL, state TEXT NOT NULL)",
            "CREATE INDEX notifications_due ON notifications (state, due_at)",
            // One encrypted-to-be message per subscription, made when its
            // notifications fall due; sent, retried or dropped one by one.
            "CREATE TABLE push_deliveries (id TEXT PRIMARY KEY, endpoint TEXT NOT NULL, "
            "user_id TEXT NOT NULL, kind TEXT NOT NULL, topic TEXT NOT NULL, "
            "payload TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at BIGINT NOT NULL, "
            "lease_until BIGINT NOT NULL, state TEXT NOT NULL, created_at BIGINT NOT NULL, "
            "finished_at BIGINT)",
            "CREATE INDEX push_deliveries_due ON push_deliveries (state, next_attempt_at)",
        },
        {
            // A parent's phone number for this student, from the roster's
            // parent_phones column ("" when the school told none); staff only.
            "ALTER TABLE student_parents ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
        },
    };
    return list;
}

// The migration that made report_periods: the stored reports fill it.
constexpr int reportPeriodsVersion = 4;

int currentVersion(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt();
}

} // namespace

int latestSchemaVersion()
{
    return int(migrations().size());
}

void migrate(const QSqlDatabase &db)
{
    WriteTransaction transaction(db); // several instances may start at once
    exec(db,
         QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    int version = currentVersion(db);
    if (version > latestSchemaVersion())
        throw DatabaseError(QStringLiteral("The database has schema version %1, newer than this "
                                           "server knows (%2).")
                                .arg(version)
                                .arg(latestSchemaVersion()),
                            false);
    for (; version < latestSchemaVersion(); ++version) {
        for (const QString &statement : migrations().at(version))
            exec(db, statement);
        if (version + 1 == reportPeriodsVersion) {
            ReportPeriods::fill(db);
            exec(db, QStringLiteral("UPDATE clients SET last_push_at = ?"),
                 {QDateTime::currentMSecsSinceEpoch()});
        }
        exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version + 1});
    }
    ensureEpoch(db);
    transaction.commit();
}

} // namespace Aanwezig::Server
