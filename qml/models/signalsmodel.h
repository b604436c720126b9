#pragma once

#include "storelistmodel.h"

namespace Aanwezig {

// The signals of one student (16-hour line, sickness pattern, lateness,
// worse than before), each a reason for a conversation: a plain explanation
// and a suggested next step, never a label.
class SignalsModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
public:
    enum Role {
        KindRole = Qt::UserRole, // "legal", "sick", "late", "trend"
        TitleRole,
        ExplanationRole,
        NextStepRole,
        UrgentRole, // the school must act within days (legal report line reached)
    };
    Q_ENUM(Role)

    explicit SignalsModel(QObject *parent = nullptr);

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
    struct Row
    {
        QString kind;
        QString title;
        QString explanation;
        QString nextStep;
        bool urgent = false;
    };
    QString m_studentId;
    QList<Row> m_rows;
};

} // namespace Aanwezig
