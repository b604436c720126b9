#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>
#include <stdexcept>

namespace Aanwezig::Server {

enum class Dialect { Sqlite, Postgres };

// Where the server keeps its data: "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB"
// (a unix socket directory may be given as ?host=/path).
struct DatabaseConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;

    // Returns nullopt and sets *error for a text it does not understand.
    static std::optional<DatabaseConfig> parse(const QString &text, QString *error);
};

// A database call that failed. `connectionLost` when the server could not
// reach the database at all (the request gets 503, the connection is
// reopened); `timedOut` when it waited too long for a lock or a statement
// (PostgreSQL's lock_timeout and statement_timeout, SQLite's busy timeout):
// also 503, the phone retries later.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, bool connectionLost, bool timedOut = false)
        : std::runtime_error(message.toStdString()), m_connectionLost(connectionLost),
          m_timedOut(timedOut)
    {}
    bool connectionLost() const { return m_connectionLost; }
    bool unavailable() const { return m_connectionLost || m_timedOut; }

private:
    bool m_connectionLost;
    bool m_timedOut;
};

// How long a PostgreSQL session waits for a lock and for one statement,
// below the 10 s request deadline (PROTOCOL.md, "Limits").
inline constexpr int postgresLockTimeoutMs = 5000;
inline constexpr int postgresStatementTimeoutMs = 8000;

// Sets the database every thread connects to. Call once before connection().
void configureDatabase(const DatabaseConfig &config);
const DatabaseConfig &databaseConfig();

// This thread's own connection (opened on first use; reopened after it was lost).
QSqlDatabase connection();
// A connection of its own, outside the per-thread ones (the change listener's).
// Throws DatabaseError.
QSqlDatabase openConnection(const QString &name);
// Closes this thread's connection so that the next call opens a fresh one.
void dropConnection();

// Runs one statement with positional values; throws DatabaseError. The
// statement is kept (with values: prepared once) and reused by this thread:
// read the returned result before running the same statement again.
QSqlQuery &exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// Ends the results of this thread's statements (each request ends with it):
// an SQLite connection keeps its read snapshot while a result is open.
void finishStatements();

// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Text to bind to a NOT NULL column: a null QString would be bound as NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// Called on the committing thread after each write transaction of this
// process commits (the live channel wakes up). Set once, before serving.
void setCommitObserver(std::function<void()> observer);

// The PostgreSQL channel each write transaction notifies inside itself, so
// that other server instances hear of the commit (delivered only on commit).
inline constexpr char changeChannel[] = "aanwezig_changes";

// A write transaction. All writers of one database are serialised (SQLite:
// BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock taken first),
// so change-log positions become visible strictly in order (see PROTOCOL.md).
// Rolled back unless commit() is called.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Aanwezig::Server
