// A school year in the life of the backend: leavers and removed roles lose
// access at once (their phones are told to drop the students), co-parents
// stay private, retention deletes what is past its period, a person's data
// can be exported and erased, and demo never touches a real school.
#include "cli/demoschool.h"
#include "cli/retentionjob.h"
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

const QString demoParentOfS1003 = QStringLiteral("ouder.s1003@demo.aanwezig.nl");
const QString demoMentor2A = QStringLiteral("m.devries@demo.aanwezig.nl");
const QString demoTeam = QStringLiteral("verzuim@demo.aanwezig.nl");
const QString demoParent = QStringLiteral("ouder.demo@demo.aanwezig.nl"); // of S1001 and S1030
const QString demoCoParent = QStringLiteral("ouder.s1001@demo.aanwezig.nl");
const QString leaver = QStringLiteral("S1003");
// Every student of the fixture school (tests/data/school).
const QSet<QString> wholeSchool{Students::anna,  Students::bas,  Students::cas,  Students::dewi,
                                Students::eva,   Students::gijs, Students::hiba, Students::ilse,
                                Students::joris, Students::kaan, Students::lex};

// The demo school on a fresh database, served on 127.0.0.1.
class DemoServer
{
public:
    bool setUp(QString *error)
    {
        if (!m_database.isValid()) {
            *error = m_database.errorString();
            return false;
        }
        const CommandResult demo = command({QStringLiteral("demo")});
        if (demo.exitCode != 0) {
            *error = demo.err;
            return false;
        }
        if (!m_server.start(m_database.url(),
                            {QStringLiteral("--pair-rate-address"), QStringLiteral("1000")})) {
            *error = m_server.errorString();
            return false;
        }
        return true;
    }
    CommandResult command(const QStringList &args) const
    {
        return runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                                args + QStringList{QStringLiteral("--db"), m_database.url()});
    }
    QString invite(const QString &email, const QString &role, const QString &student = {}) const
    {
        QStringList args{QStringLiteral("invite"), QStringLiteral("--role"), role};
        if (!email.isEmpty())
            args << QStringLiteral("--email") << email;
        if (!student.isEmpty())
            args << QStringLiteral("--student") << student;
        return command(args).out.trimmed();
    }
    std::unique_ptr<ApiClient> client() const
    {
        return std::make_unique<ApiClient>(m_server.baseUrl());
    }
    std::unique_ptr<ApiClient> paired(const QString &email, const QString &role,
                                      const QString &student = {})
    {
        auto api = client();
        api->pair(invite(email, role, student));
        return api;
    }
    const TestDatabase &database() const { return m_database; }

private:
    TestDatabase m_database;
    ServerProcess m_server{QStringLiteral(AANWEZIG_SERVER_BIN)};
};

