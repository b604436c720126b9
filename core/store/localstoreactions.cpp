// The user actions of LocalStore: each checks the domain rules and leaves its
// local effects with their outbox entries (see LocalStore::perform).
#include "domain/walltime.h"
#include "entitytables.h"
#include "localeffect.h"
#include "localstore.h"
#include "protocol/mutations.h"

namespace Aanwezig {

using namespace Store;

namespace {

RuleError unknown(const char *what)
{
    return RuleError{QStringLiteral("not_found"),
                     QStringLiteral("This %1 is not on the phone.").arg(QLatin1String(what))};
}

void setEffect(LocalEffect &effect, const char *mutation, QJsonObject args, DataKind kind,
               const QString &id, const QJsonObject &json)
{
    effect.mutation = mutation;
    effect.args = std::move(args);
    effect.kind = kind;
    effect.id = id;
    effect.json = json;
}

// A whole entity, told to the server as {argName: entity}.
void setEntityEffect(LocalEffect &effect, const char *mutation, const char *argName, DataKind kind,
                     const QString &id, const QJsonObject &json)
{
    setEffect(effect, mutation, {{QLatin1String(argName), json}}, kind, id, json);
}

// A change of an existing report, told to the server as {report_id, ...}.
void setReportEffect(LocalEffect &effect, const char *mutation, const AbsenceReport &report,
                     QJsonObject args = {})
{
    args.insert(QStringLiteral("report_id"), uuidText(report.id));
    setEffect(effect, mutation, args, DataKind::Reports, uuidText(report.id), report.toJson());
}

} // namespace

RuleCheck LocalStore::reportAbsence(AbsenceReport report, Role reporterRole)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({reporterRole}))
            return refused;
        const QDateTime now = currentWallTime();
        if (report.reporterId.isEmpty())
            report.reporterId = account().userId;
        if (!report.createdAt.isValid())
            report.createdAt = now;
        report.state = ReportState::SavedOnPhone;
        report.decision =
            report.code == RegistrationCode::V ? LeaveDecision::Pending : LeaveDecision::NotNeeded;
        if (this->report(report.id))
            return RuleError{QStringLiteral("duplicate_id"),
                             QStringLiteral("A report with this id is already on the phone.")};
        const QList<AbsenceReport> others = reports(report.studentId);
        if (auto refused = checkNewReport(report, reporterRole, others, now, reportPolicy()))
            return refused;
        if (auto refused = checkReportHorizon(report, countFutureReports(others, now), now))
            return refused;
        setEntityEffect(effect, Mutations::reportAbsence, "report", DataKind::Reports,
                        uuidText(report.id), report.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::recover(const QUuid &reportId, const QDateTime &at)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto refused = checkRecovery(*found, at))
            return refused;
        setReportEffect(effect, Mutations::recover, recovered(*found, at),
                        {{QStringLiteral("at"), formatWallTime(at)}});
        return std::nullopt;
    });
}

RuleCheck LocalStore::withdraw(const QUuid &reportId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto refused = checkWithdrawal(*found, account().userId, currentWallTime()))
            return refused;
        setReportEffect(effect, Mutations::withdrawReport, withdrawn(*found));
        return std::nullopt;
    });
}

RuleCheck LocalStore::acknowledge(const QUuid &reportId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({Role::Mentor, Role::Team}))
            return refused;
        auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (found->state == ReportState::SeenByMentor)
            return RuleError{QStringLiteral("already_seen"),
                             QStringLiteral("This report was already acknowledged.")};
        if (!found->isFinished())
            found->state = ReportState::SeenByMentor;
        setReportEffect(effect, Mutations::acknowledge, *found);
        return std::nullopt;
    });
}

RuleCheck LocalStore::decideLeave(const QUuid &reportId, bool approved)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({Role::Mentor, Role::Team}))
            return refused;
        auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (found->code != RegistrationCode::V || found->decision != LeaveDecision::Pending)
            return RuleError{QStringLiteral("no_pending_leave"),
                             QStringLiteral("Only a leave request that waits can be decided.")};
        found->decision = approved ? LeaveDecision::Approved : LeaveDecision::Refused;
        setReportEffect(effect, Mutations::decideLeave, *found,
                        {{QStringLiteral("approved"), approved}});
        return std::nullopt;
    });
}

RuleCheck LocalStore::decideContact(ContactLogEntry entry, LocalEffect &effect) const
{
    if (auto refused = requireRole({Role::Mentor, Role::Team}))
        return refused;
    if (entry.mentorId.isEmpty())
        entry.mentorId = account().userId;
    if (!entry.at.isValid())
        entry.at = currentWallTime();
    if (auto refused = checkContactLogEntry(entry))
        return refused;
    setEntityEffect(effect, Mutations::logContact, "entry", DataKind::ContactLog,
                    uuidText(entry.id), entry.toJson());
    return std::nullopt;
}

