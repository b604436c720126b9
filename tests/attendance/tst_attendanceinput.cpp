#include "fieldformats.h"
#include "registrations.h"
#include "roster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;

namespace {
const QByteArray rosterHead = "student_id,first_name,last_name,class,mentor_email,parent_emails\n";
const QByteArray registrationsHead = "student_id,date,start,end,code,minutes_late\n";
} // namespace

class TestAttendanceInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rosterRowsAreRead()
    {
        const auto roster = parseRoster(rosterHead + "1001,Zo\xC3\xAB,de Vries,2B,mentor@school.nl,"
                                                     "\"a@x.nl; b@y.org ;\"\n"
                                                     " 1002 ,Sem,Bakker,2B,mentor@school.nl,\n",
                                        QStringLiteral("roster.csv"));
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().toString()));
        QCOMPARE(roster.value().size(), 2);
        const RosterEntry &zoe = roster.value()[0];
        QCOMPARE(zoe.line, 2);
        QCOMPARE(zoe.studentId, QStringLiteral("1001"));
        QCOMPARE(zoe.firstName, QStringLiteral("Zo\u00EB"));
        QCOMPARE(zoe.lastName, QStringLiteral("de Vries"));
        QCOMPARE(zoe.className, QStringLiteral("2B"));
        QCOMPARE(zoe.mentorEmail, QStringLiteral("mentor@school.nl"));
        QCOMPARE(zoe.parentEmails, QStringList({"a@x.nl", "b@y.org"}));
        QCOMPARE(roster.value()[1].studentId, QStringLiteral("1002"));
        QVERIFY(roster.value()[1].parentEmails.isEmpty());
    }

    void rosterPhonesAreRead()
    {
        const auto roster = parseRoster(
            "student_id,first_name,last_name,class,mentor_email,parent_emails,parent_phones\n"
            "1,a,b,c,m@s.nl,p@x.nl;q@y.nl,06 1234 5678;\n"
            "2,a,b,c,m@s.nl,p@x.nl;q@y.nl,;+31 (0)20-123.45.67\n"
            "3,a,b,c,m@s.nl,p@x.nl,\n",
            QStringLiteral("roster.csv"));
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().toString()));
        QCOMPARE(roster.value()[0].parentPhones, QStringList({"0612345678", ""}));
        QCOMPARE(roster.value()[1].parentPhones, QStringList({"", "+310201234567"}));
        QVERIFY(roster.value()[2].parentPhones.isEmpty());

        const auto twice = parseRoster(
            "student_id,first_name,last_name,class,mentor_email,parent_emails,parent_phones,"
            "parent_phones\n1,a,b,c,m@s.nl,p@x.nl,,\n",
            QStringLiteral("roster.csv"));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().toString(),
                 QStringLiteral("roster.csv:1: the last columns may only be \"parent_languages\" "
                                "and \"parent_phones\" (each once) but one is \"parent_phones\""));
        QCOMPARE(parsePhoneNumber(u"+3247O123456"), std::nullopt);
        QCOMPARE(parsePhoneNumber(u"0612345678 ext 2"), std::nullopt);
        QCOMPARE(parsePhoneNumber(u"1234567890123456"), std::nullopt); // 16 digits
    }

    void badRosterRows_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong header")
            << QByteArray("student_id,first_name,last_name,class,mentor_email\n1,a,b,c,m@s.nl\n")
            << "roster.csv:1: the header must be exactly "
               "\"student_id,first_name,last_name,class,mentor_email,parent_emails\" but it is "
               "\"student_id,first_name,last_name,class,mentor_email\"";
        QTest::newRow("empty id") << rosterHead + "1,a,b,c,m@s.nl,\n  ,a,b,c,m@s.nl,\n"
                                  << "roster.csv:3: student_id is empty; every student needs one";
        QTest::newRow("empty first name")
            << rosterHead + "1,,b,c,m@s.nl,\n"
            << "roster.csv:2: first_name is empty; every student needs one";
        QTest::newRow("empty last name")
            << rosterHead + "1,a,,c,m@s.nl,\n"
            << "roster.csv:2: last_name is empty; every student needs one";
        QTest::newRow("empty class") << rosterHead + "1,a,b,,m@s.nl,\n"
                                     << "roster.csv:2: class is empty; every student needs one";
        QTest::newRow("duplicate id")
            << rosterHead + "1,a,b,c,m@s.nl,\n2,a,b,c,m@s.nl,\n1,x,y,c,m@s.nl,\n"
            << "roster.csv:4: student_id \"1\" is already used on line 2";
        QTest::newRow("bad mentor email")
            << rosterHead + "1,a,b,c,mentor.school.nl,\n"
            << "roster.csv:2: mentor_email \"mentor.school.nl\" is not an e-mail address";
        QTest::newRow("empty mentor email") << rosterHead + "1,a,b,c,,\n"
                                            << "roster.csv:2: mentor_email \"\" is not an "
                                               "e-mail address";
        QTest::newRow("parent emails with comma")
            << rosterHead + "1,a,b,c,m@s.nl,\"p@x.nl, q@y.nl\"\n"
            << "roster.csv:2: parent_emails: \"p@x.nl, q@y.nl\" is not an e-mail address; "
               "separate several addresses with \";\"";
        QTest::newRow("parent email without domain dot")
            << rosterHead + "1,a,b,c,m@s.nl,p@x.nl;q@localhost\n"
            << "roster.csv:2: parent_emails: \"q@localhost\" is not an e-mail address; "
               "separate several addresses with \";\"";
        QTest::newRow("wrong field count")
            << rosterHead + "1,a,b,c,m@s.nl\n"
            << "roster.csv:2: the row has 5 fields but the header has 6; a field holding a "
               "comma must be in quotes";
    }

    void badRosterRows()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const auto roster = parseRoster(content, QStringLiteral("roster.csv"));
        QVERIFY(!roster.ok());
        QCOMPARE(roster.error().toString(), error);
    }

    void registrationRowsAreRead()
    {
        const auto rows =
            parseRegistrations(registrationsHead + "1001,2024-09-02,08:30,09:20,A,\r\n"
                                                   "1001,2024-09-02,09:20,10:10,TL,15\r\n"
                                                   "1001,2024-09-02,10:10,11:00, OA ,\r\n"
                                                   "1001,2024-09-03,08:30,09:20,TL,80\r\n",
                               QStringLiteral("reg.csv"));
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows.value().size(), 4);
        const Registration &late = rows.value()[1];
        QCOMPARE(late.line, 3);
        QCOMPARE(late.studentId, QStringLiteral("1001"));
        QCOMPARE(late.date, QDate(2024, 9, 2));
        QCOMPARE(late.start, QTime(9, 20));
        QCOMPARE(late.end, QTime(10, 10));
        QCOMPARE(late.code, RegistrationCode::TL);
        QCOMPARE(late.minutesLate, 15);
        QCOMPARE(late.lengthMinutes(), 50);
        QCOMPARE(late.lateMinutes(), 15);
        QCOMPARE(rows.value()[0].lateMinutes(), 0);
        QCOMPARE(rows.value()[2].code, RegistrationCode::OA);
        QCOMPARE(rows.value()[3].minutesLate, 80);
        QCOMPARE(rows.value()[3].lateMinutes(), 50); // capped at the lesson's length
    }

    void everyCodeIsAccepted()
    {
        QByteArray content = registrationsHead;
        for (RegistrationCode code : allRegistrationCodes()) {
            content += "1,2024-09-02,08:30,09:20," + codeKey(code).toLatin1() +
                       (code == RegistrationCode::TL ? ",0\n" : ",\n");
        }
        const auto rows = parseRegistrations(content, QStringLiteral("reg.csv"));
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 9);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(rows.value()[i].code, allRegistrationCodes()[i]);
    }

    void badRegistrationRows_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong header order")
            << QByteArray("student_id,date,end,start,code,minutes_late\n")
            << "reg.csv:1: the header must be exactly "
               "\"student_id,date,start,end,code,minutes_late\" but it is "
               "\"student_id,date,end,start,code,minutes_late\"";
        QTest::newRow("empty id") << registrationsHead + ",2024-09-02,08:30,09:20,A,\n"
                                  << "reg.csv:2: student_id is empty";
        QTest::newRow("dutch date")
            << registrationsHead + "1,02-09-2024,08:30,09:20,A,\n"
            << "reg.csv:2: date \"02-09-2024\" is not a date written as YYYY-MM-DD";
        QTest::newRow("no such date")
            << registrationsHead + "1,2023-02-29,08:30,09:20,A,\n"
            << "reg.csv:2: date \"2023-02-29\" is not a date written as YYYY-MM-DD";
        QTest::newRow("start without leading zero")
            << registrationsHead + "1,2024-09-02,8:30,09:20,A,\n"
            << "reg.csv:2: start \"8:30\" is not a time written as HH:MM (00:00 to 23:59)";
        QTest::newRow("start with seconds")
            << registrationsHead + "1,2024-09-02,08:30:00,09:20,A,\n"
            << "reg.csv:2: start \"08:30:00\" is not a time written as HH:MM (00:00 to 23:59)";
        QTest::newRow("end 24:00")
            << registrationsHead + "1,2024-09-02,23:30,24:00,A,\n"
            << "reg.csv:2: end \"24:00\" is not a time written as HH:MM (00:00 to 23:59)";
        QTest::newRow("end equals start") << registrationsHead + "1,2024-09-02,08:30,08:30,A,\n"
                                          << "reg.csv:2: end 08:30 is not after start 08:30";
        QTest::newRow("end before start") << registrationsHead + "1,2024-09-02,09:20,08:30,A,\n"
                                          << "reg.csv:2: end 08:30 is not after start 09:20";
        QTest::newRow("unknown code")
            << registrationsHead + "1,2024-09-02,08:30,09:20,X,\n"
            << "reg.csv:2: code \"X\" is not one of A, Z, OA, TL, V, G, D, S, VW";
        QTest::newRow("lower-case code")
            << registrationsHead + "1,2024-09-02,08:30,09:20,z,\n"
            << "reg.csv:2: code \"z\" is not one of A, Z, OA, TL, V, G, D, S, VW";
        QTest::newRow("TL without minutes")
            << registrationsHead + "1,2024-09-02,08:30,09:20,TL,\n"
            << "reg.csv:2: minutes_late \"\" must be a whole number of minutes (0 or more) on a "
               "TL row";
        QTest::newRow("TL negative minutes")
            << registrationsHead + "1,2024-09-02,08:30,09:20,TL,-5\n"
            << "reg.csv:2: minutes_late \"-5\" must be a whole number of minutes (0 or more) on "
               "a TL row";
        QTest::newRow("TL fractional minutes")
            << registrationsHead + "1,2024-09-02,08:30,09:20,TL,2.5\n"
            << "reg.csv:2: minutes_late \"2.5\" must be a whole number of minutes (0 or more) "
               "on a TL row";
        QTest::newRow("minutes on A row")
            << registrationsHead + "1,2024-09-02,08:30,09:20,A,0\n"
            << "reg.csv:2: minutes_late must be empty when code is A; only TL rows have it";
        QTest::newRow("minutes on OA row")
            << registrationsHead + "1,2024-09-02,08:30,09:20,A,\n1,2024-09-02,09:20,10:10,OA,50\n"
            << "reg.csv:3: minutes_late must be empty when code is OA; only TL rows have it";
        QTest::newRow("too few fields") << registrationsHead + "1,2024-09-02,08:30,09:20,A\n"
                                        << "reg.csv:2: the row has 5 fields but the header has "
                                           "6; a field holding a comma must be in quotes";
        QTest::newRow("unterminated quote")
            << registrationsHead + "1,2024-09-02,08:30,09:20,A,\n\"2,2024-09-02,08:30,09:20,A,\n"
            << "reg.csv:3: field 1: a quoted field is never closed; add the closing quote (\") "
               "where the field ends";
    }

    void badRegistrationRows()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const auto rows = parseRegistrations(content, QStringLiteral("reg.csv"));
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().toString(), error);
    }

    void registrationsOfUnknownStudentsAreNamed()
    {
        const auto roster = parseRoster(rosterHead + "1,a,b,c,m@s.nl,\n", QStringLiteral("r.csv"));
        const auto rows = parseRegistrations(registrationsHead + "1,2024-09-02,08:30,09:20,A,\n"
                                                                 "7,2024-09-02,08:30,09:20,A,\n",
                                             QStringLiteral("reg.csv"));
        QVERIFY(roster.ok() && rows.ok());
        const auto error = findUnknownStudent(rows.value(), roster.value(), "reg.csv");
        QVERIFY(error);
        QCOMPARE(error->toString(),
                 QStringLiteral("reg.csv:3: student_id \"7\" is not in the roster"));
        QVERIFY(!findUnknownStudent(rows.value().mid(0, 1), roster.value(), "reg.csv"));
    }

    void filesAreReadFromDisk()
    {
        const auto roster =
            readRosterFile(QStringLiteral(AANWEZIG_TEST_DATA "/attendance/roster.csv"));
        QVERIFY2(roster.ok(), qPrintable(roster.ok() ? QString() : roster.error().toString()));
        QVERIFY(!roster.value().isEmpty());

        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.csv"));
        const auto error = readRegistrationsFile(missing);
        QVERIFY(!error.ok());
        QCOMPARE(error.error().file, missing);
        QCOMPARE(error.error().line, 0);
        QVERIFY(error.error().toString().startsWith(missing +
                                                    QStringLiteral(": cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceInput)
#include "tst_attendanceinput.moc"
