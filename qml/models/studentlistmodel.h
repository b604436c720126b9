#pragma once

#include "storelistmodel.h"

namespace Aanwezig {

// A list model over what the store holds of one student (studentId); it
// reloads when the student changes. What an empty studentId shows is up to
// the model (nothing, or every student's).
// (The base is named with its namespace, so that qmltyperegistrar finds it.)
class StudentListModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
public:
    using StoreListModel::StoreListModel;

    QString studentId() const { return m_studentId; }
    void setStudentId(const QString &studentId);

Q_SIGNALS:
    void studentIdChanged();

private:
    QString m_studentId;
};

} // namespace Aanwezig
