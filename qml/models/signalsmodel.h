#pragma once

#include "studentlistmodel.h"

namespace Aanwezig {

struct AttendanceSummary;

// The signals of one student (16-hour line, sickness pattern, lateness,
// worse than before), each a reason for a conversation: a plain explanation
// and a suggested next step, never a label.
class SignalsModel : public Aanwezig::StudentListModel
{
    Q_OBJECT
    QML_ELEMENT
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

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;
    bool concerns(DataKind kind, const QStringList &ids) const override;

private:
    struct Row
    {
        QString kind;
        QString title;
        QString explanation;
        QString nextStep;
        bool urgent = false;
    };
    // The signals a student's summary raises, in the order shown.
    static QList<Row> signalsOf(const AttendanceSummary &summary);

    QList<Row> m_rows;
};

} // namespace Aanwezig