RuleCheck LocalStore::decideMessage(WarmMessage message, LocalEffect &effect) const
{
    if (auto refused = requireRole({Role::Mentor, Role::Team}))
        return refused;
    if (message.senderId.isEmpty())
        message.senderId = account().userId;
    if (!message.sentAt.isValid())
        message.sentAt = currentWallTime();
    if (auto refused = checkMessage(message))
        return refused;
    setEntityEffect(effect, Mutations::sendMessage, "message", DataKind::Messages,
                    uuidText(message.id), message.toJson());
    return std::nullopt;
}

RuleCheck LocalStore::logContact(ContactLogEntry entry)
{
    return perform([&](LocalEffect &effect) { return decideContact(entry, effect); });
}

RuleCheck LocalStore::sendMessage(WarmMessage message)
{
    return perform([&](LocalEffect &effect) { return decideMessage(message, effect); });
}

RuleCheck LocalStore::sendMessageLoggingContact(WarmMessage message, ContactLogEntry contact)
{
    return performAll([&](QList<LocalEffect> &effects) -> RuleCheck {
        LocalEffect sent;
        if (auto refused = decideMessage(message, sent))
            return refused;
        LocalEffect logged;
        if (auto refused = decideContact(contact, logged))
            return refused;
        effects = {sent, logged};
        return std::nullopt;
    });
}

RuleCheck LocalStore::markRead(const QUuid &messageId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        auto found = message(messageId);
        if (!found)
            return unknown("message");
        const QString me = account().userId;
        if (found->readBy.contains(me))
            return std::nullopt;
        found->readBy.append(me);
        setEffect(effect, Mutations::markRead,
                  {{QStringLiteral("message_id"), uuidText(messageId)}}, DataKind::Messages,
                  uuidText(messageId), found->toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::sendReply(Reply reply)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({reply.from}))
            return refused;
        if (reply.authorId.isEmpty())
            reply.authorId = account().userId;
        if (!reply.at.isValid())
            reply.at = currentWallTime();
        if (this->reply(reply.id))
            return RuleError{QStringLiteral("duplicate_id"),
                             QStringLiteral("A reply with this id is already on the phone.")};
        const auto answered = reply.messageId.isNull() ? std::nullopt : message(reply.messageId);
        if (auto refused = checkReply(reply, answered, returnPlan(reply.studentId)))
            return refused;
        setEntityEffect(effect, Mutations::sendReply, "reply", DataKind::Replies,
                        uuidText(reply.id), reply.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::savePlan(const ReturnPlan &plan)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({Role::Mentor, Role::Team}))
            return refused;
        if (auto refused = checkReturnPlan(plan))
            return refused;
        setEntityEffect(effect, Mutations::savePlan, "plan", DataKind::ReturnPlans, plan.studentId,
                        plan.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::savePlanStep(const PlanStep &step)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (requireRole({Role::Mentor, Role::Team})) {
            if (auto refused = requireRole({Role::Student}))
                return refused;
            PlanStep onlyTicked = planStep(step.id).value_or(PlanStep());
            onlyTicked.done = step.done;
            if (onlyTicked.id.isNull() || onlyTicked != step)
                return RuleError{QStringLiteral("not_allowed"),
                                 QStringLiteral("A student can only tick off a step.")};
        }
        if (auto refused = checkPlanStep(step))
            return refused;
        setEntityEffect(effect, Mutations::savePlanStep, "step", DataKind::PlanSteps,
                        uuidText(step.id), step.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::deletePlanStep(const QUuid &stepId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({Role::Mentor, Role::Team}))
            return refused;
        const auto found = planStep(stepId);
        if (!found)
            return unknown("step");
        setEffect(effect, Mutations::deletePlanStep,
                  {{QStringLiteral("step_id"), uuidText(stepId)}}, DataKind::PlanSteps,
                  uuidText(stepId), found->toJson());
        effect.deleted = true;
        return std::nullopt;
    });
}

RuleCheck LocalStore::submitCheckIn(CheckIn checkIn)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({Role::Student}))
            return refused;
        if (checkIn.studentId.isEmpty())
            checkIn.studentId = account().userId;
        if (!checkIn.at.isValid())
            checkIn.at = currentWallTime();
        if (auto refused = checkCheckIn(checkIn))
            return refused;
        setEntityEffect(effect, Mutations::submitCheckIn, "checkin", DataKind::CheckIns,
                        uuidText(checkIn.id), checkIn.toJson());
        return std::nullopt;
    });
}

} // namespace Aanwezig
