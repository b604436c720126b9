#include "checkinsmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

CheckInsModel::CheckInsModel(QObject *parent) : StudentListModel({DataKind::CheckIns}, parent)
{
    reload();
}

int CheckInsModel::load(const LocalStore &store)
{
    if (studentId().isEmpty())
        return 0;
    m_rows = store.checkIns(studentId());
    std::reverse(m_rows.begin(), m_rows.end());
    return int(m_rows.size());
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
