#include "checkin.h"

#include "jsonfields.h"
#include "walltime.h"

namespace Aanwezig {

QJsonObject CheckIn::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("mood"), mood},
        {QStringLiteral("helped"), helped},
        {QStringLiteral("needed"), needed},
        {QStringLiteral("at"), formatWallTime(at)},
    };
}

std::optional<CheckIn> CheckIn::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    CheckIn c;
    c.id = in.uuid("id");
    c.studentId = in.string("student_id");
    c.mood = in.integer("mood", 1, 5);
    c.helped = in.string("helped", JsonReader::Optional, maxCheckInAnswerLength);
    c.needed = in.string("needed", JsonReader::Optional, maxCheckInAnswerLength);
    c.at = in.wallTime("at", JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    return c;
}

RuleResult checkCheckIn(const CheckIn &checkIn)
{
    if (checkIn.id.isNull() || checkIn.studentId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("A check-in needs an id and a student.")};
    if (checkIn.mood < 1 || checkIn.mood > 5)
        return RuleError{QStringLiteral("bad_mood"),
                         QStringLiteral("Mood is a number from 1 to 5.")};
    if (checkIn.helped.size() > maxCheckInAnswerLength ||
        checkIn.needed.size() > maxCheckInAnswerLength)
        return RuleError{
            QStringLiteral("answer_too_long"),
            QStringLiteral("An answer has at most %1 characters.").arg(maxCheckInAnswerLength)};
    return {};
}

} // namespace Aanwezig
