#include "contactlogmodel.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

ContactLogModel::ContactLogModel(QObject *parent) : StudentListModel({DataKind::ContactLog}, parent)
{}

void ContactLogModel::refresh(Refresh how)
{
    auto rows = readable() && !studentId().isEmpty() ? store()->contactLog(studentId())
                                                     : decltype(m_rows)();
    std::reverse(rows.begin(), rows.end()); // newest first
    showRows(
        m_rows, rows, [](const ContactLogEntry &row) { return row.id.toString(); }, how);
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
