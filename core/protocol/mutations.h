#pragma once

// Names of the user intents a phone pushes to the server (sync protocol v1,
// see server/PROTOCOL.md). Each comes with a JSON object of arguments, read
// and written by the structs of protocol/mutationargs.h:
namespace Aanwezig::Mutations {

inline constexpr char reportAbsence[] = "report_absence";    // {report: AbsenceReport}
inline constexpr char recover[] = "recover";                 // {report_id, at}: "beter melden"
inline constexpr char withdrawReport[] = "withdraw_report";  // {report_id}
inline constexpr char acknowledge[] = "acknowledge";         // {report_id}
inline constexpr char decideLeave[] = "decide_leave";        // {report_id, approved}
inline constexpr char logContact[] = "log_contact";          // {entry: ContactLogEntry}
inline constexpr char sendMessage[] = "send_message";        // {message: WarmMessage}
inline constexpr char markRead[] = "mark_read";              // {message_id}
inline constexpr char sendReply[] = "send_reply";            // {reply: Reply}
inline constexpr char savePlan[] = "save_plan";              // {plan: ReturnPlan}
inline constexpr char savePlanStep[] = "save_plan_step";     // {step: PlanStep}, create or edit
inline constexpr char deletePlanStep[] = "delete_plan_step"; // {step_id}
inline constexpr char submitCheckIn[] = "submit_checkin";    // {checkin: CheckIn}
// Notifications: the user's own settings, and a parent's answer to "Alles
// goed?" (a parent of the notice's student only; answer is "known").
inline constexpr char saveNotificationSettings[] =
    "save_notification_settings"; // {settings: NotificationSettings}
inline constexpr char answerAbsenceNotice[] = "answer_absence_notice"; // {notice_id, answer}

inline constexpr const char *all[] = {reportAbsence,      recover,
                                      withdrawReport,     acknowledge,
                                      decideLeave,        logContact,
                                      sendMessage,        markRead,
                                      sendReply,          savePlan,
                                      savePlanStep,       deletePlanStep,
                                      submitCheckIn,      saveNotificationSettings,
                                      answerAbsenceNotice};

} // namespace Aanwezig::Mutations
