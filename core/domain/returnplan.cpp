#include "returnplan.h"

#include "jsonfields.h"

#include <array>
#include <utility>

namespace Aanwezig {

namespace {
constexpr std::array<std::pair<PlanStep::Owner, const char *>, 4> ownerKeys{{
    {PlanStep::Owner::Student, "student"},
    {PlanStep::Owner::Mentor, "mentor"},
    {PlanStep::Owner::Parent, "parent"},
    {PlanStep::Owner::Buddy, "buddy"},
}};
} // namespace

QString stepOwnerKey(PlanStep::Owner owner)
{
    return keyOf(ownerKeys, owner);
}

std::optional<PlanStep::Owner> parseStepOwner(QStringView key)
{
    return valueOf(ownerKeys, key);
}

QJsonObject PlanStep::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("owner"), stepOwnerKey(owner)},
        {QStringLiteral("title"), title},
        {QStringLiteral("due"),
         due.isValid() ? QJsonValue(due.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("done"), done},
        {QStringLiteral("position"), position},
    };
}

std::optional<PlanStep> PlanStep::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    PlanStep s;
    s.id = in.uuid("id");
    s.studentId = in.string("student_id");
    s.owner = in.enumValue("owner", parseStepOwner, Owner::Mentor);
    s.title = in.string("title", JsonReader::Required, maxStepTitleLength);
    s.due = in.date("due", JsonReader::Optional);
    s.done = in.boolean("done", JsonReader::Optional);
    s.position = in.integer("position", 0, 10000, JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    return s;
}

RuleResult checkPlanStep(const PlanStep &step)
{
    if (step.id.isNull() || step.studentId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("A step needs an id and a student.")};
    if (step.title.trimmed().isEmpty())
        return RuleError{QStringLiteral("empty_title"), QStringLiteral("A step needs a title.")};
    if (step.title.size() > maxStepTitleLength)
        return RuleError{
            QStringLiteral("title_too_long"),
            QStringLiteral("A step title has at most %1 characters.").arg(maxStepTitleLength)};
    return {};
}

QJsonObject ReturnPlan::toJson() const
{
    return QJsonObject{
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("buddy"), buddy},
        {QStringLiteral("contact_person"), contactPerson},
        {QStringLiteral("contact_where"), contactWhere},
        {QStringLiteral("check_in_every_days"), checkInEveryDays},
        {QStringLiteral("goal"), goal},
    };
}

std::optional<ReturnPlan> ReturnPlan::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    ReturnPlan p;
    p.studentId = in.string("student_id");
    p.buddy = in.string("buddy", JsonReader::Optional, 200);
    p.contactPerson = in.string("contact_person", JsonReader::Optional, 200);
    p.contactWhere = in.string("contact_where", JsonReader::Optional, 200);
    p.checkInEveryDays = in.integer("check_in_every_days", 1, 60, JsonReader::Optional, 7);
    p.goal = in.string("goal", JsonReader::Optional, 500);
    if (!in.ok())
        return std::nullopt;
    return p;
}

RuleResult checkReturnPlan(const ReturnPlan &plan)
{
    if (plan.studentId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("A plan needs a student.")};
    if (plan.checkInEveryDays < 1 || plan.checkInEveryDays > 60)
        return RuleError{QStringLiteral("bad_rhythm"),
                         QStringLiteral("Check-ins happen every 1 to 60 days.")};
    return {};
}

} // namespace Aanwezig
