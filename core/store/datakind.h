#pragma once

#include <QObject>
#include <QString>
#include <optional>

namespace Aanwezig::Store {
Q_NAMESPACE

// The kinds of data the phone holds; LocalStore::changed() names the one that changed.
enum class DataKind {
    Account,              // meta: server, user, roles, cursor
    Outbox,               // waiting, sent and rejected changes
    People,               // children, oneself, class students
    Reports,              // absence reports
    Messages,             // warm messages and their read state
    ReturnPlans,          // one plan per student
    PlanSteps,            // the steps of return plans
    CheckIns,             // students' check-ins
    ContactLog,           // mentors' contact log
    AttendanceSummaries,  // one JSON summary per student, from the server
    RegisteredAbsences,   // the school's registrations of missed lessons, per student and day
    NotificationSettings, // the user's own notification settings (one row, id = user id)
    AbsenceNotices,       // "Alles goed?" notices to parents and their answers, per student and day
    Replies,              // students' and parents' replies to messages and to the plan
};
Q_ENUM_NS(DataKind)

} // namespace Aanwezig::Store

namespace Aanwezig {
using Store::DataKind;
} // namespace Aanwezig
