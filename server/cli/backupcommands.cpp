// backup and restore: a copy of the whole database in one file, and the way
// back from it (README "Backup and restore").
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "storage/database.h"
#include "storage/epoch.h"
#include "storage/migrations.h"
#include "storage/plannerstatistics.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QTextStream>
#include <cstdio>

namespace Aanwezig::Server {

namespace {

const QString backupConnection = QStringLiteral("aanwezig-backup-file");

// The libpq connection string of the configured PostgreSQL database; the
// password goes through the environment, never the command line.
QString libpqConnection(const DatabaseConfig &config)
{
    auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(quoted(config.host))
        .arg(config.port)
        .arg(quoted(config.name), quoted(config.user));
}

// Runs a PostgreSQL client program to its end; the error text when it failed.
QString runPostgresTool(const QString &program, const QStringList &arguments,
                        const DatabaseConfig &config)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!config.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), config.password);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return QStringLiteral("%1 cannot be started (is postgresql-client installed?)")
            .arg(program);
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromUtf8(process.readAllStandardError()).trimmed());
    return {};
}

// SQLite: a consistent copy of the live database (VACUUM INTO reads one
// snapshot; writers go on meanwhile).
void copySqlite(const QSqlDatabase &db, const QString &to)
{
    exec(db, QStringLiteral("VACUUM INTO ?"), {to});
}

// Opens a backup file of SQLite on a connection of its own, after checking it
// is a sound Aanwezig database.
QString checkSqliteBackup(const QString &file)
{
    QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), backupConnection);
    backup.setDatabaseName(file);
    backup.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!backup.open())
        return QStringLiteral("%1 cannot be opened: %2").arg(file, backup.lastError().text());
    QSqlQuery check(backup);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("%1 is not a sound SQLite database").arg(file);
    if (!check.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !check.next())
        return QStringLiteral("%1 is not a backup of aanwezig-server").arg(file);
    return {};
}

int restoreSqlite(const DatabaseConfig &config, const QString &from)
{
    const QString target = config.sqlitePath;
    const QString staged = target + QStringLiteral(".restoring");
    QString problem = checkSqliteBackup(from);
    if (problem.isEmpty()) {
        QFile::remove(staged);
        QSqlQuery copy(QSqlDatabase::database(backupConnection, false));
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(staged);
        if (!copy.exec())
            problem =
                QStringLiteral("%1 cannot be written: %2").arg(staged, copy.lastError().text());
    }
    QSqlDatabase::database(backupConnection, false).close();
    QSqlDatabase::removeDatabase(backupConnection);
    if (!problem.isEmpty())
        return fail(problem);
    // The old database's write-ahead log must not be read into the new file.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(target).constData()) !=
        0)
        return fail(QStringLiteral("%1 cannot be renamed to %2").arg(staged, target));
    return 0;
}

int restorePostgres(const DatabaseConfig &config, const QString &from)
{
    const QString problem = runPostgresTool(
        QStringLiteral("pg_restore"),
        {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
         QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
         QStringLiteral("--dbname=") + libpqConnection(config), from},
        config);
    return problem.isEmpty() ? 0 : fail(problem);
}

std::optional<DatabaseConfig> configFrom(const CliArgs &args)
{
    QString error;
    const auto config = DatabaseConfig::parse(
        args.option(QStringLiteral("db"), QStringLiteral("sqlite:./aanwezig.db")), &error);
    if (!config)
        usageError(error);
    return config;
}

} // namespace

int runBackup(const QStringList &arguments)
{
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("to")});
    if (!args.ok())
        return usageError(args.error());
    const QString to = args.option(QStringLiteral("to"), QString());
    if (to.isEmpty())
        return usageError(QStringLiteral("backup needs --to FILE"));
    if (QFileInfo::exists(to))
        return fail(QStringLiteral("%1 exists already; a backup never overwrites a file").arg(to));
    if (!openDatabase(args))
        return 1;
    const DatabaseConfig &config = databaseConfig();
    try {
        if (config.dialect == Dialect::Sqlite) {
            copySqlite(connection(), to);
        } else {
            const QString problem =
                runPostgresTool(QStringLiteral("pg_dump"),
                                {QStringLiteral("--format=custom"), QStringLiteral("--file=") + to,
                                 QStringLiteral("--dbname=") + libpqConnection(config)},
                                config);
            if (!problem.isEmpty()) {
                QFile::remove(to);
                return fail(problem);
            }
        }
    } catch (const DatabaseError &error) {
        QFile::remove(to);
        return fail(QString::fromUtf8(error.what()));
    }
    QTextStream(stdout) << "backup written to " << to << Qt::endl;
    return 0;
}

int runRestore(const QStringList &arguments)
{
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("from")});
    if (!args.ok())
        return usageError(args.error());
    const QString from = args.option(QStringLiteral("from"), QString());
    if (from.isEmpty())
        return usageError(QStringLiteral("restore needs --from FILE"));
    if (!QFileInfo(from).isFile())
        return fail(QStringLiteral("%1 is not a file").arg(from));
    const auto config = configFrom(args);
    if (!config)
        return 2;
    if (const int failed = config->dialect == Dialect::Sqlite ? restoreSqlite(*config, from)
                                                              : restorePostgres(*config, from))
        return failed;
    // The restored database may be of an older schema; then it gets a new
    // epoch, so that every cursor handed out before is refused.
    if (!openDatabase(args))
        return 1;
    try {
        const DatabaseEpoch epoch = renewEpoch(connection());
        refreshPlannerStatistics(connection());
        QTextStream(stdout) << "restored from " << from << "; new epoch " << epoch.id << Qt::endl;
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    return 0;
}

} // namespace Aanwezig::Server
