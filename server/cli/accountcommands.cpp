// invite and revoke-device: pairing codes and device tokens from the command line.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/inviteletter.h"
#include "domain/language.h"
#include "http/apierror.h"
#include "protocol/pairinglink.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "sync/scope.h"

#include <QTextStream>

namespace Aanwezig::Server {

int runInvite(const QStringList &arguments)
{
    const CliArgs args(arguments,
                       {QStringLiteral("db"), QStringLiteral("email"), QStringLiteral("role"),
                        QStringLiteral("student"), QStringLiteral("language"),
                        QStringLiteral("letter"), QStringLiteral("server-url")});
    if (!args.ok())
        return usageError(args.error());
    const auto role = parseRole(args.option(QStringLiteral("role"), QString()));
    if (!role || *role == Role::Admin)
        return usageError(QStringLiteral("--role must be parent, student, mentor or team"));
    const Invitation invitation{args.option(QStringLiteral("email"), QString()), *role,
                                args.option(QStringLiteral("student"), QString()),
                                args.option(QStringLiteral("language"), QString())};
    if (args.option(QStringLiteral("language")) && !parseLanguage(invitation.language))
        return usageError(QStringLiteral("--language must be %1").arg(knownLanguagesText()));
    if (*role == Role::Student && invitation.studentId.isEmpty())
        return usageError(QStringLiteral("a student invite needs --student STUDENT_ID"));
    if (*role != Role::Student && invitation.email.isEmpty())
        return usageError(QStringLiteral("an invite needs --email ADDRESS"));
    const auto letterDir = args.option(QStringLiteral("letter"));
    const QString serverUrl = args.option(QStringLiteral("server-url"), QString());
    if (letterDir && !PairingLink::parse(PairingLink{serverUrl, QStringLiteral("X")}.toString()))
        return usageError(QStringLiteral("--letter needs --server-url with the address the app "
                                         "talks to, e.g. https://aanwezig.school.nl"));
    if (!openDatabase(args))
        return 1;
    try {
        const QString code = createInvite(connection(), invitation);
        QTextStream(stdout) << code << Qt::endl;
        if (!letterDir)
            return 0;
        const QString personId =
            *role == Role::Student ? invitation.studentId : invitation.email.trimmed().toLower();
        QString error;
        const QString path =
            writeInviteLetter(*letterDir,
                              {personId, serverUrl, code,
                               Scope::load(connection(), personId).language, inviteValidDays},
                              &error);
        if (path.isEmpty())
            return fail(error);
        QTextStream(stdout) << "letter: " << path << Qt::endl;
        return 0;
    } catch (const ApiError &error) {
        return fail(error.message);
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

int runRevokeDevice(const QStringList &arguments)
{
    const CliArgs args(arguments,
                       {QStringLiteral("db"), QStringLiteral("device"), QStringLiteral("email")});
    if (!args.ok())
        return usageError(args.error());
    const auto device = args.option(QStringLiteral("device"));
    const auto person = args.option(QStringLiteral("email"));
    if (device.has_value() == person.has_value())
        return usageError(QStringLiteral("revoke-device needs --device ID or --email ADDRESS "
                                         "(or a student id)"));
    if (!openDatabase(args))
        return 1;
    try {
        const int count =
            device ? revokeDevice(connection(), *device) : revokeDevicesOf(connection(), *person);
        QTextStream(stdout) << "revoked " << count << " device(s)" << Qt::endl;
        return count > 0 ? 0 : fail(QStringLiteral("no paired device matched"));
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

} // namespace Aanwezig::Server
