#pragma once

#include "domain/registeredabsence.h"
#include "studentlistmodel.h"

namespace Aanwezig {

// The days on which the school registered lessons of one student as missed
// (the last two weeks the server sends), newest first: the mentor's view of
// what no parent reported.
class RegisteredAbsencesModel : public Aanwezig::StudentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        DateTextRole = Qt::UserRole,
        CodeNameRole,
        LessonsTextRole,
    };
    Q_ENUM(Role)

    explicit RegisteredAbsencesModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;

private:
    QList<RegisteredAbsence> m_rows;
};

} // namespace Aanwezig
