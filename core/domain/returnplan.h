#pragma once

#include "role.h"
#include "ruleresult.h"

#include <QDate>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace Aanwezig {

inline constexpr int maxStepTitleLength = 200;

// One step of a return plan (terugkeerplan), owned by student, mentor, parent or buddy.
struct PlanStep
{
    enum class Owner { Student, Mentor, Parent, Buddy };

    QUuid id;
    QString studentId;
    Owner owner = Owner::Mentor;
    QString title;
    QDate due; // optional
    bool done = false;
    int position = 0;

    QJsonObject toJson() const;
    static std::optional<PlanStep> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

QString stepOwnerKey(PlanStep::Owner owner);
std::optional<PlanStep::Owner> parseStepOwner(QStringView key);
RuleResult checkPlanStep(const PlanStep &step);

// The plan itself: who it is for, the buddy, the contact person and the check-in rhythm.
struct ReturnPlan
{
    QString studentId;
    QString buddy;
    QString contactPerson;
    int checkInEveryDays = 7;
    QString goal;
    QString contactWhere; // where and when to find the contact person; optional

    QJsonObject toJson() const;
    static std::optional<ReturnPlan> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const ReturnPlan &, const ReturnPlan &) = default;
};

RuleResult checkReturnPlan(const ReturnPlan &plan);

} // namespace Aanwezig
