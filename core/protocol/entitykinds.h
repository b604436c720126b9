#pragma once

// The entity kinds of sync protocol v1 (server/PROTOCOL.md, "Entity kinds"):
// the `kind` of a pulled change, named once for the phone's tables
// (core/store/entitytables.cpp) and the server's records.
namespace Aanwezig::EntityKinds {

inline constexpr char person[] = "person";
inline constexpr char absenceReport[] = "absence_report";
inline constexpr char warmMessage[] = "warm_message";
inline constexpr char returnPlan[] = "return_plan";
inline constexpr char planStep[] = "plan_step";
inline constexpr char checkIn[] = "check_in";
inline constexpr char contactLogEntry[] = "contact_log_entry";
inline constexpr char attendanceSummary[] = "attendance_summary";
inline constexpr char registeredAbsence[] = "registered_absence";
inline constexpr char reply[] = "reply";
// One per user, id = the user's id, no student; only that user pulls it. The
// server serves a default row to every user, so the phone always has one.
inline constexpr char notificationSettings[] = "notification_settings";
// "We have no report: Alles goed?" sent to the parents for one student and
// day, id "<student id>/<YYYY-MM-DD>"; the student's parents and staff see it.
inline constexpr char absenceNotice[] = "absence_notice";

} // namespace Aanwezig::EntityKinds
