// The user actions of LocalStore: each checks the domain rules and leaves its
// local effects with their outbox entries (see LocalStore::perform).
#include "domain/actionrules.h"
#include "domain/walltime.h"
#include "entitytables.h"
#include "localeffect.h"
#include "localstore.h"
#include "protocol/mutationargs.h"
#include "protocol/mutations.h"
#include "protocol/reasoncodes.h"

namespace Aanwezig {

using namespace Store;

namespace {

RuleError unknown(const char *what)
{
    return RuleError{QLatin1String(ReasonCodes::notFound),
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

// A whole entity, told to the server as its mutation's arguments (Args: a
// MutationArgs::Carrying).
template <typename Args>
void setEntityEffect(LocalEffect &effect, const char *mutation, DataKind kind, const QString &id,
                     const decltype(Args::entity) &entity)
{
    setEffect(effect, mutation, Args{entity}.toJson(), kind, id, entity.toJson());
}

// A change of an existing report, told to the server with `args`.
void setReportEffect(LocalEffect &effect, const char *mutation, const AbsenceReport &report,
                     const QJsonObject &args)
{
    setEffect(effect, mutation, args, DataKind::Reports, uuidText(report.id), report.toJson());
}

RuleError duplicate(const char *what)
{
    return RuleError{
        QLatin1String(ReasonCodes::duplicateId),
        QStringLiteral("A %1 with this id is already on the phone.").arg(QLatin1String(what))};
}

} // namespace

RuleCheck LocalStore::reportAbsence(AbsenceReport report, Role reporterRole)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const Relation relation = relationTo(report.studentId);
        if (auto refused = checkReportAccess(relation))
            return refused;
        if (auto refused = checkActingRole(relation, reporterRole))
            return refused;
        if (this->report(report.id))
            return duplicate("report");
        const QDateTime now = currentWallTime();
        if (report.reporterId.isEmpty())
            report.reporterId = account().userId;
        if (!report.createdAt.isValid())
            report.createdAt = now;
        report = started(report, ReportState::SavedOnPhone);
        const QList<AbsenceReport> others = reports(report.studentId);
        if (auto refused = checkNewReport(report, reporterRole, others, now, reportPolicy()))
            return refused;
        if (auto refused = checkReportHorizon(report, countFutureReports(others, now), now))
            return refused;
        setEntityEffect<MutationArgs::ReportAbsence>(
            effect, Mutations::reportAbsence, DataKind::Reports, uuidText(report.id), report);
        return std::nullopt;
    });
}

RuleCheck LocalStore::reportRecovery(const QUuid &reportId, const QDateTime &at)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto refused = checkRecoveryBy(relationTo(found->studentId), *found, at))
            return refused;
        setReportEffect(effect, Mutations::recover, recovered(*found, at),
                        MutationArgs::Recover{reportId, at}.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::withdraw(const QUuid &reportId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto refused = checkWithdrawalBy(relationTo(found->studentId), *found, account().userId,
                                             currentWallTime()))
            return refused;
        setReportEffect(effect, Mutations::withdrawReport, withdrawn(*found),
                        MutationArgs::ReportId{reportId}.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::acknowledge(const QUuid &reportId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto refused = checkAcknowledgement(relationTo(found->studentId), *found))
            return refused;
        setReportEffect(effect, Mutations::acknowledge, acknowledged(*found),
                        MutationArgs::ReportId{reportId}.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::decideLeave(const QUuid &reportId, bool approved)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto refused = checkLeaveDecision(relationTo(found->studentId), *found))
            return refused;
        setReportEffect(effect, Mutations::decideLeave, decided(*found, approved),
                        MutationArgs::DecideLeave{reportId, approved}.toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::decideContact(ContactLogEntry entry, LocalEffect &effect) const
{
    if (entry.mentorId.isEmpty())
        entry.mentorId = account().userId;
    if (!entry.at.isValid())
        entry.at = currentWallTime();
    if (auto refused = checkContactBy(relationTo(entry.studentId), entry))
        return refused;
    setEntityEffect<MutationArgs::LogContact>(effect, Mutations::logContact, DataKind::ContactLog,
                                              uuidText(entry.id), entry);
    return std::nullopt;
}

RuleCheck LocalStore::decideMessage(WarmMessage message, LocalEffect &effect) const
{
    if (message.senderId.isEmpty())
        message.senderId = account().userId;
    if (!message.sentAt.isValid())
        message.sentAt = currentWallTime();
    if (auto refused = checkMessageBy(relationTo(message.studentId), message))
        return refused;
    setEntityEffect<MutationArgs::SendMessage>(effect, Mutations::sendMessage, DataKind::Messages,
                                               uuidText(message.id), message);
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
        if (auto refused = checkReadableBy(relationTo(found->studentId), *found))
            return refused;
        const QString me = account().userId;
        if (found->readBy.contains(me))
            return std::nullopt;
        found->readBy.append(me);
        setEffect(effect, Mutations::markRead, MutationArgs::MarkRead{messageId}.toJson(),
                  DataKind::Messages, uuidText(messageId), found->toJson());
        return std::nullopt;
    });
}

RuleCheck LocalStore::sendReply(Reply reply)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = checkReplyAuthor(relationTo(reply.studentId), reply.from))
            return refused;
        if (this->reply(reply.id))
            return duplicate("reply");
        if (reply.authorId.isEmpty())
            reply.authorId = account().userId;
        if (!reply.at.isValid())
            reply.at = currentWallTime();
        const auto answered = reply.messageId.isNull() ? std::nullopt : message(reply.messageId);
        if (auto refused = checkReply(reply, answered, returnPlan(reply.studentId)))
            return refused;
        setEntityEffect<MutationArgs::SendReply>(effect, Mutations::sendReply, DataKind::Replies,
                                                 uuidText(reply.id), reply);
        return std::nullopt;
    });
}

RuleCheck LocalStore::savePlan(const ReturnPlan &plan)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = checkPlanBy(relationTo(plan.studentId), plan))
            return refused;
        setEntityEffect<MutationArgs::SavePlan>(effect, Mutations::savePlan, DataKind::ReturnPlans,
                                                plan.studentId, plan);
        return std::nullopt;
    });
}

RuleCheck LocalStore::savePlanStep(const PlanStep &step)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = checkStepEdit(relationTo(step.studentId), planStep(step.id), step))
            return refused;
        setEntityEffect<MutationArgs::SavePlanStep>(effect, Mutations::savePlanStep,
                                                    DataKind::PlanSteps, uuidText(step.id), step);
        return std::nullopt;
    });
}

RuleCheck LocalStore::deletePlanStep(const QUuid &stepId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const auto found = planStep(stepId);
        if (!found)
            return unknown("step");
        if (auto refused = checkStepDeletion(relationTo(found->studentId)))
            return refused;
        setEffect(effect, Mutations::deletePlanStep, MutationArgs::DeletePlanStep{stepId}.toJson(),
                  DataKind::PlanSteps, uuidText(stepId), found->toJson());
        effect.deleted = true;
        return std::nullopt;
    });
}

RuleCheck LocalStore::submitCheckIn(CheckIn checkIn)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (checkIn.studentId.isEmpty())
            checkIn.studentId = account().userId;
        if (!checkIn.at.isValid())
            checkIn.at = currentWallTime();
        if (auto refused = checkCheckInBy(relationTo(checkIn.studentId), checkIn))
            return refused;
        setEntityEffect<MutationArgs::SubmitCheckIn>(
            effect, Mutations::submitCheckIn, DataKind::CheckIns, uuidText(checkIn.id), checkIn);
        return std::nullopt;
    });
}

} // namespace Aanwezig
