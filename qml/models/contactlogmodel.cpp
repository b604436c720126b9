#include "contactlogmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

ContactLogModel::ContactLogModel(QObject *parent) : StudentListModel({DataKind::ContactLog}, parent)
{
    reload();
}

int ContactLogModel::load(const LocalStore &store)
{
    if (studentId().isEmpty())
        return 0;
    m_rows = store.contactLog(studentId());
    std::reverse(m_rows.begin(), m_rows.end());
    return int(m_rows.size());
}

QVariant ContactLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactLogEntry &entry = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return contactKindKey(entry.kind);
    case Qt::DisplayRole:
    case KindTextRole:
        return Wording::contactKind(entry.kind);
    case OutcomeRole:
        return entry.outcome;
    case AtTextRole:
        return Wording::dateTime(entry.at);
    }
    return {};
}

QHash<int, QByteArray> ContactLogModel::roleNames() const
{
    return {{KindRole, "kind"},
            {KindTextRole, "kindText"},
            {OutcomeRole, "outcome"},
            {AtTextRole, "atText"}};
}

} // namespace Aanwezig
