#include "messageform.h"

#include "services/warmtemplates.h"

namespace Aanwezig {

WarmMessage MessageForm::toMessage() const
{
    WarmMessage message;
    message.id = QUuid::createUuid();
    message.studentId = studentId;
    message.templateKey = templateKey;
    message.text = text.trimmed();
    if (message.text.isEmpty())
        message.text = templateText(message.templateKey, QStringLiteral("nl"));
    message.fromClass = fromClass;
    message.toStudent = toStudent;
    message.toParents = toParents;
    message.language = QStringLiteral("nl");
    return message;
}

QString MessageForm::fieldOf(const QString &reasonCode) const
{
    if (reasonCode == QLatin1String("empty_message") ||
        reasonCode == QLatin1String("message_too_long") ||
        reasonCode == QLatin1String("unknown_template"))
        return QStringLiteral("text");
    if (reasonCode == QLatin1String("no_recipients"))
        return QStringLiteral("recipients");
    return {};
}

} // namespace Aanwezig
