#pragma once

#include "storage/records.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// Turns changes into outbox notifications (notificationrules.h decides
// when), inside the write transaction of the change. Recipients are the
// people who relate to the student, never the one who made the change.
class NotificationPlanner
{
public:
    // `now`: the school's wall time (schoolclock.h); injected for tests.
    NotificationPlanner(const QSqlDatabase &db, const QDateTime &now) : m_db(db), m_now(now) {}

    // The entities a mutation of `actorUserId` put: a parent's first-day
    // report (mentors), a report seen or a leave decided (the parent who
    // reported), a warm message (its recipients), a plan step (the student).
    // Reads (and empties) records.takeChanges().
    void planForChanges(Records &records, const QString &actorUserId);

    // After a registrations import: each student registered absent today
    // without a report covering today gets an absence_notice, their parents
    // "Alles goed?" and the mentors a first-day item (once per student and
    // day). A report arriving later for a noticed day marks it "reported".
    void planUnreportedAbsences(Records &records);

    // The student's check-in `key` (checkinschedule.h) is due: a
    // checkin_due notification for the student, once per key; true when added.
    bool planCheckInDue(const QString &studentId, const QString &key);
    // The cause's dedup key of that notification (the outbox adds "@<user>").
    static QString checkInDueKey(const QString &studentId, const QString &key);

private:
    void notifyStaff(const QString &studentId, const QString &dedupPrefix, const QString &actor);
    bool notifyUser(const QString &userId, int recipient, const char *kind,
                    const QString &studentId, const QJsonObject &link, const QString &dedupKey,
                    QJsonObject data = {});
    void markNoticeReported(Records &records, const QString &studentId, QDate day);

    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace Aanwezig::Server
