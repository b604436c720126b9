#include "planstepform.h"

namespace Aanwezig {

PlanStep PlanStepForm::toStep() const
{
    PlanStep step;
    step.id = QUuid::createUuid();
    step.studentId = studentId;
    step.title = title.trimmed();
    step.owner = parseStepOwner(owner).value_or(PlanStep::Owner::Student);
    step.due = QDate::fromString(due, Qt::ISODate);
    return step;
}

QString PlanStepForm::fieldOf(const QString &reasonCode) const
{
    if (reasonCode == QLatin1String("empty_title") || reasonCode == QLatin1String("title_too_long"))
        return QStringLiteral("title");
    return {};
}

} // namespace Aanwezig
