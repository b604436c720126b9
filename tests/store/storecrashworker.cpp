// Performs random user actions and sync steps on a local store, forever, one
// line on stdout per step: "committed <what> <seq>" (seq: the outbox entry the
// changed row now waits for, 0 when none) or "refused <what> <code>".
// tst_storecrash SIGKILLs it at random moments.
//
// usage: storecrashworker DATABASE SEED
#include "domain/walltime.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace Aanwezig;

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

class RandomActions
{
public:
    RandomActions(LocalStore &store, quint32 seed) : m_store(store), m_random(seed) {}

    void step()
    {
        switch (m_random.bounded(15)) {
        case 0:
            return reportAbsence();
        case 1:
            return onReport("recover", [&](const AbsenceReport &r) {
                return m_store.reportRecovery(r.id, r.start.addSecs(3600));
            });
        case 2:
            return onReport("acknowledge",
                            [&](const AbsenceReport &r) { return m_store.acknowledge(r.id); });
        case 3:
            return onReport("decide_leave", [&](const AbsenceReport &r) {
                return m_store.decideLeave(r.id, m_random.bounded(2) == 0);
            });
        case 4:
            return logContact();
        case 5:
            return sendMessage();
        case 6:
            return markRead();
        case 7:
            return savePlan();
        case 8:
            return saveNewStep();
        case 9:
            return onStep("tick_step", [&](PlanStep s) {
                s.done = !s.done;
                return m_store.savePlanStep(s);
            });
        case 10:
            return onStep("delete_step",
                          [&](const PlanStep &s) { return m_store.deletePlanStep(s.id); });
        case 11:
            return submitCheckIn();
        case 12:
            return acknowledgeOldest();
        case 13:
            return rejectOne();
        default:
            return applyServerPage();
        }
    }

private:
    QString student() { return QStringLiteral("student-%1").arg(m_random.bounded(5)); }

    // Runs one step; the seq printed is that of the entry it appended for the row.
    template <typename Act>
    void runStep(const char *what, DataKind kind, const QString &id, Act act)
    {
        const qint64 before = kind == DataKind::Outbox ? 0 : m_store.pendingSeq(kind, id);
        const RuleResult check = act();
        const qint64 after = kind == DataKind::Outbox ? 0 : m_store.pendingSeq(kind, id);
        if (!check)
            std::printf("refused %s %s\n", what, qPrintable(check.code()));
        else
            std::printf("committed %s %lld\n", what, after != before ? after : 0);
        std::fflush(stdout);
    }

    void reportAbsence()
    {
        static const RegistrationCode codes[] = {RegistrationCode::Z, RegistrationCode::D,
                                                 RegistrationCode::G, RegistrationCode::V};
        AbsenceReport r;
        r.id = QUuid::createUuid();
        r.studentId = student();
        r.code = codes[m_random.bounded(4)];
        r.start = wallTime(currentWallTime().date().addDays(m_random.bounded(-5, 20)),
                           QTime(m_random.bounded(8, 16), 0));
        if (m_random.bounded(3) != 0)
            r.end = r.start.addSecs(3600 * m_random.bounded(1, 8));
        runStep("report_absence", DataKind::Reports, idText(r.id),
                [&] { return m_store.reportAbsence(r, Role::Parent); });
    }

    template <typename Act> void onReport(const char *what, Act act)
    {
        const QList<AbsenceReport> reports = m_store.reports();
        if (reports.isEmpty())
            return reportAbsence();
        const AbsenceReport &r = reports.at(m_random.bounded(reports.size()));
        runStep(what, DataKind::Reports, idText(r.id), [&] { return act(r); });
    }

    template <typename Act> void onStep(const char *what, Act act)
    {
        const QList<PlanStep> steps = m_store.planSteps(student());
        if (steps.isEmpty())
            return saveNewStep();
        const PlanStep &s = steps.at(m_random.bounded(steps.size()));
        runStep(what, DataKind::PlanSteps, idText(s.id), [&] { return act(s); });
    }

