#include "testschool.h"

namespace Aanwezig::Test {

TestSchool::TestSchool() : m_server(QStringLiteral(AANWEZIG_SERVER_BIN)) {}

bool TestSchool::setUp(const QStringList &serveArgs)
{
    if (!m_database.isValid()) {
        m_error = m_database.errorString();
        return false;
    }
    for (const auto &[command, file] :
         {std::pair{"import-roster", FixtureSchool::rosterFile()},
          std::pair{"import-registrations", FixtureSchool::registrationsFile()}}) {
        const CommandResult result = this->command({QLatin1String(command), file});
        if (result.exitCode != 0) {
            m_error = QStringLiteral("%1 failed: %2").arg(QLatin1String(command), result.err);
            return false;
        }
    }
    if (!m_server.start(m_database.url(), serveArgs)) {
        m_error = m_server.errorString();
        return false;
    }
    return true;
}

CommandResult TestSchool::command(const QStringList &args) const
{
    return runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                            args + QStringList{QStringLiteral("--db"), m_database.url()});
}

QString TestSchool::invite(const QString &email, const QString &role, const QString &student,
                           const QString &language) const
{
    QStringList args{QStringLiteral("invite"), QStringLiteral("--role"), role};
    if (!email.isEmpty())
        args << QStringLiteral("--email") << email;
    if (!student.isEmpty())
        args << QStringLiteral("--student") << student;
    if (!language.isEmpty())
        args << QStringLiteral("--language") << language;
    const CommandResult result = command(args);
    return result.exitCode == 0 ? result.out.trimmed() : QString();
}

std::unique_ptr<ApiClient> TestSchool::paired(const QString &email, const QString &role,
                                              const QString &student)
{
    auto api = client();
    api->pair(invite(email, role, student));
    return api;
}

std::unique_ptr<ApiClient> TestSchool::client() const
{
    return std::make_unique<ApiClient>(m_server.baseUrl());
}

QList<QJsonObject> pullAll(const ApiClient &api, const QString &cursor, int limit,
                           QString *nextCursor, bool *ok)
{
    QList<QJsonObject> changes;
    QString at = cursor;
    for (;;) {
        const ApiReply reply = api.pull(at, limit);
        if (reply.status != 200) {
            *ok = false;
            return {};
        }
        for (const QJsonValue change : reply.json.value(QLatin1String("changes")).toArray())
            changes.append(change.toObject());
        at = reply.json.value(QLatin1String("next_cursor")).toString();
        if (!reply.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    *nextCursor = at;
    *ok = true;
    return changes;
}

QJsonObject findPut(const QList<QJsonObject> &changes, const QString &kind, const QString &id)
{
    QJsonObject found;
    for (const QJsonObject &change : changes) {
        if (change.value(QLatin1String("kind")).toString() != kind ||
            change.value(QLatin1String("id")).toString() != id)
            continue;
        found = change.value(QLatin1String("op")).toString() == QLatin1String("put")
                    ? change.value(QLatin1String("data")).toObject()
                    : QJsonObject();
    }
    return found;
}

} // namespace Aanwezig::Test
