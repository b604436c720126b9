#include "sync/mutationhandlers.h"

#include "domain/absencenotice.h"
#include "domain/absencerules.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/notificationsettings.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/walltime.h"
#include "domain/warmmessage.h"
#include "http/requestjson.h"
#include "protocol/mutations.h"
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

[[noreturn]] void reject(const RuleError &error)
{
    throw Rejection{error};
}

void check(const RuleCheck &result)
{
    if (result)
        reject(*result);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Who may act on a student's data.
enum Access { ParentOf = 1, Self = 2, Staff = 4 };

// The user must relate to the student in one of the `allowed` ways. A user
// who does not relate to the student at all learns nothing: not_found.
void requireAccess(const Scope &scope, const QString &student, int allowed, const char *what)
{
    const bool parent = scope.isParentOf(student);
    const bool self = scope.isSelf(student);
    const bool staff = scope.isStaffOf(student);
    if ((parent && (allowed & ParentOf)) || (self && (allowed & Self)) ||
        (staff && (allowed & Staff)))
        return;
    if (!parent && !self && !staff)
        reject(
            "not_found",
            QStringLiteral("There is no %1 you may touch with this id.").arg(QLatin1String(what)));
    reject("forbidden",
           QStringLiteral("Your role may not do this with this %1.").arg(QLatin1String(what)));
}

// An entity argument: {key: {...}} read by the domain type's fromJson.
template <typename T> T entityArg(const QJsonObject &args, const char *key)
{
    const QJsonValue value = args.value(QLatin1String(key));
    if (!value.isObject())
        reject("bad_args", QStringLiteral("Field '%1' must be an object.").arg(QLatin1String(key)));
    QString error;
    const std::optional<T> entity = T::fromJson(value.toObject(), &error);
    if (!entity)
        reject("bad_args", QStringLiteral("%1: %2").arg(QLatin1String(key), error));
    return *entity;
}

QString idArg(const QJsonObject &args, const char *key)
{
    const QUuid id = QUuid::fromString(args.value(QLatin1String(key)).toString());
    if (id.isNull())
        reject("bad_args", QStringLiteral("Field '%1' must be a UUID.").arg(QLatin1String(key)));
    return uuidText(id);
}

template <typename T>
T stored(Records &records, const char *kind, const QString &id, const char *what)
{
    const auto json = records.find(QLatin1String(kind), id);
    const auto entity = json ? T::fromJson(*json) : std::nullopt;
    if (!entity)
        reject(
            "not_found",
            QStringLiteral("There is no %1 you may touch with this id.").arg(QLatin1String(what)));
    return *entity;
}

void requireNew(Records &records, const char *kind, const QString &id, const char *what)
{
    if (records.find(QLatin1String(kind), id))
        reject("duplicate_id",
               QStringLiteral("A %1 with this id already exists.").arg(QLatin1String(what)));
}

struct Context
{
    const QJsonObject &args;
    const Scope &scope;
    Records &records;
    const QDateTime &now;

    AbsenceReport report(int allowed) const
    {
        const AbsenceReport r =
            stored<AbsenceReport>(records, Kind::absenceReport, idArg(args, "report_id"), "report");
        requireAccess(scope, r.studentId, allowed, "report");
        return r;
    }
    void putReport(const AbsenceReport &r) const
    {
        records.put(QLatin1String(Kind::absenceReport), uuidText(r.id), r.studentId, r.toJson());
    }
};

void reportAbsence(const Context &c)
{
    AbsenceReport report = entityArg<AbsenceReport>(c.args, "report");
    requireAccess(c.scope, report.studentId, ParentOf | Staff, "student");
    requireNew(c.records, Kind::absenceReport, uuidText(report.id), "report");
    const Role role = c.scope.isStaffOf(report.studentId)
                          ? (c.scope.isTeam() ? Role::Team : Role::Mentor)
                          : Role::Parent;
    report.reporterId = c.scope.userId;
    report.reporterRole = roleKey(role);
    report.state = ReportState::Received;
    report.decision =
        report.code == RegistrationCode::V ? LeaveDecision::Pending : LeaveDecision::NotNeeded;
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
    const AbsenceReport report = c.report(ParentOf | Staff);
    const QDateTime at = parseWallTime(c.args.value(QLatin1String("at")).toString());
    if (!at.isValid())
        reject("bad_args", QStringLiteral("Field 'at' must be a time like 2026-11-23T08:30."));
    check(checkRecovery(report, at));
    c.putReport(recovered(report, at));
}

void withdrawReport(const Context &c)
{
    const AbsenceReport report = c.report(ParentOf | Staff);
    check(checkWithdrawal(report, c.scope.userId, c.now));
    c.putReport(withdrawn(report));
}

void acknowledge(const Context &c)
{
    AbsenceReport report = c.report(Staff);
    if (report.state == ReportState::SeenByMentor)
        reject("already_seen", QStringLiteral("This report was already acknowledged."));
    if (!report.isFinished())
        report.state = ReportState::SeenByMentor;
    c.putReport(report);
}

void decideLeave(const Context &c)
{
    AbsenceReport report = c.report(Staff);
    const QJsonValue approved = c.args.value(QLatin1String("approved"));
    if (!approved.isBool())
        reject("bad_args", QStringLiteral("Field 'approved' must be true or false."));
    if (report.code != RegistrationCode::V || report.decision != LeaveDecision::Pending)
        reject("no_pending_leave",
               QStringLiteral("Only a leave request that waits can be decided."));
    report.decision = approved.toBool() ? LeaveDecision::Approved : LeaveDecision::Refused;
    c.putReport(report);
}

void logContact(const Context &c)
{
    ContactLogEntry entry = entityArg<ContactLogEntry>(c.args, "entry");
    requireAccess(c.scope, entry.studentId, Staff, "student");
    requireNew(c.records, Kind::contactLogEntry, uuidText(entry.id), "contact entry");
    if (!entry.reportId.isNull()) {
        const auto report =
            c.records.find(QLatin1String(Kind::absenceReport), uuidText(entry.reportId));
        if (!report || report->value(QLatin1String("student_id")).toString() != entry.studentId)
            reject("not_found",
                   QStringLiteral("The contact entry names a report of another student."));
    }
    entry.mentorId = c.scope.userId;
    if (!entry.at.isValid())
        entry.at = c.now;
    check(checkContactLogEntry(entry));
    c.records.put(QLatin1String(Kind::contactLogEntry), uuidText(entry.id), entry.studentId,
                  entry.toJson());
}

void sendMessage(const Context &c)
{
    WarmMessage message = entityArg<WarmMessage>(c.args, "message");
    requireAccess(c.scope, message.studentId, Staff, "student");
    requireNew(c.records, Kind::warmMessage, uuidText(message.id), "message");
    message.senderId = c.scope.userId;
    message.readBy.clear();
    if (!message.sentAt.isValid())
        message.sentAt = c.now;
    check(checkMessage(message));
    c.records.put(QLatin1String(Kind::warmMessage), uuidText(message.id), message.studentId,
                  message.toJson());
}

void markRead(const Context &c)
{
    WarmMessage message =
        stored<WarmMessage>(c.records, Kind::warmMessage, idArg(c.args, "message_id"), "message");
    const bool reached = c.scope.isStaffOf(message.studentId) ||
                         (message.toStudent && c.scope.isSelf(message.studentId)) ||
                         (message.toParents && c.scope.isParentOf(message.studentId));
    if (!reached)
        reject("not_found", QStringLiteral("There is no message you may touch with this id."));
    if (message.readBy.contains(c.scope.userId))
        return;
    message.readBy.append(c.scope.userId);
    c.records.put(QLatin1String(Kind::warmMessage), uuidText(message.id), message.studentId,
                  message.toJson());
}

void sendReply(const Context &c)
{
    Reply reply = entityArg<Reply>(c.args, "reply");
    requireAccess(c.scope, reply.studentId, ParentOf | Self, "student");
    const bool authorIsSide = reply.from == Role::Student ? c.scope.isSelf(reply.studentId)
                                                          : c.scope.isParentOf(reply.studentId);
    if (!authorIsSide)
        reject("forbidden", QStringLiteral("You reply as the student or as a parent, as you are."));
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
    const ReturnPlan plan = entityArg<ReturnPlan>(c.args, "plan");
    requireAccess(c.scope, plan.studentId, Staff, "student");
    check(checkReturnPlan(plan));
    c.records.put(QLatin1String(Kind::returnPlan), plan.studentId, plan.studentId, plan.toJson());
}

void savePlanStep(const Context &c)
{
    const PlanStep step = entityArg<PlanStep>(c.args, "step");
    const auto json = c.records.find(QLatin1String(Kind::planStep), uuidText(step.id));
    const std::optional<PlanStep> existing = json ? PlanStep::fromJson(*json) : std::nullopt;
    if (existing && existing->studentId != step.studentId)
        reject("not_found", QStringLiteral("There is no step of this student with this id."));
    // A deleted step stays deleted: a phone that sends its step again after
    // the server's database was restored must not bring back one that was
    // deleted since (core/sync/README.md, "Restored server").
    if (!existing && c.records.wasDeleted(QLatin1String(Kind::planStep), uuidText(step.id)))
        reject("duplicate_id", QStringLiteral("A step with this id was deleted."));
    requireAccess(c.scope, step.studentId, Staff | Self, "student");
    if (!c.scope.isStaffOf(step.studentId)) {
        PlanStep onlyTicked = existing.value_or(PlanStep());
        onlyTicked.done = step.done;
        if (!existing || onlyTicked != step)
            reject("forbidden", QStringLiteral("A student can only tick off a step."));
    }
    check(checkPlanStep(step));
    c.records.put(QLatin1String(Kind::planStep), uuidText(step.id), step.studentId, step.toJson());
}

void deletePlanStep(const Context &c)
{
    const PlanStep step =
        stored<PlanStep>(c.records, Kind::planStep, idArg(c.args, "step_id"), "step");
    requireAccess(c.scope, step.studentId, Staff, "step");
    c.records.remove(QLatin1String(Kind::planStep), uuidText(step.id));
}

void submitCheckIn(const Context &c)
{
    CheckIn checkIn = entityArg<CheckIn>(c.args, "checkin");
    requireAccess(c.scope, checkIn.studentId, Self, "student");
    requireNew(c.records, Kind::checkIn, uuidText(checkIn.id), "check-in");
    if (!checkIn.at.isValid())
        checkIn.at = c.now;
    check(checkCheckIn(checkIn));
    c.records.put(QLatin1String(Kind::checkIn), uuidText(checkIn.id), checkIn.studentId,
                  checkIn.toJson());
}

void saveNotificationSettings(const Context &c)
{
    const NotificationSettings settings = entityArg<NotificationSettings>(c.args, "settings");
    if (settings.userId != c.scope.userId)
        reject("forbidden", QStringLiteral("You can only save your own notification settings."));
    check(checkNotificationSettings(settings));
    c.records.put(QLatin1String(Kind::notificationSettings), settings.userId, QString(),
                  settings.toJson());
}

void answerAbsenceNotice(const Context &c)
{
    const QString noticeId = c.args.value(QLatin1String("notice_id")).toString();
    const auto json = c.records.find(QLatin1String(Kind::absenceNotice), noticeId.left(300));
    auto notice = json ? AbsenceNotice::fromJson(*json) : std::nullopt;
    if (!notice)
        reject("not_found", QStringLiteral("There is no notice you may touch with this id."));
    requireAccess(c.scope, notice->studentId, ParentOf, "notice");
    const QJsonValue answer = c.args.value(QLatin1String("answer"));
    if (!answer.isString())
        reject("bad_args", QStringLiteral("Field 'answer' must be \"known\"."));
    check(checkParentAnswer(answer.toString()));
    if (notice->answer != AbsenceNotice::Answer::None)
        return; // the first answer stays
    notice->answer = AbsenceNotice::Answer::Known;
    notice->answeredAt = c.now;
    c.records.put(QLatin1String(Kind::absenceNotice), notice->id(), notice->studentId,
                  notice->toJson());
}

struct Handler
{
    const char *name;
    void (*apply)(const Context &);
};

constexpr Handler handlers[] = {
    {Mutations::reportAbsence, reportAbsence},   {Mutations::recover, recover},
    {Mutations::withdrawReport, withdrawReport}, {Mutations::acknowledge, acknowledge},
    {Mutations::decideLeave, decideLeave},       {Mutations::logContact, logContact},
    {Mutations::sendMessage, sendMessage},       {Mutations::markRead, markRead},
    {Mutations::sendReply, sendReply},           {Mutations::savePlan, savePlan},
    {Mutations::savePlanStep, savePlanStep},     {Mutations::deletePlanStep, deletePlanStep},
    {Mutations::submitCheckIn, submitCheckIn},
    {Mutations::saveNotificationSettings, saveNotificationSettings},
    {Mutations::answerAbsenceNotice, answerAbsenceNotice},
};

} // namespace

RuleCheck applyMutation(const QString &name, const QJsonObject &args, const Scope &scope,
                        Records &records, const QDateTime &now)
{
    // Refused alike on SQLite and PostgreSQL (which cannot store U+0000).
    if (const QString path = controlCharacterPath(args); !path.isEmpty())
        return RuleError{QStringLiteral("bad_args"),
                         QStringLiteral("Field '%1' holds a control character.").arg(path)};
    for (const Handler &handler : handlers) {
        if (name != QLatin1String(handler.name))
            continue;
        try {
            handler.apply(Context{args, scope, records, now});
            return std::nullopt;
        } catch (const Rejection &rejection) {
            return rejection.error;
        }
    }
    return RuleError{QStringLiteral("unknown_mutation"),
                     QStringLiteral("There is no mutation called '%1'.").arg(name)};
}

} // namespace Aanwezig::Server