// The demo school's roster as a CSV file, without the students in `leaving`.
QString demoRosterWithout(const QTemporaryDir &dir, const QSet<QString> &leaving)
{
    const QString path = dir.filePath(QStringLiteral("roster-%1.csv").arg(leaving.size()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream out(&file);
    out << "student_id,first_name,last_name,class,mentor_email,parent_emails,parent_languages\n";
    for (const RosterEntry &e : Server::DemoSchool::generate(QDate::currentDate()).roster) {
        if (leaving.contains(e.studentId))
            continue;
        out << e.studentId << ',' << e.firstName << ',' << e.lastName << ',' << e.className << ','
            << e.mentorEmail << ',' << e.parentEmails.join(QLatin1Char(';')) << ','
            << e.parentLanguages.join(QLatin1Char(';')) << '\n';
    }
    return path;
}

// Every change of the student in `changes`, but a delete of their person.
QList<QJsonObject> changesOf(const QList<QJsonObject> &changes, const QString &student)
{
    QList<QJsonObject> found;
    for (const QJsonObject &change : changes) {
        const bool personDelete =
            change.value(QLatin1String("kind")).toString() == QLatin1String("person") &&
            change.value(QLatin1String("op")).toString() == QLatin1String("delete");
        // A student's own notification settings carry their user id, which
        // is their student id: the user's settings, not data of the student.
        const bool ownSettings = change.value(QLatin1String("kind")).toString() ==
                                 QLatin1String("notification_settings");
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        if (!personDelete && !ownSettings &&
            (data.value(QLatin1String("student_id")).toString() == student ||
             change.value(QLatin1String("id")).toString() == student))
            found.append(change);
    }
    return found;
}

bool dropsPerson(const QList<QJsonObject> &changes, const QString &student)
{
    return std::any_of(changes.cbegin(), changes.cend(), [&](const QJsonObject &change) {
        return change.value(QLatin1String("kind")).toString() == QLatin1String("person") &&
               change.value(QLatin1String("id")).toString() == student &&
               change.value(QLatin1String("op")).toString() == QLatin1String("delete");
    });
}

QSet<QString> personIds(const QList<QJsonObject> &changes)
{
    QSet<QString> ids;
    for (const QJsonObject &change : changes) {
        if (change.value(QLatin1String("kind")).toString() == QLatin1String("person") &&
            change.value(QLatin1String("op")).toString() == QLatin1String("put"))
            ids.insert(change.value(QLatin1String("id")).toString());
    }
    return ids;
}

// The e-mail addresses anywhere in a reply body.
QSet<QString> addressesIn(const QByteArray &body)
{
    static const QRegularExpression address(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+"));
    QSet<QString> found;
    for (auto it = address.globalMatch(QString::fromUtf8(body)); it.hasNext();)
        found.insert(it.next().captured(0).toLower());
    return found;
}

QJsonObject me(const ApiClient &api)
{
    return api.get(QStringLiteral("/v1/me")).json;
}

} // namespace

class TstServerLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void leaverLosesAccessAndTheTeamKeepsTheRecords();
    void rosterRemovingMoreThanTenPercentIsRefused();
    void removeRoleLimitsTheNextPullAtOnce();
    void removePersonEndsDevicesRolesAndCodes();
    void noAdultAddressReachesAnotherParentOrAStudent();
    void retentionDeletesExactlyWhatIsPastItsPeriod();
    void retentionRunsNightlyInTheSchoolsTimeZone();
    void exportHoldsEveryRowAndEraseKeepsOnlyTheLegalOnes();
    void demoRefusesADatabaseWithASchool();
};

void TstServerLifecycle::retentionRunsNightlyInTheSchoolsTimeZone()
{
    using std::chrono::minutes;
    const QTimeZone amsterdam("Europe/Amsterdam");
    const auto at = [&](QDate day, QTime time) { return QDateTime(day, time, amsterdam); };
    const QDate monday(2026, 11, 30);
    QCOMPARE(Server::untilNextRetentionRun(at(monday, QTime(2, 0))), minutes(60));
    QCOMPARE(Server::untilNextRetentionRun(at(monday, QTime(23, 30))), minutes(210));
    // Just past (or at) 03:00: the next night, not again now.
    QCOMPARE(Server::untilNextRetentionRun(at(monday, QTime(3, 0))), minutes(24 * 60));
    QCOMPARE(Server::untilNextRetentionRun(at(monday, QTime(3, 1))), minutes(24 * 60 - 1));
    // The night the clocks go forward (02:00 -> 03:00): one hour after 01:00.
    QCOMPARE(Server::untilNextRetentionRun(at(QDate(2026, 3, 29), QTime(1, 0))), minutes(60));
}

void TstServerLifecycle::leaverLosesAccessAndTheTeamKeepsTheRecords()
{
    DemoServer school;
    QString error;
    QVERIFY2(school.setUp(&error), qPrintable(error));
    auto parent = school.paired(demoParentOfS1003, QStringLiteral("parent"));
    auto mentor = school.paired(demoMentor2A, QStringLiteral("mentor"));
    auto student = school.paired({}, QStringLiteral("student"), leaver);
    auto team = school.paired(demoTeam, QStringLiteral("team"));
    const QString unusedCode = school.invite(demoParentOfS1003, QStringLiteral("parent"));
    bool ok = false;
    QString parentCursor, mentorCursor, studentCursor, teamCursor;
    QVERIFY(!changesOf(pullAll(*parent, {}, 100, &parentCursor, &ok), leaver).isEmpty());
    QVERIFY(!changesOf(pullAll(*mentor, {}, 1000, &mentorCursor, &ok), leaver).isEmpty());
    QVERIFY(!changesOf(pullAll(*student, {}, 100, &studentCursor, &ok), leaver).isEmpty());
    pullAll(*team, {}, 1000, &teamCursor, &ok);

    const CommandResult imported =
        school.command({QStringLiteral("import-roster"), demoRosterWithout(m_dir, {leaver})});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("left the school: 1: S1003")),
             qPrintable(imported.out));

    // Parent, mentor and the student: told to drop S1003, nothing more of them.
    for (auto [api, cursor] :
         {std::pair{parent.get(), &parentCursor}, std::pair{mentor.get(), &mentorCursor},
          std::pair{student.get(), &studentCursor}}) {
        const QList<QJsonObject> next = pullAll(*api, *cursor, 1000, cursor, &ok);
        QVERIFY(ok);
        QVERIFY(dropsPerson(next, leaver));
        QVERIFY(changesOf(next, leaver).isEmpty());
        const QList<QJsonObject> snapshot = changesOf(pullAll(*api, {}, 1000, cursor, &ok), leaver);
        const QByteArray first =
            snapshot.isEmpty() ? QByteArray() : QJsonDocument(snapshot.first()).toJson();
        QVERIFY2(snapshot.isEmpty(), first.constData());
    }
    QVERIFY(!me(*parent).value(QLatin1String("children")).toArray().contains(leaver));
    QVERIFY(!me(*mentor).value(QLatin1String("class_students")).toArray().contains(leaver));
    QVERIFY(me(*student).value(QLatin1String("student_id")).isNull());
    // The parent's unused code gave access to S1003 only: void.
    QCOMPARE(school.client()->pair(unusedCode).status, 401);

    // The team keeps S1003 and today's sick report; nothing is dropped for them.
    const QList<QJsonObject> forTeam = pullAll(*team, teamCursor, 1000, &teamCursor, &ok);
    QVERIFY(!dropsPerson(forTeam, leaver));
    const QList<QJsonObject> teamSnapshot = pullAll(*team, {}, 1000, &teamCursor, &ok);
    QVERIFY(personIds(teamSnapshot).contains(leaver));
    QVERIFY(std::any_of(teamSnapshot.cbegin(), teamSnapshot.cend(), [](const QJsonObject &c) {
        return c.value(QLatin1String("kind")).toString() == QLatin1String("absence_report") &&
               c.value(QLatin1String("data")).toObject().value(QLatin1String("student_id")) ==
                   leaver;
    }));
}

