#include "replyform.h"

namespace Aanwezig {

Reply ReplyForm::toReply(Role role, const QString &language) const
{
    Reply reply;
    reply.id = QUuid::createUuid();
    reply.studentId = studentId;
    reply.from = role;
    reply.messageId = QUuid::fromString(messageId);
    reply.templateKey = templateKey;
    reply.text = text.trimmed();
    reply.language = language;
    return reply;
}

QString ReplyForm::fieldOf(const QString &reasonCode) const
{
    if (reasonCode == QLatin1String("empty_reply") ||
        reasonCode == QLatin1String("reply_too_long") ||
        reasonCode == QLatin1String("unknown_template"))
        return QStringLiteral("text");
    return {};
}

} // namespace Aanwezig
