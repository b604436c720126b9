#pragma once

// Every reason code a refusal can carry, on the phone and in a push's
// answer (server/PROTOCOL.md, "Reason codes"). The phone's Wording has words
// for each code of `all` (tests/ui tst_wording loops over it); the app-only
// codes of `appOnly` carry their own words and are never sent by the server.
namespace Aanwezig::ReasonCodes {

// Who may do what (core/domain/actionrules.h).
inline constexpr char forbidden[] = "forbidden"; // the user sees it, their role may not do this
inline constexpr char notFound[] = "not_found";  // not there, or not the user's to touch
inline constexpr char duplicateId[] = "duplicate_id";
inline constexpr char alreadySeen[] = "already_seen";
inline constexpr char noPendingLeave[] = "no_pending_leave";
// A report (core/domain/absencerules.h).
inline constexpr char missingId[] = "missing_id";
inline constexpr char missingStudent[] = "missing_student";
inline constexpr char missingStart[] = "missing_start";
inline constexpr char endBeforeStart[] = "end_before_start";
inline constexpr char noteTooLong[] = "note_too_long";
inline constexpr char codeNotAllowed[] = "code_not_allowed";
inline constexpr char tooFarBack[] = "too_far_back";
inline constexpr char tooFarAhead[] = "too_far_ahead";
inline constexpr char tooManyFutureReports[] = "too_many_future_reports";
inline constexpr char overlap[] = "overlap";
inline constexpr char notSickness[] = "not_sickness";
inline constexpr char alreadyClosed[] = "already_closed";
inline constexpr char recoveryBeforeStart[] = "recovery_before_start";
inline constexpr char notReporter[] = "not_reporter";
inline constexpr char tooLateToWithdraw[] = "too_late_to_withdraw";
// Messages, replies, contact, plans, check-ins, notifications.
inline constexpr char missingField[] = "missing_field";
inline constexpr char emptyMessage[] = "empty_message";
inline constexpr char messageTooLong[] = "message_too_long";
inline constexpr char noRecipients[] = "no_recipients";
inline constexpr char unknownTemplate[] = "unknown_template";
inline constexpr char emptyReply[] = "empty_reply";
inline constexpr char replyTooLong[] = "reply_too_long";
inline constexpr char noPlan[] = "no_plan";
inline constexpr char outcomeTooLong[] = "outcome_too_long";
inline constexpr char emptyTitle[] = "empty_title";
inline constexpr char titleTooLong[] = "title_too_long";
inline constexpr char badRhythm[] = "bad_rhythm";
inline constexpr char badMood[] = "bad_mood";
inline constexpr char answerTooLong[] = "answer_too_long";
inline constexpr char invalidQuietHours[] = "invalid_quiet_hours";
inline constexpr char invalidAnswer[] = "invalid_answer";
// The protocol itself (what a newer app may fix).
inline constexpr char badArgs[] = "bad_args";
inline constexpr char unknownMutation[] = "unknown_mutation";
inline constexpr char unknownKind[] = "unknown_kind";
inline constexpr char badChange[] = "bad_change";
inline constexpr char conflict[] = "conflict";
// The phone's own storage.
inline constexpr char storageError[] = "storage_error";
// App-only (the server never sends it): a form's own check failed before
// anything was saved; the form's words say which field and why
// (ActionResult::invalidField), so Wording has none of its own.
inline constexpr char invalidField[] = "invalid_field";

inline constexpr const char *all[] = {forbidden,         notFound,
                                      duplicateId,       alreadySeen,

                                      noPendingLeave,    missingId,
                                      missingStudent,    missingStart,
                                      endBeforeStart,    noteTooLong,
                                      codeNotAllowed,    tooFarBack,
                                      tooFarAhead,       tooManyFutureReports,
                                      overlap,           notSickness,
                                      alreadyClosed,     recoveryBeforeStart,
                                      notReporter,       tooLateToWithdraw,
                                      missingField,      emptyMessage,
                                      messageTooLong,    noRecipients,
                                      unknownTemplate,   emptyReply,
                                      replyTooLong,      noPlan,
                                      outcomeTooLong,    emptyTitle,
                                      titleTooLong,      badRhythm,
                                      badMood,           answerTooLong,
                                      invalidQuietHours, invalidAnswer,
                                      badArgs,           unknownMutation,
                                      unknownKind,       badChange,
                                      conflict,          storageError};

// The codes only the app gives, each with the words of the check that failed.
inline constexpr const char *appOnly[] = {invalidField};

} // namespace Aanwezig::ReasonCodes
