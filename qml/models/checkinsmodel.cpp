#include "checkinsmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

CheckInsModel::CheckInsModel(QObject *parent) : StudentListModel({DataKind::CheckIns}, parent) {}

void CheckInsModel::refresh(Refresh how)
{
    auto rows =
        readable() && !studentId().isEmpty() ? store()->checkIns(studentId()) : decltype(m_rows)();
    std::reverse(rows.begin(), rows.end()); // newest first
    showRows(
        m_rows, rows, [](const CheckIn &row) { return row.id.toString(); }, how);
}

QVariant CheckInsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckIn &checkIn = m_rows.at(index.row());
    switch (role) {
    case MoodRole:
        return checkIn.mood;
    case Qt::DisplayRole:
    case MoodTextRole:
        return Wording::mood(checkIn.mood);
    case HelpedRole:
        return checkIn.helped;
    case NeededRole:
        return checkIn.needed;
    case AtTextRole:
        return Wording::dateTime(checkIn.at);
    }
    return {};
}

QHash<int, QByteArray> CheckInsModel::roleNames() const
{
    return {{MoodRole, "mood"},
            {MoodTextRole, "moodText"},
            {HelpedRole, "helped"},
            {NeededRole, "needed"},
            {AtTextRole, "atText"}};
}

} // namespace Aanwezig
