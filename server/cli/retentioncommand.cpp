// retention: deletes (or with --dry-run lists) what is past its retention period.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/retentionjob.h"
#include "storage/database.h"

#include <QTextStream>

namespace Aanwezig::Server {

std::optional<RetentionPolicy> retentionPolicy(const CliArgs &args, int *exitCode)
{
    const auto file = args.option(QStringLiteral("retention"));
    if (!file)
        return RetentionPolicy();
    QString error;
    auto policy = RetentionPolicy::readFile(*file, &error);
    if (!policy)
        *exitCode = usageError(error);
    return policy;
}

int runRetention(const QStringList &arguments)
{
    QStringList rest = arguments;
    const bool dryRun = rest.removeAll(QStringLiteral("--dry-run")) > 0;
    const CliArgs args(
        rest, {QStringLiteral("db"), QStringLiteral("retention"), QStringLiteral("today")});
    if (!args.ok())
        return usageError(args.error());
    int exitCode = 0;
    const auto policy = retentionPolicy(args, &exitCode);
    if (!policy)
        return exitCode;
    QDate today = QDate::currentDate();
    if (const auto given = args.option(QStringLiteral("today"))) {
        today = QDate::fromString(*given, Qt::ISODate);
        if (!today.isValid())
            return usageError(QStringLiteral("--today must be a date like 2027-08-01"));
    }
    if (!openDatabase(args))
        return 1;
    try {
        const RetentionResult result = applyRetention(connection(), *policy, today, dryRun);
        QTextStream(stdout) << (dryRun ? "would delete: " : "deleted: ")
                            << describeRetention(result) << Qt::endl;
        return 0;
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
}

} // namespace Aanwezig::Server
