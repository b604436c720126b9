#include "serverschool.h"

#include "cli/schoolimport.h"
#include "domain/absencenotice.h"
#include "domain/walltime.h"
#include "fuzzinput.h"
#include "http/apierror.h"
#include "registrations.h"
#include "roster.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/records.h"
#include "sync/push.h"

#include <QJsonArray>
#include <cstdio>
#include <cstdlib>

namespace Aanwezig::Fuzz {

namespace {

// What a push writes: kept after the set-up and put back after each input.
constexpr const char *pushedTables[] = {"records",         "clients",        "rejections",
                                        "mutation_hashes", "report_periods", "notifications"};

[[noreturn]] void setUpFailed(const QString &what)
{
    std::fprintf(stderr, "fuzz school set-up failed: %s\n", qPrintable(what));
    std::abort();
}

QString dataFile(const char *name)
{
    return QStringLiteral(AANWEZIG_TEST_DATA "/school/") + QLatin1String(name);
}

QString userOf(const QSqlDatabase &db, const Server::Invitation &invitation)
{
    const QString code = Server::createInvite(db, invitation);
    const auto device = Server::redeemInvite(db, code, QStringLiteral("fuzz"));
    if (!device)
        setUpFailed(QStringLiteral("pairing ") + invitation.email);
    return device->userId;
}

QJsonObject mutation(int seq, const char *name, const QJsonObject &args)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("args"), args}};
}

// What the school holds before the fuzzer's push: a sick report and a leave
// request for S1 by the parent, a message (to the student and the parents:
// both may reply) and a plan with a step by the mentor.
void pushStartingEntities(const QSqlDatabase &db, const Server::Scope &parent,
                          const Server::Scope &mentor)
{
    // Sick today; leave for a morning next week.
    const QDate today = QDate::currentDate();
    const auto report = [&](const char *id, const char *code, int inDays, const char *end) {
        const QString day = today.addDays(inDays).toString(Qt::ISODate);
        QJsonObject json{{QStringLiteral("id"), QLatin1String(id)},
                         {QStringLiteral("student_id"), QStringLiteral("S1")},
                         {QStringLiteral("code"), QLatin1String(code)},
                         {QStringLiteral("start"), day + QStringLiteral("T08:00")},
                         {QStringLiteral("note"), QStringLiteral("fuzz")}};
        if (end)
            json.insert(QStringLiteral("end"), day + QLatin1String(end));
        return QJsonObject{{QStringLiteral("report"), json}};
    };
    const QJsonObject byParent{
        {QStringLiteral("client_id"), QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001")},
        {QStringLiteral("mutations"),
         QJsonArray{
             mutation(1, "report_absence", report(Seeded::sickReport, "Z", 0, "T16:00")),
             mutation(2, "report_absence", report(Seeded::leaveRequest, "V", 7, "T12:00"))}}};
    const QJsonObject message{{QStringLiteral("id"), QLatin1String(Seeded::message)},
                              {QStringLiteral("student_id"), QStringLiteral("S1")},
                              {QStringLiteral("template_key"), QStringLiteral("miss_you")},
                              {QStringLiteral("text"), QStringLiteral("Ik mis je!")},
                              {QStringLiteral("to_student"), true},
                              {QStringLiteral("to_parents"), true}};
    const QJsonObject plan{{QStringLiteral("student_id"), QStringLiteral("S1")},
                           {QStringLiteral("check_in_every_days"), 2}};
    const QJsonObject step{{QStringLiteral("id"), QLatin1String(Seeded::planStep)},
                           {QStringLiteral("student_id"), QStringLiteral("S1")},
                           {QStringLiteral("owner"), QStringLiteral("student")},
                           {QStringLiteral("title"), QStringLiteral("Eerste uur terug")},
                           {QStringLiteral("position"), 1}};
    const QJsonObject byMentor{
        {QStringLiteral("client_id"), QStringLiteral("1a2b3c4d-0000-4000-8000-000000000002")},
        {QStringLiteral("mutations"),
         QJsonArray{mutation(1, "send_message", {{QStringLiteral("message"), message}}),
                    mutation(2, "save_plan", {{QStringLiteral("plan"), plan}}),
                    mutation(3, "save_plan_step", {{QStringLiteral("step"), step}})}}};
    for (const auto &[scope, body] : {std::pair{&parent, byParent}, std::pair{&mentor, byMentor}}) {
        const QJsonObject reply = Server::handlePush(db, *scope, body);
        for (const QJsonValue result : reply.value(QStringLiteral("results")).toArray()) {
            if (result[QStringLiteral("status")].toString() != QStringLiteral("applied"))
                setUpFailed(QStringLiteral("a starting mutation was refused: ") +
                            result[QStringLiteral("reason")][QStringLiteral("message")].toString());
        }
    }
}

// The parents of S1 were asked "Alles goed?" about a day no report covers
// (as the notification planner does), so answer_absence_notice has a notice
// to answer.
void storeAbsenceNotice(const QSqlDatabase &db)
{
    AbsenceNotice notice;
    notice.studentId = QStringLiteral("S1");
    notice.date = QDate(2026, 11, 23);
    notice.notifiedAt = wallTime(notice.date, QTime(9, 0));
    if (notice.id() != QLatin1String(Seeded::absenceNotice))
        setUpFailed(QStringLiteral("the notice's id is not Seeded::absenceNotice"));
    Server::WriteTransaction transaction(db);
    Server::Records records(db);
    records.put(QLatin1String(Server::Kind::absenceNotice), notice.id(), notice.studentId,
                notice.toJson());
    transaction.commit();
}

} // namespace

