// vapid-keys: the school's Web Push (VAPID) key pair, made once.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "notify/vapid.h"
#include "storage/database.h"

#include <QTextStream>

namespace Aanwezig::Server {

int runVapidKeys(const QStringList &allArguments)
{
    const QString replaceFlag = QStringLiteral("--replace");
    QStringList arguments = allArguments;
    const bool replace = arguments.removeAll(replaceFlag) > 0;
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("subject")});
    if (!args.ok())
        return usageError(args.error());
    const QString subject =
        args.option(QStringLiteral("subject"), QStringLiteral("mailto:beheer@school.invalid"));
    if (!subject.startsWith(QLatin1String("mailto:")) &&
        !subject.startsWith(QLatin1String("https://")))
        return usageError(QStringLiteral("--subject must be a mailto: or https: URL"));
    if (!openDatabase(args))
        return 1;
    try {
        const bool existed = loadVapidKeys(connection()).has_value();
        const VapidKeys keys = createVapidKeys(connection(), subject, replace);
        QTextStream out(stdout);
        if (existed && !replace)
            out << "keeping the existing VAPID key pair (--replace makes a new one; every "
                   "phone then subscribes again)\n";
        out << "vapid public key: " << keys.publicKeyText() << Qt::endl;
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    return 0;
}

} // namespace Aanwezig::Server
