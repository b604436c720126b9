#pragma once

#include "domain/checkin.h"
#include "storelistmodel.h"

namespace Aanwezig {

// A student's check-ins, newest first.
class CheckInsModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
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
    QList<CheckIn> m_rows;
};

} // namespace Aanwezig
