#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace Aanwezig::Test {

// A fresh, empty database for one test, as an aanwezig-server --db value.
// SQLite (a file in a temporary directory) by default. PostgreSQL when the
// environment names a cluster: AANWEZIG_TEST_PG_URL holds a URL like
// postgresql://postgres@127.0.0.1:PORT/postgres, or AANWEZIG_TEST_PG_URL_FILE
// names a file holding one (written by tests/infra/pgcluster.sh). A new
// database is then created in that cluster and dropped afterwards.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString url() const { return m_url; }
    bool isPostgres() const { return !m_pgName.isEmpty(); }

    // Runs one SQL statement on the database behind the server's back (to
    // set up what no API can, e.g. an expired code). Returns the error, or
    // an empty string.
    QString execute(const QString &sql) const;
    // The first column of the first row of a query (invalid on failure or no row).
    QVariant scalar(const QString &sql) const;

    // The PostgreSQL cluster's URL from the environment; empty when none.
    static QString postgresClusterUrl();

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgName;
    QString m_error;
};

} // namespace Aanwezig::Test
