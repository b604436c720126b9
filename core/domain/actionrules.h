#pragma once

// Who may do what: every rule of a user action that the phone (LocalStore)
// and the server (server/sync/mutationhandlers.cpp) both check, written once.
// Each takes the acting user's relation to the student and what it acts on,
// and gives the verdict with one reason code (protocol/reasoncodes.h).
#include "absencenotice.h"
#include "absencereport.h"
#include "checkin.h"
#include "contactlogentry.h"
#include "notificationsettings.h"
#include "reply.h"
#include "returnplan.h"
#include "role.h"
#include "ruleresult.h"
#include "warmmessage.h"

#include <QDateTime>
#include <optional>

namespace Aanwezig {

// How the acting user relates to one student; a user may relate in several
// ways (a mentor who is also the student's parent).
struct Relation
{
    bool parent = false; // a parent of the student
    bool self = false;   // the student themselves
    bool staff = false;  // a mentor of the student's class, or the attendance team
    bool team = false;   // staff as the attendance team (reports as "team")

    bool any() const { return parent || self || staff; }
};

// The ways of relating an action allows, or-ed together.
enum Relating : unsigned { ParentOf = 1, Self = 2, Staff = 4 };

// Who sees the student's things of a kind (as the server's pull serves
// them): everything of a student but reports and "Alles goed?" notices, which
// the student does not see.
inline constexpr unsigned seenByAll = ParentOf | Self | Staff;
inline constexpr unsigned reportSeers = ParentOf | Staff;

// The user must relate to the student in one of the `allowed` ways. One who
// does not see the thing at all (no relation of `seenBy`) learns nothing
// (not_found); one who sees it, but may not act so, is refused (forbidden).
// `what` names the thing in the message.
RuleResult checkAccess(const Relation &relation, unsigned allowed, const char *what,
                       unsigned seenBy = seenByAll);

// A new report: by a parent or staff, checked with checkNewReport as the
// role it is made in.
RuleResult checkReportAccess(const Relation &relation);
// The phone acts in the role its user chose: that role must be one the
// relation gives (parent: a parent, student: self, mentor: staff, team: the
// team), else forbidden.
RuleResult checkActingRole(const Relation &relation, Role role);
Role reporterRole(const Relation &relation); // staff: mentor or team, else parent
// The report as it starts, in `state` (saved on the phone, received by the
// server): a leave request (V) waits for a decision, others need none.
AbsenceReport started(AbsenceReport report, ReportState state);

// "Beter melden" and withdrawing: a parent or staff (withdrawing: who made it).
RuleResult checkRecoveryBy(const Relation &relation, const AbsenceReport &report,
                           const QDateTime &at);
RuleResult checkWithdrawalBy(const Relation &relation, const AbsenceReport &report,
                             const QString &userId, const QDateTime &now);

// "Gezien": staff, once. A closed or withdrawn report keeps its state.
RuleResult checkAcknowledgement(const Relation &relation, const AbsenceReport &report);
AbsenceReport acknowledged(AbsenceReport report);

// A leave request that waits is approved or refused by staff.
RuleResult checkLeaveDecision(const Relation &relation, const AbsenceReport &report);
AbsenceReport decided(AbsenceReport report, bool approved);

// Staff log contact and send warm messages.
RuleResult checkContactBy(const Relation &relation, const ContactLogEntry &entry);
RuleResult checkMessageBy(const Relation &relation, const WarmMessage &message);
// A message is marked read by those it reaches (staff, and the student or
// the parents it is for); to anyone else it does not exist.
RuleResult checkReadableBy(const Relation &relation, const WarmMessage &message);

// A reply comes from the student or a parent, as who they are (`from`); then
// checkReply checks its content.
RuleResult checkReplyAuthor(const Relation &relation, Role from);

// Staff write the plan and its steps; the student may only tick a step off
// (`existing`: the step as stored, nullopt for a new one).
RuleResult checkPlanBy(const Relation &relation, const ReturnPlan &plan);
RuleResult checkStepEdit(const Relation &relation, const std::optional<PlanStep> &existing,
                         const PlanStep &step);
RuleResult checkStepDeletion(const Relation &relation);

// The student checks in for themselves.
RuleResult checkCheckInBy(const Relation &relation, const CheckIn &checkIn);

// Everyone saves their own notification settings only.
RuleResult checkSettingsOwner(const NotificationSettings &settings, const QString &userId);

// A parent of the student answers "Alles goed?" (answer "known").
RuleResult checkNoticeAnswer(const Relation &relation, const QString &answer);
// The notice answered at `at`; nullopt when it was answered already (the
// first answer stays, and answering again changes nothing).
std::optional<AbsenceNotice> answered(AbsenceNotice notice, const QDateTime &at);

} // namespace Aanwezig
