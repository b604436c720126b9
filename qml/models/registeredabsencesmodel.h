#pragma once

#include "domain/registeredabsence.h"
#include "storelistmodel.h"

namespace Aanwezig {

// The days on which the school registered lessons of one student as missed
// (the last two weeks the server sends), newest first: the mentor's view of
// what no parent reported.
class RegisteredAbsencesModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
public:
    enum Role {
        DateTextRole = Qt::UserRole,
        CodeNameRole,
        LessonsTextRole,
    };
    Q_ENUM(Role)

    explicit RegisteredAbsencesModel(QObject *parent = nullptr);

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
    QList<RegisteredAbsence> m_rows;
};

} // namespace Aanwezig
