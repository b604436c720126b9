#pragma once

#include "domain/checkin.h"
#include "form.h"

namespace Aanwezig {

// The student's own check-in: how it goes (1 to 5), what helped and what they
// need now. The page binds its fields to it and hands it to
// PlanActions.submitCheckIn.
class CheckInForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    // 1 (bad) to 5 (good); 0 while none is chosen
    Q_PROPERTY(int mood MEMBER mood NOTIFY fieldsChanged)
    Q_PROPERTY(QString helped MEMBER helped NOTIFY fieldsChanged)
    Q_PROPERTY(QString needed MEMBER needed NOTIFY fieldsChanged)

    Q_PROPERTY(QString moodError READ moodError NOTIFY errorsChanged)
    // Too many words
    Q_PROPERTY(QString helpedError READ helpedError NOTIFY errorsChanged)
    Q_PROPERTY(QString neededError READ neededError NOTIFY errorsChanged)
public:
    using Form::Form;

    int mood = 0;
    QString helped;
    QString needed;

    QString moodError() const { return fieldError(QStringLiteral("mood")); }
    QString helpedError() const { return fieldError(QStringLiteral("helped")); }
    QString neededError() const { return fieldError(QStringLiteral("needed")); }

    // The check-in the fields describe, with a new id, for this student.
    CheckIn toCheckIn(const QString &studentId) const;

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
