#include "registeredabsencesmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

RegisteredAbsencesModel::RegisteredAbsencesModel(QObject *parent)
    : StudentListModel({DataKind::RegisteredAbsences}, parent)
{}

void RegisteredAbsencesModel::refresh(Refresh how)
{
    auto rows = readable() && !studentId().isEmpty() ? store()->registeredAbsences(studentId())
                                                     : decltype(m_rows)();
    std::reverse(rows.begin(), rows.end()); // newest first
    showRows(
        m_rows, rows, [](const RegisteredAbsence &row) { return row.id(); }, how);
}

QVariant RegisteredAbsencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisteredAbsence &day = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DateTextRole:
        return Wording::date(day.date);
    case CodeNameRole:
        return Wording::codeName(day.mainCode());
    case LessonsTextRole:
        return Wording::lessons(day);
    }
    return {};
}

QHash<int, QByteArray> RegisteredAbsencesModel::roleNames() const
{
    return {
        {DateTextRole, "dateText"}, {CodeNameRole, "codeName"}, {LessonsTextRole, "lessonsText"}};
}

} // namespace Aanwezig
