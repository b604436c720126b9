// demo: fills the database with a demo school and prints pairing codes to try it.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/demoschool.h"
#include "cli/schoolimport.h"
#include "domain/jsonfields.h"
#include "http/apierror.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/records.h"

#include <QTextStream>

namespace Aanwezig::Server {

namespace {

// demo's own default, never the school's (cliargs.h, defaultDatabase).
constexpr char demoDatabase[] = "sqlite:./aanwezig-demo.db";

// Stores the demo's reports, messages and plans as if they had been pushed.
void storeActivity(const QSqlDatabase &db, const DemoSchool &school)
{
    WriteTransaction transaction(db);
    Records records(db);
    for (const AbsenceReport &r : school.reports)
        records.put(QLatin1String(Kind::absenceReport), uuidText(r.id), r.studentId, r.toJson());
    for (const WarmMessage &m : school.messages)
        records.put(QLatin1String(Kind::warmMessage), uuidText(m.id), m.studentId, m.toJson());
    for (const ReturnPlan &p : school.plans)
        records.put(QLatin1String(Kind::returnPlan), p.studentId, p.studentId, p.toJson());
    for (const PlanStep &s : school.steps)
        records.put(QLatin1String(Kind::planStep), uuidText(s.id), s.studentId, s.toJson());
    transaction.commit();
}

} // namespace

int runDemo(const QStringList &arguments)
{
    const CliArgs args(arguments, {QStringLiteral("db")});
    if (!args.ok())
        return usageError(args.error());
    if (!openDatabase(args, QLatin1String(demoDatabase)))
        return 1;
    const DemoSchool school = DemoSchool::generate(QDate::currentDate());
    QTextStream out(stdout);
    try {
        const QSqlDatabase db = connection();
        // Never over a real school: demo is for a database of its own.
        if (scalar(db, QStringLiteral("SELECT 1 FROM students LIMIT 1")).isValid())
            return fail(QStringLiteral("This database already holds a school; demo only fills an "
                                       "empty one (default %1). Nothing was changed.")
                            .arg(QLatin1String(demoDatabase)));
        importRoster(db, school.roster);
        if (const auto error =
                importRegistrations(db, school.registrations, QStringLiteral("demo")))
            return fail(error->toString());
        storeActivity(db, school);
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
