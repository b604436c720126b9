// One rulebook (issue 10): every mutation, for every role and relation to the
// student, gives the same verdict and reason code on the phone (LocalStore on
// a store holding what that user pulled) as on the server (its mutation
// handler on the same school, in a transaction that is rolled back).
#include "attendance/registrations.h"
#include "attendance/roster.h"
#include "cli/schoolimport.h"
#include "domain/walltime.h"
#include "fixtureschool.h"
#include "protocol/mutationargs.h"
#include "protocol/mutations.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/records.h"
#include "store/localstore.h"
#include "sync/mutationhandlers.h"
#include "sync/protocolmessages.h"
#include "sync/pull.h"
#include "sync/scope.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Aanwezig;

namespace {

// A user of the fixture school (tests/data/school/roster.csv: S1 in 1A with
// parent.one and mentor.a, S3 in 1B), with the store file their phone holds
// after a snapshot pull.
struct SchoolUser
{
    Role role;
    QString userId;
    Server::Scope scope;
    QString storeFile;
};

// What the school holds for each student before a row acts on it, made by
// the team: a sickness report (yesterday until tomorrow), a leave request
// (next week), a message to the student and the parents, a plan with a
// step, and an unanswered "Alles goed?" notice.
struct StudentThings
{
    AbsenceReport sick;
    AbsenceReport leave;
    WarmMessage message;
    PlanStep step;
    AbsenceNotice notice;
};

// Both sides of one row: the phone's action and the same intent as the
// server's mutation.
struct Intent
{
    const char *mutation;
    QJsonObject args;
    std::function<RuleResult(LocalStore &)> onPhone;
};

QString codeOf(const RuleResult &check)
{
    return check ? QStringLiteral("applied") : check.code();
}

} // namespace

