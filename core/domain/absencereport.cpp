#include "absencereport.h"

#include "jsonfields.h"
#include "walltime.h"

#include <array>
#include <utility>

namespace Aanwezig {

namespace {
constexpr std::array<std::pair<ReportState, const char *>, 6> stateKeys{{
    {ReportState::SavedOnPhone, "saved_on_phone"},
    {ReportState::Sent, "sent"},
    {ReportState::Received, "received"},
    {ReportState::SeenByMentor, "seen_by_mentor"},
    {ReportState::Closed, "closed"},
    {ReportState::Withdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<LeaveDecision, const char *>, 4> decisionKeys{{
    {LeaveDecision::NotNeeded, "not_needed"},
    {LeaveDecision::Pending, "pending"},
    {LeaveDecision::Approved, "approved"},
    {LeaveDecision::Refused, "refused"},
}};
} // namespace

QString reportStateKey(ReportState state)
{
    return keyOf(stateKeys, state);
}

std::optional<ReportState> parseReportState(QStringView key)
{
    return valueOf(stateKeys, key);
}

QString leaveDecisionKey(LeaveDecision decision)
{
    return keyOf(decisionKeys, decision);
}

std::optional<LeaveDecision> parseLeaveDecision(QStringView key)
{
    return valueOf(decisionKeys, key);
}

bool AbsenceReport::overlaps(const AbsenceReport &other) const
{
    return !other.isWithdrawn() && overlaps(other.start, other.end);
}

bool AbsenceReport::overlaps(const QDateTime &from, const QDateTime &to) const
{
    if (isWithdrawn())
        return false;
    const bool startsBeforeItEnds = !to.isValid() || start < to;
    const bool itStartsBeforeThisEnds = isOpenEnded() || from < end;
    return startsBeforeItEnds && itStartsBeforeThisEnds;
}

bool AbsenceReport::covers(const QDateTime &moment) const
{
    return !isWithdrawn() && start <= moment && (isOpenEnded() || moment < end);
}

QJsonObject AbsenceReport::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("reporter_id"), reporterId},
        {QStringLiteral("code"), codeKey(code)},
        {QStringLiteral("start"), formatWallTime(start)},
        {QStringLiteral("end"), isOpenEnded() ? QJsonValue() : QJsonValue(formatWallTime(end))},
        {QStringLiteral("note"), note},
        {QStringLiteral("state"), reportStateKey(state)},
        {QStringLiteral("decision"), leaveDecisionKey(decision)},
        {QStringLiteral("created_at"), formatWallTime(createdAt)},
    };
    if (!reporterRole.isEmpty())
        json.insert(QStringLiteral("reporter_role"), reporterRole);
    return json;
}

std::optional<AbsenceReport> AbsenceReport::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    AbsenceReport r;
    r.id = in.uuid("id");
    r.studentId = in.string("student_id");
    r.reporterId = in.string("reporter_id", JsonReader::Optional);
    r.reporterRole = in.string("reporter_role", JsonReader::Optional);
    r.code = in.enumValue("code", parseRegistrationCode, RegistrationCode::Z);
    r.start = in.wallTime("start");
    r.end = in.wallTime("end", JsonReader::Optional);
    r.note = in.string("note", JsonReader::Optional);
    r.state =
        in.enumValue("state", parseReportState, ReportState::SavedOnPhone, JsonReader::Optional);
    r.decision = in.enumValue("decision", parseLeaveDecision,
                              r.code == RegistrationCode::V ? LeaveDecision::Pending
                                                            : LeaveDecision::NotNeeded,
                              JsonReader::Optional);
    r.createdAt = in.wallTime("created_at", JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    return r;
}

} // namespace Aanwezig
