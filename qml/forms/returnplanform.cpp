#include "returnplanform.h"

namespace Aanwezig {

ReturnPlan ReturnPlanForm::toPlan() const
{
    ReturnPlan plan;
    plan.studentId = studentId;
    plan.goal = goal.trimmed();
    plan.buddy = buddy.trimmed();
    plan.contactPerson = contactPerson.trimmed();
    plan.contactWhere = contactWhere.trimmed();
    plan.checkInEveryDays = checkInEveryDays;
    return plan;
}

QString ReturnPlanForm::fieldOf(const QString &reasonCode) const
{
    return reasonCode == QLatin1String("bad_rhythm") ? QStringLiteral("checkInEveryDays")
                                                     : QString();
}

} // namespace Aanwezig
