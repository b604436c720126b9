#include "planactions.h"

#include "protocol/reasoncodes.h"
#include "session.h"
#include "store/localstore.h"
#include "wording.h"

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

ActionResult PlanActions::savePlan(ReturnPlanForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    return form->setOutcome(m_store->savePlan(form->toPlan()));
}

ActionResult PlanActions::addStep(PlanStepForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    PlanStep step = form->toStep();
    for (const PlanStep &existing : m_store->planSteps(step.studentId))
        step.position = std::max(step.position, existing.position + 1);
    return form->setOutcome(m_store->savePlanStep(step));
}

ActionResult PlanActions::setStepDone(const QString &stepId, bool done)
{
    auto step = m_store->planStep(QUuid(stepId));
    if (!step)
        return RuleResult(RuleError{QString::fromLatin1(ReasonCodes::notFound), {}});
    step->done = done;
    return ActionResult(m_store->savePlanStep(*step));
}

ActionResult PlanActions::deleteStep(const QString &stepId)
{
    return ActionResult(m_store->deletePlanStep(QUuid(stepId)));
}

ActionResult PlanActions::submitCheckIn(CheckInForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    return form->setOutcome(m_store->submitCheckIn(form->toCheckIn(m_session->userId())));
}

} // namespace Aanwezig
