#include "sqlitestatements.h"

#include "database.h"

#ifdef AANWEZIG_STORE_SQLITE_C_API
#include <QSqlDriver>
#include <sqlite3.h>
#endif

namespace Aanwezig::Store {

#ifdef AANWEZIG_STORE_SQLITE_C_API

namespace {

// The connection's handle, where this code may use it.
sqlite3 *sharedHandle(const QSqlDatabase &db)
{
    if (qEnvironmentVariableIsSet("AANWEZIG_STORE_PORTABLE_SQL"))
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// SQLite's busy handler: `tries` is how many times it was called for this
// wait; the argument is the timeout in ms.
int waitOneMillisecond(void *timeoutMs, int tries)
{
    if (tries >= int(reinterpret_cast<quintptr>(timeoutMs)))
        return 0;
    sqlite3_sleep(1);
    return 1;
}

} // namespace

std::unique_ptr<SqliteStatements> SqliteStatements::open(const QSqlDatabase &db)
{
    sqlite3 *connection = sharedHandle(db);
    return connection ? std::make_unique<SqliteStatements>(connection) : nullptr;
}

void SqliteStatements::waitInShortSteps(const QSqlDatabase &db, std::chrono::milliseconds timeout)
{
    if (sqlite3 *connection = sharedHandle(db))
        sqlite3_busy_handler(connection, waitOneMillisecond,
                             reinterpret_cast<void *>(quintptr(timeout.count())));
}

SqliteStatements::~SqliteStatements()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

int SqliteStatements::run(const QByteArray &sql, std::span<const QByteArrayView> values)
{
    sqlite3_stmt *statement = prepared(sql);
    int position = 0;
    for (const QByteArrayView value : values) {
        // SQLITE_STATIC: the text outlives the step; every parameter is
        // bound again before the next one.
        const char *text = value.data() ? value.data() : "";
        if (sqlite3_bind_text(statement, ++position, text, int(value.size()), SQLITE_STATIC) !=
            SQLITE_OK)
            fail(sql, "bind");
    }
    if (sqlite3_step(statement) != SQLITE_DONE)
        fail(sql, "run");
    const int changed = sqlite3_changes(m_connection);
    sqlite3_reset(statement);
    return changed;
}

sqlite3_stmt *SqliteStatements::prepared(const QByteArray &sql)
{
    if (sqlite3_stmt *found = m_statements.value(sql))
        return found;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        fail(sql, "prepare");
    }
    m_statements.insert(sql, statement);
    return statement;
}

void SqliteStatements::fail(const QByteArray &sql, const char *what)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
    if (sqlite3_stmt *statement = m_statements.value(sql))
        sqlite3_reset(statement);
    throw StorageFailure(QStringLiteral("Cannot %1 \"%2\": %3")
                             .arg(QLatin1String(what), QString::fromUtf8(sql), message));
}

#else // QtSql's own SQLite, or none this code may share: QSqlQuery does it all.

std::unique_ptr<SqliteStatements> SqliteStatements::open(const QSqlDatabase &)
{
    return nullptr;
}

void SqliteStatements::waitInShortSteps(const QSqlDatabase &, std::chrono::milliseconds) {}

SqliteStatements::~SqliteStatements() = default;

int SqliteStatements::run(const QByteArray &sql, std::span<const QByteArrayView>)
{
    fail(sql, "run");
}

sqlite3_stmt *SqliteStatements::prepared(const QByteArray &sql)
{
    fail(sql, "prepare");
}

void SqliteStatements::fail(const QByteArray &sql, const char *what)
{
    throw StorageFailure(QStringLiteral("Cannot %1 \"%2\": built without SQLite's C API")
                             .arg(QLatin1String(what), QString::fromUtf8(sql)));
}

#endif

} // namespace Aanwezig::Store
