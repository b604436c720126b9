#pragma once

#include "domain/contactlogentry.h"
#include "form.h"

namespace Aanwezig {

// An entry of the mentor's contact log ("Contact met ..."): how they reached
// out and what came of it. The page binds its fields to it and hands it to
// ContactActions.logContact.
class ContactForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId MEMBER studentId NOTIFY fieldsChanged)
    // The absence it was about; empty when not about one
    Q_PROPERTY(QString reportId MEMBER reportId NOTIFY fieldsChanged)
    // "phone", "message", "card", "home_visit" or "conversation"; anything
    // else: a phone call
    Q_PROPERTY(QString kind MEMBER kind NOTIFY fieldsChanged)
    Q_PROPERTY(QString outcome MEMBER outcome NOTIFY fieldsChanged)

    Q_PROPERTY(QString kindError READ kindError NOTIFY errorsChanged)
    // Too many words
    Q_PROPERTY(QString outcomeError READ outcomeError NOTIFY errorsChanged)
public:
    using Form::Form;

    QString studentId;
    QString reportId;
    QString kind = QStringLiteral("phone");
    QString outcome;

    QString kindError() const { return fieldError(QStringLiteral("kind")); }
    QString outcomeError() const { return fieldError(QStringLiteral("outcome")); }

    // The entry the fields describe, with a new id.
    ContactLogEntry toEntry() const;

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