void TstServerLifecycle::rosterRemovingMoreThanTenPercentIsRefused()
{
    DemoServer school;
    QString error;
    QVERIFY2(school.setUp(&error), qPrintable(error));
    auto team = school.paired(demoTeam, QStringLiteral("team"));
    QSet<QString> leaving; // 23 of 75: 30 %
    for (int i = 1050; i <= 1072; ++i)
        leaving.insert(QStringLiteral("S%1").arg(i));
    const QString roster = demoRosterWithout(m_dir, leaving);
    bool ok = false;
    QString head;
    pullAll(*team, {}, 1000, &head, &ok);

    const CommandResult refused = school.command({QStringLiteral("import-roster"), roster});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("--allow-removals 23")), qPrintable(refused.err));
    QVERIFY(pullAll(*team, head, 1000, &head, &ok).isEmpty()); // nothing changed
    QVERIFY(school
                .command({QStringLiteral("import-roster"), roster,
                          QStringLiteral("--allow-removals"), QStringLiteral("22")})
                .exitCode != 0);

    const CommandResult allowed =
        school.command({QStringLiteral("import-roster"), roster, QStringLiteral("--allow-removals"),
                        QStringLiteral("23")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY2(allowed.out.contains(QStringLiteral("left the school: 23")), qPrintable(allowed.out));
}

void TstServerLifecycle::removeRoleLimitsTheNextPullAtOnce()
{
    TestSchool school;
    QVERIFY2(school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("100")}),
             qPrintable(school.errorString()));
    // A former team member who is also the parent of S1 and S5 (one person, two roles).
    auto person = school.paired(People::parentOfS1, QStringLiteral("team"));
    QCOMPARE(person->pair(school.invite(People::parentOfS1, QStringLiteral("parent"))).status, 200);
    bool ok = false;
    QString cursor;
    QCOMPARE(personIds(pullAll(*person, {}, 1000, &cursor, &ok)), wholeSchool);

    const CommandResult removed =
        school.command({QStringLiteral("remove-role"), QStringLiteral("--email"),
                        People::parentOfS1, QStringLiteral("--role"), QStringLiteral("team")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));

    const QList<QJsonObject> next = pullAll(*person, cursor, 1000, &cursor, &ok);
    QVERIFY(ok);
    for (const QString &gone : wholeSchool - QSet<QString>{Students::anna, Students::eva})
        QVERIFY2(dropsPerson(next, gone), qPrintable(gone));
    QVERIFY(!dropsPerson(next, QStringLiteral("S1")));
    QVERIFY(!dropsPerson(next, QStringLiteral("S5")));
    QCOMPARE(personIds(pullAll(*person, {}, 1000, &cursor, &ok)), (QSet<QString>{"S1", "S5"}));
    QCOMPARE(me(*person).value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("parent")});
}

