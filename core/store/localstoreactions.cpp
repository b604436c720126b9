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

RuleResult LocalStore::reportAbsence(AbsenceReport report, Role reporterRole)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const Relation relation = relationTo(report.studentId);
        if (auto checked = checkReportAccess(relation); !checked)
            return checked;
        if (auto checked = checkActingRole(relation, reporterRole); !checked)
            return checked;
        if (this->report(report.id))
            return duplicate("report");
        const QDateTime now = currentWallTime();
        if (report.reporterId.isEmpty())
            report.reporterId = account().userId;
        if (!report.createdAt.isValid())
            report.createdAt = now;
        report = started(report, ReportState::SavedOnPhone);
        const QList<AbsenceReport> others = reports(report.studentId);
        if (auto checked = checkNewReport(report, reporterRole, others, now, reportPolicy());
            !checked)
            return checked;
        if (auto checked = checkReportHorizon(report, countFutureReports(others, now), now);
            !checked)
            return checked;
        setEntityEffect<MutationArgs::ReportAbsence>(
            effect, Mutations::reportAbsence, DataKind::Reports, uuidText(report.id), report);
        return {};
    });
}

RuleResult LocalStore::reportRecovery(const QUuid &reportId, const QDateTime &at)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto checked = checkRecoveryBy(relationTo(found->studentId), *found, at); !checked)
            return checked;
        setReportEffect(effect, Mutations::recover, recovered(*found, at),
                        MutationArgs::Recover{reportId, at}.toJson());
        return {};
    });
}

RuleResult LocalStore::withdraw(const QUuid &reportId)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto checked = checkWithdrawalBy(relationTo(found->studentId), *found, account().userId,
                                             currentWallTime());
            !checked)
            return checked;
        setReportEffect(effect, Mutations::withdrawReport, withdrawn(*found),
                        MutationArgs::ReportId{reportId}.toJson());
        return {};
    });
}

RuleResult LocalStore::acknowledge(const QUuid &reportId)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto checked = checkAcknowledgement(relationTo(found->studentId), *found); !checked)
            return checked;
        setReportEffect(effect, Mutations::acknowledge, acknowledged(*found),
                        MutationArgs::ReportId{reportId}.toJson());
        return {};
    });
}

RuleResult LocalStore::decideLeave(const QUuid &reportId, bool approved)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const auto found = report(reportId);
        if (!found)
            return unknown("report");
        if (auto checked = checkLeaveDecision(relationTo(found->studentId), *found); !checked)
            return checked;
        setReportEffect(effect, Mutations::decideLeave, decided(*found, approved),
                        MutationArgs::DecideLeave{reportId, approved}.toJson());
        return {};
    });
}

RuleResult LocalStore::decideContact(ContactLogEntry entry, LocalEffect &effect) const
{
    if (entry.mentorId.isEmpty())
        entry.mentorId = account().userId;
    if (!entry.at.isValid())
        entry.at = currentWallTime();
    if (auto checked = checkContactBy(relationTo(entry.studentId), entry); !checked)
        return checked;
    setEntityEffect<MutationArgs::LogContact>(effect, Mutations::logContact, DataKind::ContactLog,
                                              uuidText(entry.id), entry);
    return {};
}

RuleResult LocalStore::decideMessage(WarmMessage message, LocalEffect &effect) const
{
    if (message.senderId.isEmpty())
        message.senderId = account().userId;
    if (!message.sentAt.isValid())
        message.sentAt = currentWallTime();
    if (auto checked = checkMessageBy(relationTo(message.studentId), message); !checked)
        return checked;
    setEntityEffect<MutationArgs::SendMessage>(effect, Mutations::sendMessage, DataKind::Messages,
                                               uuidText(message.id), message);
    return {};
}

RuleResult LocalStore::logContact(ContactLogEntry entry)
{
    return perform([&](LocalEffect &effect) { return decideContact(entry, effect); });
}

RuleResult LocalStore::sendMessage(WarmMessage message)
{
    return perform([&](LocalEffect &effect) { return decideMessage(message, effect); });
}

RuleResult LocalStore::sendMessageLoggingContact(WarmMessage message, ContactLogEntry contact)
{
    return performAll([&](QList<LocalEffect> &effects) -> RuleResult {
        LocalEffect sent;
        if (auto checked = decideMessage(message, sent); !checked)
            return checked;
        LocalEffect logged;
        if (auto checked = decideContact(contact, logged); !checked)
            return checked;
        effects = {sent, logged};
        return {};
    });
}

RuleResult LocalStore::markRead(const QUuid &messageId)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        auto found = message(messageId);
        if (!found)
            return unknown("message");
        if (auto checked = checkReadableBy(relationTo(found->studentId), *found); !checked)
            return checked;
        const QString me = account().userId;
        if (found->readBy.contains(me))
            return {};
        found->readBy.append(me);
        setEffect(effect, Mutations::markRead, MutationArgs::MarkRead{messageId}.toJson(),
                  DataKind::Messages, uuidText(messageId), found->toJson());
        return {};
    });
}

RuleResult LocalStore::sendReply(Reply reply)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        if (auto checked = checkReplyAuthor(relationTo(reply.studentId), reply.from); !checked)
            return checked;
        if (this->reply(reply.id))
            return duplicate("reply");
        if (reply.authorId.isEmpty())
            reply.authorId = account().userId;
        if (!reply.at.isValid())
            reply.at = currentWallTime();
        const auto answered = reply.messageId.isNull() ? std::nullopt : message(reply.messageId);
        if (auto checked = checkReply(reply, answered, returnPlan(reply.studentId)); !checked)
            return checked;
        setEntityEffect<MutationArgs::SendReply>(effect, Mutations::sendReply, DataKind::Replies,
                                                 uuidText(reply.id), reply);
        return {};
    });
}

RuleResult LocalStore::savePlan(const ReturnPlan &plan)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        if (auto checked = checkPlanBy(relationTo(plan.studentId), plan); !checked)
            return checked;
        setEntityEffect<MutationArgs::SavePlan>(effect, Mutations::savePlan, DataKind::ReturnPlans,
                                                plan.studentId, plan);
        return {};
    });
}

RuleResult LocalStore::savePlanStep(const PlanStep &step)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        if (auto checked = checkStepEdit(relationTo(step.studentId), planStep(step.id), step);
            !checked)
            return checked;
        setEntityEffect<MutationArgs::SavePlanStep>(effect, Mutations::savePlanStep,
                                                    DataKind::PlanSteps, uuidText(step.id), step);
        return {};
    });
}

RuleResult LocalStore::deletePlanStep(const QUuid &stepId)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const auto found = planStep(stepId);
        if (!found)
            return unknown("step");
        if (auto checked = checkStepDeletion(relationTo(found->studentId)); !checked)
            return checked;
        setEffect(effect, Mutations::deletePlanStep, MutationArgs::DeletePlanStep{stepId}.toJson(),
                  DataKind::PlanSteps, uuidText(stepId), found->toJson());
        effect.deleted = true;
        return {};
    });
}

RuleResult LocalStore::submitCheckIn(CheckIn checkIn)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        if (checkIn.studentId.isEmpty())
            checkIn.studentId = account().userId;
        if (!checkIn.at.isValid())
            checkIn.at = currentWallTime();
        if (auto checked = checkCheckInBy(relationTo(checkIn.studentId), checkIn); !checked)
            return checked;
        setEntityEffect<MutationArgs::SubmitCheckIn>(
            effect, Mutations::submitCheckIn, DataKind::CheckIns, uuidText(checkIn.id), checkIn);
        return {};
    });
}

} // namespace Aanwezig
