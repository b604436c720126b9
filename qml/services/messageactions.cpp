#include "messageactions.h"

#include "store/localstore.h"
#include "warmtemplates.h"

namespace Aanwezig {

MessageActions::MessageActions(LocalStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(m_store, &LocalStore::changed, this, [this](DataKind kind) {
        if (kind == DataKind::People)
            Q_EMIT peopleChanged();
    });
}

QVariantList MessageActions::templates() const
{
    QVariantList list;
    for (const WarmTemplate &t : warmTemplates())
        list.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(t.key)},
                                {QStringLiteral("text"), QString::fromUtf8(t.nl)}});
    return list;
}

QString MessageActions::templateIn(const QString &key, const QString &language) const
{
    return templateText(key, language);
}

bool MessageActions::isRightToLeft(const QString &language) const
{
    return Aanwezig::isRightToLeft(language);
}

QVariantList MessageActions::parentLanguages(const QString &studentId) const
{
    QVariantList list;
    const std::optional<Person> student = m_store->person(studentId);
    if (!student)
        return list;
    for (const QString &code : student->parentLanguages) {
        if (isMessageLanguage(code))
            list.append(
                QVariantMap{{QStringLiteral("code"), code},
                            {QStringLiteral("name"), languageName(code)},
                            {QStringLiteral("rightToLeft"), Aanwezig::isRightToLeft(code)}});
    }
    return list;
}

QString MessageActions::languageName(const QString &code)
{
    const QHash<QString, QString> names{
        {QStringLiteral("nl"), tr("Nederlands")}, {QStringLiteral("en"), tr("Engels")},
        {QStringLiteral("ar"), tr("Arabisch")},   {QStringLiteral("tr"), tr("Turks")},
        {QStringLiteral("pl"), tr("Pools")},      {QStringLiteral("uk"), tr("Oekraïens")},
    };
    return names.value(code, code);
}

ActionResult MessageActions::send(MessageForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    const WarmMessage message = form->toMessage();
    // Reaching out counts as contact on the mentor's "Vandaag".
    ContactLogEntry contact;
    contact.id = QUuid::createUuid();
    contact.studentId = message.studentId;
    contact.kind = message.fromClass ? ContactLogEntry::Kind::Card : ContactLogEntry::Kind::Message;
    contact.outcome = message.text.left(maxOutcomeLength);
    return form->setOutcome(m_store->sendMessageLoggingContact(message, contact));
}

ActionResult MessageActions::markRead(const QString &messageId)
{
    return ActionResult(m_store->markRead(QUuid(messageId)));
}

ActionResult MessageActions::markAllRead(const QString &audience)
{
    const QString me = m_store->account().userId;
    const bool forParents = audience == QLatin1String("parents");
    for (const WarmMessage &message : m_store->messages()) {
        if (message.readBy.contains(me) || (forParents ? !message.toParents : !message.toStudent))
            continue;
        if (const RuleResult marked = m_store->markRead(message.id); !marked)
            return marked;
    }
    return {};
}

} // namespace Aanwezig
