#include "replyactions.h"

#include "actionoutcome.h"
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

QString ReplyActions::reply(const QString &studentId, const QString &messageId,
                            const QString &templateKey, const QString &text)
{
    Reply reply;
    reply.id = QUuid::createUuid();
    reply.studentId = studentId;
    reply.from = m_session->role();
    reply.messageId = QUuid::fromString(messageId);
    reply.templateKey = templateKey;
    reply.text = text.trimmed();
    reply.language = readingLanguage();
    return actionOutcome(m_store->sendReply(reply));
}

} // namespace Aanwezig
