#include "returnplanmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

ReturnPlanModel::ReturnPlanModel(QObject *parent)
    : StudentListModel({DataKind::ReturnPlans, DataKind::PlanSteps}, parent)
{
    reload();
}

int ReturnPlanModel::doneCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                             [](const PlanStep &step) { return step.done; }));
}

void ReturnPlanModel::clearRows()
{
    m_plan.reset();
    m_steps.clear();
}

int ReturnPlanModel::load(const LocalStore &store)
{
    if (studentId().isEmpty())
        return 0;
    m_plan = store.returnPlan(studentId());
    m_steps = store.planSteps(studentId());
    return int(m_steps.size());
}

QVariant ReturnPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanStep &step = m_steps.at(index.row());
    switch (role) {
    case StepIdRole:
        return step.id.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case TitleRole:
        return step.title;
    case OwnerRole:
        return stepOwnerKey(step.owner);
    case OwnerTextRole:
        return Wording::stepOwner(step.owner);
    case DueTextRole:
        return step.due.isValid() ? Wording::date(step.due) : QString();
    case DoneRole:
        return step.done;
    }
    return {};
}

QHash<int, QByteArray> ReturnPlanModel::roleNames() const
{
    return {{StepIdRole, "stepId"},       {TitleRole, "title"},     {OwnerRole, "owner"},
            {OwnerTextRole, "ownerText"}, {DueTextRole, "dueText"}, {DoneRole, "done"}};
}

} // namespace Aanwezig
