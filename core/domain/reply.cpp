#include "reply.h"

#include "jsonfields.h"
#include "walltime.h"

namespace Aanwezig {

namespace {

std::optional<Role> parseAuthorRole(QStringView key)
{
    const auto role = parseRole(key);
    if (role == Role::Student || role == Role::Parent)
        return role;
    return std::nullopt;
}

RuleError notFound()
{
    return RuleError{QStringLiteral("not_found"),
                     QStringLiteral("There is no message you may answer with this id.")};
}

} // namespace

const QStringList &replyTemplateKeys()
{
    static const QStringList keys{QStringLiteral("thanks"), QStringLiteral("want_to_talk"),
                                  QStringLiteral("doing_better")};
    return keys;
}

QJsonObject Reply::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("author_id"), authorId},
        {QStringLiteral("from"), roleKey(from)},
        {QStringLiteral("message_id"),
         messageId.isNull() ? QJsonValue() : QJsonValue(messageId.toString(QUuid::WithoutBraces))},
        {QStringLiteral("template_key"), templateKey},
        {QStringLiteral("text"), text},
        {QStringLiteral("language"), language},
        {QStringLiteral("at"), formatWallTime(at)},
    };
}

std::optional<Reply> Reply::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    Reply r;
    r.id = in.uuid("id");
    r.studentId = in.string("student_id");
    r.authorId = in.string("author_id", JsonReader::Optional);
    r.from = in.enumValue("from", parseAuthorRole, Role::Student);
    r.messageId = in.uuid("message_id", JsonReader::Optional);
    r.templateKey = in.string("template_key", JsonReader::Optional, 64);
    r.text = in.string("text", JsonReader::Optional, maxReplyLength);
    r.language = in.string("language", JsonReader::Optional, 16);
    if (r.language.isEmpty())
        r.language = QStringLiteral("nl");
    r.at = in.wallTime("at", JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    return r;
}

RuleResult checkReply(const Reply &reply, const std::optional<WarmMessage> &message,
                      const std::optional<ReturnPlan> &plan)
{
    if (reply.id.isNull() || reply.studentId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("A reply needs an id and a student.")};
    if (reply.from != Role::Student && reply.from != Role::Parent)
        return RuleError{QStringLiteral("forbidden"),
                         QStringLiteral("Only a student or a parent replies.")};
    if (!reply.templateKey.isEmpty() && !replyTemplateKeys().contains(reply.templateKey))
        return RuleError{QStringLiteral("unknown_template"),
                         QStringLiteral("There is no reply called '%1'.").arg(reply.templateKey)};
    if (reply.templateKey.isEmpty() && reply.text.trimmed().isEmpty())
        return RuleError{QStringLiteral("empty_reply"),
                         QStringLiteral("A reply needs a one-tap answer or some words.")};
    if (reply.text.size() > maxReplyLength)
        return RuleError{QStringLiteral("reply_too_long"),
                         QStringLiteral("A reply has at most %1 characters.").arg(maxReplyLength)};
    if (reply.toPlan()) {
        if (reply.from != Role::Student)
            return RuleError{QStringLiteral("forbidden"),
                             QStringLiteral("Only the student writes to their contact person.")};
        if (!plan || plan->studentId != reply.studentId)
            return RuleError{QStringLiteral("no_plan"),
                             QStringLiteral("This student has no return plan to reply to.")};
        return {};
    }
    if (!message || message->studentId != reply.studentId)
        return notFound();
    const bool reachedAuthor =
        reply.from == Role::Student ? message->toStudent : message->toParents;
    if (!reachedAuthor)
        return notFound();
    return {};
}

} // namespace Aanwezig
