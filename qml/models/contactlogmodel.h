#pragma once

#include "domain/contactlogentry.h"
#include "storelistmodel.h"

namespace Aanwezig {

// The contact log of one student, newest first.
class ContactLogModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
public:
    enum Role {
        KindRole = Qt::UserRole,
        KindTextRole,
        OutcomeRole,
        AtTextRole,
    };
    Q_ENUM(Role)

    explicit ContactLogModel(QObject *parent = nullptr);

    QString studentId() const { return m_studentId; }
    void setStudentId(const QString &studentId);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void studentIdChanged();

protected:
    int load(const LocalStore &store) override;
    void clearRows() override { m_rows.clear(); }

private:
    QString m_studentId;
    QList<ContactLogEntry> m_rows;
};

} // namespace Aanwezig
