#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Aanwezig::Test {

namespace {

// Runs one statement on the cluster's maintenance database.
QString execOnCluster(const QString &clusterUrl, const QString &sql)
{
    const QUrl url(clusterUrl);
    const QString name = QStringLiteral("testdatabase-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(sql))
            error = query.lastError().text();
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
    m_error = execOnCluster(cluster, QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
    QUrl url(cluster);
    url.setPath(QLatin1Char('/') + m_pgName);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (isPostgres())
        execOnCluster(postgresClusterUrl(),
                      QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

} // namespace Aanwezig::Test
