#include "pulledrows.h"

#include "changeset.h"
#include "database.h"

#include <QVarLengthArray>

namespace Aanwezig::Store {

namespace {

// Rows per INSERT: SQLite's per-statement work is paid once for them.
constexpr qsizetype rowsPerInsert = 50;
constexpr int valuesPerRow = 4;

// Inserts `rows` rows into the table, or overwrites the row of the same id
// unless it waits for the server.
QByteArray putStatement(const EntityTable &table, qsizetype rows)
{
    QByteArray sql = "INSERT INTO " + QByteArray(table.table) +
                     " (id, student_id, sort_key, json) VALUES (?, ?, ?, ?)";
    for (qsizetype i = 1; i < rows; ++i)
        sql += ", (?, ?, ?, ?)";
    return sql + " ON CONFLICT (id) DO UPDATE SET student_id = excluded.student_id, "
                 "sort_key = excluded.sort_key, json = excluded.json, deleted = 0 "
                 "WHERE pending_seq IS NULL";
}

QByteArray removeStatement(const EntityTable &table)
{
    return "DELETE FROM " + QByteArray(table.table) + " WHERE id = ? AND pending_seq IS NULL";
}

// The statements, by table and number of rows, made once.
const QByteArray &cachedStatement(const EntityTable &table, qsizetype rows)
{
    static const QHash<const char *, QList<QByteArray>> statements = [] {
        QHash<const char *, QList<QByteArray>> made;
        for (const EntityTable &each : entityTables())
            made.insert(each.table, {removeStatement(each), putStatement(each, 1),
                                     putStatement(each, rowsPerInsert)});
        return made;
    }();
    const QList<QByteArray> &ofTable = statements.find(table.table).value();
    return rows == 0 ? ofTable.at(0) : rows == 1 ? ofTable.at(1) : ofTable.at(2);
}

QVariant textVariant(const QByteArray &utf8)
{
    return text(QString::fromUtf8(utf8));
}

} // namespace

PulledRows::PulledRows(const QSqlDatabase &db) : m_db(db), m_sqlite(SqliteStatements::open(db))
{
    m_held.reserve(rowsPerInsert);
}

PulledRows::~PulledRows() = default;

void PulledRows::put(const EntityTable &table, const QString &id, const EntityFields &fields,
                     const QByteArray &json)
{
    Row row{id, fields.utf8(QLatin1String(table.idKey)), table.studentUtf8Of(fields),
            table.sortKey(fields), json};
    if (waitsForServer(table, id)) {
        // Left alone (read-your-writes); the waiting change is rebased on it.
        writeOne(table, row);
        return;
    }
    if (m_heldTable != &table || m_held.size() == rowsPerInsert)
        writeHeld();
    m_heldTable = &table;
    m_held.append(std::move(row));
}

void PulledRows::remove(const EntityTable &table, const QString &id)
{
    writeHeld();
    const QByteArray idUtf8 = id.toUtf8();
    const QByteArray &sql = cachedStatement(table, 0);
    const int removed = m_sqlite ? m_sqlite->run(sql, std::array{QByteArrayView(idUtf8)})
                                 : execCached(m_db, QString::fromUtf8(sql), {id});
    if (removed == 0)
        rebaseWaitingChange(m_db, table, id, QVariant(QMetaType(QMetaType::QString)));
    else
        noteChangedRow(table.kind, id);
}

void PulledRows::finish()
{
    writeHeld();
}

bool PulledRows::waitsForServer(const EntityTable &table, const QString &id)
{
    auto found = m_waiting.find(&table);
    if (found == m_waiting.end())
        found = m_waiting.insert(&table, waitingRowIds(m_db, table));
    return found->contains(id);
}

void PulledRows::writeHeld()
{
    if (m_held.isEmpty())
        return;
    const EntityTable &table = *m_heldTable;
    if (!m_sqlite || m_held.size() < rowsPerInsert) {
        for (const Row &row : std::as_const(m_held))
            writeOne(table, row);
    } else {
        QVarLengthArray<QByteArrayView, rowsPerInsert * valuesPerRow> values;
        for (const Row &row : std::as_const(m_held)) {
            for (const QByteArray *value : {&row.idUtf8, &row.studentId, &row.sortKey, &row.json})
                values.append(QByteArrayView(*value));
        }
        const int written = m_sqlite->run(cachedStatement(table, m_held.size()),
                                          std::span(values.constData(), values.size()));
        // None of them waits for the server, so each was inserted or updated.
        if (written != m_held.size())
            throw StorageFailure(QStringLiteral("A pulled page wrote %1 of %2 rows into %3.")
                                     .arg(written)
                                     .arg(m_held.size())
                                     .arg(QLatin1String(table.table)));
        for (const Row &row : std::as_const(m_held))
            noteChangedRow(table.kind, row.id);
    }
    m_held.clear();
}

bool PulledRows::writeOne(const EntityTable &table, const Row &row)
{
    const QByteArray &sql = cachedStatement(table, 1);
    const int written =
        m_sqlite ? m_sqlite->run(
                       sql, std::array{QByteArrayView(row.idUtf8), QByteArrayView(row.studentId),
                                       QByteArrayView(row.sortKey), QByteArrayView(row.json)})
                 : execCached(m_db, QString::fromUtf8(sql),
                              {row.id, textVariant(row.studentId), textVariant(row.sortKey),
                               textVariant(row.json)});
    // Nothing written: the row waits for a local change (pending_seq is set).
    if (written == 0)
        rebaseWaitingChange(m_db, table, row.id, QString::fromUtf8(row.json));
    else
        noteChangedRow(table.kind, row.id);
    return written > 0;
}

} // namespace Aanwezig::Store
