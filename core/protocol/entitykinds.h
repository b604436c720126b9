#pragma once

// Entity kinds added to sync protocol v1 for notifications (PROTOCOL.md,
// "Entity kinds"). The older kinds are named in server/storage/records.h.
namespace Aanwezig::EntityKinds {

// One per user, id = the user's id, no student; only that user pulls it. The
// server serves a default row to every user, so the phone always has one.
inline constexpr char notificationSettings[] = "notification_settings";
// "We have no report: Alles goed?" sent to the parents for one student and
// day, id "<student id>/<YYYY-MM-DD>"; the student's parents and staff see it.
inline constexpr char absenceNotice[] = "absence_notice";

} // namespace Aanwezig::EntityKinds
