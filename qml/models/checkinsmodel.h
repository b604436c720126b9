#pragma once

#include "domain/checkin.h"
#include "studentlistmodel.h"

namespace Aanwezig {

// A student's check-ins, newest first.
class CheckInsModel : public Aanwezig::StudentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        MoodRole = Qt::UserRole, // 1..5
        MoodTextRole,
        HelpedRole,
        NeededRole,
        AtTextRole,
    };
    Q_ENUM(Role)

    explicit CheckInsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;

private:
    QList<CheckIn> m_rows;
};

} // namespace Aanwezig