void TstServerLifecycle::removePersonEndsDevicesRolesAndCodes()
{
    TestSchool school;
    QVERIFY2(school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("100")}),
             qPrintable(school.errorString()));
    auto mentor = school.paired(People::mentorA, QStringLiteral("mentor"));
    QCOMPARE(mentor->get(QStringLiteral("/v1/me")).status, 200);
    const QString unusedCode = school.invite(People::mentorA, QStringLiteral("team"));

    const CommandResult removed = school.command(
        {QStringLiteral("remove-person"), QStringLiteral("--email"), People::mentorA});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(mentor->get(QStringLiteral("/v1/me")).status, 401);
    QCOMPARE(school.client()->pair(unusedCode).status, 401);
    // Even paired again as a parent, the person is no one's mentor any more.
    auto again = school.paired(People::mentorA, QStringLiteral("parent"));
    QCOMPARE(me(*again).value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("parent")});
    QVERIFY(me(*again).value(QLatin1String("classes")).toArray().isEmpty());
}

void TstServerLifecycle::noAdultAddressReachesAnotherParentOrAStudent()
{
    DemoServer school;
    QString error;
    QVERIFY2(school.setUp(&error), qPrintable(error));
    auto parent = school.paired(demoParent, QStringLiteral("parent"));
    auto coParent = school.paired(demoCoParent, QStringLiteral("parent"));
    auto student = school.paired({}, QStringLiteral("student"), QStringLiteral("S1001"));
    auto mentor = school.paired(demoMentor2A, QStringLiteral("mentor"));
    auto team = school.paired(demoTeam, QStringLiteral("team"));
    // Co-parent activity: a report by one parent, the welcome message read by both.
    const QString reportId = newId();
    QCOMPARE(parent
                 ->push(newId(), {mutation(1, QLatin1String(Mutations::reportAbsence),
                                           {{QStringLiteral("report"),
                                             reportJson(reportId, QStringLiteral("S1001"),
                                                        RegistrationCode::D, 13)}})})
                 .status,
             200);
    bool ok = false;
    QString cursor;
    QString welcomeId;
    for (const QJsonObject &change : pullAll(*parent, {}, 1000, &cursor, &ok)) {
        if (change.value(QLatin1String("kind")).toString() == QLatin1String("warm_message"))
            welcomeId = change.value(QLatin1String("id")).toString();
    }
    QVERIFY(!welcomeId.isEmpty());
    for (ApiClient *reader : {parent.get(), coParent.get(), student.get()})
        QCOMPARE(
            statusOf(reader
                         ->push(newId(), {mutation(1, QLatin1String(Mutations::markRead),
                                                   {{QStringLiteral("message_id"), welcomeId}})})
                         .result()),
            QStringLiteral("applied"));

    // Every page (small pages: every one of them) of every family role.
    const QList<std::pair<ApiClient *, QString>> family{
        {parent.get(), demoParent}, {coParent.get(), demoCoParent}, {student.get(), QString()}};
    for (const auto &[api, own] : family) {
        QString at;
        int pages = 0;
        for (;;) {
            const ApiReply page = api->pull(at, 2);
            QCOMPARE(page.status, 200);
            ++pages;
            QSet<QString> others = addressesIn(page.body);
            others.remove(own);
            QVERIFY2(others.isEmpty(),
                     qPrintable(QStringList(others.values()).join(QLatin1Char(' '))));
            at = page.json.value(QLatin1String("next_cursor")).toString();
            if (!page.json.value(QLatin1String("has_more")).toBool())
                break;
        }
        QVERIFY(pages > 1);
        QSet<QString> others = addressesIn(api->get(QStringLiteral("/v1/me")).body);
        others.remove(own);
        QVERIFY(others.isEmpty());
    }

    // The family sees who reported as a role, the reporter themselves as "jij";
    // a message read by them as "gelezen" for themselves only.
    QString at;
    const QJsonObject asCoParent =
        findPut(pullAll(*coParent, {}, 1000, &at, &ok), QStringLiteral("absence_report"), reportId);
    QCOMPARE(asCoParent.value(QLatin1String("reporter_name")).toString(), QStringLiteral("Ouder"));
    QCOMPARE(asCoParent.value(QLatin1String("by_me")).toBool(), false);
    const QList<QJsonObject> ofParent = pullAll(*parent, {}, 1000, &at, &ok);
    const QJsonObject asReporter = findPut(ofParent, QStringLiteral("absence_report"), reportId);
    QCOMPARE(asReporter.value(QLatin1String("reporter_name")).toString(), QStringLiteral("jij"));
    QCOMPARE(asReporter.value(QLatin1String("reporter_id")).toString(), demoParent);
    const QJsonObject welcome = findPut(ofParent, QStringLiteral("warm_message"), welcomeId);
    QCOMPARE(welcome.value(QLatin1String("read_by")).toArray(), QJsonArray{demoParent});
    QCOMPARE(welcome.value(QLatin1String("read_by_me")).toBool(), true);
    // Staff keep what they saw: addresses of reporter, sender and readers.
    const QList<QJsonObject> ofMentor = pullAll(*mentor, {}, 1000, &at, &ok);
    QCOMPARE(findPut(ofMentor, QStringLiteral("absence_report"), reportId)
                 .value(QLatin1String("reporter_id"))
                 .toString(),
             demoParent);
    QCOMPARE(findPut(ofMentor, QStringLiteral("warm_message"), welcomeId)
                 .value(QLatin1String("read_by"))
                 .toArray()
                 .size(),
             3);
    QCOMPARE(findPut(pullAll(*team, {}, 1000, &at, &ok), QStringLiteral("warm_message"), welcomeId)
                 .value(QLatin1String("sender_id"))
                 .toString(),
             demoMentor2A);
}

