#include "fixtureschoolviews.h"

#include "domain/walltime.h"

#include <QJsonArray>

namespace Aanwezig::UiTest {

namespace {

QDate today()
{
    return currentWallTime().date();
}

ServerChange person(const QString &id, const QString &first, const QString &last,
                    const QString &className, Person::Relation relation)
{
    return ServerChange::put("person", Person{id, first, last, className, relation}.toJson());
}

// A class student whose parents the school told languages for (as staff pull them).
ServerChange withParentLanguages(ServerChange change, const QStringList &languages)
{
    change.data.insert(QStringLiteral("parent_languages"), QJsonArray::fromStringList(languages));
    return change;
}

// A class student whose parents' phone numbers the school gave (as staff pull them).
ServerChange withParentPhones(ServerChange change, const QStringList &phones)
{
    change.data.insert(QStringLiteral("parent_phones"), QJsonArray::fromStringList(phones));
    return change;
}

// Weekly rates ending this week, oldest first.
ServerChange summary(const QString &studentId, double rate, int tier, int previousTier,
                     const QList<double> &weeks, const QJsonObject &signalFields = {})
{
    QJsonArray trend;
    for (int i = 0; i < weeks.size(); ++i)
        trend.append(
            QJsonObject{{QStringLiteral("week_start"),
                         today().addDays(-7 * (weeks.size() - 1 - i)).toString(Qt::ISODate)},
                        {QStringLiteral("rate_pct"), weeks.at(i)}});
    QJsonObject data{{QStringLiteral("student_id"), studentId},
                     {QStringLiteral("rate_pct"), rate},
                     {QStringLiteral("tier"), tier},
                     {QStringLiteral("previous_tier"), previousTier},
                     {QStringLiteral("trend"), trend}};
    for (auto it = signalFields.begin(); it != signalFields.end(); ++it)
        data.insert(it.key(), it.value());
    return ServerChange::put("attendance_summary", data);
}

ServerChange report(const QString &studentId, RegistrationCode code, QDate from, QTime at,
                    ReportState state, const QString &note = {}, const QDateTime &end = {})
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = studentId;
    report.reporterId = parentId;
    report.code = code;
    report.start = wallTime(from, at);
    report.end = end;
    report.note = note;
    report.state = state;
    report.createdAt = wallTime(from, QTime(7, 45));
    return ServerChange::put("absence_report", report.toJson());
}

ServerChange message(const QString &studentId, const QString &templateKey, const QString &text,
                     bool fromClass, bool toStudent, bool toParents, int daysAgo)
{
    WarmMessage message;
    message.id = QUuid::createUuid();
    message.studentId = studentId;
    message.senderId = mentorId;
    message.templateKey = templateKey;
    message.text = text;
    message.fromClass = fromClass;
    message.toStudent = toStudent;
    message.toParents = toParents;
    message.sentAt = wallTime(today().addDays(-daysAgo), QTime(10, 15));
    return ServerChange::put("warm_message", message.toJson());
}

// A reply of Bas or his parent; an empty messageId: to his plan's contact person.
ServerChange reply(Role from, const QString &messageId, const QString &templateKey,
                   const QString &text, int daysAgo)
{
    Reply reply;
    reply.id = QUuid::createUuid();
    reply.studentId = Students::bas;
    reply.authorId = from == Role::Student ? Students::bas : parentId;
    reply.from = from;
    reply.messageId = QUuid::fromString(messageId);
    reply.templateKey = templateKey;
    reply.text = text;
    // A parent's a little later, so that replies of one evening have an order.
    reply.at = wallTime(today().addDays(-daysAgo), QTime(19, from == Role::Parent ? 45 : 30));
    return ServerChange::put("reply", reply.toJson());
}

QList<ServerChange> basPlan()
{
    ReturnPlan plan{Students::bas,
                    QStringLiteral("Sara"),
                    QStringLiteral("Meneer Bakker"),
                    7,
                    QStringLiteral("Weer elke ochtend het eerste uur erbij"),
                    QStringLiteral("Kamer 12, elke dag in de grote pauze")};
    QList<ServerChange> changes{ServerChange::put("return_plan", plan.toJson())};
    const QList<std::pair<PlanStep::Owner, const char *>> steps{
        {PlanStep::Owner::Mentor, "Welkom bij de poort op de eerste dag"},
        {PlanStep::Owner::Buddy, "Sara deelt haar aantekeningen"},
        {PlanStep::Owner::Student, "Toets wiskunde een week later maken"},
        {PlanStep::Owner::Parent, "Samen de week doorlopen op zondag"},
    };
    int position = 0;
    for (const auto &[owner, title] : steps) {
        PlanStep step;
        // The same id in every view that holds the plan (a parent's, a
        // mentor's, Bas's own): one who has several roles gets each step
        // once, as from the server; fresh ids listed every step twice.
        step.id = QUuid::createUuidV5(QUuid(), Students::bas + QString::number(position));
        step.studentId = Students::bas;
        step.owner = owner;
        step.title = QString::fromUtf8(title);
        step.position = position;
        step.done = position == 0;
        step.due = position == 2 ? today().addDays(5) : QDate();
        changes.append(ServerChange::put("plan_step", step.toJson()));
        ++position;
    }
    return changes;
}

} // namespace

