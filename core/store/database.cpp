#include "database.h"

#include "sqlitestatements.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QSqlError>
#include <QStringList>
#include <optional>
#include <unordered_map>

namespace Aanwezig::Store {

namespace {

// How a connection waits for another's write transaction (busyTimeout).
void waitForOtherWriters(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout.count()));
    SqliteStatements::waitInShortSteps(db, busyTimeout);
}

// Prepared statements per connection name, then per SQL text. Connections
// belong to one thread, and so does this cache.
// A statement prepared once per connection (execCached()).
struct CachedStatement
{
    QSqlQuery query;
    bool namedPlaceholders = false;

    CachedStatement(QSqlQuery &&prepared, bool named)
        : query(std::move(prepared)), namedPlaceholders(named)
    {}
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
};
thread_local std::unordered_map<QString, std::unordered_map<QString, CachedStatement>>
    preparedStatements;

thread_local int openTransactions = 0;

thread_local quint64 statementsRun = 0;
} // namespace

quint64 statementsRunInThisThread()
{
    return statementsRun;
}

bool insideTransaction()
{
    return openTransactions > 0;
}

QSqlDatabase openDatabase(const QString &connectionName, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout.count()));
    if (!db.open())
        throw StorageFailure(QStringLiteral("Cannot open the local database %1: %2")
                                 .arg(path, db.lastError().text()));
    const QString journalMode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StorageFailure(
            QStringLiteral("The local database %1 cannot use WAL (journal mode %2).")
                .arg(path, journalMode));
    exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // A pulled page of 1,000 changes dirties pages all over the indexes
    // (its rows belong to many students). With SQLite's 2 MB page cache they
    // were written to the log before the commit as well as at it, and the
    // log was copied into the file every few pages: a quarter of the phone's
    // first-sync time. A 16 MB cache holds a page's work; the log is copied
    // after 40 MB (10,000 pages) and cut back to 8 MB afterwards.
    exec(db, QStringLiteral("PRAGMA cache_size = -16384"));
    exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 10000"));
    exec(db, QStringLiteral("PRAGMA journal_size_limit = 8388608"));
    waitForOtherWriters(db);
    // Logging out must not leave the user's data readable in free pages.
    exec(db, QStringLiteral("PRAGMA secure_delete = ON"));
    return db;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    ++statementsRun;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageFailure(
            QStringLiteral("Cannot prepare \"%1\": %2").arg(sql, query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageFailure(
            QStringLiteral("Cannot run \"%1\": %2").arg(sql, query.lastError().text()));
    return query;
}

namespace {

// ":p0", ":p1", ...: QSqlQuery::bindValue() by position formats such a name
// for every value it binds (QString::arg), a seventh of a pulled page's
// apply; binding by a name made once skips that.
const QString &placeholderName(int position)
{
    static const QStringList names = [] {
        QStringList made;
        for (int i = 0; i < 64; ++i)
            made.append(QStringLiteral(":p%1").arg(i));
        return made;
    }();
    return names.at(position);
}

// The statement with its `?` placeholders named by placeholderName() (none
// inside a quoted literal or name), or nullopt when it has too many.
std::optional<QString> withNamedPlaceholders(const QString &sql)
{
    QString named;
    int count = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            named.append(c);
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            named.append(c);
        } else if (c != u'?') {
            named.append(c);
        } else if (count < 64) {
            named.append(placeholderName(count++));
        } else {
            return std::nullopt;
        }
    }
    return named;
}

} // namespace

int execCached(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    ++statementsRun;
    std::unordered_map<QString, CachedStatement> &statements =
        preparedStatements[db.connectionName()];
    auto found = statements.find(sql);
    if (found == statements.end()) {
        QSqlQuery query(db);
        const std::optional<QString> named = withNamedPlaceholders(sql);
        if (!query.prepare(named.value_or(sql)))
            throw StorageFailure(
                QStringLiteral("Cannot prepare \"%1\": %2").arg(sql, query.lastError().text()));
        found = statements.try_emplace(sql, std::move(query), named.has_value()).first;
    }
    QSqlQuery &query = found->second.query;
    for (int i = 0; i < values.size(); ++i) {
        if (found->second.namedPlaceholders)
            query.bindValue(placeholderName(i), values.at(i));
        else
            query.bindValue(i, values.at(i));
    }
    if (!query.exec())
        throw StorageFailure(
            QStringLiteral("Cannot run \"%1\": %2").arg(sql, query.lastError().text()));
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

// Checkpoints the write-ahead log into the database file and truncates it,
// until no reader holds an older snapshot or `patience` is over. Throws
// StorageFailure when the log could not be emptied.
void emptyWriteAheadLog(const QSqlDatabase &db, std::chrono::milliseconds patience)
{
    const QDeadlineTimer deadline(patience);
    // Short waits per try (SQLite's busy handler does the waiting), so the
    // deadline is kept; the usual waiting comes back afterwards.
    exec(db, QStringLiteral("PRAGMA busy_timeout = 100"));
    struct RestoreWaiting
    {
        const QSqlDatabase &db;
        ~RestoreWaiting()
        {
            try {
                waitForOtherWriters(db);
            } catch (const StorageFailure &failure) {
                qWarning().noquote() << failure.message();
            }
        }
    } restore{db};
    for (;;) {
        QSqlQuery result = exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        // One row: busy (1 when a reader or writer kept it from finishing),
        // frames in the log, frames checkpointed.
        const bool done =
            result.next() && result.value(0).toInt() == 0 && result.value(1).toInt() <= 0;
        result.finish();
        if (done)
            return;
        if (deadline.hasExpired())
            throw StorageFailure(QStringLiteral(
                "The write-ahead log still holds old data: another connection keeps reading it."));
    }
}

void forgetStatements(const QString &connectionName)
{
    preparedStatements.erase(connectionName);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
    ++openTransactions;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --openTransactions;
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    // COMMIT fails when SQLite rolled the transaction back by itself.
    exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
    --openTransactions;
}

} // namespace Aanwezig::Store
