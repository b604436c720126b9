#pragma once

#include "registrationcode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace Aanwezig {

// Where a report is on its way from the phone to the mentor.
// Closed: "beter gemeld" or ended. Withdrawn: the reporter took it back (a
// mistake); it no longer counts as an absence anywhere.
enum class ReportState { SavedOnPhone, Sent, Received, SeenByMentor, Closed, Withdrawn };
QString reportStateKey(ReportState state);
std::optional<ReportState> parseReportState(QStringView key);

// A leave request (V) waits for the school's decision.
enum class LeaveDecision { NotNeeded, Pending, Approved, Refused };
QString leaveDecisionKey(LeaveDecision decision);
std::optional<LeaveDecision> parseLeaveDecision(QStringView key);

inline constexpr int maxNoteLength = 500;

struct AbsenceReport
{
    QUuid id; // made on the phone
    QString studentId;
    QString reporterId; // a parent or student sees only their own (PROTOCOL.md, "Privacy")
    // The reporter's role as the server stored it ("parent", "mentor",
    // "team"); empty for a report made before the server kept it.
    QString reporterRole;
    RegistrationCode code = RegistrationCode::Z;
    QDateTime start; // wall time, see walltime.h
    QDateTime end;   // invalid: open-ended ("until better")
    QString note;    // never medical details; at most maxNoteLength characters
    ReportState state = ReportState::SavedOnPhone;
    LeaveDecision decision = LeaveDecision::NotNeeded;
    QDateTime createdAt;

    bool isOpenEnded() const { return !end.isValid(); }
    bool isClosed() const { return state == ReportState::Closed; }
    bool isWithdrawn() const { return state == ReportState::Withdrawn; }
    bool isFinished() const { return isClosed() || isWithdrawn(); }
    // Half-open periods [start, end) overlap; an open end reaches forever. A
    // withdrawn report overlaps nothing.
    bool overlaps(const AbsenceReport &other) const;
    // The same for the period [from, to) (an invalid `to`: open-ended).
    bool overlaps(const QDateTime &from, const QDateTime &to) const;
    // Whether the report covers the given moment (never when withdrawn).
    bool covers(const QDateTime &moment) const;

    QJsonObject toJson() const;
    // Returns nullopt and sets *error (when given) when a field is missing or malformed.
    static std::optional<AbsenceReport> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const AbsenceReport &, const AbsenceReport &) = default;
};

} // namespace Aanwezig