void signIn(LocalStore &store, const QString &userId, const QStringList &roles)
{
    if (!store.wipe())
        qFatal("cannot wipe the fixture school's store");
    Account account{QStringLiteral("https://aanwezig.demo.school"), userId, {}};
    for (const QString &key : roles) {
        if (const auto role = parseRole(key))
            account.roles.append(*role);
    }
    if (!store.setAccount(account))
        qFatal("cannot set the fixture school's account");
}

QList<ServerChange> parentView()
{
    QList<ServerChange> changes{
        person(Students::bas, QStringLiteral("Bas"), QStringLiteral("Bakker"), QStringLiteral("1A"),
               Person::Relation::Child),
        person(Students::lex, QStringLiteral("Lex"), QStringLiteral("Bakker"), QStringLiteral("1B"),
               Person::Relation::Child),
        summary(Students::bas, 93.4, 2, 1, {98, 97, 95, 91, 89, 93}),
        summary(Students::lex, 98.1, 1, 1, {99, 98, 97, 99, 98, 98}),
        report(Students::lex, RegistrationCode::D, today().addDays(-3), QTime(10, 0),
               ReportState::SeenByMentor, QStringLiteral("Tandarts"),
               wallTime(today().addDays(-3), QTime(11, 0))),
        message(Students::bas, QStringLiteral("miss_you"), QStringLiteral("Ik mis je!"), false,
                true, true, 2),
        message(Students::bas, QStringLiteral("welcome_back"),
                QStringLiteral("Fijn dat je terug bent"), true, true, true, 0),
    };
    changes.append(basPlan());
    return changes;
}

