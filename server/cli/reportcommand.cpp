// aanwezig-server report: the attendance report (figures, tiers and
// signals per student, core/attendance) as CSV on stdout.

#include "attendancereport.h"
#include "cli/commands.h"
#include "fieldformats.h"
#include "registrations.h"
#include "roster.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>
#include <variant>

namespace Aanwezig::Server {

namespace {

constexpr int usageExitCode = 2;
constexpr int inputError = 1;

const char reportUsage[] =
    "usage: aanwezig-server report --roster ROSTER.csv --registrations REG.csv "
    "--from YYYY-MM-DD --to YYYY-MM-DD";

struct ReportOptions
{
    QString rosterPath;
    QString registrationsPath;
    QDate from;
    QDate to;
};

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << "aanwezig-server report: " << message << "\n";
    if (exitCode == usageExitCode)
        QTextStream(stderr) << reportUsage << "\n";
    return exitCode;
}

// The options, or an explanation of what is wrong with the arguments.
std::variant<ReportOptions, QString> parseReportOptions(const QStringList &args)
{
    const QCommandLineOption roster(QStringLiteral("roster"), QString(), QStringLiteral("file"));
    const QCommandLineOption registrations(QStringLiteral("registrations"), QString(),
                                           QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("date"));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({roster, registrations, from, to});
    if (!parser.parse(QStringList{QStringLiteral("report")} + args))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument \"%1\"")
            .arg(parser.positionalArguments().first());
    for (const QCommandLineOption &option : {roster, registrations, from, to}) {
        if (!parser.isSet(option))
            return QStringLiteral("--%1 is missing").arg(option.names().first());
    }

    const auto fromDate = parseIsoDate(parser.value(from));
    const auto toDate = parseIsoDate(parser.value(to));
    if (!fromDate)
        return QStringLiteral("--from \"%1\" is not a date written as YYYY-MM-DD")
            .arg(parser.value(from));
    if (!toDate)
        return QStringLiteral("--to \"%1\" is not a date written as YYYY-MM-DD")
            .arg(parser.value(to));
    if (*fromDate > *toDate)
        return QStringLiteral("--from %1 is after --to %2")
            .arg(parser.value(from), parser.value(to));
    return ReportOptions{parser.value(roster), parser.value(registrations), *fromDate, *toDate};
}

bool writeToStdout(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) ==
               size_t(bytes.size()) &&
           std::fflush(stdout) == 0;
}

} // namespace

int runReport(const QStringList &args)
{
    const auto parsedOptions = parseReportOptions(args);
    if (const QString *problem = std::get_if<QString>(&parsedOptions))
        return fail(*problem, usageExitCode);
    const ReportOptions &options = std::get<ReportOptions>(parsedOptions);

    const auto roster = readRosterFile(options.rosterPath);
    if (!roster.ok())
        return fail(roster.error().toString(), inputError);
    const auto registrations = readRegistrationsFile(options.registrationsPath);
    if (!registrations.ok())
        return fail(registrations.error().toString(), inputError);
    if (const auto unknown =
            findUnknownStudent(registrations.value(), roster.value(), options.registrationsPath))
        return fail(unknown->toString(), inputError);

    // Built completely before anything is written: an error leaves stdout empty.
    const QByteArray report =
        attendanceReportCsv(roster.value(), registrations.value(), options.from, options.to);
    if (!writeToStdout(report))
        return fail(QStringLiteral("could not write the report to standard output"), inputError);
    return 0;
}

} // namespace Aanwezig::Server
