#pragma once

#include "domain/contactlogentry.h"
#include "studentlistmodel.h"

namespace Aanwezig {

// The contact log of one student, newest first.
class ContactLogModel : public Aanwezig::StudentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        KindRole = Qt::UserRole,
        KindTextRole,
        OutcomeRole,
        AtTextRole,
    };
    Q_ENUM(Role)

    explicit ContactLogModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;

private:
    QList<ContactLogEntry> m_rows;
};

} // namespace Aanwezig
