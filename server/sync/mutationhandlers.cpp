#include "sync/mutationhandlers.h"

#include "domain/absencerules.h"
#include "domain/actionrules.h"
#include "domain/jsonfields.h"
#include "http/requestjson.h"
#include "protocol/mutationargs.h"
#include "protocol/mutations.h"
#include "protocol/reasoncodes.h"
#include "storage/reportperiods.h"

#include <QUuid>

namespace Aanwezig::Server {

namespace {

// Thrown inside a handler to reject the mutation; nothing was written yet.
struct Rejection
{
    RuleError error;
};

[[noreturn]] void reject(const char *code, const QString &message)
{
    throw Rejection{RuleError{QString::fromLatin1(code), message}};
}

void check(const RuleResult &result)
{
    if (!result)
        throw Rejection{result.error()};
}

// The mutation's arguments (protocol/mutationargs.h); bad_args when they do not read.
template <typename Args> Args argsOf(const QJsonObject &args)
{
    QString error;
    auto read = Args::fromJson(args, &error);
    if (!read)
        reject(ReasonCodes::badArgs, error);
    return *read;
}

// The entity a mutation carries (Args: a MutationArgs::Carrying).
template <typename Args> auto entityArg(const QJsonObject &args)
{
    return argsOf<Args>(args).entity;
}

template <typename T>
T stored(Records &records, const char *kind, const QString &id, const char *what)
{
    const auto json = records.find(QLatin1String(kind), id);
    const auto entity = json ? T::fromJson(*json) : std::nullopt;
    if (!entity)
        reject(
            ReasonCodes::notFound,
            QStringLiteral("There is no %1 you may touch with this id.").arg(QLatin1String(what)));
    return *entity;
}

void requireNew(Records &records, const char *kind, const QString &id, const char *what)
{
    if (records.find(QLatin1String(kind), id))
        reject(ReasonCodes::duplicateId,
               QStringLiteral("A %1 with this id already exists.").arg(QLatin1String(what)));
}

struct Context
{
    const QJsonObject &args;
    const Scope &scope;
    Records &records;
    const QDateTime &now;

