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

QString PlanActions::savePlan(ReturnPlanForm *form)
{
    if (!form)
        return missingForm();
    return form->setOutcome(m_store->savePlan(form->toPlan()));
}

QString PlanActions::addStep(PlanStepForm *form)
{
    if (!form)
        return missingForm();
    PlanStep step = form->toStep();
    for (const PlanStep &existing : m_store->planSteps(step.studentId))
        step.position = std::max(step.position, existing.position + 1);
    return form->setOutcome(m_store->savePlanStep(step));
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

QString PlanActions::submitCheckIn(CheckInForm *form)
{
    if (!form)
        return missingForm();
    return form->setOutcome(m_store->submitCheckIn(form->toCheckIn(m_session->userId())));
}

} // namespace Aanwezig
