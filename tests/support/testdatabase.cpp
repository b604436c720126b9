#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Aanwezig::Test {

namespace {

// Runs one statement on the database at url (sqlite:PATH or postgresql://...).
QString execOn(const QString &databaseUrl, const QString &sql, QVariant *firstValue = nullptr)
{
    const bool sqlite = databaseUrl.startsWith(QLatin1String("sqlite:"));
    const QUrl url(databaseUrl);
    const QString name = QStringLiteral("testdatabase-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (sqlite) {
            db.setDatabaseName(databaseUrl.mid(7));
        } else {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(sql))
            error = query.lastError().text();
        else if (firstValue && query.next())
            *firstValue = query.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString TestDatabase::postgresClusterUrl()
{
    const QString direct = qEnvironmentVariable("AANWEZIG_TEST_PG_URL");
    if (!direct.isEmpty())
        return direct;
    const QString file = qEnvironmentVariable("AANWEZIG_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

TestDatabase::TestDatabase()
{
    const QString cluster = postgresClusterUrl();
    if (cluster.isEmpty() && !qEnvironmentVariable("AANWEZIG_TEST_PG_URL_FILE").isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL URL in $AANWEZIG_TEST_PG_URL_FILE");
        return;
    }
    if (cluster.isEmpty()) {
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("aanwezig.db"));
        return;
    }
    m_pgName = QStringLiteral("aanwezig_test_") + QUuid::createUuid().toString(QUuid::Id128);
    m_error = execOn(cluster, QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
    QUrl url(cluster);
    url.setPath(QLatin1Char('/') + m_pgName);
    m_url = url.toString();
}

QString TestDatabase::execute(const QString &sql) const
{
    return execOn(m_url, sql);
}

QVariant TestDatabase::scalar(const QString &sql) const
{
    QVariant value;
    const QString error = execOn(m_url, sql, &value);
    if (!error.isEmpty())
        qWarning("query failed: %s", qPrintable(error));
    return value;
}

TestDatabase::~TestDatabase()
{
    if (isPostgres())
        execOn(postgresClusterUrl(),
               QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

} // namespace Aanwezig::Test
