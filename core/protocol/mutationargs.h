#pragma once

// The arguments of each mutation (protocol/mutations.h), written by the phone
// with toJson() and read by the server with fromJson(), which gives nullopt
// and the problem in *error when a field is missing or of the wrong kind
// (the push answers that `bad_args`).
#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/jsonfields.h"
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

// One id: {key: "<uuid>"}.
template <const char *key> struct Naming
{
    QUuid id;

    QJsonObject toJson() const { return {{QLatin1String(key), uuidText(id)}}; }
    static std::optional<Naming> fromJson(const QJsonObject &args, QString *error = nullptr)
    {
        const QUuid id = QUuid::fromString(args.value(QLatin1String(key)).toString());
        if (id.isNull()) {
            if (error)
                *error = QStringLiteral("Field '%1' must be a UUID.").arg(QLatin1String(key));
            return std::nullopt;
        }
        return Naming{id};
    }
};

using ReportId = Naming<Key::reportId>;     // withdraw_report, acknowledge
using MarkRead = Naming<Key::messageId>;    // mark_read
using DeletePlanStep = Naming<Key::stepId>; // delete_plan_step

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
