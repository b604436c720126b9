#include "contactlogentry.h"

#include "jsonfields.h"
#include "walltime.h"

#include <array>
#include <utility>

namespace Aanwezig {

namespace {
constexpr std::array<std::pair<ContactLogEntry::Kind, const char *>, 5> kindKeys{{
    {ContactLogEntry::Kind::Phone, "phone"},
    {ContactLogEntry::Kind::Message, "message"},
    {ContactLogEntry::Kind::Card, "card"},
    {ContactLogEntry::Kind::HomeVisit, "home_visit"},
    {ContactLogEntry::Kind::Conversation, "conversation"},
}};
} // namespace

QString contactKindKey(ContactLogEntry::Kind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<ContactLogEntry::Kind> parseContactKind(QStringView key)
{
    return valueOf(kindKeys, key);
}

QJsonObject ContactLogEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("mentor_id"), mentorId},
        {QStringLiteral("report_id"),
         reportId.isNull() ? QJsonValue() : QJsonValue(reportId.toString(QUuid::WithoutBraces))},
        {QStringLiteral("kind"), contactKindKey(kind)},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("at"), formatWallTime(at)},
    };
}

std::optional<ContactLogEntry> ContactLogEntry::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    ContactLogEntry e;
    e.id = in.uuid("id");
    e.studentId = in.string("student_id");
    e.mentorId = in.string("mentor_id", JsonReader::Optional);
    e.reportId = in.uuid("report_id", JsonReader::Optional);
    e.kind = in.enumValue("kind", parseContactKind, Kind::Phone);
    e.outcome = in.string("outcome", JsonReader::Optional, maxOutcomeLength);
    e.at = in.wallTime("at", JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    return e;
}

RuleResult checkContactLogEntry(const ContactLogEntry &entry)
{
    if (entry.id.isNull() || entry.studentId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("A contact entry needs an id and a student.")};
    if (entry.outcome.size() > maxOutcomeLength)
        return RuleError{
            QStringLiteral("outcome_too_long"),
            QStringLiteral("An outcome has at most %1 characters.").arg(maxOutcomeLength)};
    return {};
}

} // namespace Aanwezig
