#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <chrono>
#include <memory>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace Aanwezig::Store {

// Statements run through SQLite's C API on the handle of a QSQLITE
// connection, binding UTF-8 text as it is (QtSql binds every text as a
// QVariant of UTF-16, which SQLite converts back to UTF-8). Only where this
// code links the very SQLite library Qt's plugin runs on
// (AANWEZIG_STORE_SQLITE_C_API, see core/store/CMakeLists.txt); open()
// gives nothing elsewhere, and the caller uses QSqlQuery instead.
// Belongs to the connection's thread; drop it before the connection closes.
class SqliteStatements
{
public:
    // Null when the connection's handle may not be used here, or when the
    // environment sets AANWEZIG_STORE_PORTABLE_SQL (the QSqlQuery path of
    // Android and iOS, on this machine: tst_storesync_portable).
    static std::unique_ptr<SqliteStatements> open(const QSqlDatabase &db);
    explicit SqliteStatements(sqlite3 *connection) : m_connection(connection) {}
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Makes the connection wait for another's write transaction in steps of
    // 1 ms, for at most `timeout`, where SQLite's own busy handler sleeps
    // 1, 2, 5, 10, 15, 20 ... ms apart: a user's write behind the sync
    // thread's pulled pages starts when they are committed, not up to 15 ms
    // later. Elsewhere (the QSqlQuery path) SQLite's handler stays.
    static void waitInShortSteps(const QSqlDatabase &db, std::chrono::milliseconds timeout);

    // Runs a statement that returns no rows (prepared on first use, then
    // reused), binding `values` in order as UTF-8 text (never NULL); returns
    // the number of rows it changed. Throws StorageFailure.
    int run(const QByteArray &sql, std::span<const QByteArrayView> values);

private:
    sqlite3_stmt *prepared(const QByteArray &sql);
    [[noreturn]] void fail(const QByteArray &sql, const char *what);

    sqlite3 *m_connection;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
};

} // namespace Aanwezig::Store
