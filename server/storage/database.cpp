#include "storage/database.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <memory>
#include <unordered_map>

namespace Aanwezig::Server {

namespace {

DatabaseConfig g_config;
std::function<void()> g_commitObserver;
QAtomicInteger<int> g_connectionCounter;

// The thread's connection and its statements, prepared once each; removed
// when the thread ends.
struct ThreadConnection
{
    QString name;
    // Keyed by connection name and SQL; a QSqlQuery may not be copied, and
    // the pointers stay valid while the map grows.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;

    ~ThreadConnection() { close(); }
    void close()
    {
        statements.clear();
        if (name.isEmpty())
            return;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        name.clear();
    }
};
thread_local ThreadConnection t_connection;

// PostgreSQL: lock_not_available (lock_timeout), query_canceled
// (statement_timeout); SQLite: SQLITE_BUSY after the busy timeout.
bool isTimeout(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("55P03") || code == QLatin1String("57014") ||
           (g_config.dialect == Dialect::Sqlite && code == QLatin1String("5"));
}

bool isConnectionProblem(const QSqlDatabase &db, const QSqlError &error)
{
    return !db.isOpen() || error.type() == QSqlError::ConnectionError ||
           error.text().contains(QLatin1String("connection"), Qt::CaseInsensitive);
}

void configureSqlite(QSqlDatabase &db)
{
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"})
        exec(db, QLatin1String(pragma));
}

QSqlDatabase open(const QString &name)
{
    const bool sqlite = g_config.dialect == Dialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (sqlite) {
        db.setDatabaseName(g_config.sqlitePath);
    } else {
        db.setHostName(g_config.host);
        db.setPort(g_config.port);
        db.setDatabaseName(g_config.name);
        db.setUserName(g_config.user);
        db.setPassword(g_config.password);
        // No NOTICEs on stderr (e.g. "relation ... already exists, skipping").
        // Waiting has a bound: a writer behind a long lock gets 503, never hangs.
        db.setConnectOptions(QStringLiteral("connect_timeout=5;options='-c "
                                            "client_min_messages=warning -c lock_timeout=%1 -c "
                                            "statement_timeout=%2'")
                                 .arg(postgresLockTimeoutMs)
                                 .arg(postgresStatementTimeoutMs));
    }
    if (!db.open())
        throw DatabaseError(
            QStringLiteral("Cannot open the database: %1").arg(db.lastError().text()), true);
    if (sqlite)
        configureSqlite(db);
    return db;
}

} // namespace

std::optional<DatabaseConfig> DatabaseConfig::parse(const QString &text, QString *error)
{
    DatabaseConfig config;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        config.sqlitePath = text.mid(7);
        if (!config.sqlitePath.isEmpty())
            return config;
    } else if (text.startsWith(QLatin1String("postgresql://")) ||
               text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text);
        const QUrlQuery query(url);
        config.dialect = Dialect::Postgres;
        config.host = query.hasQueryItem(QStringLiteral("host"))
                          ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                          : url.host();
        config.port = url.port(query.queryItemValue(QStringLiteral("port")).toInt() > 0
                                   ? query.queryItemValue(QStringLiteral("port")).toInt()
                                   : 5432);
        config.name = url.path().mid(1);
        config.user = url.userName();
        config.password = url.password();
        if (url.isValid() && !config.name.isEmpty())
            return config;
    }
    if (error)
        *error = QStringLiteral("--db must be sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE, "
                                "not '%1'")
                     .arg(text);
    return std::nullopt;
}

void configureDatabase(const DatabaseConfig &config)
{
    g_config = config;
}

const DatabaseConfig &databaseConfig()
{
    return g_config;
}

QSqlDatabase connection()
{
    if (!t_connection.name.isEmpty())
        return QSqlDatabase::database(t_connection.name, false);
    const QString name =
        QStringLiteral("aanwezig-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    try {
        QSqlDatabase db = open(name);
        t_connection.name = name;
        return db;
    } catch (...) {
        QSqlDatabase::removeDatabase(name);
        throw;
    }
}

QSqlDatabase openConnection(const QString &name)
{
    return open(name);
}

void dropConnection()
{
    t_connection.close();
}

QSqlQuery &exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    // Statements without values run unprepared: BEGIN and COMMIT cannot be
    // prepared on PostgreSQL. The others are prepared once per connection.
    const bool prepared = !values.isEmpty();
    const QString key = db.connectionName() + QLatin1Char(prepared ? '?' : '!') + sql;
    std::unique_ptr<QSqlQuery> &slot = t_connection.statements[key];
    const bool fresh = !slot;
    if (fresh) {
        slot = std::make_unique<QSqlQuery>(db);
        slot->setForwardOnly(true);
    }
    QSqlQuery &query = *slot;
    bool ok = false;
    if (!prepared) {
        ok = query.exec(sql);
    } else {
        ok = !fresh || query.prepare(sql);
        for (qsizetype i = 0; ok && i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        ok = ok && query.exec();
    }
    if (!ok) {
        const DatabaseError error(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql),
                                  isConnectionProblem(db, query.lastError()),
                                  isTimeout(query.lastError()));
        t_connection.statements.erase(key);
        throw error;
    }
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = exec(db, sql, values);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void finishStatements()
{
    for (auto &[key, query] : t_connection.statements)
        query->finish();
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db) : m_db(db)
{
    // A result left open would keep an SQLite read snapshot that cannot become a write.
    finishStatements();
    if (g_config.dialect == Dialect::Sqlite) {
        exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        m_open = true;
    } else {
        exec(m_db, QStringLiteral("BEGIN"));
        m_open = true;
        // One fixed key: every writer of this database waits here in turn.
        exec(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(7226021)"));
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void setCommitObserver(std::function<void()> observer)
{
    g_commitObserver = std::move(observer);
}

void WriteTransaction::commit()
{
    if (g_config.dialect == Dialect::Postgres)
        exec(m_db, QStringLiteral("NOTIFY %1").arg(QLatin1String(changeChannel)));
    exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
    if (g_commitObserver)
        g_commitObserver();
}

} // namespace Aanwezig::Server
