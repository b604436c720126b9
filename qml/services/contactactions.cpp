#include "contactactions.h"

#include "store/localstore.h"
#include "wording.h"

namespace Aanwezig {

ContactActions::ContactActions(LocalStore *store, QObject *parent) : QObject(parent), m_store(store)
{}

QVariantList ContactActions::kinds() const
{
    QVariantList list;
    for (const auto kind :
         {ContactLogEntry::Kind::Phone, ContactLogEntry::Kind::Message, ContactLogEntry::Kind::Card,
          ContactLogEntry::Kind::HomeVisit, ContactLogEntry::Kind::Conversation})
        list.append(QVariantMap{{QStringLiteral("kind"), contactKindKey(kind)},
                                {QStringLiteral("name"), Wording::contactKind(kind)}});
    return list;
}

QStringList ContactActions::parentPhones(const QString &studentId) const
{
    const std::optional<Person> student = m_store->person(studentId);
    return student ? student->parentPhones : QStringList();
}

ActionResult ContactActions::logContact(ContactForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    return form->setOutcome(m_store->logContact(form->toEntry()));
}

} // namespace Aanwezig