    void logContact()
    {
        ContactLogEntry e;
        e.id = QUuid::createUuid();
        e.studentId = student();
        e.kind = ContactLogEntry::Kind::Conversation;
        e.outcome = QStringLiteral("Goed gesprek");
        runStep("log_contact", DataKind::ContactLog, idText(e.id),
                [&] { return m_store.logContact(e); });
    }

    void sendMessage()
    {
        WarmMessage m;
        m.id = QUuid::createUuid();
        m.studentId = student();
        m.templateKey = QStringLiteral("miss_you");
        m.text = QStringLiteral("Ik mis je!");
        runStep("send_message", DataKind::Messages, idText(m.id),
                [&] { return m_store.sendMessage(m); });
    }

    void markRead()
    {
        const QList<WarmMessage> messages = m_store.messages();
        if (messages.isEmpty())
            return sendMessage();
        const WarmMessage &m = messages.at(m_random.bounded(messages.size()));
        runStep("mark_read", DataKind::Messages, idText(m.id),
                [&] { return m_store.markRead(m.id); });
    }

    void savePlan()
    {
        ReturnPlan p;
        p.studentId = student();
        p.checkInEveryDays = m_random.bounded(1, 15);
        runStep("save_plan", DataKind::ReturnPlans, p.studentId,
                [&] { return m_store.savePlan(p); });
    }

    void saveNewStep()
    {
        PlanStep s;
        s.id = QUuid::createUuid();
        s.studentId = student();
        s.title = QStringLiteral("Stap %1").arg(m_random.bounded(100));
        s.position = m_random.bounded(10);
        runStep("save_plan_step", DataKind::PlanSteps, idText(s.id),
                [&] { return m_store.savePlanStep(s); });
    }

    void submitCheckIn()
    {
        CheckIn c;
        c.id = QUuid::createUuid();
        c.studentId = student();
        c.mood = m_random.bounded(1, 6);
        runStep("submit_checkin", DataKind::CheckIns, idText(c.id),
                [&] { return m_store.submitCheckIn(c); });
    }

    void acknowledgeOldest()
    {
        QList<qint64> seqs;
        for (const OutboxEntry &entry : m_store.pendingEntries(m_random.bounded(1, 4)))
            seqs.append(entry.seq);
        runStep("acknowledge_entries", DataKind::Outbox, {},
                [&] { return m_store.markAcknowledged(seqs); });
    }

    void rejectOne()
    {
        const QList<OutboxEntry> pending = m_store.pendingEntries(50);
        if (pending.isEmpty())
            return applyServerPage();
        const OutboxEntry &entry = pending.at(m_random.bounded(pending.size()));
        runStep("reject_entry", DataKind::Outbox, {}, [&] {
            return m_store.markRejected(entry.seq, QStringLiteral("refused by the test"));
        });
    }

    // Server versions of some local rows (waiting ones must be left alone) and a deletion.
    void applyServerPage()
    {
        QList<ServerChange> page;
        const QList<AbsenceReport> reports = m_store.reports();
        for (int i = 0; i < 3 && !reports.isEmpty(); ++i) {
            AbsenceReport r = reports.at(m_random.bounded(reports.size()));
            r.state = ReportState::Received;
            page.append({ServerChange::Op::Put, QStringLiteral("absence_report"), idText(r.id),
                         r.toJson()});
        }
        const QList<PlanStep> steps = m_store.planSteps(student());
        if (!steps.isEmpty())
            page.append({ServerChange::Op::Delete,
                         QStringLiteral("plan_step"),
                         idText(steps.at(m_random.bounded(steps.size())).id),
                         {}});
        runStep("apply_page", DataKind::Outbox, {},
                [&] { return m_store.applyPage(page, QString::number(++m_cursor)); });
    }

    LocalStore &m_store;
    QRandomGenerator m_random;
    int m_cursor = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: storecrashworker DATABASE SEED\n");
        return 2;
    }
    LocalStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    if (store.account().userId.isEmpty() &&
        !store.setAccount(
            {QString(), QStringLiteral("user-1"), {Role::Parent, Role::Mentor, Role::Student}})) {
        std::fprintf(stderr, "cannot set the account\n");
        return 1;
    }
    RandomActions actions(store, args.at(2).toUInt());
    for (;;)
        actions.step();
}
