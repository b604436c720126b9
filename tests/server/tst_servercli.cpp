// The school commands of aanwezig-server: imports (idempotent, all or
// nothing, broken rows named by line), invites and the demo school.
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QtTest>

using namespace Aanwezig;
using namespace Aanwezig::Test;

class TstServerCli : public QObject
{
    Q_OBJECT

private:
    TestSchool m_school;
    std::unique_ptr<ApiClient> m_team;
    QList<QJsonObject> snapshot(QString *head);

private slots:
    void initTestCase();
    void importingTheSameFilesAgainChangesNothing();
    void brokenRosterRowIsNamedAndNothingImported();
    void registrationsOfUnknownStudentsAreRefused();
    void brokenRegistrationRowIsNamed();
    void inviteChecksItsArguments();
    void rosterLanguagesReachTheMentorsAndStay();
    void rosterPhonesReachTheStaffOnly();
    void brokenPhoneIsNamedAndNothingImported_data();
    void brokenPhoneIsNamedAndNothingImported();
    void brokenLanguageIsNamedAndNothingImported_data();
    void brokenLanguageIsNamedAndNothingImported();
    void rosterHeaderMayOnlyAddParentLanguages();
    void missedLessonsReachTheMentorsOnly();
    void firstSchemaVersionIsMigrated();
    void studentMovingClassReachesTheNewMentorWithHistory();
    void demoSchoolHasItsStudentsAndWorkingCodes();
};

QList<QJsonObject> TstServerCli::snapshot(QString *head)
{
    bool ok = false;
    const QList<QJsonObject> changes = pullAll(*m_team, {}, 1000, head, &ok);
    return ok ? changes : QList<QJsonObject>();
}

void TstServerCli::initTestCase()
{
    QVERIFY2(m_school.setUp(), qPrintable(m_school.errorString()));
    m_team = m_school.paired(People::team, QStringLiteral("team"));
    QString head;
    QVERIFY(!snapshot(&head).isEmpty());
}

void TstServerCli::importingTheSameFilesAgainChangesNothing()
{
    QString before;
    const QList<QJsonObject> first = snapshot(&before);
    const CommandResult roster = m_school.command(
        {QStringLiteral("import-roster"), FixtureSchool::file(QStringLiteral("roster.csv"))});
    QCOMPARE(roster.exitCode, 0);
    QVERIFY(roster.out.contains(QStringLiteral("11 students")));
    QCOMPARE(m_school
                 .command({QStringLiteral("import-registrations"),
                           FixtureSchool::file(QStringLiteral("registrations.csv"))})
                 .exitCode,
             0);
    QString after;
    QCOMPARE(snapshot(&after), first);
    QCOMPARE(after, before);
}

