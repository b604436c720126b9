// import-roster and import-registrations: the school's CSV files into the database.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/schoolimport.h"
#include "notify/schoolclock.h"
#include "storage/database.h"
#include "storage/plannerstatistics.h"

#include <QTextStream>
#include <QTimeZone>

namespace Aanwezig::Server {

namespace {

// The file argument of an import command, after opening the database.
std::optional<QString> importFile(const CliArgs &args, const char *command, int *exitCode)
{
    if (!args.ok()) {
        *exitCode = usageError(args.error());
        return std::nullopt;
    }
    if (args.positional().size() != 1) {
        *exitCode = usageError(
            QStringLiteral("usage: %1 FILE [--db DATABASE]").arg(QLatin1String(command)));
        return std::nullopt;
    }
    if (!openDatabase(args)) {
        *exitCode = 1;
        return std::nullopt;
    }
    return args.positional().first();
}

} // namespace

int runImportRoster(const QStringList &arguments)
{
    int exitCode = 0;
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("allow-removals")}, 1);
    bool numeric = true;
    const int allowedRemovals =
        args.option(QStringLiteral("allow-removals"), QStringLiteral("0")).toInt(&numeric);
    if (!numeric || allowedRemovals < 0)
        return usageError(QStringLiteral("--allow-removals needs a whole number."));
    const auto file = importFile(args, "import-roster", &exitCode);
    if (!file)
        return exitCode;
    const auto roster = readRosterFile(*file);
    if (!roster.ok())
        return fail(roster.error().toString());
    RosterChanges changes;
    try {
        changes = importRoster(connection(), roster.value(), allowedRemovals);
        if (changes.refused.isEmpty())
            refreshPlannerStatistics(connection());
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    if (!changes.refused.isEmpty())
        return fail(changes.refused);
    QTextStream out(stdout);
    out << "imported " << roster.value().size() << " students\n";
    const auto list = [](const QStringList &ids) {
        return ids.isEmpty() ? QString() : QStringLiteral(": ") + ids.join(QStringLiteral(", "));
    };
    out << "  added: " << changes.added.size() << list(changes.added) << "\n"
        << "  moved class: " << changes.moved.size() << list(changes.moved) << "\n"
        << "  left the school: " << changes.left.size() << list(changes.left) << "\n"
        << "  parents added: " << changes.parentsAdded << ", removed: " << changes.parentsRemoved
        << "\n"
        << "  access ended (user, student): " << changes.accessEnded
        << ", pairing codes voided: " << changes.invitesVoided << Qt::endl;
    return 0;
}

int runImportRegistrations(const QStringList &arguments)
{
    int exitCode = 0;
    const CliArgs args(arguments, {QStringLiteral("db"), QStringLiteral("timezone")}, 1);
    const auto file = importFile(args, "import-registrations", &exitCode);
    if (!file)
        return exitCode;
    if (const auto zone = args.option(QStringLiteral("timezone"))) {
        const QTimeZone timeZone(zone->toUtf8());
        if (!timeZone.isValid())
            return usageError(
                QStringLiteral("--timezone must be an IANA time zone like Europe/Amsterdam"));
        setSchoolTimeZone(timeZone);
    }
    const auto registrations = readRegistrationsFile(*file);
    if (!registrations.ok())
        return fail(registrations.error().toString());
    try {
        if (const auto error = importRegistrations(connection(), registrations.value(), *file))
            return fail(error->toString());
        refreshPlannerStatistics(connection());
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    QTextStream(stdout) << "imported " << registrations.value().size() << " registrations"
                        << Qt::endl;
    return 0;
}

} // namespace Aanwezig::Server
