#pragma once

#include "domain/returnplan.h"
#include "form.h"

namespace Aanwezig {

// The return plan's own fields as the mentor writes them (the plan editor's
// goal, buddy, contact person and check-in rhythm; steps have their own
// form). The page binds its fields to it and hands it to PlanActions.savePlan.
class ReturnPlanForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId MEMBER studentId NOTIFY fieldsChanged)
    Q_PROPERTY(QString goal MEMBER goal NOTIFY fieldsChanged)
    Q_PROPERTY(QString buddy MEMBER buddy NOTIFY fieldsChanged)
    Q_PROPERTY(QString contactPerson MEMBER contactPerson NOTIFY fieldsChanged)
    // Where and when the contact person is found
    Q_PROPERTY(QString contactWhere MEMBER contactWhere NOTIFY fieldsChanged)
    Q_PROPERTY(int checkInEveryDays MEMBER checkInEveryDays NOTIFY fieldsChanged)

    // Not between 1 and 60 days
    Q_PROPERTY(QString checkInEveryDaysError READ checkInEveryDaysError NOTIFY errorsChanged)
public:
    using Form::Form;

    QString studentId;
    QString goal;
    QString buddy;
    QString contactPerson;
    QString contactWhere;
    int checkInEveryDays = 7;

    QString checkInEveryDaysError() const { return fieldError(QStringLiteral("checkInEveryDays")); }

    // The plan the fields describe, its words trimmed.
    ReturnPlan toPlan() const;

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
