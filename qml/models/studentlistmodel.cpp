#include "studentlistmodel.h"

namespace Aanwezig {

void StudentListModel::setStudentId(const QString &studentId)
{
    if (studentId == m_studentId)
        return;
    m_studentId = studentId;
    Q_EMIT studentIdChanged();
    reset();
}

} // namespace Aanwezig
