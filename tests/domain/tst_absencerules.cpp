#include "domain/absencerules.h"
#include "domain/walltime.h"

#include <QTest>

using namespace Aanwezig;

namespace {
const QDate monday(2026, 11, 23);
const QDateTime now = wallTime(monday, QTime(7, 30));

AbsenceReport report(RegistrationCode code, QDateTime start, QDateTime end = {})
{
    AbsenceReport r;
    r.id = QUuid::createUuid();
    r.studentId = QStringLiteral("s1");
    r.reporterId = QStringLiteral("p1");
    r.code = code;
    r.start = start;
    r.end = end;
    return r;
}

QString violation(const RuleResult &check)
{
    return check.code();
}
} // namespace

class TestAbsenceRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void todayWholeDayUntilBetterIsAccepted()
    {
        const Period today = periodOf(monday, DayPart::WholeDay);
        QCOMPARE(violation(checkNewReport(report(RegistrationCode::Z, today.start), Role::Parent,
                                          {}, now)),
                 QString());
    }

    void endMustComeAfterStart()
    {
        const QDateTime start = wallTime(monday, QTime(10, 0));
        QCOMPARE(violation(checkNewReport(report(RegistrationCode::D, start, start), Role::Parent,
                                          {}, now)),
                 QStringLiteral("end_before_start"));
        QCOMPARE(violation(checkNewReport(report(RegistrationCode::D, start, start.addSecs(-60)),
                                          Role::Parent, {}, now)),
                 QStringLiteral("end_before_start"));
        QCOMPARE(violation(checkNewReport(report(RegistrationCode::D, start, start.addSecs(60)),
                                          Role::Parent, {}, now)),
                 QString());
    }

    void parentsReportOnlyTheirCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("allowed");
        for (RegistrationCode c : allRegistrationCodes()) {
            const bool allowed = c == RegistrationCode::Z || c == RegistrationCode::D ||
                                 c == RegistrationCode::G || c == RegistrationCode::V;
            QTest::newRow(codeInfo(c).key) << codeKey(c) << allowed;
        }
    }

    void parentsReportOnlyTheirCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, allowed);
        const AbsenceReport r = report(*parseRegistrationCode(code), wallTime(monday, QTime(9, 0)),
                                       wallTime(monday, QTime(10, 0)));
        QCOMPARE(violation(checkNewReport(r, Role::Parent, {}, now)).isEmpty(), allowed);
        // The school may register every code.
        QCOMPARE(violation(checkNewReport(r, Role::Mentor, {}, now)), QString());
    }

    void studentsCannotReport()
    {
        const AbsenceReport r = report(RegistrationCode::Z, wallTime(monday));
        QCOMPARE(violation(checkNewReport(r, Role::Student, {}, now)),
                 QStringLiteral("code_not_allowed"));
    }

    void noOverlapWithAnotherReport()
    {
        const AbsenceReport sick = report(RegistrationCode::Z, wallTime(monday)); // open-ended
        const AbsenceReport doctorLater =
            report(RegistrationCode::D, wallTime(monday.addDays(3), QTime(14, 0)),
                   wallTime(monday.addDays(3), QTime(15, 0)));
        QCOMPARE(violation(checkNewReport(doctorLater, Role::Parent, {sick}, now)),
                 QStringLiteral("overlap"));

        const AbsenceReport morningDoctor = report(
            RegistrationCode::D, wallTime(monday, QTime(9, 0)), wallTime(monday, QTime(10, 0)));
        const AbsenceReport afternoonDoctor = report(
            RegistrationCode::D, wallTime(monday, QTime(10, 0)), wallTime(monday, QTime(11, 0)));
        // Back-to-back periods do not overlap; several reports per child are fine.
        QCOMPARE(violation(checkNewReport(afternoonDoctor, Role::Parent, {morningDoctor}, now)),
                 QString());
        // Another student's report never blocks.
        AbsenceReport otherChild = sick;
        otherChild.id = QUuid::createUuid();
        otherChild.studentId = QStringLiteral("s2");
        QCOMPARE(violation(checkNewReport(doctorLater, Role::Parent, {otherChild}, now)),
                 QString());
        // The report itself (same id) is not an overlap with itself.
        QCOMPARE(violation(checkNewReport(sick, Role::Parent, {sick}, now)), QString());
    }

    void notFurtherBackThanPolicy()
    {
        const AbsenceReport sevenBack =
            report(RegistrationCode::Z, wallTime(monday.addDays(-7)), wallTime(monday.addDays(-6)));
        const AbsenceReport eightBack =
            report(RegistrationCode::Z, wallTime(monday.addDays(-8)), wallTime(monday.addDays(-7)));
        QCOMPARE(violation(checkNewReport(sevenBack, Role::Parent, {}, now)), QString());
        QCOMPARE(violation(checkNewReport(eightBack, Role::Parent, {}, now)),
                 QStringLiteral("too_far_back"));
        QCOMPARE(violation(checkNewReport(sevenBack, Role::Parent, {}, now, ReportPolicy{3})),
                 QStringLiteral("too_far_back"));
    }

    void futureStartIsFine()
    {
        // On Friday a parent can report Monday.
        const QDateTime friday = wallTime(monday.addDays(-3), QTime(20, 0));
        QCOMPARE(violation(checkNewReport(report(RegistrationCode::D, wallTime(monday, QTime(8, 0)),
                                                 wallTime(monday, QTime(9, 0))),
                                          Role::Parent, {}, friday)),
                 QString());
    }

    void atMostAYearAheadAndAtMost200FutureReports()
    {
        const QDateTime inAYear = wallTime(monday.addYears(1), QTime(9, 0));
        QCOMPARE(violation(checkReportHorizon(report(RegistrationCode::D, inAYear), 0, now)),
                 QString());
        QCOMPARE(
            violation(checkReportHorizon(report(RegistrationCode::D, inAYear.addDays(1)), 0, now)),
            QStringLiteral("too_far_ahead"));
        const AbsenceReport tomorrow = report(RegistrationCode::D, now.addDays(1));
        QCOMPARE(violation(checkReportHorizon(tomorrow, maxFutureReports - 1, now)), QString());
        QCOMPARE(violation(checkReportHorizon(tomorrow, maxFutureReports, now)),
                 QStringLiteral("too_many_future_reports"));
        // A report of today that started already is no future report.
        QCOMPARE(violation(checkReportHorizon(report(RegistrationCode::Z, now.addSecs(-60)),
                                              maxFutureReports, now)),
                 QString());
        QList<AbsenceReport> reports{report(RegistrationCode::D, now.addDays(1)),
                                     report(RegistrationCode::D, now.addDays(2)),
                                     report(RegistrationCode::D, now.addDays(-1))};
        reports[1].state = ReportState::Withdrawn;
        QCOMPARE(countFutureReports(reports, now), 1);
    }

    void noteLength()
    {
        AbsenceReport r = report(RegistrationCode::Z, wallTime(monday));
        r.note = QString(maxNoteLength, QLatin1Char('x'));
        QCOMPARE(violation(checkNewReport(r, Role::Parent, {}, now)), QString());
        r.note.append(QLatin1Char('x'));
        QCOMPARE(violation(checkNewReport(r, Role::Parent, {}, now)),
                 QStringLiteral("note_too_long"));
    }

    void recoveryClosesOpenSickness()
    {
        const AbsenceReport sick = report(RegistrationCode::Z, wallTime(monday));
        const QDateTime better = wallTime(monday.addDays(2), QTime(18, 0));
        QCOMPARE(violation(checkRecovery(sick, better)), QString());
        const AbsenceReport closed = recovered(sick, better);
        QCOMPARE(closed.end, better);
        QVERIFY(closed.isClosed());
        QCOMPARE(violation(checkRecovery(closed, better)), QStringLiteral("already_closed"));
        QCOMPARE(violation(checkRecovery(sick, wallTime(monday.addDays(-1)))),
                 QStringLiteral("recovery_before_start"));
        const AbsenceReport doctor = report(RegistrationCode::D, wallTime(monday, QTime(9, 0)),
                                            wallTime(monday, QTime(10, 0)));
        QCOMPARE(violation(checkRecovery(doctor, better)), QStringLiteral("not_sickness"));
    }

    void onlyTheReporterWithdrawsAndItStopsCounting()
    {
        const AbsenceReport sick = report(RegistrationCode::Z, wallTime(monday));
        QCOMPARE(violation(checkWithdrawal(sick, QStringLiteral("m1"), now)),
                 QStringLiteral("not_reporter"));
        QCOMPARE(violation(checkWithdrawal(sick, sick.reporterId, now)), QString());
        const AbsenceReport back = withdrawn(sick);
        QVERIFY(back.isWithdrawn());
        QVERIFY(back.isFinished());
        QVERIFY(!back.covers(wallTime(monday, QTime(10, 0))));
        QVERIFY(sick.covers(wallTime(monday, QTime(10, 0))));
        QCOMPARE(violation(checkWithdrawal(back, sick.reporterId, now)),
                 QStringLiteral("already_closed"));
        QCOMPARE(violation(checkRecovery(back, wallTime(monday, QTime(12, 0)))),
                 QStringLiteral("already_closed"));
        QCOMPARE(violation(checkWithdrawal(recovered(sick, wallTime(monday.addDays(1))),
                                           sick.reporterId, now)),
                 QStringLiteral("already_closed"));
        // The same day can be reported again once the mistake is taken back.
        const AbsenceReport again = report(RegistrationCode::Z, wallTime(monday));
        QCOMPARE(violation(checkNewReport(again, Role::Parent, {sick}, now)),
                 QStringLiteral("overlap"));
        QCOMPARE(violation(checkNewReport(again, Role::Parent, {back}, now)), QString());
    }

    void withdrawingEndsOnTheDayTheReportStarts()
    {
        // A dentist's visit next week was cancelled: withdraw it.
        const AbsenceReport dentist =
            report(RegistrationCode::D, wallTime(monday.addDays(7), QTime(9, 0)),
                   wallTime(monday.addDays(7), QTime(10, 0)));
        QCOMPARE(violation(checkWithdrawal(dentist, dentist.reporterId, now)), QString());
        // On its day, still; the day after it happened, no more.
        QCOMPARE(violation(checkWithdrawal(dentist, dentist.reporterId,
                                           wallTime(monday.addDays(7), QTime(23, 0)))),
                 QString());
        QCOMPARE(violation(checkWithdrawal(dentist, dentist.reporterId,
                                           wallTime(monday.addDays(8), QTime(7, 0)))),
                 QStringLiteral("too_late_to_withdraw"));
        // A sickness since yesterday ends with "beter melden", not by erasing it.
        const AbsenceReport sinceYesterday =
            report(RegistrationCode::Z, wallTime(monday.addDays(-1)));
        QCOMPARE(violation(checkWithdrawal(sinceYesterday, sinceYesterday.reporterId, now)),
                 QStringLiteral("too_late_to_withdraw"));
    }

    void withdrawnLeaveNeedsNoDecision()
    {
        AbsenceReport leave =
            report(RegistrationCode::V, wallTime(monday.addDays(7)), wallTime(monday.addDays(8)));
        leave.decision = LeaveDecision::Pending;
        QCOMPARE(withdrawn(leave).decision, LeaveDecision::NotNeeded);
        leave.decision = LeaveDecision::Approved;
        QCOMPARE(withdrawn(leave).decision, LeaveDecision::Approved);
    }

    void recoveryKeepsAnEarlierEnd()
    {
        const AbsenceReport sick =
            report(RegistrationCode::Z, wallTime(monday), wallTime(monday.addDays(1)));
        QCOMPARE(recovered(sick, wallTime(monday.addDays(3))).end, wallTime(monday.addDays(1)));
        QCOMPARE(recovered(sick, wallTime(monday, QTime(12, 0))).end,
                 wallTime(monday, QTime(12, 0)));
    }

    void partsOfTheDay()
    {
        const Period morning = periodOf(monday, DayPart::Morning);
        const Period afternoon = periodOf(monday, DayPart::Afternoon);
        QCOMPARE(morning.end, afternoon.start);
        QCOMPARE(afternoon.end, wallTime(monday.addDays(1)));
        QCOMPARE(periodOf(monday, DayPart::WholeDay).start, morning.start);
    }
};

QTEST_GUILESS_MAIN(TestAbsenceRules)
#include "tst_absencerules.moc"
