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
// (tests/data/school, fixtureschool.h) in a fresh test database (SQLite, or PostgreSQL when a
// cluster is configured, see tests/support/testdatabase.h), served by one or more instances on
// 127.0.0.1 that can be killed and started again.
namespace Aanwezig::SyncTest {

namespace People = Test::People;
namespace Students = Test::Students;

class SchoolServer
{
public:
    SchoolServer()
    {
        if (!m_database.isValid())
            qFatal("no test database: %s", qPrintable(m_database.errorString()));
        command({QStringLiteral("import-roster"), Test::FixtureSchool::rosterFile()});
    }

    bool isPostgres() const { return m_database.isPostgres(); }

    const Test::TestDatabase &database() const { return m_database; }

    // Starts instance `index` (a new one when index == instanceCount()) with
    // `serve`'s `extraArgs`.
    bool start(int index = 0, const QStringList &extraArgs = {})
    {
        auto process = std::make_unique<Test::ServerProcess>(QStringLiteral(AANWEZIG_SERVER_BIN));
        if (!process->start(m_database.url(), extraArgs)) {
            qWarning("the server does not start: %s", qPrintable(process->errorString()));
            return false;
        }
        if (index == instanceCount())
            m_instances.push_back(std::move(process));
        else
            m_instances.at(index) = std::move(process);
        return true;
    }
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
    QString invite(const QString &email, const QString &role, const QString &language = {})
    {
        QStringList arguments{QStringLiteral("invite"), QStringLiteral("--email"), email,
                              QStringLiteral("--role"), role};
        if (!language.isEmpty())
            arguments << QStringLiteral("--language") << language;
        return command(arguments);
    }
    // A pairing code for a student's own phone.
    QString inviteStudent(const QString &studentId)
    {
        return command({QStringLiteral("invite"), QStringLiteral("--role"),
                        QStringLiteral("student"), QStringLiteral("--student"), studentId});
    }
    void importRoster(const QString &file) { command({QStringLiteral("import-roster"), file}); }
    // The whole database into a file, and back from it (README "Backup and restore").
    void backup(const QString &file)
    {
        command({QStringLiteral("backup"), QStringLiteral("--to"), file});
    }
    void restore(const QString &file)
    {
        command({QStringLiteral("restore"), QStringLiteral("--from"), file});
    }
    // Runs the retention job as on `today` (README, "Retention").
    void retention(QDate today)
    {
        command(
            {QStringLiteral("retention"), QStringLiteral("--today"), today.toString(Qt::ISODate)});
    }
    void revoke(const QString &email)
    {
        command({QStringLiteral("revoke-device"), QStringLiteral("--email"), email});
    }

private:
    // Runs an aanwezig-server command on the database; its output, or a fatal error.
    QString command(QStringList arguments)
    {
        arguments.insert(1, m_database.url());
        arguments.insert(1, QStringLiteral("--db"));
        const Test::CommandResult result =
            Test::runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN), arguments);
        if (result.exitCode != 0)
            qFatal("aanwezig-server %s failed: %s", qPrintable(arguments.first()),
                   qPrintable(result.err));
        return result.out.trimmed();
    }

    Test::TestDatabase m_database;
    std::vector<std::unique_ptr<Test::ServerProcess>> m_instances;
};

// What a freshly paired phone of this user sees, pulled straight from `server`.
inline std::optional<QJsonObject> snapshotOf(SchoolServer &school, const QString &email,
                                             const QString &role, int instance = 0)
{
    QTemporaryDir directory;
    Device fresh(directory.path());
    if (!fresh.pair(school.url(instance), school.invite(email, role)) || !fresh.syncUntilDrained())
        return std::nullopt;
    return visibleData(fresh.store());
}

// The ids of the reports this user sees on the server; a report held twice
// shows up as a size mismatch (the list keeps both, the set one).
struct SeenReports
{
    QSet<QUuid> ids;
    qsizetype count = -1; // -1: the snapshot could not be pulled
};
inline SeenReports reportsSeenBy(SchoolServer &school, const QString &email, const QString &role)
{
    const std::optional<QJsonObject> snapshot = snapshotOf(school, email, role);
    if (!snapshot)
        return {};
    SeenReports seen;
    const QJsonArray reports = snapshot->value(QStringLiteral("reports")).toArray();
    for (const QJsonValue &report : reports)
        seen.ids.insert(QUuid(report.toObject().value(QStringLiteral("id")).toString()));
    seen.count = reports.size();
    return seen;
}

} // namespace Aanwezig::SyncTest
