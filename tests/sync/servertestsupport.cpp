#include "servertestsupport.h"

namespace Aanwezig::SyncTest {

SchoolServer::SchoolServer()
{
    if (!m_database.isValid())
        qFatal("no test database: %s", qPrintable(m_database.errorString()));
    command({QStringLiteral("import-roster"), Test::FixtureSchool::rosterFile()});
}

bool SchoolServer::start(int index, const QStringList &extraArgs)
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

QString SchoolServer::invite(const QString &email, const QString &role, const QString &language)
{
    QStringList arguments{QStringLiteral("invite"), QStringLiteral("--email"), email,
                          QStringLiteral("--role"), role};
    if (!language.isEmpty())
        arguments << QStringLiteral("--language") << language;
    return command(arguments);
}

QString SchoolServer::inviteStudent(const QString &studentId)
{
    return command({QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("student"),
                    QStringLiteral("--student"), studentId});
}

void SchoolServer::importRoster(const QString &file)
{
    command({QStringLiteral("import-roster"), file});
}

void SchoolServer::backup(const QString &file)
{
    command({QStringLiteral("backup"), QStringLiteral("--to"), file});
}

void SchoolServer::restore(const QString &file)
{
    command({QStringLiteral("restore"), QStringLiteral("--from"), file});
}

void SchoolServer::retention(QDate today)
{
    command({QStringLiteral("retention"), QStringLiteral("--today"), today.toString(Qt::ISODate)});
}

void SchoolServer::revoke(const QString &email)
{
    command({QStringLiteral("revoke-device"), QStringLiteral("--email"), email});
}

QString SchoolServer::command(QStringList arguments)
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

std::optional<QJsonObject> snapshotOf(SchoolServer &school, const QString &email,
                                      const QString &role, int instance)
{
    QTemporaryDir directory;
    Device fresh(directory.path());
    if (!fresh.pair(school.url(instance), school.invite(email, role)) || !fresh.syncUntilDrained())
        return std::nullopt;
    return visibleData(fresh.store());
}

SeenReports reportsSeenBy(SchoolServer &school, const QString &email, const QString &role)
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
