#include "actionrules.h"

#include "absencerules.h"
#include "protocol/reasoncodes.h"

namespace Aanwezig {

namespace {

RuleError refusal(const char *code, const QString &message)
{
    return RuleError{QString::fromLatin1(code), message};
}

// Whether the relation is one of `ways`.
bool relatesAs(const Relation &relation, unsigned ways)
{
    return (relation.parent && (ways & ParentOf)) || (relation.self && (ways & Self)) ||
           (relation.staff && (ways & Staff));
}

} // namespace

RuleResult checkAccess(const Relation &relation, unsigned allowed, const char *what,
                       unsigned seenBy)
{
    if (relatesAs(relation, allowed & seenBy))
        return {};
    if (!relatesAs(relation, seenBy))
        return refusal(
            ReasonCodes::notFound,
            QStringLiteral("There is no %1 you may touch with this id.").arg(QLatin1String(what)));
    return refusal(
        ReasonCodes::forbidden,
        QStringLiteral("Your role may not do this with this %1.").arg(QLatin1String(what)));
}

RuleResult checkReportAccess(const Relation &relation)
{
    return checkAccess(relation, ParentOf | Staff, "student");
}

RuleResult checkActingRole(const Relation &relation, Role role)
{
    const bool given = (role == Role::Parent && relation.parent) ||
                       (role == Role::Student && relation.self) ||
                       (role == Role::Mentor && relation.staff) ||
                       (role == Role::Team && relation.staff && relation.team);
    if (given)
        return {};
    return refusal(ReasonCodes::forbidden,
                   QStringLiteral("You do not act as %1 for this student.").arg(roleKey(role)));
}

Role reporterRole(const Relation &relation)
{
    if (relation.staff)
        return relation.team ? Role::Team : Role::Mentor;
    return Role::Parent;
}

AbsenceReport started(AbsenceReport report, ReportState state)
{
    report.state = state;
    report.decision =
        report.code == RegistrationCode::V ? LeaveDecision::Pending : LeaveDecision::NotNeeded;
    return report;
}

RuleResult checkRecoveryBy(const Relation &relation, const AbsenceReport &report,
                           const QDateTime &at)
{
    if (auto checked = checkAccess(relation, ParentOf | Staff, "report", reportSeers); !checked)
        return checked;
    return checkRecovery(report, at);
}

RuleResult checkWithdrawalBy(const Relation &relation, const AbsenceReport &report,
                             const QString &userId, const QDateTime &now)
{
    if (auto checked = checkAccess(relation, ParentOf | Staff, "report", reportSeers); !checked)
        return checked;
    return checkWithdrawal(report, userId, now);
}

RuleResult checkAcknowledgement(const Relation &relation, const AbsenceReport &report)
{
    if (auto checked = checkAccess(relation, Staff, "report", reportSeers); !checked)
        return checked;
    if (report.state == ReportState::SeenByMentor)
        return refusal(ReasonCodes::alreadySeen,
                       QStringLiteral("This report was already acknowledged."));
    return {};
}

AbsenceReport acknowledged(AbsenceReport report)
{
    if (!report.isFinished())
        report.state = ReportState::SeenByMentor;
    return report;
}

RuleResult checkLeaveDecision(const Relation &relation, const AbsenceReport &report)
{
    if (auto checked = checkAccess(relation, Staff, "report", reportSeers); !checked)
        return checked;
    if (report.code != RegistrationCode::V || report.decision != LeaveDecision::Pending)
        return refusal(ReasonCodes::noPendingLeave,
                       QStringLiteral("Only a leave request that waits can be decided."));
    return {};
}

AbsenceReport decided(AbsenceReport report, bool approved)
{
    report.decision = approved ? LeaveDecision::Approved : LeaveDecision::Refused;
    return report;
}

RuleResult checkContactBy(const Relation &relation, const ContactLogEntry &entry)
{
    if (auto checked = checkAccess(relation, Staff, "student"); !checked)
        return checked;
    return checkContactLogEntry(entry);
}

RuleResult checkMessageBy(const Relation &relation, const WarmMessage &message)
{
    if (auto checked = checkAccess(relation, Staff, "student"); !checked)
        return checked;
    return checkMessage(message);
}

RuleResult checkReadableBy(const Relation &relation, const WarmMessage &message)
{
    if (relation.staff || (message.toStudent && relation.self) ||
        (message.toParents && relation.parent))
        return {};
    return refusal(ReasonCodes::notFound,
                   QStringLiteral("There is no message you may touch with this id."));
}

RuleResult checkReplyAuthor(const Relation &relation, Role from)
{
    if (auto checked = checkAccess(relation, ParentOf | Self, "student"); !checked)
        return checked;
    const bool asWhoTheyAre = from == Role::Student ? relation.self : relation.parent;
    if (!asWhoTheyAre)
        return refusal(ReasonCodes::forbidden,
                       QStringLiteral("You reply as the student or as a parent, as you are."));
    return {};
}

RuleResult checkPlanBy(const Relation &relation, const ReturnPlan &plan)
{
    if (auto checked = checkAccess(relation, Staff, "student"); !checked)
        return checked;
    return checkReturnPlan(plan);
}

RuleResult checkStepEdit(const Relation &relation, const std::optional<PlanStep> &existing,
                         const PlanStep &step)
{
    if (auto checked = checkAccess(relation, Staff | Self, "student"); !checked)
        return checked;
    if (!relation.staff) {
        PlanStep onlyTicked = existing.value_or(PlanStep());
        onlyTicked.done = step.done;
        if (!existing || onlyTicked != step)
            return refusal(ReasonCodes::forbidden,
                           QStringLiteral("A student can only tick off a step."));
    }
    return checkPlanStep(step);
}

RuleResult checkStepDeletion(const Relation &relation)
{
    return checkAccess(relation, Staff, "step");
}

RuleResult checkCheckInBy(const Relation &relation, const CheckIn &checkIn)
{
    if (auto checked = checkAccess(relation, Self, "student"); !checked)
        return checked;
    return checkCheckIn(checkIn);
}

RuleResult checkSettingsOwner(const NotificationSettings &settings, const QString &userId)
{
    if (settings.userId != userId)
        return refusal(ReasonCodes::forbidden,
                       QStringLiteral("You can only save your own notification settings."));
    return checkNotificationSettings(settings);
}

RuleResult checkNoticeAnswer(const Relation &relation, const QString &answer)
{
    if (auto checked = checkAccess(relation, ParentOf, "notice", reportSeers); !checked)
        return checked;
    return checkParentAnswer(answer);
}

std::optional<AbsenceNotice> answered(AbsenceNotice notice, const QDateTime &at)
{
    if (notice.answer != AbsenceNotice::Answer::None)
        return std::nullopt;
    notice.answer = AbsenceNotice::Answer::Known;
    notice.answeredAt = at;
    return notice;
}

} // namespace Aanwezig
