#include "planactions.h"

#include "actionoutcome.h"
#include "session.h"
#include "store/localstore.h"

namespace Aanwezig {

PlanActions::PlanActions(LocalStore *store, Session *session, QObject *parent)
    : QObject(parent), m_store(store), m_session(session)
{}

QVariantList PlanActions::owners() const
{
    QVariantList list;
    for (const auto owner : {PlanStep::Owner::Student, PlanStep::Owner::Mentor,
                             PlanStep::Owner::Parent, PlanStep::Owner::Buddy})
        list.append(QVariantMap{{QStringLiteral("owner"), stepOwnerKey(owner)},
                                {QStringLiteral("name"), Wording::stepOwner(owner)}});
    return list;
}

QString PlanActions::savePlan(const QVariantMap &form)
{
    ReturnPlan plan;
    plan.studentId = form.value(QStringLiteral("studentId")).toString();
    plan.buddy = form.value(QStringLiteral("buddy")).toString().trimmed();
    plan.contactPerson = form.value(QStringLiteral("contactPerson")).toString().trimmed();
    plan.contactWhere = form.value(QStringLiteral("contactWhere")).toString().trimmed();
    plan.checkInEveryDays = form.value(QStringLiteral("checkInEveryDays"), 7).toInt();
    plan.goal = form.value(QStringLiteral("goal")).toString().trimmed();
    return actionOutcome(m_store->savePlan(plan));
}

QString PlanActions::addStep(const QString &studentId, const QString &title, const QString &owner,
                             const QString &due)
{
    PlanStep step;
    step.id = QUuid::createUuid();
    step.studentId = studentId;
    step.title = title.trimmed();
    step.owner = parseStepOwner(owner).value_or(PlanStep::Owner::Student);
    step.due = QDate::fromString(due, Qt::ISODate);
    for (const PlanStep &existing : m_store->planSteps(studentId))
        step.position = std::max(step.position, existing.position + 1);
    return actionOutcome(m_store->savePlanStep(step));
}

QString PlanActions::setStepDone(const QString &stepId, bool done)
{
    auto step = m_store->planStep(QUuid(stepId));
    if (!step)
        return Wording::ruleError({QStringLiteral("not_found"), {}});
    step->done = done;
    return actionOutcome(m_store->savePlanStep(*step));
}

QString PlanActions::deleteStep(const QString &stepId)
{
    return actionOutcome(m_store->deletePlanStep(QUuid(stepId)));
}

QString PlanActions::submitCheckIn(int mood, const QString &helped, const QString &needed)
{
    CheckIn checkIn;
    checkIn.id = QUuid::createUuid();
    checkIn.studentId = m_session->userId();
    checkIn.mood = mood;
    checkIn.helped = helped.trimmed();
    checkIn.needed = needed.trimmed();
    return actionOutcome(m_store->submitCheckIn(checkIn));
}

} // namespace Aanwezig