QList<ServerChange> mentorView()
{
    const auto student = [](const QString &id, const char *first, const char *last) {
        return person(id, QString::fromUtf8(first), QString::fromUtf8(last), QStringLiteral("1A"),
                      Person::Relation::ClassStudent);
    };
    QList<ServerChange> changes{
        student(Students::bas, "Bas", "Bakker"),
        withParentPhones(student(Students::gijs, "Gijs", "Groen"), {QStringLiteral("0687654321")}),
        withParentPhones(withParentLanguages(student(Students::hiba, "Hiba", "Haddou"),
                                             {QStringLiteral("ar"), QStringLiteral("nl")}),
                         {QStringLiteral("0624681357"), QStringLiteral("+32470987654")}),
        student(Students::ilse, "Ilse", "Idema"),
        student(Students::joris, "Joris", "Jonker"),
        student(Students::anna, "Anna", "Aalders"),
        withParentLanguages(student(Students::kaan, "Kaan", "Kaya"), {QStringLiteral("tr")}),
        student(Students::eva, "Eva", "Aalders"),
        summary(Students::bas, 93.4, 2, 1, {98, 97, 95, 91, 89, 93}),
        summary(Students::gijs, 86.2, 3, 2, {92, 90, 88, 85, 83, 86},
                {{QStringLiteral("legal_max_28d_min"), 540},
                 {QStringLiteral("legal_signal"), QStringLiteral("warn")},
                 {QStringLiteral("late_signal"), QStringLiteral("yes")}}),
        summary(Students::hiba, 94.0, 2, 2, {95, 94, 93, 95, 94, 94},
                {{QStringLiteral("sick_signal"), QStringLiteral("yes")}}),
        summary(Students::ilse, 99.0, 1, 1, {99, 100, 98, 99, 99, 99}),
        summary(Students::joris, 97.5, 1, 1, {97, 98, 97, 98, 97, 97}),
        summary(Students::anna, 96.0, 1, 1, {95, 96, 97, 96, 96, 96}),
        summary(Students::kaan, 98.7, 1, 1, {99, 98, 99, 98, 99, 99}),
        summary(Students::eva, 95.2, 1, 2, {93, 94, 95, 96, 95, 95}),
        report(Students::gijs, RegistrationCode::Z, today(), QTime(0, 0), ReportState::Received),
        report(Students::hiba, RegistrationCode::OA, today(), QTime(8, 30), ReportState::Received),
        report(Students::bas, RegistrationCode::Z, today().addDays(-9), QTime(0, 0),
               ReportState::Closed, {}, wallTime(today().addDays(-5))),
    };
    changes.append(basPlan());
    // Bas and his parent answered the mentor's message; Bas wrote to his contact person.
    const ServerChange missYou = message(Students::bas, QStringLiteral("miss_you"),
                                         QStringLiteral("Ik mis je!"), false, true, true, 2);
    const QString missYouId = missYou.data.value(QLatin1String("id")).toString();
    changes.append(missYou);
    changes.append(reply(Role::Student, missYouId, QStringLiteral("thanks"), {}, 1));
    changes.append(
        reply(Role::Parent, missYouId, {}, QStringLiteral("Hij slaapt weer beter, dank u."), 1));
    changes.append(
        reply(Role::Student, {}, {}, QStringLiteral("Mag ik morgen even langskomen?"), 0));
    CheckIn checkIn{QUuid::createUuid(),
                    Students::bas,
                    4,
                    QStringLiteral("Dat Sara op me wachtte"),
                    QStringLiteral("Rustig plekje bij toetsen"),
                    wallTime(today().addDays(-1), QTime(16, 0))};
    changes.append(ServerChange::put("check_in", checkIn.toJson()));
    return changes;
}

QList<ServerChange> studentView()
{
    QList<ServerChange> changes{
        person(Students::bas, QStringLiteral("Bas"), QStringLiteral("Bakker"), QStringLiteral("1A"),
               Person::Relation::Self),
        message(Students::bas, QStringLiteral("miss_you"), QStringLiteral("Ik mis je!"), false,
                true, true, 2),
        message(Students::bas, QStringLiteral("class_misses_you"),
                QStringLiteral("We missen je in de klas"), true, true, false, 1),
    };
    changes.append(basPlan());
    return changes;
}

void loadSchool(LocalStore &store, const QString &userId, const QStringList &roles)
{
    signIn(store, userId, roles);
    QList<ServerChange> changes;
    if (roles.contains(QStringLiteral("mentor")) || roles.contains(QStringLiteral("team")))
        changes.append(mentorView());
    if (roles.contains(QStringLiteral("parent"))) {
        const bool staff =
            roles.contains(QStringLiteral("mentor")) || roles.contains(QStringLiteral("team"));
        for (ServerChange change : parentView()) {
            // A mentor who is a parent too mentors Bas's class (1A): the
            // server says so on the child's person (PROTOCOL.md, "person").
            if (staff && change.kind == QLatin1String("person") &&
                change.data.value(QLatin1String("class")).toString() == QLatin1String("1A"))
                change.data.insert(QStringLiteral("staff"), true);
            changes.append(change);
        }
    }
    if (roles.contains(QStringLiteral("student")))
        changes.append(studentView());
    if (const auto done = store.applyPage(changes, QStringLiteral("demo")); !done)
        qFatal("fixture school refused: %s", qPrintable(done.error().message));
}

} // namespace Aanwezig::UiTest
