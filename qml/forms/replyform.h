#pragma once

#include "domain/reply.h"
#include "form.h"

namespace Aanwezig {

// A student's or a parent's answer: to a warm message, or (the student) to
// the contact person of their plan; a one-tap answer or a few own words. The
// reply box binds its fields to it and hands it to ReplyActions.reply.
class ReplyForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId MEMBER studentId NOTIFY fieldsChanged)
    // The message answered; empty: to the plan's contact person
    Q_PROPERTY(QString messageId MEMBER messageId NOTIFY fieldsChanged)
    // The one-tap answer; empty for own words
    Q_PROPERTY(QString templateKey MEMBER templateKey NOTIFY fieldsChanged)
    Q_PROPERTY(QString text MEMBER text NOTIFY fieldsChanged)

    // No answer, too many words, or an unknown one-tap answer
    Q_PROPERTY(QString textError READ textError NOTIFY errorsChanged)
public:
    using Form::Form;

    QString studentId;
    QString messageId;
    QString templateKey;
    QString text;

    QString textError() const { return fieldError(QStringLiteral("text")); }

    // The reply the fields describe, with a new id, from `role`, read in
    // `language`.
    Reply toReply(Role role, const QString &language) const;

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
