#pragma once

#include "domain/returnplan.h"
#include "studentlistmodel.h"

namespace Aanwezig {

// A student's return plan (terugkeerplan): its steps in order, and the plan's
// buddy, contact person, goal and check-in rhythm.
class ReturnPlanModel : public Aanwezig::StudentListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY reloaded)
    Q_PROPERTY(QString buddy READ buddy NOTIFY reloaded)
    Q_PROPERTY(QString contactPerson READ contactPerson NOTIFY reloaded)
    // where and when the student finds the contact person ("Kamer 12, in de grote pauze")
    Q_PROPERTY(QString contactWhere READ contactWhere NOTIFY reloaded)
    Q_PROPERTY(QString goal READ goal NOTIFY reloaded)
    Q_PROPERTY(int checkInEveryDays READ checkInEveryDays NOTIFY reloaded)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY reloaded)
public:
    enum Role {
        StepIdRole = Qt::UserRole,
        TitleRole,
        OwnerRole,     // "student", "mentor", "parent", "buddy"
        OwnerTextRole, // plain words
        DueTextRole,   // empty when there is no date
        DoneRole,
    };
    Q_ENUM(Role)

    explicit ReturnPlanModel(QObject *parent = nullptr);

    bool hasPlan() const { return m_plan.has_value(); }
    QString buddy() const { return m_plan ? m_plan->buddy : QString(); }
    QString contactPerson() const { return m_plan ? m_plan->contactPerson : QString(); }
    QString contactWhere() const { return m_plan ? m_plan->contactWhere : QString(); }
    QString goal() const { return m_plan ? m_plan->goal : QString(); }
    int checkInEveryDays() const { return m_plan ? m_plan->checkInEveryDays : 7; }
    int doneCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;
    bool concerns(DataKind kind, const QStringList &ids) const override;

private:
    std::optional<ReturnPlan> m_plan;
    QList<PlanStep> m_steps;
};

} // namespace Aanwezig
