#include "cli/demoschool.h"

#include "cli/schoolimport.h"
#include "domain/role.h"
#include "domain/walltime.h"

#include <QRandomGenerator>
#include <QSet>

namespace Aanwezig::Server {

namespace {

constexpr int studentsPerClass = 25;
constexpr int schoolWeeks = 12;
constexpr int lessonMinutes = 50;

const char *const firstNames[] = {"Sanne", "Daan",   "Noor", "Sem",   "Fleur", "Milan",   "Yara",
                                  "Luuk",  "Eva",    "Bram", "Lotte", "Thijs", "Amira",   "Finn",
                                  "Zoë",   "Jesse",  "Sara", "Ruben", "Lina",  "Mohamed", "Julia",
                                  "Tim",   "Fatima", "Lars", "Isa"};
const char *const lastNames[] = {"de Jong",   "Jansen", "de Vries", "van den Berg", "Bakker",
                                 "Visser",    "Smit",   "Meijer",   "de Boer",      "Mulder",
                                 "de Groot",  "Bos",    "Vos",      "Peters",       "Hendriks",
                                 "El Amrani", "Dekker", "Yilmaz",   "Brouwer",      "de Wit",
                                 "Dijkstra",  "Smits",  "Kaya",     "van Dijk",     "Koster"};

struct DemoClass
{
    const char *name;
    const char *mentor;
};
const DemoClass classes[] = {{"2A", DemoSchool::mentorEmail},
                             {"2B", "j.bakker@demo.aanwezig.nl"},
                             {"3C", "s.elamrani@demo.aanwezig.nl"}};

const QTime lessonStarts[] = {QTime(8, 30), QTime(9, 20),  QTime(10, 10), QTime(11, 15),
                              QTime(12, 5), QTime(13, 15), QTime(14, 5)};

// How a student tends to be absent.
enum class Profile { Good, Tier2, Tier3, NearLegalLine, SickPattern };

Profile profileOf(int index)
{
    if (index == 6)
        return Profile::NearLegalLine; // S1007
    if (index == 11)
        return Profile::SickPattern; // S1012
    if (index % 17 == 4)
        return Profile::Tier3;
    if (index % 9 == 2)
        return Profile::Tier2;
    return Profile::Good;
}

QString studentIdOf(int index)
{
    return QStringLiteral("S%1").arg(1001 + index);
}

QList<QDate> schoolDays(QDate today)
{
    QDate last = today.addDays(-1);
    while (last.dayOfWeek() > 5)
        last = last.addDays(-1);
    QDate first = last.addDays(-(last.dayOfWeek() - 1) - 7 * (schoolWeeks - 1));
    // On a school day the demo also registers this morning's lessons, so the
    // summaries' window ends today: the weeks must not reach before it (on a
    // Monday the first Monday would, and show an earlier tier).
    if (today.dayOfWeek() <= 5)
        first = std::max(first, today.addDays(-(summaryWindowDays - 1)));
    QList<QDate> days;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days.append(d);
    }
    return days;
}

// The code of one lesson, before any whole-day sickness.
RegistrationCode lessonCode(Profile profile, QRandomGenerator &random, int *minutesLate)
{
    const int roll = int(random.bounded(1000));
    if (profile == Profile::Tier3 && roll < 60)
        return RegistrationCode::OA;
    if (roll >= 985) {
        *minutesLate = 5 + int(random.bounded(20));
        return RegistrationCode::TL;
    }
    if (roll < 4)
        return RegistrationCode::D;
    return RegistrationCode::A;
}

// The student near the 16-hour line skips the first two lessons of every
// other school day in the last 4 weeks, 9 days: 18 lessons, 900 minutes.
bool skipsLesson(const QList<QDate> &days, QDate day, int lesson)
{
    const QDate fourWeeksBack = days.last().addDays(-27);
    int index = 0;
    for (const QDate &d : days) {
        if (d >= fourWeeksBack && d < day)
            ++index;
    }
    return day >= fourWeeksBack && lesson < 2 && index % 2 == 0 && index < 18;
}

// Whole days off sick for the student, by profile.
QSet<QDate> sickDays(Profile profile, const QList<QDate> &days, QRandomGenerator &random)
{
    QSet<QDate> sick;
    if (profile == Profile::SickPattern) {
        for (int start : {5, 22, 38, 52}) { // four short episodes within 12 weeks
            sick.insert(days.at(start));
            if (start != 22)
                sick.insert(days.at(start + 1));
        }
        return sick;
    }
    const int perThousand = profile == Profile::Tier3 ? 90 : profile == Profile::Tier2 ? 60 : 8;
    for (const QDate &day : days) {
        if (int(random.bounded(1000)) < perThousand)
            sick.insert(day);
    }
    return sick;
}

QUuid demoId(const char *name)
{
    static const QUuid space =
        QUuid::fromString(QLatin1String("6f1c2a7e-3b9d-4e55-a1c0-5d7e2b8f9a01"));
    return QUuid::createUuidV5(space, QLatin1String(name));
}

// The language the school has for a student's parents (empty: Dutch). A few
// read Arabic, Turkish, Polish or Ukrainian, among them the demo student's.
QString parentLanguageOf(int index, const QString &lastName)
{
    if (index == 0 || lastName == QLatin1String("El Amrani"))
        return QStringLiteral("ar");
    if (lastName == QLatin1String("Yilmaz") || lastName == QLatin1String("Kaya"))
        return QStringLiteral("tr");
    if (index == 10)
        return QStringLiteral("pl");
    if (index == 20)
        return QStringLiteral("uk");
    return {};
}

QString parentOf(const QString &studentId)
{
    return QStringLiteral("ouder.%1@demo.aanwezig.nl").arg(studentId.toLower());
}

void addActivity(DemoSchool &school, QDate today)
{
    AbsenceReport sick;
    sick.id = demoId("report-sick-today");
    sick.studentId = QStringLiteral("S1003");
    sick.reporterId = parentOf(sick.studentId);
    sick.reporterRole = roleKey(Role::Parent);
    sick.code = RegistrationCode::Z;
    sick.start = wallTime(today, QTime(8, 0));
    sick.note = QStringLiteral("Blijft vandaag thuis.");
    sick.state = ReportState::Received;
    sick.createdAt = wallTime(today, QTime(7, 42));
    school.reports.append(sick);

    // This morning's first two lessons, missed without a word from home: the
    // school's registration shows in the mentor's "Vandaag".
    if (today.dayOfWeek() <= 5) {
        for (int l = 0; l < 2; ++l)
            school.registrations.append({0, QStringLiteral("S1022"), today, lessonStarts[l],
                                         lessonStarts[l].addSecs(lessonMinutes * 60),
                                         RegistrationCode::OA, 0});
    }

    AbsenceReport leave;
    leave.id = demoId("report-leave-request");
    leave.studentId = QStringLiteral("S1005");
    leave.reporterId = parentOf(leave.studentId);
    leave.reporterRole = roleKey(Role::Parent);
    leave.code = RegistrationCode::V;
    leave.start = wallTime(today.addDays(8 - today.dayOfWeek()), QTime(8, 30));
    leave.end = wallTime(leave.start.date(), QTime(12, 0));
    leave.note = QStringLiteral("Bruiloft van een tante.");
    leave.state = ReportState::Received;
    leave.decision = LeaveDecision::Pending;
    leave.createdAt = wallTime(today, QTime(7, 55));
    school.reports.append(leave);

    WarmMessage welcome;
    welcome.id = demoId("message-welcome-back");
    welcome.studentId = QLatin1String(DemoSchool::studentId);
    welcome.senderId = QLatin1String(DemoSchool::mentorEmail);
    welcome.templateKey = QStringLiteral("welcome_back");
    welcome.text = QStringLiteral("Fijn dat je terug bent! We hebben je gemist in de klas.");
    welcome.toParents = true;
    welcome.sentAt = wallTime(today, QTime(8, 5));
    school.messages.append(welcome);

    ReturnPlan plan;
    plan.studentId = QLatin1String(DemoSchool::sickPatternId);
    plan.buddy = QStringLiteral("Noor");
    plan.contactPerson = QStringLiteral("Meneer de Vries (mentor)");
    plan.goal = QStringLiteral("Weer rustig elke ochtend op school beginnen");
    school.plans.append(plan);
    const struct
    {
        const char *id;
        PlanStep::Owner owner;
        const char *title;
        bool done;
    } steps[] = {
        {"step-welcome", PlanStep::Owner::Mentor, "Welkom bij de poort op de eerste dag", true},
        {"step-catch-up", PlanStep::Owner::Student, "Kiezen wat ik inhaal en wat ik laat gaan",
         false},
        {"step-test", PlanStep::Owner::Mentor, "Toets wiskunde opnieuw inplannen", false},
    };
    int position = 0;
    for (const auto &s : steps) {
        PlanStep step;
        step.id = demoId(s.id);
        step.studentId = plan.studentId;
        step.owner = s.owner;
        step.title = QString::fromUtf8(s.title);
        step.done = s.done;
        step.position = position++;
        step.due = s.done ? QDate() : today.addDays(7);
        school.steps.append(step);
    }
}

} // namespace

