#pragma once

// Notifications (server/PROTOCOL.md "Notifications"): the kinds a
// person can switch on and off, the pages a notification opens and the
// actions it offers. Shared by the server (which decides and sends) and the
// phone (which shows, opens and answers).
namespace Aanwezig::NotificationKinds {

// Kinds, as keys of NotificationSettings::kinds and the payload's "kind".
inline constexpr char firstDay[] = "first_day";                   // mentor (team opt-in)
inline constexpr char morningSummary[] = "morning_summary";       // mentor (team opt-in)
inline constexpr char reportSeen[] = "report_seen";               // parent
inline constexpr char leaveDecided[] = "leave_decided";           // parent
inline constexpr char warmMessage[] = "warm_message";             // parent, student
inline constexpr char unreportedAbsence[] = "unreported_absence"; // parent: "Alles goed?"
inline constexpr char planStep[] = "plan_step";                   // student
inline constexpr char checkinDue[] = "checkin_due";               // student

inline constexpr const char *all[] = {firstDay,    morningSummary,    reportSeen, leaveDecided,
                                      warmMessage, unreportedAbsence, planStep,   checkinDue};

} // namespace Aanwezig::NotificationKinds

// The page a notification opens (the payload's link.page).
namespace Aanwezig::NotificationPages {

inline constexpr char reportForm[] = "report_form"; // a new report, student_id and date filled in
inline constexpr char report[] = "report";          // id: the report's id
inline constexpr char message[] = "message";        // id: the message's id
inline constexpr char plan[] = "plan";              // student_id
inline constexpr char checkin[] = "checkin";        // student_id
inline constexpr char today[] = "today";            // the mentor's "Vandaag"
inline constexpr char student[] = "student";        // student_id
inline constexpr char settings[] = "settings";      // the notification settings

inline constexpr const char *all[] = {reportForm, report, message, plan,
                                      checkin,    today,  student, settings};

} // namespace Aanwezig::NotificationPages

// The buttons of an "Alles goed?" notification (the payload's actions[].id).
namespace Aanwezig::NotificationActions {

inline constexpr char reportSick[] = "report_sick"; // opens the report form for today
inline constexpr char known[] = "known";            // answer_absence_notice {answer: "known"}

} // namespace Aanwezig::NotificationActions