void TstServerLifecycle::retentionDeletesExactlyWhatIsPastItsPeriod()
{
    TestSchool school;
    QVERIFY2(school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("100")}),
             qPrintable(school.errorString()));
    auto mentor = school.paired(People::mentorA, QStringLiteral("mentor"));
    auto parent = school.paired(People::parentOfS1, QStringLiteral("parent"));
    auto student = school.paired({}, QStringLiteral("student"), QStringLiteral("S1"));
    const QString messageId = newId(), stepId = newId(), checkInId = newId(), reportId = newId(),
                  contactId = newId();
    const ApiReply pushed = mentor->push(
        newId(),
        {mutation(1, QLatin1String(Mutations::sendMessage),
                  {{QStringLiteral("message"), messageJson(messageId, "S1", true, true)}}),
         mutation(2, QLatin1String(Mutations::savePlanStep),
                  {{QStringLiteral("step"), stepJson(stepId, "S1", QStringLiteral("Buddy"))}}),
         mutation(3, QLatin1String(Mutations::reportAbsence),
                  {{QStringLiteral("report"), reportJson(reportId, "S1", RegistrationCode::Z)}}),
         mutation(4, QLatin1String(Mutations::logContact),
                  {{QStringLiteral("entry"), contactJson(contactId, "S1")}})});
    QCOMPARE(pushed.status, 200);
    QCOMPARE(
        statusOf(student
                     ->push(newId(),
                            {mutation(1, QLatin1String(Mutations::submitCheckIn),
                                      {{QStringLiteral("checkin"), checkInJson(checkInId, "S1")}})})
                     .result()),
        QStringLiteral("applied"));
    bool ok = false;
    QString parentCursor, studentCursor, mentorCursor;
    pullAll(*parent, {}, 1000, &parentCursor, &ok);
    pullAll(*student, {}, 1000, &studentCursor, &ok);
    pullAll(*mentor, {}, 1000, &mentorCursor, &ok);

    // Everything of today belongs to the school year ending next 31 July
    // (or this one); one school year after that end it is past.
    const QDate today = QDate::currentDate();
    const QDate yearEnd(today.month() >= 8 ? today.year() + 1 : today.year(), 7, 31);
    const QString lastKept = yearEnd.addYears(1).toString(Qt::ISODate);
    const QString firstPast = yearEnd.addYears(1).addDays(1).toString(Qt::ISODate);
    const CommandResult dry =
        school.command({QStringLiteral("retention"), QStringLiteral("--dry-run"),
                        QStringLiteral("--today"), firstPast});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("1 warm_message")), qPrintable(dry.out));
    QVERIFY(school.command({QStringLiteral("retention"), QStringLiteral("--today"), lastKept})
                .out.contains(QStringLiteral("deleted: 0 registrations, 0 leavers")));
    QVERIFY(pullAll(*mentor, mentorCursor, 1000, &mentorCursor, &ok).isEmpty()); // nothing went

    // A school's own table: check-ins kept 3 school years.
    const QString table = m_dir.filePath(QStringLiteral("retention.txt"));
    QFile file(table);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# our school\ncheck_in 3\n");
    file.close();
    const CommandResult run =
        school.command({QStringLiteral("retention"), QStringLiteral("--today"), firstPast,
                        QStringLiteral("--retention"), table});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Past: the message and the step, deleted on the phones' next pull.
    const QList<QJsonObject> forParent = pullAll(*parent, parentCursor, 1000, &parentCursor, &ok);
    const QList<QJsonObject> forMentor = pullAll(*mentor, mentorCursor, 1000, &mentorCursor, &ok);
    const auto deleted = [](const QList<QJsonObject> &changes) {
        QSet<QString> ids;
        for (const QJsonObject &change : changes) {
            if (change.value(QLatin1String("op")).toString() == QLatin1String("delete"))
                ids.insert(change.value(QLatin1String("id")).toString());
        }
        return ids;
    };
    QCOMPARE(deleted(forParent), (QSet<QString>{messageId, stepId}));
    QCOMPARE(deleted(forMentor), (QSet<QString>{messageId, stepId}));
    // Kept: the report and the contact log (the law), the check-in (the school's table).
    QString at;
    const QList<QJsonObject> mentorSnapshot = pullAll(*mentor, {}, 1000, &at, &ok);
    for (const auto &[kind, id] :
         {std::pair{"absence_report", reportId}, std::pair{"contact_log_entry", contactId},
          std::pair{"check_in", checkInId}})
        QVERIFY2(!findPut(mentorSnapshot, QLatin1String(kind), id).isEmpty(), kind);
    QVERIFY(findPut(mentorSnapshot, QStringLiteral("warm_message"), messageId).isEmpty());

    // A broken table is refused before anything is done.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("warm_messages 2\n");
    file.close();
    const CommandResult broken =
        school.command({QStringLiteral("retention"), QStringLiteral("--retention"), table});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(QStringLiteral(":1: unknown key")), qPrintable(broken.err));
}

