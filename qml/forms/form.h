#pragma once

#include "services/actionresult.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// What every form of the app shares: the words saying what is wrong with the
// whole form (`error`, shown above its button) and with each field (each
// form has a `<field>Error` property). A form is filled by its page, checked
// by itself and saved by its actions singleton, which hands it the store's
// answer (setOutcome).
class Form : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    // The form's problem in plain words: the first wrong field's, or why the
    // store refused it; empty when nothing is wrong.
    Q_PROPERTY(QString error READ error NOTIFY errorsChanged)
public:
    using QObject::QObject;

    QString error() const { return m_error; }
    // Takes the store's answer to saving what the form describes: clears
    // every error, or sets `error` (and the error of the field the refusal is
    // about) to its words. Returns the answer for QML.
    ActionResult setOutcome(const RuleResult &saved);

Q_SIGNALS:
    // Any field changed (each field property notifies with it).
    void fieldsChanged();
    void errorsChanged();

protected:
    // The words for this field; empty when it is right.
    QString fieldError(const QString &field) const { return m_fieldErrors.value(field); }
    // Forgets every error (at the start of a check).
    void clearErrors();
    // The field is wrong: its error and the form's become `words`.
    void fail(const QString &field, const QString &words);
    // The field a refusal code of the store is about; empty for the whole form.
    virtual QString fieldOf(const QString &reasonCode) const;

private:
    QString m_error;
    QHash<QString, QString> m_fieldErrors;
};

} // namespace Aanwezig
