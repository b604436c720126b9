#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <chrono>
#include <stdexcept>

namespace Aanwezig::Store {

// How long a connection waits for another's write transaction to end.
inline constexpr std::chrono::milliseconds busyTimeout{5000};

// A database call that failed; caught at LocalStore's public methods.
class StorageFailure : public std::runtime_error
{
public:
    explicit StorageFailure(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Opens a QSQLITE connection named `connectionName` on `path` with WAL,
// synchronous=FULL, foreign keys, a busy timeout, a 16 MB page cache and
// a checkpoint every 40 MB of log. Throws StorageFailure.
QSqlDatabase openDatabase(const QString &connectionName, const QString &path);

// Text to bind to a NOT NULL column: a null QString would be bound as NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// Runs one statement with positional values; throws StorageFailure on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// Like exec() for a statement that returns no rows, prepared once per
// connection and reused: for hot paths. forgetStatements() drops them.
// Returns the number of rows the statement changed.
int execCached(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Must be called before the connection is removed.
void forgetStatements(const QString &connectionName);

// Checkpoints the write-ahead log into the database file and truncates it,
// retrying until no other connection reads an older snapshot or `patience`
// is over. Throws StorageFailure when the log could not be emptied.
void emptyWriteAheadLog(const QSqlDatabase &db, std::chrono::milliseconds patience);

// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// A write transaction (BEGIN IMMEDIATE, so two connections never deadlock on
// upgrading a read lock). Rolled back unless commit() is called. While one is
// open in this thread, readOr() does not swallow failures: a failed statement
// (after which SQLite may have rolled back already) aborts the whole transaction.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// How many statements exec() and execCached() ran in this thread so far:
// lets a test see that a view reads its rows with one query per kind.
quint64 statementsRunInThisThread();

// Whether a Transaction is open in this thread.
bool insideTransaction();

} // namespace Aanwezig::Store

#include "storetypes.h"

#include <QDebug>
#include <type_traits>

namespace Aanwezig::Store {

// Runs a read for display; when the database fails, logs why and returns
// `fallback`. Inside a transaction the failure is passed on instead.
template <typename Read, typename Result = std::invoke_result_t<Read>>
Result readOr(Result fallback, Read read)
{
    try {
        return read();
    } catch (const StorageFailure &failure) {
        if (insideTransaction())
            throw;
        qWarning().noquote() << failure.message();
        return fallback;
    }
}

// Runs a read whose failure the caller must see (the sync paths).
template <typename Read, typename Result = std::invoke_result_t<Read>>
StoreRead<Result> checkedRead(Read read)
{
    try {
        return StoreRead<Result>(read());
    } catch (const StorageFailure &failure) {
        if (insideTransaction())
            throw;
        return StoreRead<Result>::failure(failure.message());
    }
}

} // namespace Aanwezig::Store
