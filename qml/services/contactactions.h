#pragma once

#include "actionresult.h"
#include "appsingleton.h"
#include "forms/contactform.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class LocalStore;

// The mentor's contact log: recording that (and how) they reached out.
class ContactActions : public QObject, public AppSingleton<ContactActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{kind, name}] for phone, message, card, home visit and conversation
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY kindsChanged)
public:
    explicit ContactActions(LocalStore *store, QObject *parent = nullptr);

    QVariantList kinds() const;
    // The phone numbers of the student's parents, as the school gave them to
    // the staff ("0612345678"); empty when none.
    Q_INVOKABLE QStringList parentPhones(const QString &studentId) const;
    // The form's errors tell what is wrong.
    Q_INVOKABLE Aanwezig::ActionResult logContact(Aanwezig::ContactForm *form);

Q_SIGNALS:
    // The app's language changed (main() connects it).
    void kindsChanged();

private:
    LocalStore *m_store;
};

} // namespace Aanwezig
