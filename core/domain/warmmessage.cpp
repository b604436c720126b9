#include "warmmessage.h"

#include "jsonfields.h"
#include "walltime.h"

namespace Aanwezig {

QJsonObject WarmMessage::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("sender_id"), senderId},
        {QStringLiteral("template_key"), templateKey},
        {QStringLiteral("text"), text},
        {QStringLiteral("from_class"), fromClass},
        {QStringLiteral("to_student"), toStudent},
        {QStringLiteral("to_parents"), toParents},
        {QStringLiteral("language"), language},
        {QStringLiteral("sent_at"), formatWallTime(sentAt)},
        {QStringLiteral("read_by"), QJsonArray::fromStringList(readBy)},
    };
}

std::optional<WarmMessage> WarmMessage::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    WarmMessage m;
    m.id = in.uuid("id");
    m.studentId = in.string("student_id");
    m.senderId = in.string("sender_id", JsonReader::Optional);
    m.templateKey = in.string("template_key", JsonReader::Optional, 64);
    m.text = in.string("text", JsonReader::Optional, maxMessageLength);
    m.fromClass = in.boolean("from_class", JsonReader::Optional);
    m.toStudent = in.boolean("to_student", JsonReader::Optional, true);
    m.toParents = in.boolean("to_parents", JsonReader::Optional);
    m.language = in.string("language", JsonReader::Optional, 16);
    if (m.language.isEmpty())
        m.language = QStringLiteral("nl");
    m.sentAt = in.wallTime("sent_at", JsonReader::Optional);
    m.readBy = in.stringList("read_by", JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    return m;
}

RuleResult checkMessage(const WarmMessage &message)
{
    if (message.id.isNull() || message.studentId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("A message needs an id and a student.")};
    if (message.templateKey.isEmpty() && message.text.trimmed().isEmpty())
        return RuleError{QStringLiteral("empty_message"),
                         QStringLiteral("A message needs a template or some words.")};
    if (message.text.size() > maxMessageLength)
        return RuleError{
            QStringLiteral("message_too_long"),
            QStringLiteral("A message has at most %1 characters.").arg(maxMessageLength)};
    if (!message.toStudent && !message.toParents)
        return RuleError{QStringLiteral("no_recipients"),
                         QStringLiteral("A message goes to the student, the parents or both.")};
    return {};
}

} // namespace Aanwezig
