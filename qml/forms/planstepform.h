#pragma once

#include "domain/returnplan.h"
#include "form.h"

namespace Aanwezig {

// A new step of a return plan, as the mentor adds it under the plan. The
// page binds its fields to it and hands it to PlanActions.addStep.
class PlanStepForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId MEMBER studentId NOTIFY fieldsChanged)
    Q_PROPERTY(QString title MEMBER title NOTIFY fieldsChanged)
    // "student", "mentor", "parent" or "buddy"; anything else: the student
    Q_PROPERTY(QString owner MEMBER owner NOTIFY fieldsChanged)
    // "yyyy-MM-dd", or empty for no date
    Q_PROPERTY(QString due MEMBER due NOTIFY fieldsChanged)

    // No title, or a too long one
    Q_PROPERTY(QString titleError READ titleError NOTIFY errorsChanged)
public:
    using Form::Form;

    QString studentId;
    QString title;
    QString owner = QStringLiteral("student");
    QString due;

    QString titleError() const { return fieldError(QStringLiteral("title")); }

    // The step the fields describe, with a new id, first in the plan (the
    // actions put it after the plan's steps).
    PlanStep toStep() const;

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
