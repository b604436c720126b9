// The C++ types QML sees, without QML: the typed forms (what each field's
// error says) and the sync status view (which engine status it follows).
#include "forms/absenceform.h"
#include "forms/checkinform.h"
#include "forms/messageform.h"
#include "services/syncstatusview.h"
#include "store/localstore.h"
#include "sync/syncstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aanwezig;

class TestUiTypes : public QObject
{
    Q_OBJECT

private:
    // A report form for a doctor's visit of Emma today, 08:30 to 10:00.
    static void fillDoctorVisit(AbsenceForm &form)
    {
        form.studentId = QStringLiteral("S1001");
        form.code = QStringLiteral("D");
        form.startDate = QDate::currentDate().toString(Qt::ISODate);
        form.startTime = QStringLiteral("08:30");
        form.endTime = QStringLiteral("10:00");
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("nl_NL"))); }

    void absenceFormTellsWhichFieldIsWrong()
    {
        AbsenceForm form;
        QSignalSpy errorsChanged(&form, &Form::errorsChanged);
        QVERIFY(!form.toReport());
        QCOMPARE(form.codeError(), QStringLiteral("Kies eerst een kind en een reden."));
        QCOMPARE(form.error(), form.codeError());

        fillDoctorVisit(form);
        form.startTime = QStringLiteral("half negen");
        QVERIFY(!form.toReport());
        QCOMPARE(form.codeError(), QString());
        QCOMPARE(form.startTimeError(), QStringLiteral("Vul een tijd in zoals 08:30."));
        QCOMPARE(form.endTimeError(), QString());
        QCOMPARE(form.error(), form.startTimeError());

        form.startTime = QStringLiteral("08:30");
        form.endDate = QStringLiteral("morgen");
        QVERIFY(!form.toReport());
        QCOMPARE(form.startTimeError(), QString());
        QCOMPARE(form.endDateError(), QStringLiteral("Kies een einddatum, of kies 'tot beter'."));

        form.endDate.clear();
        const auto report = form.toReport();
        QVERIFY(report);
        QCOMPARE(form.error(), QString());
        QCOMPARE(form.endDateError(), QString());
        QCOMPARE(report->code, RegistrationCode::D);
        QCOMPARE(report->start.time(), QTime(8, 30));
        QCOMPARE(report->end.time(), QTime(10, 0));
        QVERIFY(errorsChanged.count() >= 4);
    }

    void refusalsOfTheStoreLandOnTheirField()
    {
        AbsenceForm report;
        const ActionResult refused =
            report.setOutcome(RuleError{QStringLiteral("end_before_start"), {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), QStringLiteral("end_before_start"));
        QCOMPARE(refused.words(),
                 QStringLiteral("Het einde ligt voor het begin. Kies een later einde."));
        QCOMPARE(report.error(), refused.words());
        QCOMPARE(report.endDateError(), report.error());
        QCOMPARE(report.setOutcome(RuleError{QStringLiteral("overlap"), {}}).words(),
                 QStringLiteral(
                     "Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd."));
        QCOMPARE(report.endDateError(), QString()); // about the whole form
        const ActionResult saved = report.setOutcome({});
        QVERIFY(saved.ok());
        QCOMPARE(saved.code(), QString());
        QCOMPARE(saved.words(), QString());
        QCOMPARE(report.error(), QString());

        MessageForm message;
        QCOMPARE(message.setOutcome(RuleError{QStringLiteral("no_recipients"), {}}).code(),
                 QStringLiteral("no_recipients"));
        QVERIFY(!message.recipientsError().isEmpty());
        QCOMPARE(message.textError(), QString());

        CheckInForm checkIn;
        checkIn.needed = QString(maxCheckInAnswerLength + 1, QLatin1Char('x'));
        QVERIFY(!checkIn.setOutcome(RuleError{QStringLiteral("answer_too_long"), {}}).ok());
        QCOMPARE(checkIn.neededError(),
                 QStringLiteral("De tekst is te lang. Maak hem wat korter."));
        QCOMPARE(checkIn.helpedError(), QString());
    }

    void syncStatusViewFollowsOnlyItsLatestSource()
    {
        LocalStore store;
        SyncStatusView view(&store, nullptr);
        SyncStatus first;
        SyncStatus second;
        view.setSource(&first);
        view.setSource(&second);
        QSignalSpy moved(&view, &SyncStatusView::changed);

        first.setBusy(true);
        QCOMPARE(moved.count(), 0);
        QVERIFY(!view.syncing());

        second.setBusy(true);
        QCOMPARE(moved.count(), 1);
        QVERIFY(view.syncing());
    }
};

QTEST_GUILESS_MAIN(TestUiTypes)
#include "tst_uitypes.moc"
