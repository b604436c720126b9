#include "returnplanmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

ReturnPlanModel::ReturnPlanModel(QObject *parent)
    : StudentListModel({DataKind::ReturnPlans, DataKind::PlanSteps}, parent)
{}

int ReturnPlanModel::doneCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                             [](const PlanStep &step) { return step.done; }));
}

bool ReturnPlanModel::concerns(DataKind kind, const QStringList &ids) const
{
    // A plan's id is its student's.
    return kind != DataKind::ReturnPlans || ids.contains(studentId());
}

void ReturnPlanModel::refresh(Refresh how)
{
    const bool shown = readable() && !studentId().isEmpty();
    m_plan = shown ? store()->returnPlan(studentId()) : std::nullopt;
    showRows(
        m_steps, shown ? store()->planSteps(studentId()) : QList<PlanStep>(),
        [](const PlanStep &step) { return step.id.toString(); }, how);
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
