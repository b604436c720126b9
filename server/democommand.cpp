// demo: fills the database with a demo school and prints pairing codes to try it.
#include "accounts.h"
#include "apierror.h"
#include "cliargs.h"
#include "commands.h"
#include "database.h"
#include "demoschool.h"
#include "schoolimport.h"

#include <QTextStream>

namespace Aanwezig::Server {

int runDemo(const QStringList &arguments)
{
    const CliArgs args(arguments, {QStringLiteral("db")});
    if (!args.ok())
        return usageError(args.error());
    if (!args.positional().isEmpty())
        return usageError(QStringLiteral("usage: demo [--db DATABASE]"));
    if (!openDatabase(args))
        return 1;
    const DemoSchool school = DemoSchool::generate(QDate::currentDate());
    QTextStream out(stdout);
    try {
        const QSqlDatabase db = connection();
        importRoster(db, school.roster);
        if (const auto error =
                importRegistrations(db, school.registrations, QStringLiteral("demo")))
            return fail(error->toString());
        const QString parent = QLatin1String(DemoSchool::parentEmail);
        const QString mentor = QLatin1String(DemoSchool::mentorEmail);
        const QString team = QLatin1String(DemoSchool::teamEmail);
        const QString student = QLatin1String(DemoSchool::studentId);
        out << "Demo school: 3 classes (2A, 2B, 3C), " << school.roster.size() << " students, "
            << school.registrations.size() << " registered lessons over 12 weeks.\n"
            << DemoSchool::nearLegalLineId << " is near the 16-hour line, "
            << DemoSchool::sickPatternId << " has a sick pattern.\n\n"
            << "Pairing codes (single use, valid " << inviteValidDays << " days):\n"
            << "  parent   " << parent << "  " << createInvite(db, {parent, Role::Parent, {}})
            << "\n"
            << "  mentor   " << mentor << " (2A)  " << createInvite(db, {mentor, Role::Mentor, {}})
            << "\n"
            << "  student  " << student << "  "
            << createInvite(db, {QString(), Role::Student, student}) << "\n"
            << "  team     " << team << "  " << createInvite(db, {team, Role::Team, {}}) << "\n";
        out.flush();
    } catch (const ApiError &error) {
        return fail(error.message);
    } catch (const DatabaseError &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    return 0;
}

} // namespace Aanwezig::Server