void TstServerCli::brokenRosterRowIsNamedAndNothingImported()
{
    QString before;
    snapshot(&before);
    const CommandResult result =
        m_school.command({QStringLiteral("import-roster"),
                          FixtureSchool::file(QStringLiteral("roster-broken.csv"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("roster-broken.csv:3:")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QString after;
    const QList<QJsonObject> changes = snapshot(&after);
    QCOMPARE(after, before);
    QVERIFY(findPut(changes, QStringLiteral("person"), QStringLiteral("S6"))
                .isEmpty()); // line 2 neither
}

void TstServerCli::registrationsOfUnknownStudentsAreRefused()
{
    QString before;
    snapshot(&before);
    const CommandResult result = m_school.command(
        {QStringLiteral("import-registrations"),
         FixtureSchool::file(QStringLiteral("registrations-unknown-student.csv"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("registrations-unknown-student.csv:3:")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("S9")));
    QString after;
    snapshot(&after);
    QCOMPARE(after, before);
}

void TstServerCli::brokenRegistrationRowIsNamed()
{
    QString before;
    snapshot(&before);
    const CommandResult result =
        m_school.command({QStringLiteral("import-registrations"),
                          FixtureSchool::file(QStringLiteral("registrations-broken.csv"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("registrations-broken.csv:3:")),
             qPrintable(result.err));
    QString after;
    snapshot(&after);
    QCOMPARE(after, before);
    const CommandResult missing = m_school.command(
        {QStringLiteral("import-roster"), FixtureSchool::file(QStringLiteral("no-such-file.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no-such-file.csv")));
}

void TstServerCli::inviteChecksItsArguments()
{
    const CommandResult unknownStudent = m_school.command(
        {QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("student"),
         QStringLiteral("--student"), QStringLiteral("S99")});
    QCOMPARE(unknownStudent.exitCode, 1);
    QVERIFY(unknownStudent.err.contains(QStringLiteral("S99")));
    const CommandResult badRole = m_school.command(
        {QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("king"),
         QStringLiteral("--email"), QStringLiteral("a@b.nl")});
    QCOMPARE(badRole.exitCode, 2);
    const CommandResult noEmail = m_school.command(
        {QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("mentor")});
    QCOMPARE(noEmail.exitCode, 2);
    const CommandResult unknownOption = m_school.command(
        {QStringLiteral("import-roster"), QStringLiteral("--fast"), QStringLiteral("x")});
    QCOMPARE(unknownOption.exitCode, 2);
    const CommandResult extraArgument = m_school.command(
        {QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("mentor"),
         QStringLiteral("--email"), QStringLiteral("a@b.nl"), QStringLiteral("twice")});
    QCOMPARE(extraArgument.exitCode, 2);
    QVERIFY(extraArgument.err.contains(QStringLiteral("twice")));
    const CommandResult unknownLanguage = m_school.command(
        {QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("parent"),
         QStringLiteral("--email"), QStringLiteral("a@b.nl"), QStringLiteral("--language"),
         QStringLiteral("fr")});
    QCOMPARE(unknownLanguage.exitCode, 2);
    QVERIFY2(
        unknownLanguage.err.contains(QStringLiteral("--language must be nl, en, ar, tr, pl or uk")),
        qPrintable(unknownLanguage.err));
    const QString code = m_school.invite(People::mentorB, QStringLiteral("mentor"));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"))
                .match(code)
                .hasMatch());
}

void TstServerCli::rosterLanguagesReachTheMentorsAndStay()
{
    TestSchool school;
    QVERIFY2(school.setUp(), qPrintable(school.errorString()));
    auto mentorA = school.paired(People::mentorA, QStringLiteral("mentor"));
    auto mentorB = school.paired(People::mentorB, QStringLiteral("mentor"));
    const auto languagesOf = [](const QList<QJsonObject> &changes, const char *student) {
        return findPut(changes, QStringLiteral("person"), QLatin1String(student))
            .value(QLatin1String("parent_languages"))
            .toArray();
    };
    bool ok = false;
    QString cursorA, cursorB;
    pullAll(*mentorA, {}, 1000, &cursorA, &ok);
    const QList<QJsonObject> forB = pullAll(*mentorB, {}, 1000, &cursorB, &ok);
    QCOMPARE(languagesOf(forB, "S4"), QJsonArray()); // no parents in the roster

    // S1's parent reads Arabic ("AR"), S2's parents Turkish and Arabic; S2
    // gets parent.one as a second parent. S3's cell is empty.
    const CommandResult imported =
        school.command({QStringLiteral("import-roster"),
                        FixtureSchool::file(QStringLiteral("roster-languages.csv"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QList<QJsonObject> changed = pullAll(*mentorA, cursorA, 1000, &cursorA, &ok);
    QVERIFY(ok);
    QCOMPARE(languagesOf(changed, "S1"), QJsonArray{QStringLiteral("ar")});
    QCOMPARE(languagesOf(changed, "S2"), (QJsonArray{QStringLiteral("ar"), QStringLiteral("tr")}));
    // 1B: only Lex, whose parent is Bas's parent two (Turkish).
    const QList<QJsonObject> changedB = pullAll(*mentorB, cursorB, 1000, &cursorB, &ok);
    QCOMPARE(changedB.size(), 1);
    QCOMPARE(languagesOf(changedB, "S15"), QJsonArray{QStringLiteral("tr")});
    auto parentOne = school.paired(People::parentOfS1, QStringLiteral("parent"));
    QCOMPARE(parentOne->get(QStringLiteral("/v1/me")).json.value(QLatin1String("language")),
             QJsonValue(QStringLiteral("ar")));

    // The same file again changes nothing; a roster without the column
    // keeps the languages (S1 is not sent again; S2's second parent goes).
    QCOMPARE(school
                 .command({QStringLiteral("import-roster"),
                           FixtureSchool::file(QStringLiteral("roster-languages.csv"))})
                 .exitCode,
             0);
    QVERIFY(pullAll(*mentorA, cursorA, 1000, &cursorA, &ok).isEmpty());
    QCOMPARE(school
                 .command({QStringLiteral("import-roster"),
                           FixtureSchool::file(QStringLiteral("roster.csv"))})
                 .exitCode,
             0);
    const QList<QJsonObject> without = pullAll(*mentorA, cursorA, 1000, &cursorA, &ok);
    QVERIFY(findPut(without, QStringLiteral("person"), QStringLiteral("S1")).isEmpty());
    QCOMPARE(languagesOf(without, "S2"), QJsonArray{QStringLiteral("tr")});
    QCOMPARE(parentOne->get(QStringLiteral("/v1/me")).json.value(QLatin1String("language")),
             QJsonValue(QStringLiteral("ar")));
}

void TstServerCli::rosterPhonesReachTheStaffOnly()
{
    TestSchool school;
    QVERIFY2(school.setUp(), qPrintable(school.errorString()));
    const auto phonesOf = [](const QList<QJsonObject> &changes, const char *student) {
        return findPut(changes, QStringLiteral("person"), QLatin1String(student))
            .value(QLatin1String("parent_phones"));
    };
    // parent_phones before parent_languages: either order reads.
    const CommandResult imported =
        school.command({QStringLiteral("import-roster"),
                        FixtureSchool::file(QStringLiteral("roster-phones.csv"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    bool ok = false;
    QString cursor;
    const QList<QJsonObject> forMentor =
        pullAll(*school.paired(People::mentorA, QStringLiteral("mentor")), {}, 1000, &cursor, &ok);
    QVERIFY(ok);
    QCOMPARE(phonesOf(forMentor, "S1"), QJsonValue(QJsonArray{QStringLiteral("0612345678")}));
    // By address (parent.one before parent.two); a parent without a number is left out.
    QCOMPARE(phonesOf(forMentor, "S2"), QJsonValue(QJsonArray{QStringLiteral("+32470123456")}));
    // Hiba's two parents, as the UI tests' mentor sees them (tests/ui/fixtureschoolviews.cpp).
    QCOMPARE(phonesOf(forMentor, "S11"),
             QJsonValue(QJsonArray{QStringLiteral("0624681357"), QStringLiteral("+32470987654")}));
    QCOMPARE(findPut(forMentor, QStringLiteral("person"), QStringLiteral("S11"))
                 .value(QLatin1String("parent_languages")),
             QJsonValue(QJsonArray{QStringLiteral("ar"), QStringLiteral("nl")}));
    QCOMPARE(findPut(forMentor, QStringLiteral("person"), QStringLiteral("S1"))
                 .value(QLatin1String("parent_languages")),
             QJsonValue(QJsonArray{QStringLiteral("ar")}));
    const QList<QJsonObject> forMentorB =
        pullAll(*school.paired(People::mentorB, QStringLiteral("mentor")), {}, 1000, &cursor, &ok);
    QCOMPARE(phonesOf(forMentorB, "S3"), QJsonValue(QJsonValue::Undefined));

    // Never to the family: not to the parent, not to the student.
    const QList<QJsonObject> forParent = pullAll(
        *school.paired(People::parentOfS1, QStringLiteral("parent")), {}, 1000, &cursor, &ok);
    QVERIFY(!findPut(forParent, QStringLiteral("person"), QStringLiteral("S1")).isEmpty());
    QCOMPARE(phonesOf(forParent, "S1"), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(phonesOf(forParent, "S2"), QJsonValue(QJsonValue::Undefined));
    const QList<QJsonObject> forStudent =
        pullAll(*school.paired({}, QStringLiteral("student"), QStringLiteral("S1")), {}, 1000,
                &cursor, &ok);
    QVERIFY(!findPut(forStudent, QStringLiteral("person"), QStringLiteral("S1")).isEmpty());
    QCOMPARE(phonesOf(forStudent, "S1"), QJsonValue(QJsonValue::Undefined));
}

void TstServerCli::brokenPhoneIsNamedAndNothingImported_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("error");
    const QByteArray ok = "S1,Anna,Aalders,1A,mentor.a@school.nl,parent.one@home.nl,0612345678\n";
    QTest::newRow("not a number")
        << ok + "S2,Bas,Bakker,1A,mentor.a@school.nl,parent.two@home.nl,bel me\n"
        << "roster.csv:3: parent_phones: \"bel me\" is not a phone number; write digits, with "
           "an optional \"+\" and country code in front";
    QTest::newRow("too short") << ok +
                                      "S2,Bas,Bakker,1A,mentor.a@school.nl,parent.two@home.nl,112\n"
                               << "roster.csv:3: parent_phones: \"112\" is not a phone number; "
                                  "write digits, with an optional \"+\" and country code in "
                                  "front";
    QTest::newRow("count")
        << ok + "S2,Bas,Bakker,1A,mentor.a@school.nl,parent.two@home.nl;p@x.nl,0612345678\n"
        << "roster.csv:3: parent_phones has 1 numbers for 2 parent addresses; give one per "
           "address, in the same order, separated by \";\" (leave a piece empty for a parent "
           "without a number)";
    QTest::newRow("no parents") << ok + "S4,Dewi,Dekker,1B,mentor.b@school.nl,,0612345678\n"
                                << "roster.csv:3: parent_phones is filled in but parent_emails "
                                   "is empty";
}

void TstServerCli::brokenPhoneIsNamedAndNothingImported()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("roster.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("student_id,first_name,last_name,class,mentor_email,parent_emails,parent_phones\n" +
               rows);
    file.close();
    QString before;
    const QList<QJsonObject> first = snapshot(&before);
    const CommandResult result =
        m_school.command({QStringLiteral("import-roster"), file.fileName()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed(), QStringLiteral("aanwezig-server: %1/%2").arg(dir.path(), error));
    QString after;
    QCOMPARE(snapshot(&after), first);
    QCOMPARE(after, before);
}

void TstServerCli::brokenLanguageIsNamedAndNothingImported_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("error");
    const QByteArray ok = "S1,Anna,Aalders,1A,mentor.a@school.nl,parent.one@home.nl,ar\n";
    QTest::newRow("unknown code")
        << ok + "S2,Bas,Bakker,1A,mentor.a@school.nl,parent.two@home.nl,fr\n"
        << "roster.csv:3: parent_languages: \"fr\" is not a language the app has warm messages "
           "in; use nl, en, ar, tr, pl or uk";
    QTest::newRow("count")
        << ok + "S2,Bas,Bakker,1A,mentor.a@school.nl,parent.two@home.nl;p@x.nl,tr;ar;nl\n"
        << "roster.csv:3: parent_languages has 3 languages for 2 parent addresses; give one "
           "language for all of them or one per address, in the same order, separated by \";\"";
    QTest::newRow("no parents") << ok + "S4,Dewi,Dekker,1B,mentor.b@school.nl,,tr\n"
                                << "roster.csv:3: parent_languages is filled in but "
                                   "parent_emails is empty";
    QTest::newRow("two languages")
        << ok + "S2,Bas,Bakker,1A,mentor.a@school.nl,parent.two@home.nl;Parent.One@home.nl,nl;tr\n"
        << "roster.csv:3: parent_languages: Parent.One@home.nl reads \"tr\" here but \"ar\" on "
           "line 2; a parent has one language";
}

void TstServerCli::brokenLanguageIsNamedAndNothingImported()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("roster.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "student_id,first_name,last_name,class,mentor_email,parent_emails,parent_languages\n" +
        rows);
    file.close();
    QString before;
    const QList<QJsonObject> first = snapshot(&before);
    const CommandResult result =
        m_school.command({QStringLiteral("import-roster"), file.fileName()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed(), QStringLiteral("aanwezig-server: %1/%2").arg(dir.path(), error));
    QString after;
    QCOMPARE(snapshot(&after), first); // line 2's Arabic neither
    QCOMPARE(after, before);
}

void TstServerCli::rosterHeaderMayOnlyAddParentLanguages()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("roster.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("student_id,first_name,last_name,class,mentor_email,parent_emails,language\n"
               "S1,Anna,Aalders,1A,mentor.a@school.nl,parent.one@home.nl,ar\n");
    file.close();
    const CommandResult result =
        m_school.command({QStringLiteral("import-roster"), file.fileName()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral(
                 "roster.csv:1: the last columns may only be \"parent_languages\" and "
                 "\"parent_phones\" (each once) but one is \"language\"")),
             qPrintable(result.err));
}

// The school's registrations of missed lessons reach the class's mentors as
// one registered_absence per student and day (present and late lessons left
// out), not the parents; a correction to present deletes the day again.
void TstServerCli::missedLessonsReachTheMentorsOnly()
{
    TestSchool school;
    QVERIFY2(school.setUp(), qPrintable(school.errorString()));
    auto mentorA = school.paired(People::mentorA, QStringLiteral("mentor"));
    auto mentorB = school.paired(People::mentorB, QStringLiteral("mentor"));
    auto parent = school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString kind = QStringLiteral("registered_absence");
    const auto ofKind = [&kind](const QList<QJsonObject> &changes) {
        QStringList ids;
        for (const QJsonObject &change : changes) {
            if (change.value(QLatin1String("kind")).toString() == kind)
                ids.append(change.value(QLatin1String("op")).toString() + QLatin1Char(' ') +
                           change.value(QLatin1String("id")).toString());
        }
        return ids;
    };
    bool ok = false;
    QString cursorA, cursorB, cursorParent;
    const QList<QJsonObject> forA = pullAll(*mentorA, {}, 1000, &cursorA, &ok);
    QVERIFY(ok);
    QCOMPARE(ofKind(forA), QStringList{QStringLiteral("put S1/2026-11-16")});
    QCOMPARE(
        findPut(forA, kind, QStringLiteral("S1/2026-11-16")),
        (QJsonObject{{QStringLiteral("id"), QStringLiteral("S1/2026-11-16")},
                     {QStringLiteral("student_id"), QStringLiteral("S1")},
                     {QStringLiteral("date"), QStringLiteral("2026-11-16")},
                     {QStringLiteral("lessons"),
                      QJsonArray{QJsonObject{{QStringLiteral("start"), QStringLiteral("09:20")},
                                             {QStringLiteral("end"), QStringLiteral("10:10")},
                                             {QStringLiteral("code"), QStringLiteral("Z")}}}}}));
    QCOMPARE(ofKind(pullAll(*mentorB, {}, 1000, &cursorB, &ok)),
             QStringList{QStringLiteral("put S3/2026-11-16")});
    QVERIFY(ofKind(pullAll(*parent, {}, 1000, &cursorParent, &ok)).isEmpty());

    const CommandResult corrected =
        school.command({QStringLiteral("import-registrations"),
                        FixtureSchool::file(QStringLiteral("registrations-corrected.csv"))});
    QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.err));
    QCOMPARE(ofKind(pullAll(*mentorB, cursorB, 1000, &cursorB, &ok)),
             QStringList{QStringLiteral("delete S3/2026-11-16")});
    QVERIFY(ofKind(pullAll(*mentorA, cursorA, 1000, &cursorA, &ok)).isEmpty());
}

void TstServerCli::firstSchemaVersionIsMigrated()
{
    // A database as the first version of the server left it (a later
    // migration must be undone here too, or it would run twice).
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.errorString()));
    const auto run = [&](QStringList args) {
        return runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                                args << QStringLiteral("--db") << database.url());
    };
    QCOMPARE(
        run({QStringLiteral("import-roster"), FixtureSchool::file(QStringLiteral("roster.csv"))})
            .exitCode,
        0);
    for (const char *sql :
         {"DROP TABLE person_languages", "DROP TABLE mutation_hashes", "DROP TABLE vapid_keys",
          "DROP TABLE push_subscriptions", "DROP TABLE notifications", "DROP TABLE push_deliveries",
          "DROP TABLE database_epoch", "DROP TABLE report_periods", "DROP INDEX clients_user",
          "DROP INDEX clients_idle", "ALTER TABLE clients DROP COLUMN last_push_at",
          "ALTER TABLE clients DROP COLUMN retired", "ALTER TABLE students DROP COLUMN left_on",
          "ALTER TABLE records DROP COLUMN for_user", "ALTER TABLE records DROP COLUMN changed_on",
          "ALTER TABLE student_parents DROP COLUMN phone",
          "DELETE FROM schema_version WHERE version > 1"})
        QCOMPARE(database.execute(QLatin1String(sql)), QString());

    const CommandResult invited =
        run({QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("parent"),
             QStringLiteral("--email"), People::parentOfS1, QStringLiteral("--language"),
             QStringLiteral("pl")});
    QVERIFY2(invited.exitCode == 0, qPrintable(invited.err));
    ServerProcess server{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(server.start(database.url()), qPrintable(server.errorString()));
    ApiClient parent(server.baseUrl());
    QCOMPARE(parent.pair(invited.out.trimmed()).json.value(QLatin1String("language")).toString(),
             QStringLiteral("pl"));
}

void TstServerCli::studentMovingClassReachesTheNewMentorWithHistory()
{
    TestSchool school;
    QVERIFY2(school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("100")}),
             qPrintable(school.errorString()));
    auto mentorA = school.paired(People::mentorA, QStringLiteral("mentor"));
    auto mentorB = school.paired(People::mentorB, QStringLiteral("mentor"));
    auto parentOne = school.paired(People::parentOfS1, QStringLiteral("parent"));
    const QString stepId = newId();
    QCOMPARE(
        mentorA
            ->push(newId(),
                   {mutation(1, QLatin1String(Mutations::savePlanStep),
                             {{QStringLiteral("step"), stepJson(stepId, QStringLiteral("S2"),
                                                                QStringLiteral("Buddy kiezen"))}})})
            .status,
        200);
    bool ok = false;
    QString mentorCursor, parentCursor;
    pullAll(*mentorB, {}, 1000, &mentorCursor, &ok);
    pullAll(*parentOne, {}, 1000, &parentCursor, &ok);

    // S2 moves from 1A to 1B and gets parent.one as a second parent.
    QCOMPARE(school
                 .command({QStringLiteral("import-roster"),
                           FixtureSchool::file(QStringLiteral("roster-moved.csv"))})
                 .exitCode,
             0);
    const QList<QJsonObject> forMentor = pullAll(*mentorB, mentorCursor, 1000, &mentorCursor, &ok);
    QVERIFY(ok);
    QCOMPARE(findPut(forMentor, QStringLiteral("person"), QStringLiteral("S2"))
                 .value(QLatin1String("class"))
                 .toString(),
             QStringLiteral("1B"));
    QVERIFY(
        !findPut(forMentor, QStringLiteral("plan_step"), stepId).isEmpty()); // made before the move
    const QList<QJsonObject> forParent =
        pullAll(*parentOne, parentCursor, 1000, &parentCursor, &ok);
    QCOMPARE(findPut(forParent, QStringLiteral("person"), QStringLiteral("S2"))
                 .value(QLatin1String("relation"))
                 .toString(),
             QStringLiteral("child"));
    QVERIFY(!findPut(forParent, QStringLiteral("plan_step"), stepId).isEmpty());
    QVERIFY(findPut(forParent, QStringLiteral("person"), QStringLiteral("S3")).isEmpty());

    // The same roster again: nothing moves.
    QCOMPARE(school
                 .command({QStringLiteral("import-roster"),
                           FixtureSchool::file(QStringLiteral("roster-moved.csv"))})
                 .exitCode,
             0);
    QVERIFY(pullAll(*mentorB, mentorCursor, 1000, &mentorCursor, &ok).isEmpty());
}

void TstServerCli::demoSchoolHasItsStudentsAndWorkingCodes()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.errorString()));
    const CommandResult demo =
        runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                         {QStringLiteral("demo"), QStringLiteral("--db"), database.url()});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QRegularExpression codeLine(
        QStringLiteral(
            "^\\s+(parent|mentor|student|team)\\s+\\S+.*\\s([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})$"),
        QRegularExpression::MultilineOption);
    QHash<QString, QString> codes;
    for (auto it = codeLine.globalMatch(demo.out); it.hasNext();) {
        const auto match = it.next();
        codes.insert(match.captured(1), match.captured(2));
    }
    QCOMPARE(codes.size(), 4);

    ServerProcess server{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(server.start(database.url()), qPrintable(server.errorString()));
    ApiClient parent(server.baseUrl()), mentor(server.baseUrl()), student(server.baseUrl()),
        team(server.baseUrl());
    QCOMPARE(parent.pair(codes.value(QStringLiteral("parent")))
                 .json.value(QLatin1String("children"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(mentor.pair(codes.value(QStringLiteral("mentor")))
                 .json.value(QLatin1String("classes"))
                 .toArray(),
             QJsonArray{QStringLiteral("2A")});
    QCOMPARE(student.pair(codes.value(QStringLiteral("student")))
                 .json.value(QLatin1String("student_id"))
                 .toString(),
             QStringLiteral("S1001"));
    QCOMPARE(team.pair(codes.value(QStringLiteral("team"))).status, 200);

    bool ok = false;
    QString cursor;
    const QList<QJsonObject> all = pullAll(team, {}, 1000, &cursor, &ok);
    QVERIFY(ok);
    QHash<int, int> tiers;
    int people = 0;
    QSet<QString> parentLanguages;
    for (const QJsonObject &change : all) {
        const QString kind = change.value(QLatin1String("kind")).toString();
        people += kind == QLatin1String("person");
        for (const QJsonValue language :
             change.value(QLatin1String("data"))[QLatin1String("parent_languages")].toArray())
            parentLanguages.insert(language.toString());
        if (kind == QLatin1String("attendance_summary"))
            ++tiers[change.value(QLatin1String("data"))
                        .toObject()
                        .value(QLatin1String("tier"))
                        .toInt()];
    }
    QCOMPARE(people, 75);
    // Most parents read Dutch; some Arabic (the demo student's other two), Turkish, ...
    QCOMPARE(parentLanguages,
             (QSet<QString>{QStringLiteral("nl"), QStringLiteral("ar"), QStringLiteral("tr"),
                            QStringLiteral("pl"), QStringLiteral("uk")}));
    QCOMPARE(findPut(all, QStringLiteral("person"), QStringLiteral("S1001"))
                 .value(QLatin1String("parent_languages")),
             (QJsonArray{QStringLiteral("ar"), QStringLiteral("nl")}));
    QVERIFY2(tiers.value(1) > 55 && tiers.value(2) >= 3 && tiers.value(3) >= 2,
             qPrintable(QStringLiteral("tiers 1/2/3: %1/%2/%3")
                            .arg(tiers.value(1))
                            .arg(tiers.value(2))
                            .arg(tiers.value(3))));
    const QJsonObject nearLine =
        findPut(all, QStringLiteral("attendance_summary"), QStringLiteral("S1007"));
    QCOMPARE(nearLine.value(QLatin1String("legal_signal")).toString(), QStringLiteral("warn"));
    QVERIFY(nearLine.value(QLatin1String("legal_max_28d_min")).toInt() >= 840);
    QVERIFY(nearLine.value(QLatin1String("legal_max_28d_min")).toInt() < 960);
    // A weekly trend over the 12-week window, Mondays in order; the weeks
    // with the unauthorised absences show a lower rate than the window.
    const QJsonArray trend = nearLine.value(QLatin1String("trend")).toArray();
    QVERIFY2(trend.size() == 12 || trend.size() == 13, qPrintable(QString::number(trend.size())));
    double lowestWeek = 100;
    QDate previousWeek;
    for (const QJsonValue &point : trend) {
        const QDate week =
            QDate::fromString(point[QLatin1String("week_start")].toString(), Qt::ISODate);
        QCOMPARE(week.dayOfWeek(), 1);
        QVERIFY(!previousWeek.isValid() || week == previousWeek.addDays(7));
        previousWeek = week;
        lowestWeek = std::min(lowestWeek, point[QLatin1String("rate_pct")].toDouble());
    }
    QVERIFY(lowestWeek < nearLine.value(QLatin1String("rate_pct")).toString().toDouble());
    // The demo has no weeks before its window, so there is no earlier tier.
    QVERIFY(nearLine.contains(QLatin1String("previous_tier")));
    QVERIFY(nearLine.value(QLatin1String("previous_tier")).isNull());
    QVERIFY(findPut(all, QStringLiteral("attendance_summary"), QStringLiteral("S1012"))
                .value(QLatin1String("sick_signal"))
                .toBool());
    // On a school day, this morning's lessons missed without a report.
    const QDate today = QDate::currentDate();
    if (today.dayOfWeek() <= 5)
        QCOMPARE(findPut(all, QStringLiteral("registered_absence"),
                         QStringLiteral("S1022/") + today.toString(Qt::ISODate))
                     .value(QLatin1String("lessons"))
                     .toArray()
                     .size(),
                 2);
}

QTEST_GUILESS_MAIN(TstServerCli)
#include "tst_servercli.moc"