DemoSchool DemoSchool::generate(QDate today)
{
    DemoSchool school;
    QRandomGenerator random(20261122);
    const QList<QDate> days = schoolDays(today);
    for (int c = 0; c < 3; ++c) {
        for (int i = 0; i < studentsPerClass; ++i) {
            const int index = c * studentsPerClass + i;
            RosterEntry entry;
            entry.studentId = studentIdOf(index);
            entry.firstName = QString::fromUtf8(firstNames[(i * 7 + c * 3) % studentsPerClass]);
            entry.lastName = QString::fromUtf8(lastNames[(i * 11 + c * 5) % studentsPerClass]);
            entry.className = QLatin1String(classes[c].name);
            entry.mentorEmail = QLatin1String(classes[c].mentor);
            entry.parentEmails
                << QStringLiteral("ouder.%1@demo.aanwezig.nl").arg(entry.studentId.toLower());
            if (index % 3 == 0)
                entry.parentEmails
                    << QStringLiteral("ouder2.%1@demo.aanwezig.nl").arg(entry.studentId.toLower());
            const QString language = parentLanguageOf(index, entry.lastName);
            entry.parentLanguages = QStringList(entry.parentEmails.size(), language);
            if (index == 0 || index == studentsPerClass + 4) { // two children in different classes
                entry.parentEmails << QLatin1String(parentEmail);
                entry.parentLanguages << QString(); // reads Dutch
            }
            // Made-up numbers, one per parent, so that a mentor can try "Bel ouders".
            for (qsizetype p = 0; p < entry.parentEmails.size(); ++p)
                entry.parentPhones << QStringLiteral("06%1").arg(10000000 + index * 10 + int(p));
            school.roster.append(entry);

            const Profile profile = profileOf(index);
            const QSet<QDate> sick = sickDays(profile, days, random);
            for (const QDate &day : days) {
                const int lessons = day.dayOfWeek() == 3 ? 5 : 7;
                for (int l = 0; l < lessons; ++l) {
                    Registration r;
                    r.studentId = entry.studentId;
                    r.date = day;
                    r.start = lessonStarts[l];
                    r.end = r.start.addSecs(lessonMinutes * 60);
                    r.code = sick.contains(day) ? RegistrationCode::Z
                                                : lessonCode(profile, random, &r.minutesLate);
                    if (profile == Profile::NearLegalLine)
                        r.code =
                            skipsLesson(days, day, l) ? RegistrationCode::OA : RegistrationCode::A;
                    school.registrations.append(r);
                }
            }
        }
    }
    addActivity(school, today);
    return school;
}

} // namespace Aanwezig::Server