ServerSchool &ServerSchool::instance()
{
    static ServerSchool school;
    return school;
}

QSqlDatabase ServerSchool::database() const
{
    return Server::connection();
}

ServerSchool::ServerSchool()
{
    ensureApplication();
    try {
        Server::DatabaseConfig config;
        config.sqlitePath = QStringLiteral(":memory:");
        Server::configureDatabase(config);
        const QSqlDatabase db = database();
        Server::migrate(db);
        const auto roster = readRosterFile(dataFile("roster.csv"));
        const auto registrations = readRegistrationsFile(dataFile("registrations.csv"));
        if (!roster.ok() || !registrations.ok())
            setUpFailed(QStringLiteral("reading tests/data/school"));
        Server::importRoster(db, roster.value());
        if (const auto error = Server::importRegistrations(db, registrations.value(),
                                                           QStringLiteral("registrations.csv")))
            setUpFailed(error->toString());
        using Server::Invitation;
        for (const Invitation &invitation :
             {Invitation{QStringLiteral("parent.one@home.nl"), Role::Parent, {}},
              Invitation{QStringLiteral("mentor.a@school.nl"), Role::Mentor, {}},
              Invitation{{}, Role::Student, QStringLiteral("S1")},
              Invitation{QStringLiteral("mentor.b@school.nl"), Role::Mentor, {}},
              Invitation{QStringLiteral("team@school.nl"), Role::Team, {}}})
            m_users.append(Server::Scope::load(db, userOf(db, invitation)));
        pushStartingEntities(db, m_users.at(0), m_users.at(1));
        storeAbsenceNotice(db);
        for (const char *table : pushedTables)
            Server::exec(db, QStringLiteral("CREATE TABLE fuzz_%1 AS SELECT * FROM %1")
                                 .arg(QLatin1String(table)));
        Server::finishStatements();
    } catch (const Server::ApiError &error) {
        setUpFailed(error.message);
    } catch (const Server::DatabaseError &error) {
        setUpFailed(QString::fromUtf8(error.what()));
    }
}

void ServerSchool::reset()
{
    const QSqlDatabase db = database();
    for (const char *table : pushedTables) {
        Server::exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
        Server::exec(
            db, QStringLiteral("INSERT INTO %1 SELECT * FROM fuzz_%1").arg(QLatin1String(table)));
    }
    Server::finishStatements();
}

} // namespace Aanwezig::Fuzz