void TstServerLifecycle::exportHoldsEveryRowAndEraseKeepsOnlyTheLegalOnes()
{
    TestSchool school;
    QVERIFY2(school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("100")}),
             qPrintable(school.errorString()));
    if (school.database().isPostgres())
        QSKIP("compares with the SQLite file directly");
    auto mentor = school.paired(People::mentorA, QStringLiteral("mentor"));
    auto parent = school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString reportId = newId(), messageId = newId();
    QCOMPARE(parent
                 ->push(newId(), {mutation(1, QLatin1String(Mutations::reportAbsence),
                                           {{QStringLiteral("report"),
                                             reportJson(reportId, "S1", RegistrationCode::Z)}})})
                 .status,
             200);
    QCOMPARE(mentor
                 ->push(newId(), {mutation(1, QLatin1String(Mutations::sendMessage),
                                           {{QStringLiteral("message"),
                                             messageJson(messageId, "S1", false, true)}})})
                 .status,
             200);
    QCOMPARE(parent
                 ->push(newId(), {mutation(2, QLatin1String(Mutations::markRead),
                                           {{QStringLiteral("message_id"), messageId}})})
                 .status,
             200);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(school.database().url().mid(int(qstrlen("sqlite:"))));
    QVERIFY(db.open());
    const auto recordsNaming = [&db](const QString &email) {
        QSet<QString> ids;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT kind || '/' || id FROM records WHERE deleted = 0 "
                                     "AND data LIKE ?"));
        query.addBindValue(QStringLiteral("%\"") + email + QStringLiteral("\"%"));
        query.exec();
        while (query.next())
            ids.insert(query.value(0).toString());
        return ids;
    };
    const auto count = [&db](const QString &sql, const QString &value) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(value);
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    };

    const QString out = m_dir.filePath(QStringLiteral("parent.json"));
    QCOMPARE(school
                 .command({QStringLiteral("export-person"), QStringLiteral("--email"),
                           People::parentOfS1, QStringLiteral("--out"), out})
                 .exitCode,
             0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> exportedRecords;
    for (const QJsonValue r : exported.value(QLatin1String("records")).toArray())
        exportedRecords.insert(r[QLatin1String("kind")].toString() + QLatin1Char('/') +
                               r[QLatin1String("id")].toString());
    QCOMPARE(exportedRecords, recordsNaming(People::parentOfS1));
    QVERIFY(exportedRecords.contains(QStringLiteral("warm_message/") + messageId));
    const QJsonObject rows = exported.value(QLatin1String("rows")).toObject();
    for (const auto &[table, sql] :
         {std::pair{"users", "SELECT COUNT(*) FROM users WHERE id = ?"},
          std::pair{"devices", "SELECT COUNT(*) FROM devices WHERE user_id = ?"},
          std::pair{"user_roles", "SELECT COUNT(*) FROM user_roles WHERE user_id = ?"},
          std::pair{"invites", "SELECT COUNT(*) FROM invites WHERE user_id = ?"},
          std::pair{"clients", "SELECT COUNT(*) FROM clients WHERE user_id = ?"},
          std::pair{"student_parents", "SELECT COUNT(*) FROM student_parents WHERE email = ?"}}) {
        QCOMPARE(rows.value(QLatin1String(table)).toArray().size(),
                 count(QLatin1String(sql), People::parentOfS1));
        QVERIFY2(rows.value(QLatin1String(table)).toArray().size() > 0, table);
    }
    QVERIFY(!QString::fromUtf8(QJsonDocument(exported).toJson()).contains(QStringLiteral("hash")));

    const CommandResult erased = school.command(
        {QStringLiteral("erase-person"), QStringLiteral("--email"), People::parentOfS1});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
    QVERIFY2(erased.out.contains(QStringLiteral("kept: absence reports")), qPrintable(erased.out));
    QCOMPARE(recordsNaming(People::parentOfS1),
             QSet<QString>{QStringLiteral("absence_report/") + reportId});
    for (const char *sql : {"SELECT COUNT(*) FROM users WHERE id = ?",
                            "SELECT COUNT(*) FROM devices WHERE user_id = ?",
                            "SELECT COUNT(*) FROM user_roles WHERE user_id = ?",
                            "SELECT COUNT(*) FROM invites WHERE user_id = ?",
                            "SELECT COUNT(*) FROM clients WHERE user_id = ?",
                            "SELECT COUNT(*) FROM student_parents WHERE email = ?"})
        QVERIFY2(count(QLatin1String(sql), People::parentOfS1) == 0, sql);
    QCOMPARE(parent->get(QStringLiteral("/v1/me")).status, 401);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TstServerLifecycle::demoRefusesADatabaseWithASchool()
{
    TestSchool school;
    QVERIFY2(school.setUp(), qPrintable(school.errorString()));
    auto team = school.paired(People::team, QStringLiteral("team"));
    bool ok = false;
    QString head;
    const QList<QJsonObject> before = pullAll(*team, {}, 1000, &head, &ok);
    const CommandResult demo = school.command({QStringLiteral("demo")});
    QVERIFY(demo.exitCode != 0);
    QVERIFY2(demo.err.contains(QStringLiteral("already holds a school")), qPrintable(demo.err));
    QVERIFY(!demo.out.contains(QStringLiteral("team")));
    QVERIFY(pullAll(*team, head, 1000, &head, &ok).isEmpty());
    QCOMPARE(personIds(before), wholeSchool);
}

QTEST_GUILESS_MAIN(TstServerLifecycle)
#include "tst_serverlifecycle.moc"
