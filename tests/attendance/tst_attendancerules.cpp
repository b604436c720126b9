#include "attendancereport.h"
#include "studentattendance.h"

#include <QTest>

using namespace Aanwezig;

namespace {

const QDate from(2024, 10, 1);
const QDate to(2024, 10, 31);

QList<Registration> fixtureRowsOf(const QString &studentId)
{
    const auto rows =
        readRegistrationsFile(QStringLiteral(AANWEZIG_TEST_DATA "/attendance/registrations.csv"));
    if (!rows.ok())
        qFatal("%s", qPrintable(rows.error().toString()));
    QList<Registration> result;
    for (const Registration &row : rows.value()) {
        if (row.studentId == studentId)
            result.append(row);
    }
    return result;
}

Registration lesson(QDate date, RegistrationCode code, int minutesLate = 0)
{
    return Registration{0, QStringLiteral("x"), date, QTime(8, 0), QTime(8, 50), code, minutesLate};
}

} // namespace

class TestAttendanceRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsRateAndTier_data()
    {
        QTest::addColumn<QString>("student");
        QTest::addColumn<int>("scheduled");
        QTest::addColumn<int>("missed");
        QTest::addColumn<int>("unauthorised");
        QTest::addColumn<int>("rateTenths"); // -1: empty
        QTest::addColumn<int>("tier");       // -1: empty
        QTest::newRow("exactly 95 % is tier 1") << "s01" << 100 << 5 << 5 << 950 << 1;
        QTest::newRow("just below 95 % is tier 2") << "s02" << 200 << 11 << 0 << 945 << 2;
        QTest::newRow("94.25 % rounds half up to 94.3") << "s03" << 400 << 23 << 0 << 943 << 2;
        QTest::newRow("exactly 90 % is tier 3") << "s04" << 100 << 10 << 0 << 900 << 3;
        QTest::newRow("just above 90 % is tier 2") << "s05" << 200 << 19 << 0 << 905 << 2;
        QTest::newRow("TL late minutes capped at lesson length")
            << "s11" << 150 << 60 << 60 << 600 << 3;
        QTest::newRow("rows before from are not in the totals")
            << "s12" << 480 << 480 << 480 << 0 << 3;
        QTest::newRow("rows after to count for nothing") << "s13" << 50 << 0 << 0 << 1000 << 1;
        QTest::newRow("nothing scheduled: empty rate and tier") << "s23" << 0 << 0 << 0 << -1 << -1;
        QTest::newRow("only rows before from: empty rate and tier")
            << "s24" << 0 << 0 << 0 << -1 << -1;
    }

    void totalsRateAndTier()
    {
        QFETCH(QString, student);
        QFETCH(int, scheduled);
        QFETCH(int, missed);
        QFETCH(int, unauthorised);
        QFETCH(int, rateTenths);
        QFETCH(int, tier);
        const StudentAttendance result = computeStudentAttendance(fixtureRowsOf(student), from, to);
        QCOMPARE(result.totals.scheduledMin, scheduled);
        QCOMPARE(result.totals.missedMin, missed);
        QCOMPARE(result.totals.presentMin(), scheduled - missed);
        QCOMPARE(result.totals.unauthorisedMin, unauthorised);
        QCOMPARE(result.rateTenths.value_or(-1), rateTenths);
        QCOMPARE(result.tier.value_or(-1), tier);
    }

    void legalThreshold_data()
    {
        QTest::addColumn<QString>("student");
        QTest::addColumn<int>("largest");
        QTest::addColumn<LegalSignal>("signal");
        QTest::newRow("480 warns") << "s06" << 480 << LegalSignal::Warn;
        QTest::newRow("479 does not") << "s07" << 479 << LegalSignal::None;
        QTest::newRow("960 within d-27..d is reported") << "s08" << 960 << LegalSignal::Report;
        QTest::newRow("959 warns") << "s09" << 959 << LegalSignal::Warn;
        QTest::newRow("two days 29 apart are not one window") << "s10" << 480 << LegalSignal::Warn;
        QTest::newRow("looks back before from") << "s12" << 960 << LegalSignal::Report;
        QTest::newRow("ignores rows after to") << "s13" << 0 << LegalSignal::None;
        QTest::newRow("only a row before from") << "s24" << 480 << LegalSignal::Warn;
    }

    void legalThreshold()
    {
        QFETCH(QString, student);
        QFETCH(int, largest);
        QFETCH(LegalSignal, signal);
        const StudentAttendance result = computeStudentAttendance(fixtureRowsOf(student), from, to);
        QCOMPARE(result.largestUnauthorised28d, largest);
        QCOMPARE(result.legal, signal);
    }

    void sickness_data()
    {
        QTest::addColumn<QString>("student");
        QTest::addColumn<bool>("signal");
        QTest::newRow("7th consecutive sick school day") << "s14" << true;
        QTest::newRow("6 consecutive sick school days") << "s15" << false;
        QTest::newRow("7-day episode before from ending on from") << "s16" << true;
        QTest::newRow("7-day episode ending the day before from") << "s17" << false;
        QTest::newRow("4th episode starting on day 84") << "s18" << true;
        QTest::newRow("4th episode starting on day 85") << "s19" << false;
        QTest::newRow("no rows") << "s23" << false;
    }

    void sickness()
    {
        QFETCH(QString, student);
        QFETCH(bool, signal);
        QCOMPARE(computeStudentAttendance(fixtureRowsOf(student), from, to).sick, signal);
    }

    void lateness_data()
    {
        QTest::addColumn<QString>("student");
        QTest::addColumn<bool>("signal");
        QTest::newRow("2 TL rows") << "s11" << false;
        QTest::newRow("3 TL rows after to") << "s13" << false;
        QTest::newRow("3 TL rows within 28 days") << "s20" << true;
        QTest::newRow("3 TL rows spread over 29 days") << "s21" << false;
        QTest::newRow("3 TL rows, 2 of them before from") << "s22" << true;
    }

    void lateness()
    {
        QFETCH(QString, student);
        QFETCH(bool, signal);
        QCOMPARE(computeStudentAttendance(fixtureRowsOf(student), from, to).late, signal);
    }

    void threeLateRowsOnOneDayCount()
    {
        const QDate day(2024, 10, 9);
        const QList<Registration> rows(3, lesson(day, RegistrationCode::TL, 1));
        QVERIFY(lateSignal(rows, from, to));
        QVERIFY(!lateSignal(rows.mid(1), from, to));
    }

    void aSchoolDayWithAnyZRowIsASickDay()
    {
        // Seven school days, each with an A lesson; all but dayWithoutZ also a Z lesson.
        const auto sevenDays = [](int dayWithoutZ) {
            QList<Registration> rows;
            for (int i = 0; i < 7; ++i) {
                rows.append(lesson(from.addDays(i), RegistrationCode::A));
                if (i != dayWithoutZ)
                    rows.append(lesson(from.addDays(i), RegistrationCode::Z));
            }
            return rows;
        };
        QVERIFY(sickSignal(sevenDays(-1), from, to));
        QVERIFY(!sickSignal(sevenDays(3), from, to)); // 3 + 4 sick school days
    }

    void sickDaysAfterToDoNotCount()
    {
        QList<Registration> rows;
        for (int i = 0; i < 7; ++i)
            rows.append(lesson(to.addDays(i - 3), RegistrationCode::Z));
        QVERIFY(!sickSignal(rows, from, to));
        QVERIFY(sickSignal(rows, from, to.addDays(3)));
    }

    void missedAndUnauthorisedPerCode()
    {
        for (RegistrationCode code : allRegistrationCodes()) {
            const Registration row = lesson(from, code, 20);
            const int missed = code == RegistrationCode::A    ? 0
                               : code == RegistrationCode::TL ? 20
                                                              : 50;
            const int unauthorised = code == RegistrationCode::OA   ? 50
                                     : code == RegistrationCode::TL ? 20
                                                                    : 0;
            QCOMPARE(missedMinutes(row), missed);
            QCOMPARE(unauthorisedMinutes(row), unauthorised);
        }
    }

    void rateRoundsHalfUpInIntegers()
    {
        QCOMPARE(attendanceRateTenths({400, 23, 0}), 943);  // 94.25
        QCOMPARE(attendanceRateTenths({2000, 1, 0}), 1000); // 99.95 -> 100.0
        QCOMPARE(attendanceRateTenths({2000, 3, 0}), 999);  // 99.85 -> 99.9
        QCOMPARE(attendanceRateTenths({3, 2, 0}), 333);     // 33.33...
        QCOMPARE(attendanceRateTenths({3, 1, 0}), 667);     // 66.66...
        QCOMPARE(formatRateTenths(1000), QStringLiteral("100.0"));
        QCOMPARE(formatRateTenths(5), QStringLiteral("0.5"));
    }

    void reportHasOneSortedRowPerRosterStudent()
    {
        const auto roster =
            readRosterFile(QStringLiteral(AANWEZIG_TEST_DATA "/attendance/roster.csv"));
        const auto rows = readRegistrationsFile(
            QStringLiteral(AANWEZIG_TEST_DATA "/attendance/registrations.csv"));
        QVERIFY(roster.ok() && rows.ok());
        QFile expected(QStringLiteral(AANWEZIG_TEST_DATA "/attendance/expected-report.csv"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(attendanceReportCsv(roster.value(), rows.value(), from, to)),
                 QString::fromUtf8(expected.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRules)
#include "tst_attendancerules.moc"
