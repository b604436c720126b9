#include "protocol/mutations.h"
#include "storetestsupport.h"

#include <QSignalSpy>

using namespace Aanwezig;
using namespace Aanwezig::StoreTest;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

PlanStep step(const QString &title, int position = 0)
{
    PlanStep s;
    s.id = QUuid::createUuid();
    s.studentId = studentId;
    s.owner = PlanStep::Owner::Student;
    s.title = title;
    s.position = position;
    return s;
}

WarmMessage missYou()
{
    WarmMessage message;
    message.id = QUuid::createUuid();
    message.studentId = studentId;
    message.templateKey = QStringLiteral("miss_you");
    message.text = QStringLiteral("Ik mis je!");
    return message;
}

// The contact a sent message counts as on the mentor's "Vandaag".
ContactLogEntry contactFor(const WarmMessage &message)
{
    ContactLogEntry contact;
    contact.id = QUuid::createUuid();
    contact.studentId = message.studentId;
    contact.kind = ContactLogEntry::Kind::Message;
    contact.outcome = message.text;
    return contact;
}

} // namespace

class TestStoreActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    qint64 m_lastSeq = 0;

    // The newest outbox entry must be `name` about (kind, id), with a higher seq
    // than the one before, and the row must wait for it.
    void expectNewEntry(const char *name, DataKind kind, const QString &id)
    {
        const QList<OutboxEntry> pending = m_store->pendingEntries(1000);
        QVERIFY(!pending.isEmpty());
        const OutboxEntry &entry = pending.last();
        QCOMPARE(entry.name, QLatin1String(name));
        QCOMPARE(entry.state, OutboxState::Pending);
        QCOMPARE(entry.targetKind, kind);
        QCOMPARE(entry.targetId, id);
        QVERIFY(entry.createdAt.isValid());
        QVERIFY2(entry.seq > m_lastSeq, qPrintable(QString::number(entry.seq)));
        QCOMPARE(m_store->pendingSeq(kind, id), entry.seq);
        m_lastSeq = entry.seq;
        QVERIFY2(m_store->consistencyProblems().isEmpty(),
                 qPrintable(m_store->consistencyProblems().join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void init()
    {
        m_store = openStore(m_dir, {Role::Parent, Role::Mentor, Role::Student});
        m_lastSeq = 0;
    }

    void cleanup()
    {
        const QString path = m_store->path();
        m_store.reset();
        removeDatabaseFiles(path);
    }

    void reportAbsenceIsSavedOnThePhoneWithItsEntry()
    {
        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        AbsenceReport report = sickToday();
        report.note = QStringLiteral("koorts, blijft thuis");
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));

        const auto stored = m_store->report(report.id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->state, ReportState::SavedOnPhone);
        QCOMPARE(stored->reporterId, parentId);
        QCOMPARE(stored->note, report.note);
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(m_store->reports(studentId).size(), 1);
        QVERIFY(m_store->reports(QStringLiteral("someone-else")).isEmpty());
        expectNewEntry(Mutations::reportAbsence, DataKind::Reports, idText(report.id));
        const QJsonObject sent =
            m_store->pendingEntries(1).first().args.value(QLatin1String("report")).toObject();
        QCOMPARE(AbsenceReport::fromJson(sent), stored);

        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<DataKind>(), DataKind::Reports);
        QCOMPARE(changed.at(1).at(0).value<DataKind>(), DataKind::Outbox);
    }

    void everyActionWritesItsEffectAndEntryInOrder()
    {
        const AbsenceReport sick = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(sick, Role::Parent));
        expectNewEntry(Mutations::reportAbsence, DataKind::Reports, idText(sick.id));

        const QDateTime better = sick.start.addSecs(3 * 3600);
        STORE_VERIFY_OK(m_store->reportRecovery(sick.id, better));
        expectNewEntry(Mutations::recover, DataKind::Reports, idText(sick.id));
        QCOMPARE(m_store->report(sick.id)->state, ReportState::Closed);
        QCOMPARE(m_store->report(sick.id)->end, better);
        QCOMPARE(m_store->pendingEntries(10).last().args.value(QLatin1String("at")).toString(),
                 formatWallTime(better));

        AbsenceReport leave = sickToday();
        leave.code = RegistrationCode::V;
        leave.start = sick.start.addDays(3);
        leave.end = leave.start.addSecs(4 * 3600);
        STORE_VERIFY_OK(m_store->reportAbsence(leave, Role::Parent));
        expectNewEntry(Mutations::reportAbsence, DataKind::Reports, idText(leave.id));
        QCOMPARE(m_store->report(leave.id)->decision, LeaveDecision::Pending);

        STORE_VERIFY_OK(m_store->acknowledge(leave.id));
        expectNewEntry(Mutations::acknowledge, DataKind::Reports, idText(leave.id));
        QCOMPARE(m_store->report(leave.id)->state, ReportState::SeenByMentor);

        STORE_VERIFY_OK(m_store->decideLeave(leave.id, true));
        expectNewEntry(Mutations::decideLeave, DataKind::Reports, idText(leave.id));
        QCOMPARE(m_store->report(leave.id)->decision, LeaveDecision::Approved);
        QCOMPARE(m_store->pendingEntries(10).last().args.value(QLatin1String("approved")),
                 QJsonValue(true));

        ContactLogEntry contact;
        contact.id = QUuid::createUuid();
        contact.studentId = studentId;
        contact.reportId = sick.id;
        contact.kind = ContactLogEntry::Kind::Phone;
        contact.outcome = QStringLiteral("Moeder gebeld, gaat beter");
        STORE_VERIFY_OK(m_store->logContact(contact));
        expectNewEntry(Mutations::logContact, DataKind::ContactLog, idText(contact.id));
        QCOMPARE(m_store->contactLog(studentId).size(), 1);
        QCOMPARE(m_store->contactLog(studentId).first().mentorId, parentId);

        WarmMessage message;
        message.id = QUuid::createUuid();
        message.studentId = studentId;
        message.templateKey = QStringLiteral("miss_you");
        message.text = QStringLiteral("Ik mis je!");
        STORE_VERIFY_OK(m_store->sendMessage(message));
        expectNewEntry(Mutations::sendMessage, DataKind::Messages, idText(message.id));
        QVERIFY(m_store->message(message.id)->sentAt.isValid());

        STORE_VERIFY_OK(m_store->markRead(message.id));
        expectNewEntry(Mutations::markRead, DataKind::Messages, idText(message.id));
        QCOMPARE(m_store->message(message.id)->readBy, QStringList{parentId});
        const int before = m_store->pendingCount();
        STORE_VERIFY_OK(m_store->markRead(message.id)); // already read: nothing to send
        QCOMPARE(m_store->pendingCount(), before);

        ReturnPlan plan;
        plan.studentId = studentId;
        plan.buddy = QStringLiteral("Sanne");
        plan.goal = QStringLiteral("Rustig weer opbouwen");
        STORE_VERIFY_OK(m_store->savePlan(plan));
        expectNewEntry(Mutations::savePlan, DataKind::ReturnPlans, studentId);
        QCOMPARE(m_store->returnPlan(studentId), plan);

        PlanStep welcome = step(QStringLiteral("Welkom bij de poort"), 1);
        PlanStep buddy = step(QStringLiteral("Buddy houdt aantekeningen bij"), 0);
        STORE_VERIFY_OK(m_store->savePlanStep(welcome));
        expectNewEntry(Mutations::savePlanStep, DataKind::PlanSteps, idText(welcome.id));
        STORE_VERIFY_OK(m_store->savePlanStep(buddy));
        expectNewEntry(Mutations::savePlanStep, DataKind::PlanSteps, idText(buddy.id));
        QCOMPARE(m_store->planSteps(studentId), (QList<PlanStep>{buddy, welcome}));

        welcome.done = true;
        STORE_VERIFY_OK(m_store->savePlanStep(welcome));
        expectNewEntry(Mutations::savePlanStep, DataKind::PlanSteps, idText(welcome.id));
        QVERIFY(m_store->planStep(welcome.id)->done);

        STORE_VERIFY_OK(m_store->deletePlanStep(buddy.id));
        expectNewEntry(Mutations::deletePlanStep, DataKind::PlanSteps, idText(buddy.id));
        QCOMPARE(m_store->planSteps(studentId), QList<PlanStep>{welcome});
        QVERIFY(!m_store->planStep(buddy.id));

        CheckIn checkIn;
        checkIn.id = QUuid::createUuid();
        checkIn.studentId = studentId;
        checkIn.mood = 4;
        checkIn.needed = QStringLiteral("Later beginnen op maandag");
        STORE_VERIFY_OK(m_store->submitCheckIn(checkIn));
        expectNewEntry(Mutations::submitCheckIn, DataKind::CheckIns, idText(checkIn.id));
        QCOMPARE(m_store->checkIns(studentId).first().needed, checkIn.needed);

        QCOMPARE(m_store->pendingCount(), 14);
    }

    void ruleViolationsWriteNothing()
    {
        const AbsenceReport sick = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(sick, Role::Parent));
        AbsenceReport doctor = sickToday();
        doctor.code = RegistrationCode::D;
        doctor.start = sick.start.addDays(-1);
        doctor.end = doctor.start.addSecs(3600);
        STORE_VERIFY_OK(m_store->reportAbsence(doctor, Role::Parent));
        const int entries = m_store->pendingCount();

        AbsenceReport overlapping = sickToday(studentId, QTime(10, 0));
        QCOMPARE(errorCode(m_store->reportAbsence(overlapping, Role::Parent)),
                 QStringLiteral("overlap"));
        AbsenceReport unauthorised = sickToday(QStringLiteral("student-2"));
        unauthorised.code = RegistrationCode::OA;
        QCOMPARE(errorCode(m_store->reportAbsence(unauthorised, Role::Parent)),
                 QStringLiteral("code_not_allowed"));
        AbsenceReport longAgo = sickToday(QStringLiteral("student-2"));
        longAgo.start = longAgo.start.addDays(-30);
        QCOMPARE(errorCode(m_store->reportAbsence(longAgo, Role::Parent)),
                 QStringLiteral("too_far_back"));
        QCOMPARE(errorCode(m_store->reportAbsence(sick, Role::Parent)),
                 QStringLiteral("duplicate_id"));
        QCOMPARE(errorCode(m_store->reportAbsence(sickToday(QStringLiteral("s3")), Role::Team)),
                 QStringLiteral("forbidden"));
        QCOMPARE(errorCode(m_store->reportRecovery(doctor.id, doctor.end)),
                 QStringLiteral("not_sickness"));
        QCOMPARE(errorCode(m_store->reportRecovery(sick.id, sick.start.addSecs(-60))),
                 QStringLiteral("recovery_before_start"));
        QCOMPARE(errorCode(m_store->reportRecovery(QUuid::createUuid(), sick.start)),
                 QStringLiteral("not_found"));
        QCOMPARE(errorCode(m_store->decideLeave(doctor.id, true)),
                 QStringLiteral("no_pending_leave"));
        QCOMPARE(errorCode(m_store->markRead(QUuid::createUuid())), QStringLiteral("not_found"));
        QCOMPARE(errorCode(m_store->deletePlanStep(QUuid::createUuid())),
                 QStringLiteral("not_found"));
        QCOMPARE(errorCode(m_store->savePlanStep(step(QStringLiteral("  ")))),
                 QStringLiteral("empty_title"));
        ReturnPlan plan;
        plan.studentId = studentId;
        plan.checkInEveryDays = 0;
        QCOMPARE(errorCode(m_store->savePlan(plan)), QStringLiteral("bad_rhythm"));
        CheckIn checkIn;
        checkIn.id = QUuid::createUuid();
        checkIn.studentId = studentId;
        checkIn.mood = 6;
        QCOMPARE(errorCode(m_store->submitCheckIn(checkIn)), QStringLiteral("bad_mood"));
        WarmMessage tooLong;
        tooLong.id = QUuid::createUuid();
        tooLong.studentId = studentId;
        tooLong.text = QString(maxMessageLength + 1, QLatin1Char('x'));
        QVERIFY(!m_store->sendMessage(tooLong));

        QCOMPARE(m_store->pendingCount(), entries);
        QCOMPARE(m_store->reports().size(), 2);
        QCOMPARE(m_store->report(sick.id)->state, ReportState::SavedOnPhone);
        QVERIFY(m_store->planSteps(studentId).isEmpty());
        QVERIFY(!m_store->returnPlan(studentId));
        QVERIFY(m_store->checkIns(studentId).isEmpty());
        QVERIFY(m_store->messages().isEmpty());
        QCOMPARE(queryFile(m_store->path(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(),
                 entries);
    }

    void aMessageAndItsContactAreWrittenOnceTogether()
    {
        const WarmMessage message = missYou();
        const ContactLogEntry contact = contactFor(message);
        STORE_VERIFY_OK(m_store->sendMessageLoggingContact(message, contact));

        QCOMPARE(m_store->messages().size(), 1);
        QCOMPARE(m_store->messages().first().id, message.id);
        QCOMPARE(m_store->contactLog(studentId).size(), 1);
        QCOMPARE(m_store->contactLog(studentId).first().id, contact.id);
        const QList<OutboxEntry> pending = m_store->pendingEntries(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).name, QLatin1String(Mutations::sendMessage));
        QCOMPARE(pending.at(1).name, QLatin1String(Mutations::logContact));
        QCOMPARE(m_store->pendingSeq(DataKind::Messages, idText(message.id)), pending.at(0).seq);
        QCOMPARE(m_store->pendingSeq(DataKind::ContactLog, idText(contact.id)), pending.at(1).seq);
        QVERIFY(m_store->consistencyProblems().isEmpty());
    }

    void aFailedContactWriteLeavesNoMessageToSend()
    {
        // The database refuses the second write (the contact entry), after
        // the message and both outbox entries were written in the transaction.
        queryFile(m_store->path(),
                  QStringLiteral("CREATE TRIGGER refuse_contact BEFORE INSERT ON contact_log "
                                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const WarmMessage message = missYou();
        const ContactLogEntry contact = contactFor(message);
        QCOMPARE(errorCode(m_store->sendMessageLoggingContact(message, contact)),
                 QStringLiteral("storage_error"));
        QVERIFY(m_store->messages().isEmpty());
        QVERIFY(m_store->contactLog(studentId).isEmpty());
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(queryFile(m_store->path(), QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(),
                 0);

        // The retry sends the message once.
        queryFile(m_store->path(), QStringLiteral("DROP TRIGGER refuse_contact"));
        STORE_VERIFY_OK(m_store->sendMessageLoggingContact(message, contact));
        QCOMPARE(m_store->messages().size(), 1);
        QCOMPARE(m_store->contactLog(studentId).size(), 1);
        QCOMPARE(m_store->pendingCount(), 2);
    }

    void aRefusedContactLeavesNoMessageToSend()
    {
        const WarmMessage message = missYou();
        ContactLogEntry contact = contactFor(message);
        contact.outcome = QString(maxOutcomeLength + 1, QLatin1Char('x'));
        QCOMPARE(errorCode(m_store->sendMessageLoggingContact(message, contact)),
                 QStringLiteral("outcome_too_long"));
        QVERIFY(m_store->messages().isEmpty());
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void repliesAnswerWhatReachedTheAuthorsSide()
    {
        WarmMessage toStudent;
        toStudent.id = QUuid::createUuid();
        toStudent.studentId = studentId;
        toStudent.templateKey = QStringLiteral("miss_you");
        STORE_VERIFY_OK(m_store->sendMessage(toStudent));
        const int entries = m_store->pendingCount();
        const auto reply = [&](Role from, const QUuid &message, const QString &key,
                               const QString &text = {}) {
            Reply r;
            r.id = QUuid::createUuid();
            r.studentId = studentId;
            r.from = from;
            r.messageId = message;
            r.templateKey = key;
            r.text = text;
            return r;
        };

        QCOMPARE(errorCode(m_store->sendReply(reply(Role::Parent, toStudent.id, "thanks"))),
                 QStringLiteral("not_found"));
        QCOMPARE(errorCode(m_store->sendReply(reply(Role::Student, QUuid::createUuid(), "thanks"))),
                 QStringLiteral("not_found"));
        QCOMPARE(errorCode(m_store->sendReply(reply(Role::Student, toStudent.id, {}, "  "))),
                 QStringLiteral("empty_reply"));
        QCOMPARE(errorCode(m_store->sendReply(reply(Role::Student, toStudent.id, "bye"))),
                 QStringLiteral("unknown_template"));
        QCOMPARE(errorCode(m_store->sendReply(
                     reply(Role::Student, toStudent.id, {}, QString(maxReplyLength + 1, u'x')))),
                 QStringLiteral("reply_too_long"));
        QCOMPARE(errorCode(m_store->sendReply(reply(Role::Student, {}, "want_to_talk"))),
                 QStringLiteral("no_plan"));
        QCOMPARE(m_store->pendingCount(), entries);
        QVERIFY(m_store->replies().isEmpty());

        const Reply thanks = reply(Role::Student, toStudent.id, "thanks");
        STORE_VERIFY_OK(m_store->sendReply(thanks));
        expectNewEntry(Mutations::sendReply, DataKind::Replies, idText(thanks.id));
        QCOMPARE(m_store->replies(studentId).size(), 1);
        QCOMPARE(m_store->replies(studentId).first().authorId, parentId);
        QVERIFY(m_store->replies(studentId).first().at.isValid());
        QCOMPARE(errorCode(m_store->sendReply(thanks)), QStringLiteral("duplicate_id"));

        ReturnPlan plan;
        plan.studentId = studentId;
        plan.contactPerson = QStringLiteral("Mevrouw Jansen");
        STORE_VERIFY_OK(m_store->savePlan(plan));
        QCOMPARE(errorCode(m_store->sendReply(reply(Role::Parent, {}, "want_to_talk"))),
                 QStringLiteral("forbidden"));
        const Reply toContact = reply(Role::Student, {}, {}, QStringLiteral("Mag ik langskomen?"));
        STORE_VERIFY_OK(m_store->sendReply(toContact));
        expectNewEntry(Mutations::sendReply, DataKind::Replies, idText(toContact.id));

        // A reply as a role the account does not hold.
        auto parentOnly = openStore(m_dir, {Role::Parent}, parentId, QStringLiteral("p.db"));
        QCOMPARE(errorCode(parentOnly->sendReply(reply(Role::Student, {}, "thanks"))),
                 QStringLiteral("forbidden"));
    }

    void rolesLimitWhatCanBeDone()
    {
        auto parentOnly = openStore(m_dir, {Role::Parent}, parentId, QStringLiteral("parent.db"));
        const AbsenceReport sick = sickToday();
        STORE_VERIFY_OK(parentOnly->reportAbsence(sick, Role::Parent));
        QCOMPARE(errorCode(parentOnly->acknowledge(sick.id)), QStringLiteral("forbidden"));
        QCOMPARE(errorCode(parentOnly->savePlanStep(step(QStringLiteral("Buddy")))),
                 QStringLiteral("forbidden"));
        QCOMPARE(
            errorCode(parentOnly->reportAbsence(sickToday(QStringLiteral("s2")), Role::Mentor)),
            QStringLiteral("forbidden"));
        QCOMPARE(parentOnly->pendingCount(), 1);

        // A student may tick off a step, not rewrite it.
        const PlanStep welcome = step(QStringLiteral("Welkom bij de poort"));
        STORE_VERIFY_OK(m_store->savePlanStep(welcome));
        STORE_VERIFY_OK(m_store->setAccount({QString(), studentId, {Role::Student}}));
        PlanStep ticked = welcome;
        ticked.done = true;
        STORE_VERIFY_OK(m_store->savePlanStep(ticked));
        PlanStep renamed = ticked;
        renamed.title = QStringLiteral("Iets anders");
        QCOMPARE(errorCode(m_store->savePlanStep(renamed)), QStringLiteral("forbidden"));
        QCOMPARE(errorCode(m_store->savePlanStep(step(QStringLiteral("Nieuw")))),
                 QStringLiteral("forbidden"));
        QCOMPARE(m_store->planSteps(studentId), QList<PlanStep>{ticked});
    }

    void theReporterWithdrawsAMistake()
    {
        const AbsenceReport sick = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(sick, Role::Parent));
        STORE_VERIFY_OK(m_store->withdraw(sick.id));
        expectNewEntry(Mutations::withdrawReport, DataKind::Reports, idText(sick.id));
        QCOMPARE(m_store->report(sick.id)->state, ReportState::Withdrawn);
        QCOMPARE(m_store->pendingEntries(10).last().args,
                 QJsonObject({{QStringLiteral("report_id"), idText(sick.id)}}));
        const int entries = m_store->pendingCount();
        QCOMPARE(errorCode(m_store->withdraw(sick.id)), QStringLiteral("already_closed"));
        QCOMPARE(errorCode(m_store->withdraw(QUuid::createUuid())), QStringLiteral("not_found"));
        QCOMPARE(m_store->pendingCount(), entries);
        // The day is free to report again.
        STORE_VERIFY_OK(m_store->reportAbsence(sickToday(), Role::Parent));

        // Somebody else's report cannot be withdrawn.
        AbsenceReport theirs = sickToday(QStringLiteral("student-2"));
        theirs.reporterId = QStringLiteral("someone-else");
        STORE_VERIFY_OK(m_store->reportAbsence(theirs, Role::Parent));
        QCOMPARE(errorCode(m_store->withdraw(theirs.id)), QStringLiteral("not_reporter"));
        QCOMPARE(m_store->report(theirs.id)->state, ReportState::SavedOnPhone);
    }

    void closedStoreRefusesActionsClearly()
    {
        LocalStore closed;
        const RuleResult refused = closed.reportAbsence(sickToday(), Role::Parent);
        QCOMPARE(errorCode(refused), QStringLiteral("storage_error"));
        QVERIFY(closed.reports().isEmpty());
        QCOMPARE(closed.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreActions)
#include "tst_storeactions.moc"
