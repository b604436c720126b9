#pragma once

#include "actionresult.h"
#include "appsingleton.h"
#include "forms/checkinform.h"
#include "forms/planstepform.h"
#include "forms/returnplanform.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class LocalStore;
class Session;

// The return plan (terugkeerplan) and check-ins: the mentor edits the plan
// and its steps, the student ticks steps off and answers check-ins.
class PlanActions : public QObject, public AppSingleton<PlanActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{owner, name}] for student, mentor, parent and buddy
    Q_PROPERTY(QVariantList owners READ owners NOTIFY ownersChanged)
public:
    PlanActions(LocalStore *store, Session *session, QObject *parent = nullptr);

    QVariantList owners() const;

    // Each form's errors tell what is wrong.
    Q_INVOKABLE Aanwezig::ActionResult savePlan(Aanwezig::ReturnPlanForm *form);
    // The new step comes after the plan's steps.
    Q_INVOKABLE Aanwezig::ActionResult addStep(Aanwezig::PlanStepForm *form);
    Q_INVOKABLE Aanwezig::ActionResult setStepDone(const QString &stepId, bool done);
    Q_INVOKABLE Aanwezig::ActionResult deleteStep(const QString &stepId);
    // The student's own check-in.
    Q_INVOKABLE Aanwezig::ActionResult submitCheckIn(Aanwezig::CheckInForm *form);

Q_SIGNALS:
    // The app's language changed (main() connects it).
    void ownersChanged();

private:
    LocalStore *m_store;
    Session *m_session;
};

} // namespace Aanwezig
