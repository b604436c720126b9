#pragma once

// The arguments of each mutation (protocol/mutations.h), written by the phone
// with toJson() and read by the server with fromJson(), which gives nullopt
// and the problem in *error when a field is missing or of the wrong kind
// (the push answers that `bad_args`).
#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/notificationsettings.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/warmmessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace Aanwezig::MutationArgs {

// The argument names.
namespace Key {
inline constexpr char report[] = "report";
inline constexpr char reportId[] = "report_id";
inline constexpr char at[] = "at";
inline constexpr char approved[] = "approved";
inline constexpr char entry[] = "entry";
inline constexpr char message[] = "message";
inline constexpr char messageId[] = "message_id";
inline constexpr char reply[] = "reply";
inline constexpr char plan[] = "plan";
inline constexpr char step[] = "step";
inline constexpr char stepId[] = "step_id";
inline constexpr char checkIn[] = "checkin";
inline constexpr char settings[] = "settings";
inline constexpr char noticeId[] = "notice_id";
inline constexpr char answer[] = "answer";
} // namespace Key

// A whole entity: {key: Entity.toJson()}.
template <typename Entity, const char *key> struct Carrying
{
    Entity entity;

    QJsonObject toJson() const { return {{QLatin1String(key), entity.toJson()}}; }
    static std::optional<Carrying> fromJson(const QJsonObject &args, QString *error = nullptr)
    {
        const QJsonValue value = args.value(QLatin1String(key));
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("Field '%1' must be an object.").arg(QLatin1String(key));
            return std::nullopt;
        }
        QString problem;
        auto entity = Entity::fromJson(value.toObject(), &problem);
        if (!entity) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QLatin1String(key), problem);
            return std::nullopt;
        }
        return Carrying{*entity};
    }
};

using ReportAbsence = Carrying<AbsenceReport, Key::report>;
using LogContact = Carrying<ContactLogEntry, Key::entry>;
using SendMessage = Carrying<WarmMessage, Key::message>;
using SendReply = Carrying<Reply, Key::reply>;
using SavePlan = Carrying<ReturnPlan, Key::plan>;
using SavePlanStep = Carrying<PlanStep, Key::step>;
using SubmitCheckIn = Carrying<CheckIn, Key::checkIn>;
using SaveNotificationSettings = Carrying<NotificationSettings, Key::settings>;

// withdraw_report and acknowledge: {report_id}.
struct ReportId
{
    QUuid reportId;

    QJsonObject toJson() const;
    static std::optional<ReportId> fromJson(const QJsonObject &args, QString *error = nullptr);
};

// recover ("beter melden"): {report_id, at}.
struct Recover
{
    QUuid reportId;
    QDateTime at; // wall time

    QJsonObject toJson() const;
    static std::optional<Recover> fromJson(const QJsonObject &args, QString *error = nullptr);
};

// decide_leave: {report_id, approved}.
struct DecideLeave
{
    QUuid reportId;
    bool approved = false;

    QJsonObject toJson() const;
    static std::optional<DecideLeave> fromJson(const QJsonObject &args, QString *error = nullptr);
};

// mark_read: {message_id}.
struct MarkRead
{
    QUuid messageId;

    QJsonObject toJson() const;
    static std::optional<MarkRead> fromJson(const QJsonObject &args, QString *error = nullptr);
};

// delete_plan_step: {step_id}.
struct DeletePlanStep
{
    QUuid stepId;

    QJsonObject toJson() const;
    static std::optional<DeletePlanStep> fromJson(const QJsonObject &args,
                                                  QString *error = nullptr);
};

// answer_absence_notice: {notice_id, answer}; the answer is checked by
// checkParentAnswer (only "known").
struct AnswerAbsenceNotice
{
    QString noticeId;
    QString answer;

    QJsonObject toJson() const;
    static std::optional<AnswerAbsenceNotice> fromJson(const QJsonObject &args,
                                                       QString *error = nullptr);
};

} // namespace Aanwezig::MutationArgs
