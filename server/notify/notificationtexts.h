#pragma once

#include <QString>
#include <QStringList>

namespace Aanwezig::Server {

// The words of notifications in the languages the school records for people
// (nl, en, ar, tr, pl, uk; Dutch for anything else). Only names, a class,
// counts and fixed sentences: never a note, a reason code, a message's own
// words or anything medical.
enum class NotificationText {
    FirstDayTitle, // "Eerste dag afwezig"
    FirstDayBody,  // %1 name, %2 class
    FirstDayMany,  // %2 classes, %3 count
    SummaryTitle,  // morning summary
    SummaryBody,   // %2 classes, %3 absent, %4 still without contact
    ReportSeenTitle,
    ReportSeenBody, // %1 name
    LeaveDecidedTitle,
    LeaveApprovedBody, // %1 name
    LeaveRefusedBody,  // %1 name
    MessageTitle,
    MessageParentBody, // %1 name
    MessageStudentBody,
    UnreportedTitle,  // "Alles goed?"
    UnreportedBody,   // %1 name
    ActionReportSick, // "Ziek melden"
    ActionKnown,      // "Ik weet ervan"
    PlanStepTitle,
    PlanStepBody,
    CheckinTitle,
    CheckinBody,
    WaitedTitle, // what waited for the end of the quiet hours
    WaitedBody,  // %3 count
    HiddenBody,  // %2 class: "Nieuwe melding in 2A"
};

// The text in `language`, with %1 name, %2 class, %3 and %4 numbers filled in.
QString notificationText(NotificationText text, const QString &language, const QString &name = {},
                         const QString &className = {}, int number = 0, int second = 0);
// Whether the language is written right to left (Arabic).
bool isRightToLeft(const QString &language);

} // namespace Aanwezig::Server
