#pragma once

#include "fixtureschool.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>

// The real aanwezig-server for the sync tests: the fixture school
// (tests/data/school, fixtureschool.h) in a fresh test database (SQLite, or
// PostgreSQL when a cluster is configured, see tests/support/testdatabase.h),
// served by one or more instances on 127.0.0.1 that can be killed and started
// again (aanwezig-synctestsupport).
namespace Aanwezig::SyncTest {

namespace People = Test::People;
namespace Students = Test::Students;

class SchoolServer
{
public:
    // A fresh database holding the fixture school's roster (fatal when none).
    SchoolServer();

    bool isPostgres() const { return m_database.isPostgres(); }

    const Test::TestDatabase &database() const { return m_database; }

    // Starts instance `index` (a new one when index == instanceCount()) with
    // `serve`'s `extraArgs`.
    bool start(int index = 0, const QStringList &extraArgs = {});
    // SIGKILL, as in a crash.
    void kill(int index = 0) { m_instances.at(index)->kill(); }
    // SIGTERM, as in a restart; restart() starts it again on the same port.
    void stop(int index = 0) { m_instances.at(index)->stop(); }
    bool restart(int index = 0) { return m_instances.at(index)->restart(); }
    // What instance `index` wrote to stderr so far (its request log).
    QString log(int index = 0) const { return m_instances.at(index)->log(); }
    int instanceCount() const { return static_cast<int>(m_instances.size()); }
    quint16 port(int index = 0) const { return quint16(m_instances.at(index)->port()); }
    QUrl url(int index = 0) const { return QUrl(m_instances.at(index)->baseUrl()); }

    // A pairing code; `language` (optional) is the one the school has for the person.
    QString invite(const QString &email, const QString &role, const QString &language = {});
    // A pairing code for a student's own phone.
    QString inviteStudent(const QString &studentId);
    // Imports another roster (a variant of the school, FixtureSchool::file()).
    void importRoster(const QString &file);
    // The whole database into a file, and back from it (README "Backup and restore").
    void backup(const QString &file);
    void restore(const QString &file);
    // Runs the retention job as on `today` (README, "Retention").
    void retention(QDate today);
    // Ends the devices of the person with this e-mail address.
    void revoke(const QString &email);

private:
    // Runs an aanwezig-server command on the database; its output, or a fatal error.
    QString command(QStringList arguments);

    Test::TestDatabase m_database;
    std::vector<std::unique_ptr<Test::ServerProcess>> m_instances;
};

// What a freshly paired phone of this user sees, pulled straight from `server`.
std::optional<QJsonObject> snapshotOf(SchoolServer &school, const QString &email,
                                      const QString &role, int instance = 0);

// The ids of the reports this user sees on the server; a report held twice
// shows up as a size mismatch (the list keeps both, the set one).
struct SeenReports
{
    QSet<QUuid> ids;
    qsizetype count = -1; // -1: the snapshot could not be pulled
};
SeenReports reportsSeenBy(SchoolServer &school, const QString &email, const QString &role);

} // namespace Aanwezig::SyncTest
