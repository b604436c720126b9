// The throwaway PostgreSQL cluster of the CTest fixture "postgresql"
// (tests/infra/pgcluster.sh) and the per-test databases made in it.
#include "postgresrequired.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Aanwezig::Test;

namespace {

// Opens a connection to the database named by a postgresql:// URL.
QSqlDatabase openUrl(const QString &connectionName, const QUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

QString show(const QSqlDatabase &db, const char *setting)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SHOW ") + QLatin1String(setting)) || !query.next())
        return QStringLiteral("error: ") + query.lastError().text();
    return query.value(0).toString();
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AANWEZIG_REQUIRE_POSTGRES(); }

    void clusterIsPostgres15OnLoopbackOnly()
    {
        const QUrl url(TestDatabase::postgresClusterUrl());
        QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        {
            QSqlDatabase db = openUrl(QStringLiteral("cluster"), url);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(show(db, "server_version_num").startsWith(QLatin1String("15")));
            QCOMPARE(show(db, "listen_addresses"), QStringLiteral("127.0.0.1"));
            QCOMPARE(show(db, "port"), QString::number(url.port()));
            // The unix socket lives in the cluster's own temporary directory.
            QVERIFY(show(db, "unix_socket_directories").contains(QLatin1String("/aanwezig-pg.")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cluster"));
    }

    void eachTestDatabaseIsFreshAndDroppedAfterwards()
    {
        QString url;
        {
            TestDatabase first;
            TestDatabase second;
            QVERIFY2(first.isValid(), qPrintable(first.errorString()));
            QVERIFY(first.isPostgres());
            QVERIFY(first.url() != second.url());
            url = first.url();
            QSqlDatabase db = openUrl(QStringLiteral("first"), QUrl(url));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables "
                                              "WHERE schemaname = 'public'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("first"));
        {
            QSqlDatabase db = openUrl(QStringLiteral("dropped"), QUrl(url));
            QVERIFY(!db.isOpen());
            QVERIFY(db.lastError().text().contains(QLatin1String("does not exist")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dropped"));
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