class TestRuleParity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, SchoolUser> m_users;     // parent, mentor, student, team
    QMap<QString, StudentThings> m_things; // S1, S3

    QString pair(const QSqlDatabase &db, const Server::Invitation &invitation)
    {
        const auto device = Server::redeemInvite(db, Server::createInvite(db, invitation),
                                                 QStringLiteral("parity"));
        if (!device)
            qFatal("cannot pair %s", qPrintable(invitation.email));
        return device->userId;
    }

    void seed(const QSqlDatabase &db, const Server::Scope &team, const char *mutation,
              const QJsonObject &args)
    {
        Server::WriteTransaction transaction(db);
        Server::Records records(db);
        if (const auto done = Server::applyMutation(QLatin1String(mutation), args, team, records,
                                                    currentWallTime());
            !done)
            qFatal("seeding %s was refused: %s", mutation, qPrintable(done.error().message));
        transaction.commit();
    }

    StudentThings seedStudent(const QSqlDatabase &db, const Server::Scope &team,
                              const QString &student)
    {
        const QDate today = currentWallTime().date();
        StudentThings things;
        things.sick.id = QUuid::createUuid();
        things.sick.studentId = student;
        things.sick.code = RegistrationCode::Z;
        things.sick.start = wallTime(today.addDays(-1), QTime(8, 0));
        things.sick.end = wallTime(today.addDays(1), QTime(16, 0));
        things.leave.id = QUuid::createUuid();
        things.leave.studentId = student;
        things.leave.code = RegistrationCode::V;
        things.leave.start = wallTime(today.addDays(7), QTime(8, 0));
        things.leave.end = wallTime(today.addDays(7), QTime(12, 0));
        things.message = message(student);
        things.step.id = QUuid::createUuid();
        things.step.studentId = student;
        things.step.owner = PlanStep::Owner::Student;
        things.step.title = QStringLiteral("Eerste uur terug");
        things.step.position = 1;
        for (const AbsenceReport &report : {things.sick, things.leave})
            seed(db, team, Mutations::reportAbsence, MutationArgs::ReportAbsence{report}.toJson());
        seed(db, team, Mutations::sendMessage, MutationArgs::SendMessage{things.message}.toJson());
        seed(db, team, Mutations::savePlan, MutationArgs::SavePlan{plan(student)}.toJson());
        seed(db, team, Mutations::savePlanStep, MutationArgs::SavePlanStep{things.step}.toJson());
        things.notice.studentId = student;
        things.notice.date = today.addDays(-2);
        things.notice.notifiedAt = wallTime(things.notice.date, QTime(9, 0));
        Server::WriteTransaction transaction(db);
        Server::Records records(db);
        records.put(QLatin1String(Server::Kind::absenceNotice), things.notice.id(), student,
                    things.notice.toJson());
        transaction.commit();
        return things;
    }

    static WarmMessage message(const QString &student)
    {
        WarmMessage m;
        m.id = QUuid::createUuid();
        m.studentId = student;
        m.templateKey = QStringLiteral("miss_you");
        m.text = QStringLiteral("Ik mis je!");
        m.toStudent = true;
        m.toParents = true;
        return m;
    }

    static ReturnPlan plan(const QString &student)
    {
        ReturnPlan p;
        p.studentId = student;
        p.checkInEveryDays = 3;
        return p;
    }

    // The phone of `user` after a snapshot pull, written to its store file.
    void makePhone(const QSqlDatabase &db, SchoolUser &user, const QString &name)
    {
        const std::string body =
            Server::handlePull(db, user.userId, std::nullopt, QStringLiteral("1000"));
        Server::finishStatements();
        const QJsonObject reply = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
        QString error;
        const auto page = SyncProtocol::readPullPage(reply, &error);
        if (!page || page->hasMore)
            qFatal("the snapshot of %s did not read: %s", qPrintable(name), qPrintable(error));
        user.storeFile = m_dir.filePath(name + QStringLiteral(".db"));
        LocalStore store;
        if (!store.open(user.storeFile))
            qFatal("cannot open a store: %s", qPrintable(store.errorString()));
        if (const auto done = store.setAccount(
                {QStringLiteral("https://school.example"), user.userId, {user.role}});
            !done)
            qFatal("cannot set the account: %s", qPrintable(done.error().message));
        if (const auto done = store.applyPage(page->changes, page->nextCursor); !done)
            qFatal("cannot store the snapshot: %s", qPrintable(done.error().message));
    }

    // What the user means to do in the row, on both sides.
    Intent intent(const QString &mutation, const SchoolUser &user, const QString &student) const
    {
        const StudentThings &things = m_things.value(student);
        const QDate today = currentWallTime().date();
        if (mutation == QLatin1String(Mutations::reportAbsence)) {
            AbsenceReport report;
            report.id = QUuid::createUuid();
            report.studentId = student;
            report.code = RegistrationCode::D;
            report.start = wallTime(today.addDays(2), QTime(8, 0));
            report.end = wallTime(today.addDays(2), QTime(10, 0));
            const Role role = user.role;
            return {Mutations::reportAbsence, MutationArgs::ReportAbsence{report}.toJson(),
                    [report, role](LocalStore &s) { return s.reportAbsence(report, role); }};
        }
        if (mutation == QLatin1String(Mutations::recover)) {
            const MutationArgs::Recover args{things.sick.id, things.sick.start.addSecs(3600)};
            return {Mutations::recover, args.toJson(),
                    [args](LocalStore &s) { return s.reportRecovery(args.reportId, args.at); }};
        }
        if (mutation == QLatin1String(Mutations::withdrawReport)) {
            const QUuid id = things.leave.id;
            return {Mutations::withdrawReport, MutationArgs::ReportId{id}.toJson(),
                    [id](LocalStore &s) { return s.withdraw(id); }};
        }
        if (mutation == QLatin1String(Mutations::acknowledge)) {
            const QUuid id = things.sick.id;
            return {Mutations::acknowledge, MutationArgs::ReportId{id}.toJson(),
                    [id](LocalStore &s) { return s.acknowledge(id); }};
        }
        if (mutation == QLatin1String(Mutations::decideLeave)) {
            const QUuid id = things.leave.id;
            return {Mutations::decideLeave, MutationArgs::DecideLeave{id, true}.toJson(),
                    [id](LocalStore &s) { return s.decideLeave(id, true); }};
        }
        if (mutation == QLatin1String(Mutations::logContact)) {
            ContactLogEntry entry;
            entry.id = QUuid::createUuid();
            entry.studentId = student;
            entry.kind = ContactLogEntry::Kind::Phone;
            entry.outcome = QStringLiteral("Moeder gebeld");
            return {Mutations::logContact, MutationArgs::LogContact{entry}.toJson(),
                    [entry](LocalStore &s) { return s.logContact(entry); }};
        }
        if (mutation == QLatin1String(Mutations::sendMessage)) {
            const WarmMessage m = message(student);
            return {Mutations::sendMessage, MutationArgs::SendMessage{m}.toJson(),
                    [m](LocalStore &s) { return s.sendMessage(m); }};
        }
        if (mutation == QLatin1String(Mutations::markRead)) {
            const QUuid id = things.message.id;
            return {Mutations::markRead, MutationArgs::MarkRead{id}.toJson(),
                    [id](LocalStore &s) { return s.markRead(id); }};
        }
        if (mutation == QLatin1String(Mutations::sendReply)) {
            Reply reply;
            reply.id = QUuid::createUuid();
            reply.studentId = student;
            reply.from = user.role == Role::Student ? Role::Student : Role::Parent;
            reply.messageId = things.message.id;
            reply.text = QStringLiteral("Dank je wel");
            return {Mutations::sendReply, MutationArgs::SendReply{reply}.toJson(),
                    [reply](LocalStore &s) { return s.sendReply(reply); }};
        }
        if (mutation == QLatin1String(Mutations::savePlan)) {
            const ReturnPlan p = plan(student);
            return {Mutations::savePlan, MutationArgs::SavePlan{p}.toJson(),
                    [p](LocalStore &s) { return s.savePlan(p); }};
        }
        if (mutation == QLatin1String("save_plan_step (tick)") ||
            mutation == QLatin1String("save_plan_step (rename)")) {
            PlanStep step = things.step;
            step.done = true;
            if (mutation.contains(QLatin1String("rename")))
                step.title = QStringLiteral("Iets anders");
            return {Mutations::savePlanStep, MutationArgs::SavePlanStep{step}.toJson(),
                    [step](LocalStore &s) { return s.savePlanStep(step); }};
        }
        if (mutation == QLatin1String(Mutations::deletePlanStep)) {
            const QUuid id = things.step.id;
            return {Mutations::deletePlanStep, MutationArgs::DeletePlanStep{id}.toJson(),
                    [id](LocalStore &s) { return s.deletePlanStep(id); }};
        }
        if (mutation == QLatin1String(Mutations::submitCheckIn)) {
            CheckIn checkIn;
            checkIn.id = QUuid::createUuid();
            checkIn.studentId = student;
            checkIn.mood = 4;
            return {Mutations::submitCheckIn, MutationArgs::SubmitCheckIn{checkIn}.toJson(),
                    [checkIn](LocalStore &s) { return s.submitCheckIn(checkIn); }};
        }
        if (mutation == QLatin1String("save_notification_settings (own)") ||
            mutation == QLatin1String("save_notification_settings (another's)")) {
            const QString owner = mutation.contains(QLatin1String("own"))
                                      ? user.userId
                                      : QStringLiteral("somebody.else@school.nl");
            const NotificationSettings settings = NotificationSettings::defaults(owner);
            return {Mutations::saveNotificationSettings,
                    MutationArgs::SaveNotificationSettings{settings}.toJson(),
                    [settings](LocalStore &s) { return s.saveNotificationSettings(settings); }};
        }
        if (mutation == QLatin1String(Mutations::answerAbsenceNotice)) {
            const QString id = things.notice.id();
            return {Mutations::answerAbsenceNotice,
                    MutationArgs::AnswerAbsenceNotice{id, QStringLiteral("known")}.toJson(),
                    [id](LocalStore &s) { return s.answerAbsenceNotice(id); }};
        }
        qFatal("no intent for %s", qPrintable(mutation));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Server::DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("server.db"));
        Server::configureDatabase(config);
        const QSqlDatabase db = Server::connection();
        Server::migrate(db);
        const auto roster = readRosterFile(Test::FixtureSchool::rosterFile());
        const auto registrations = readRegistrationsFile(Test::FixtureSchool::registrationsFile());
        QVERIFY(roster.ok() && registrations.ok());
        Server::importRoster(db, roster.value());
        QVERIFY(!Server::importRegistrations(db, registrations.value(),
                                             QStringLiteral("registrations.csv")));
        using Server::Invitation;
        const QList<std::pair<QString, Invitation>> invitations = {
            {QStringLiteral("parent"), {QStringLiteral("parent.one@home.nl"), Role::Parent, {}}},
            {QStringLiteral("mentor"), {QStringLiteral("mentor.a@school.nl"), Role::Mentor, {}}},
            {QStringLiteral("student"), {{}, Role::Student, QStringLiteral("S1")}},
            {QStringLiteral("team"), {QStringLiteral("team@school.nl"), Role::Team, {}}}};
        for (const auto &[name, invitation] : invitations) {
            SchoolUser user;
            user.role = invitation.role;
            user.userId = pair(db, invitation);
            user.scope = Server::Scope::load(db, user.userId);
            m_users.insert(name, user);
        }
        for (const QString &student : {QStringLiteral("S1"), QStringLiteral("S3")})
            m_things.insert(student,
                            seedStudent(db, m_users.value(QStringLiteral("team")).scope, student));
        for (auto it = m_users.begin(); it != m_users.end(); ++it)
            makePhone(db, it.value(), it.key());
        Server::finishStatements();
    }

    void sameVerdictOnPhoneAndServer_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("student");
        const QStringList mutations = {QLatin1String(Mutations::reportAbsence),
                                       QLatin1String(Mutations::recover),
                                       QLatin1String(Mutations::withdrawReport),
                                       QLatin1String(Mutations::acknowledge),
                                       QLatin1String(Mutations::decideLeave),
                                       QLatin1String(Mutations::logContact),
                                       QLatin1String(Mutations::sendMessage),
                                       QLatin1String(Mutations::markRead),
                                       QLatin1String(Mutations::sendReply),
                                       QLatin1String(Mutations::savePlan),
                                       QStringLiteral("save_plan_step (tick)"),
                                       QStringLiteral("save_plan_step (rename)"),
                                       QLatin1String(Mutations::deletePlanStep),
                                       QLatin1String(Mutations::submitCheckIn),
                                       QStringLiteral("save_notification_settings (own)"),
                                       QStringLiteral("save_notification_settings (another's)"),
                                       QLatin1String(Mutations::answerAbsenceNotice)};
        const QList<std::array<const char *, 3>> relations = {{"own child", "parent", "S1"},
                                                              {"other child", "parent", "S3"},
                                                              {"own class", "mentor", "S1"},
                                                              {"other class", "mentor", "S3"},
                                                              {"team", "team", "S1"},
                                                              {"student self", "student", "S1"},
                                                              {"other student", "student", "S3"}};
        for (const QString &mutation : mutations) {
            for (const auto &[relation, user, student] : relations)
                QTest::addRow("%s, %s", qPrintable(mutation), relation)
                    << mutation << QString::fromLatin1(user) << QString::fromLatin1(student);
        }
    }

    void sameVerdictOnPhoneAndServer()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, user);
        QFETCH(QString, student);
        const SchoolUser &actor = m_users[user];
        const Intent wanted = intent(mutation, actor, student);

        // The phone: a fresh copy of the user's store.
        const QString rowFile = m_dir.filePath(QStringLiteral("row.db"));
        QFile::remove(rowFile);
        QVERIFY(QFile::copy(actor.storeFile, rowFile));
        QString onPhone;
        {
            LocalStore store;
            QVERIFY2(store.open(rowFile), qPrintable(store.errorString()));
            onPhone = codeOf(wanted.onPhone(store));
        }

        // The server: the same mutation, rolled back afterwards.
        QString onServer;
        {
            const QSqlDatabase db = Server::connection();
            Server::WriteTransaction transaction(db);
            Server::Records records(db);
            onServer = codeOf(Server::applyMutation(QLatin1String(wanted.mutation), wanted.args,
                                                    actor.scope, records, currentWallTime()));
        }
        Server::finishStatements();
        QCOMPARE(onPhone, onServer);
    }
};

QTEST_GUILESS_MAIN(TestRuleParity)
#include "tst_ruleparity.moc"
