// export-person and erase-person: a person's rights of access and erasure.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "storage/database.h"
#include "sync/persondata.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace Aanwezig::Server {

namespace {

// --email E or --student ID, exactly one.
std::optional<PersonRef> personArg(const CliArgs &args, const char *command, int *exitCode)
{
    const auto email = args.option(QStringLiteral("email"));
    const auto student = args.option(QStringLiteral("student"));
    if (email.has_value() == student.has_value() || (email && !email->contains(QLatin1Char('@')))) {
        *exitCode = usageError(
            QStringLiteral("usage: %1 --email ADDRESS | --student ID").arg(QLatin1String(command)));
        return std::nullopt;
    }
    return PersonRef{email ? email->trimmed().toLower() : QString(),
                     student ? student->trimmed() : QString()};
}

} // namespace

int runExportPerson(const QStringList &arguments)
{
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("email"),
                                   QStringLiteral("student"), QStringLiteral("out")});
    if (!args.ok())
        return usageError(args.error());
    int exitCode = 0;
    const auto person = personArg(args, "export-person", &exitCode);
    if (!person)
        return exitCode;
    if (!openDatabase(args))
        return 1;
    QByteArray json;
    try {
        json = QJsonDocument(exportPerson(connection(), *person)).toJson(QJsonDocument::Indented);
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    const auto out = args.option(QStringLiteral("out"));
    if (!out) {
        QTextStream(stdout) << json;
        return 0;
    }
    QFile file(*out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return fail(QStringLiteral("%1: %2").arg(*out, file.errorString()));
    return 0;
}

int runErasePerson(const QStringList &arguments)
{
    const CliArgs args(arguments,
                       {QStringLiteral("db"), QStringLiteral("email"), QStringLiteral("student")});
    if (!args.ok())
        return usageError(args.error());
    int exitCode = 0;
    const auto person = personArg(args, "erase-person", &exitCode);
    if (!person)
        return exitCode;
    if (!openDatabase(args))
        return 1;
    try {
        const Erasure erasure = erasePerson(connection(), *person);
        QTextStream out(stdout);
        out << "deleted " << erasure.deleted << " rows and records; took the address out of "
            << erasure.stripped << " records\n";
        for (const QString &kept : erasure.kept)
            out << "kept: " << kept << "\n";
        out.flush();
        return 0;
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

} // namespace Aanwezig::Server
