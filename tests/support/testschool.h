#pragma once

#include "apiclient.h"
#include "fixtureschool.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include <QStringList>
#include <memory>

namespace Aanwezig::Test {

// A fresh database holding the fixture school (tests/data/school), and the
// real server on it.
class TestSchool
{
public:
    TestSchool();

    // Imports the roster and registrations and starts the server with
    // extra `serve` arguments. False, with errorString(), on failure.
    bool setUp(const QStringList &serveArgs = {});
    QString errorString() const { return m_error; }

    const TestDatabase &database() const { return m_database; }
    ServerProcess &server() { return m_server; }

    // Runs an aanwezig-server command on this school's database.
    CommandResult command(const QStringList &args) const;
    // A new pairing code (empty when the invite failed); `language`: --language.
    QString invite(const QString &email, const QString &role, const QString &student = {},
                   const QString &language = {}) const;
    // A client paired with a fresh invite; its token is set.
    std::unique_ptr<ApiClient> paired(const QString &email, const QString &role,
                                      const QString &student = {});
    std::unique_ptr<ApiClient> client() const;

private:
    TestDatabase m_database;
    ServerProcess m_server;
    QString m_error;
};

// Pulls page after page from `cursor` (null: a snapshot) until has_more is
// false; returns the changes and sets *nextCursor. Empty with *ok false when
// a page failed.
QList<QJsonObject> pullAll(const ApiClient &api, const QString &cursor, int limit,
                           QString *nextCursor, bool *ok);
// The put data of the given kind and id in the changes (empty when none).
QJsonObject findPut(const QList<QJsonObject> &changes, const QString &kind, const QString &id);

} // namespace Aanwezig::Test
