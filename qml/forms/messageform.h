#pragma once

#include "domain/warmmessage.h"
#include "form.h"

namespace Aanwezig {

// The mentor's warm message ("Bericht aan ..."): a template or own words,
// from the mentor or the class, to the student and/or the parents. The page
// binds its fields to it and hands it to MessageActions.send.
class MessageForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId MEMBER studentId NOTIFY fieldsChanged)
    // The template chosen; empty for own words. An unchanged template keeps
    // its key so that every reader gets it in their own language.
    Q_PROPERTY(QString templateKey MEMBER templateKey NOTIFY fieldsChanged)
    // The words as the mentor sees them (Dutch); empty: the template's
    Q_PROPERTY(QString text MEMBER text NOTIFY fieldsChanged)
    // A card from the class instead of a message from the mentor
    Q_PROPERTY(bool fromClass MEMBER fromClass NOTIFY fieldsChanged)
    Q_PROPERTY(bool toStudent MEMBER toStudent NOTIFY fieldsChanged)
    Q_PROPERTY(bool toParents MEMBER toParents NOTIFY fieldsChanged)

    // No words, too many, or an unknown template
    Q_PROPERTY(QString textError READ textError NOTIFY errorsChanged)
    // Neither the student nor the parents chosen
    Q_PROPERTY(QString recipientsError READ recipientsError NOTIFY errorsChanged)
public:
    using Form::Form;

    QString studentId;
    QString templateKey;
    QString text;
    bool fromClass = false;
    bool toStudent = true;
    bool toParents = false;

    QString textError() const { return fieldError(QStringLiteral("text")); }
    QString recipientsError() const { return fieldError(QStringLiteral("recipients")); }

    // The message the fields describe, in Dutch, with a new id.
    WarmMessage toMessage() const;

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