    Relation relationTo(const QString &student) const
    {
        return Relation{scope.isParentOf(student), scope.isSelf(student), scope.isStaffOf(student),
                        scope.isTeam()};
    }
    AbsenceReport report(const QUuid &id) const
    {
        return stored<AbsenceReport>(records, Kind::absenceReport, uuidText(id), "report");
    }
    void putReport(const AbsenceReport &r) const
    {
        records.put(QLatin1String(Kind::absenceReport), uuidText(r.id), r.studentId, r.toJson());
    }
};

void reportAbsence(const Context &c)
{
    AbsenceReport report = entityArg<MutationArgs::ReportAbsence>(c.args);
    const Relation relation = c.relationTo(report.studentId);
    check(checkReportAccess(relation));
    requireNew(c.records, Kind::absenceReport, uuidText(report.id), "report");
    const Role role = reporterRole(relation);
    report = started(report, ReportState::Received);
    report.reporterId = c.scope.userId;
    report.reporterRole = roleKey(role);
    if (!report.createdAt.isValid())
        report.createdAt = c.now;
    // Only the reports that could overlap are read (at most two), and the
    // future ones only counted: the cost does not grow with the history.
    const QSqlDatabase &db = c.records.database();
    QList<AbsenceReport> near;
    for (const QJsonObject &json :
         ReportPeriods::reportsNear(db, report.studentId, report.start, report.end)) {
        if (const auto other = AbsenceReport::fromJson(json))
            near.append(*other);
    }
    check(checkNewReport(report, role, near, c.now));
    check(checkReportHorizon(
        report, ReportPeriods::futureReports(db, report.studentId, c.now, maxFutureReports),
        c.now));
    c.putReport(report);
}

void recover(const Context &c)
{
    const auto args = argsOf<MutationArgs::Recover>(c.args);
    const AbsenceReport report = c.report(args.reportId);
    check(checkRecoveryBy(c.relationTo(report.studentId), report, args.at));
    c.putReport(recovered(report, args.at));
}

void withdrawReport(const Context &c)
{
    const AbsenceReport report = c.report(argsOf<MutationArgs::ReportId>(c.args).id);
    check(checkWithdrawalBy(c.relationTo(report.studentId), report, c.scope.userId, c.now));
    c.putReport(withdrawn(report));
}

void acknowledge(const Context &c)
{
    const AbsenceReport report = c.report(argsOf<MutationArgs::ReportId>(c.args).id);
    check(checkAcknowledgement(c.relationTo(report.studentId), report));
    c.putReport(acknowledged(report));
}

void decideLeave(const Context &c)
{
    const auto args = argsOf<MutationArgs::DecideLeave>(c.args);
    const AbsenceReport report = c.report(args.reportId);
    check(checkLeaveDecision(c.relationTo(report.studentId), report));
    c.putReport(decided(report, args.approved));
}

void logContact(const Context &c)
{
    ContactLogEntry entry = entityArg<MutationArgs::LogContact>(c.args);
    const Relation relation = c.relationTo(entry.studentId);
    check(checkAccess(relation, Staff, "student"));
    requireNew(c.records, Kind::contactLogEntry, uuidText(entry.id), "contact entry");
    if (!entry.reportId.isNull()) {
        const auto report =
            c.records.find(QLatin1String(Kind::absenceReport), uuidText(entry.reportId));
        if (!report || report->value(QLatin1String("student_id")).toString() != entry.studentId)
            reject(ReasonCodes::notFound,
                   QStringLiteral("The contact entry names a report of another student."));
    }
    entry.mentorId = c.scope.userId;
    if (!entry.at.isValid())
        entry.at = c.now;
    check(checkContactBy(relation, entry));
    c.records.put(QLatin1String(Kind::contactLogEntry), uuidText(entry.id), entry.studentId,
                  entry.toJson());
}

void sendMessage(const Context &c)
{
    WarmMessage message = entityArg<MutationArgs::SendMessage>(c.args);
    const Relation relation = c.relationTo(message.studentId);
    check(checkAccess(relation, Staff, "student"));
    requireNew(c.records, Kind::warmMessage, uuidText(message.id), "message");
    message.senderId = c.scope.userId;
    message.readBy.clear();
    if (!message.sentAt.isValid())
        message.sentAt = c.now;
    check(checkMessageBy(relation, message));
    c.records.put(QLatin1String(Kind::warmMessage), uuidText(message.id), message.studentId,
                  message.toJson());
}

void markRead(const Context &c)
{
    WarmMessage message =
        stored<WarmMessage>(c.records, Kind::warmMessage,
                            uuidText(argsOf<MutationArgs::MarkRead>(c.args).id), "message");
    check(checkReadableBy(c.relationTo(message.studentId), message));
    if (message.readBy.contains(c.scope.userId))
        return;
    message.readBy.append(c.scope.userId);
    c.records.put(QLatin1String(Kind::warmMessage), uuidText(message.id), message.studentId,
                  message.toJson());
}

void sendReply(const Context &c)
{
    Reply reply = entityArg<MutationArgs::SendReply>(c.args);
    const Relation relation = c.relationTo(reply.studentId);
    check(checkReplyAuthor(relation, reply.from));
    requireNew(c.records, Kind::reply, uuidText(reply.id), "reply");
    reply.authorId = c.scope.userId;
    if (!reply.at.isValid())
        reply.at = c.now;
    std::optional<WarmMessage> message;
    if (!reply.toPlan()) {
        if (const auto json =
                c.records.find(QLatin1String(Kind::warmMessage), uuidText(reply.messageId)))
            message = WarmMessage::fromJson(*json);
    }
    std::optional<ReturnPlan> plan;
    if (const auto json = c.records.find(QLatin1String(Kind::returnPlan), reply.studentId))
        plan = ReturnPlan::fromJson(*json);
    check(checkReply(reply, message, plan));
    c.records.put(QLatin1String(Kind::reply), uuidText(reply.id), reply.studentId, reply.toJson());
}

void savePlan(const Context &c)
{
    const ReturnPlan plan = entityArg<MutationArgs::SavePlan>(c.args);
    check(checkPlanBy(c.relationTo(plan.studentId), plan));
    c.records.put(QLatin1String(Kind::returnPlan), plan.studentId, plan.studentId, plan.toJson());
}

void savePlanStep(const Context &c)
{
    const PlanStep step = entityArg<MutationArgs::SavePlanStep>(c.args);
    const auto json = c.records.find(QLatin1String(Kind::planStep), uuidText(step.id));
    const std::optional<PlanStep> existing = json ? PlanStep::fromJson(*json) : std::nullopt;
    if (existing && existing->studentId != step.studentId)
        reject(ReasonCodes::notFound,
               QStringLiteral("There is no step of this student with this id."));
    // A deleted step stays deleted: a phone that sends its step again after
    // the server's database was restored must not bring back one that was
    // deleted since (core/sync/README.md, "Restored server").
    if (!existing && c.records.wasDeleted(QLatin1String(Kind::planStep), uuidText(step.id)))
        reject(ReasonCodes::duplicateId, QStringLiteral("A step with this id was deleted."));
    check(checkStepEdit(c.relationTo(step.studentId), existing, step));
    c.records.put(QLatin1String(Kind::planStep), uuidText(step.id), step.studentId, step.toJson());
}

void deletePlanStep(const Context &c)
{
    const PlanStep step =
        stored<PlanStep>(c.records, Kind::planStep,
                         uuidText(argsOf<MutationArgs::DeletePlanStep>(c.args).id), "step");
    check(checkStepDeletion(c.relationTo(step.studentId)));
    c.records.remove(QLatin1String(Kind::planStep), uuidText(step.id));
}

void submitCheckIn(const Context &c)
{
    CheckIn checkIn = entityArg<MutationArgs::SubmitCheckIn>(c.args);
    const Relation relation = c.relationTo(checkIn.studentId);
    check(checkAccess(relation, Self, "student"));
    requireNew(c.records, Kind::checkIn, uuidText(checkIn.id), "check-in");
    if (!checkIn.at.isValid())
        checkIn.at = c.now;
    check(checkCheckInBy(relation, checkIn));
    c.records.put(QLatin1String(Kind::checkIn), uuidText(checkIn.id), checkIn.studentId,
                  checkIn.toJson());
}

void saveNotificationSettings(const Context &c)
{
    const NotificationSettings settings = entityArg<MutationArgs::SaveNotificationSettings>(c.args);
    check(checkSettingsOwner(settings, c.scope.userId));
    c.records.put(QLatin1String(Kind::notificationSettings), settings.userId, QString(),
                  settings.toJson());
}

void answerAbsenceNotice(const Context &c)
{
    const auto args = argsOf<MutationArgs::AnswerAbsenceNotice>(c.args);
    const auto json = c.records.find(QLatin1String(Kind::absenceNotice), args.noticeId.left(300));
    const auto notice = json ? AbsenceNotice::fromJson(*json) : std::nullopt;
    if (!notice)
        reject(ReasonCodes::notFound,
               QStringLiteral("There is no notice you may touch with this id."));
    check(checkNoticeAnswer(c.relationTo(notice->studentId), args.answer));
    if (const auto answer = answered(*notice, c.now))
        c.records.put(QLatin1String(Kind::absenceNotice), answer->id(), answer->studentId,
                      answer->toJson());
}

struct Handler
{
    const char *name;
    void (*apply)(const Context &);
};

constexpr Handler handlers[] = {
    {Mutations::reportAbsence, reportAbsence},
    {Mutations::recover, recover},
    {Mutations::withdrawReport, withdrawReport},
    {Mutations::acknowledge, acknowledge},
    {Mutations::decideLeave, decideLeave},
    {Mutations::logContact, logContact},
    {Mutations::sendMessage, sendMessage},
    {Mutations::markRead, markRead},
    {Mutations::sendReply, sendReply},
    {Mutations::savePlan, savePlan},
    {Mutations::savePlanStep, savePlanStep},
    {Mutations::deletePlanStep, deletePlanStep},
    {Mutations::submitCheckIn, submitCheckIn},
    {Mutations::saveNotificationSettings, saveNotificationSettings},
    {Mutations::answerAbsenceNotice, answerAbsenceNotice},
};

} // namespace

RuleResult applyMutation(const QString &name, const QJsonObject &args, const Scope &scope,
                         Records &records, const QDateTime &now)
{
    // Refused alike on SQLite and PostgreSQL (which cannot store U+0000).
    if (const QString path = controlCharacterPath(args); !path.isEmpty())
        return RuleError{QLatin1String(ReasonCodes::badArgs),
                         QStringLiteral("Field '%1' holds a control character.").arg(path)};
    for (const Handler &handler : handlers) {
        if (name != QLatin1String(handler.name))
            continue;
        try {
            handler.apply(Context{args, scope, records, now});
            return {};
        } catch (const Rejection &rejection) {
            return rejection.error;
        }
    }
    return RuleError{QLatin1String(ReasonCodes::unknownMutation),
                     QStringLiteral("There is no mutation called '%1'.").arg(name)};
}

} // namespace Aanwezig::Server
