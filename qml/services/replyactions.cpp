#include "replyactions.h"

#include "domain/reply.h"
#include "preferences.h"
#include "session.h"
#include "store/localstore.h"
#include "warmtemplates.h"

namespace Aanwezig {

ReplyActions::ReplyActions(LocalStore *store, Session *session, Preferences *preferences,
                           QObject *parent)
    : QObject(parent), m_store(store), m_session(session), m_preferences(preferences)
{}

int ReplyActions::maxLength() const
{
    return maxReplyLength;
}

QString ReplyActions::readingLanguage() const
{
    return m_session->role() == Role::Parent ? m_preferences->messageLanguage()
                                             : m_preferences->effectiveLanguage();
}

QVariantList ReplyActions::quickReplies() const
{
    QVariantList list;
    const QString language = readingLanguage();
    for (const QString &key : replyTemplateKeys())
        list.append(QVariantMap{{QStringLiteral("key"), key},
                                {QStringLiteral("text"), templateText(key, language)}});
    return list;
}

ActionResult ReplyActions::reply(ReplyForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    return form->setOutcome(
        m_store->sendReply(form->toReply(m_session->role(), readingLanguage())));
}

} // namespace Aanwezig
