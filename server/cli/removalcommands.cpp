// remove-role and remove-person: taking access away from the command line.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "storage/database.h"
#include "sync/personremoval.h"

#include <QTextStream>

namespace Aanwezig::Server {

namespace {

void printRemoval(const Removal &removal)
{
    QTextStream(stdout) << "roles removed: " << removal.roles
                        << ", devices revoked: " << removal.devices
                        << ", pairing codes voided: " << removal.invites
                        << ", roster relations removed: " << removal.relations
                        << ", students their phones drop: " << removal.accessEnded << Qt::endl;
}

} // namespace

int runRemoveRole(const QStringList &arguments)
{
    const CliArgs args(arguments,
                       {QStringLiteral("db"), QStringLiteral("email"), QStringLiteral("role")});
    if (!args.ok())
        return usageError(args.error());
    const auto email = args.option(QStringLiteral("email"));
    const auto role = parseRole(args.option(QStringLiteral("role"), QString()));
    if (!email || !role || *role == Role::Admin)
        return usageError(QStringLiteral("usage: remove-role --email ADDRESS (or a student id) "
                                         "--role parent|student|mentor|team"));
    if (!openDatabase(args))
        return 1;
    try {
        const Removal removal = removeRole(connection(), personId(*email), *role);
        printRemoval(removal);
        return removal.roles + removal.invites > 0
                   ? 0
                   : fail(QStringLiteral("%1 has no role %2").arg(*email, roleKey(*role)));
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

int runRemovePerson(const QStringList &arguments)
{
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("email")});
    if (!args.ok())
        return usageError(args.error());
    const auto email = args.option(QStringLiteral("email"));
    if (!email)
        return usageError(QStringLiteral("usage: remove-person --email ADDRESS (or a student id)"));
    if (!openDatabase(args))
        return 1;
    try {
        printRemoval(removePerson(connection(), personId(*email)));
        return 0;
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

} // namespace Aanwezig::Server
