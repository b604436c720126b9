#pragma once

#include "entitytables.h"
#include "sqlitestatements.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace Aanwezig::Store {

// Writes the rows of one pulled page, inside the page's transaction, on the
// store's own connection (a first sync writes 100,000 of them, so this is
// the phone's hot path). A row waiting for the server (pending_seq set) is
// left alone and its waiting change rebased on the pulled version
// (rebaseWaitingChange()); every row written or deleted is noted into the
// change set being recorded (changeset.h).
//
// Consecutive puts into one table go out as one INSERT of several rows.
// Where the store's connection is a handle of the same SQLite library this
// code links (AANWEZIG_STORE_SQLITE_C_API, see core/store/CMakeLists.txt:
// Debian's Qt links the system libsqlite3), the statements run through
// SQLite's C API and bind the UTF-8 text as it came off the page (no
// QVariant or UTF-16 per value, half of the phone's apply through QtSql).
// Elsewhere (Qt builds whose SQLite plugin carries its own copy of SQLite,
// as Qt's Android and iOS builds do: their handle must not be passed to
// another copy of the library) the same statements run through QSqlQuery.
class PulledRows
{
public:
    explicit PulledRows(const QSqlDatabase &db);
    ~PulledRows();
    PulledRows(const PulledRows &) = delete;
    PulledRows &operator=(const PulledRows &) = delete;

    // A pulled entity: `id` is its id, `fields` its filing fields and
    // `json` the entity as compact JSON in UTF-8. The row may be written
    // only at the next remove() or finish().
    void put(const EntityTable &table, const QString &id, const EntityFields &fields,
             const QByteArray &json);
    // A pulled deletion (after every put before it).
    void remove(const EntityTable &table, const QString &id);
    // Writes the puts still held; call before anything else touches the
    // entity tables and before the commit.
    void finish();

private:
    struct Row
    {
        QString id;
        QByteArray idUtf8, studentId, sortKey, json;
    };
    bool waitsForServer(const EntityTable &table, const QString &id);
    void writeHeld();
    // Writes one row; returns whether it was written (not: it waits).
    bool writeOne(const EntityTable &table, const Row &row);

    QSqlDatabase m_db;
    std::unique_ptr<SqliteStatements> m_sqlite;          // null: the QSqlQuery path
    QHash<const EntityTable *, QSet<QString>> m_waiting; // per table, read once
    const EntityTable *m_heldTable = nullptr;
    QList<Row> m_held;
};

} // namespace Aanwezig::Store
