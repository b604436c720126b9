#include "notify/notificationplanner.h"

#include "domain/absencenotice.h"
#include "domain/absencereport.h"
#include "domain/registeredabsence.h"
#include "domain/returnplan.h"
#include "domain/walltime.h"
#include "domain/warmmessage.h"
#include "notify/notificationoutbox.h"
#include "notify/notificationrules.h"
#include "notify/notificationsettingsstore.h"
#include "protocol/notificationkinds.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QUuid>

namespace Aanwezig::Server {

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QStringList list;
    QSqlQuery &query = exec(db, sql, values);
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

// Users (paired people) among the student's parents.
QStringList parentUsers(const QSqlDatabase &db, const QString &studentId)
{
    return column(
        db,
        QStringLiteral("SELECT u.id FROM student_parents p JOIN users u ON u.id = p.email "
                       "WHERE p.student_id = ? ORDER BY u.id"),
        {studentId});
}

QJsonObject link(const char *page, const QString &id, const QString &studentId,
                 QDate date = QDate())
{
    QJsonObject l{{QStringLiteral("page"), QLatin1String(page)}};
    if (!id.isEmpty())
        l.insert(QStringLiteral("id"), id);
    if (!studentId.isEmpty())
        l.insert(QStringLiteral("student_id"), studentId);
    if (date.isValid())
        l.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    return l;
}

// Whether a report of the student that is not withdrawn covers part of the day.
bool reportCovers(const AbsenceReport &report, QDate day)
{
    return !report.isWithdrawn() && report.overlaps(wallTime(day), wallTime(day.addDays(1)));
}

QString changeSuffix(const QJsonObject &after)
{
    // A plan step changes more than once: each version is its own cause.
    return QString::number(qHash(QJsonDocument(after).toJson(QJsonDocument::Compact)), 16);
}

} // namespace

bool NotificationPlanner::notifyUser(const QString &userId, int recipient, const char *kind,
                                     const QString &studentId, const QJsonObject &linkJson,
                                     const QString &dedupKey, QJsonObject data)
{
    const NotificationSettings settings = notificationSettingsOf(m_db, userId);
    const auto delivery = decideDelivery(kind, Recipient(recipient), settings, m_now);
    if (!delivery)
        return false;
    QSqlQuery &student =
        exec(m_db, QStringLiteral("SELECT first_name, class_name FROM students WHERE id = ?"),
             {studentId});
    if (student.next()) {
        data.insert(QStringLiteral("first_name"), student.value(0).toString());
        data.insert(QStringLiteral("class"), student.value(1).toString());
    }
    data.insert(QStringLiteral("student_id"), studentId);
    data.insert(QStringLiteral("link"), linkJson);
    data.insert(QStringLiteral("tag"), dedupKey.section(QLatin1Char('@'), 0, 0));
    OutboxNotification n;
    n.userId = userId;
    n.kind = delivery->kind;
    n.groupKey = delivery->groupKey;
    n.dedupKey = dedupKey + QLatin1Char('@') + userId;
    n.studentId = studentId;
    n.data = data;
    n.dueAt = delivery->due.toSecsSinceEpoch();
    return enqueueNotification(m_db, n, m_now.toSecsSinceEpoch());
}

QString NotificationPlanner::checkInDueKey(const QString &studentId, const QString &key)
{
    return QStringLiteral("checkin_due:") + studentId + QLatin1Char(':') + key;
}

bool NotificationPlanner::planCheckInDue(const QString &studentId, const QString &key)
{
    return notifyUser(studentId, int(Recipient::Student), NotificationKinds::checkinDue, studentId,
                      link(NotificationPages::checkin, {}, studentId),
                      checkInDueKey(studentId, key));
}

void NotificationPlanner::notifyStaff(const QString &studentId, const QString &dedupPrefix,
                                      const QString &actor)
{
    const QStringList mentors =
        column(m_db,
               QStringLiteral("SELECT u.id FROM students s JOIN class_mentors m ON m.class_name = "
                              "s.class_name JOIN users u ON u.id = m.email WHERE s.id = ? "
                              "ORDER BY u.id"),
               {studentId});
    const QStringList team = column(
        m_db, QStringLiteral("SELECT user_id FROM user_roles WHERE role = 'team' ORDER BY user_id"),
        {});
    const QJsonObject to = link(NotificationPages::student, {}, studentId, m_now.date());
    for (const QString &user : mentors) {
        if (user != actor)
            notifyUser(user, int(Recipient::Mentor), NotificationKinds::firstDay, studentId, to,
                       dedupPrefix);
    }
    for (const QString &user : team) {
        if (user != actor && !mentors.contains(user))
            notifyUser(user, int(Recipient::Team), NotificationKinds::firstDay, studentId, to,
                       dedupPrefix);
    }
}

void NotificationPlanner::planForChanges(Records &records, const QString &actor)
{
    const QDate today = m_now.date();
    for (const RecordChange &change : records.takeChanges()) {
        if (change.kind == QLatin1String(Kind::absenceReport)) {
            const auto after = AbsenceReport::fromJson(change.after);
            const auto before =
                change.before ? AbsenceReport::fromJson(*change.before) : std::nullopt;
            if (!after)
                continue;
            const QString id = after->id.toString(QUuid::WithoutBraces);
            const bool byParent = after->reporterId == actor &&
                                  !scalar(m_db,
                                          QStringLiteral("SELECT 1 FROM class_mentors m JOIN "
                                                         "students s ON s.class_name = "
                                                         "m.class_name WHERE s.id = ? AND "
                                                         "m.email = ?"),
                                          {after->studentId, actor})
                                       .isValid();
            if (!before && reportCovers(*after, today)) {
                if (byParent)
                    notifyStaff(after->studentId, QStringLiteral("first_day:") + id, actor);
                markNoticeReported(records, after->studentId, today);
            }
            const QStringList parents = parentUsers(m_db, after->studentId);
            const bool reporterIsParent = parents.contains(after->reporterId);
            if (before && before->state != ReportState::SeenByMentor &&
                after->state == ReportState::SeenByMentor && reporterIsParent &&
                after->reporterId != actor)
                notifyUser(after->reporterId, int(Recipient::Parent), NotificationKinds::reportSeen,
                           after->studentId, link(NotificationPages::report, id, after->studentId),
                           QStringLiteral("report_seen:") + id);
            if (before && before->decision == LeaveDecision::Pending &&
                (after->decision == LeaveDecision::Approved ||
                 after->decision == LeaveDecision::Refused) &&
                reporterIsParent && after->reporterId != actor)
                notifyUser(
                    after->reporterId, int(Recipient::Parent), NotificationKinds::leaveDecided,
                    after->studentId, link(NotificationPages::report, id, after->studentId),
                    QStringLiteral("leave_decided:") + id,
                    {{QStringLiteral("approved"), after->decision == LeaveDecision::Approved}});
        } else if (change.kind == QLatin1String(Kind::warmMessage) && !change.before) {
            const auto message = WarmMessage::fromJson(change.after);
            if (!message)
                continue;
            const QString id = message->id.toString(QUuid::WithoutBraces);
            const QJsonObject to = link(NotificationPages::message, id, message->studentId);
            const QString dedup = QStringLiteral("warm_message:") + id;
            if (message->toStudent && message->studentId != actor &&
                scalar(m_db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"),
                       {message->studentId})
                    .isValid())
                notifyUser(message->studentId, int(Recipient::Student),
                           NotificationKinds::warmMessage, message->studentId, to, dedup,
                           {{QStringLiteral("to"), QStringLiteral("student")}});
            if (message->toParents) {
                for (const QString &parent : parentUsers(m_db, message->studentId)) {
                    if (parent != actor)
                        notifyUser(parent, int(Recipient::Parent), NotificationKinds::warmMessage,
                                   message->studentId, to, dedup,
                                   {{QStringLiteral("to"), QStringLiteral("parent")}});
                }
            }
        } else if (change.kind == QLatin1String(Kind::planStep)) {
            const auto step = PlanStep::fromJson(change.after);
            const auto before = change.before ? PlanStep::fromJson(*change.before) : std::nullopt;
            if (!step || step->studentId == actor)
                continue;
            if (before && before->title == step->title && before->due == step->due)
                continue; // only ticked off or moved: nothing new for the student
            if (scalar(m_db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {step->studentId})
                    .isValid())
                notifyUser(step->studentId, int(Recipient::Student), NotificationKinds::planStep,
                           step->studentId, link(NotificationPages::plan, {}, step->studentId),
                           QStringLiteral("plan_step:") + step->id.toString(QUuid::WithoutBraces) +
                               QLatin1Char(':') + changeSuffix(change.after));
        }
    }
}

void NotificationPlanner::markNoticeReported(Records &records, const QString &studentId, QDate day)
{
    const QString kind = QLatin1String(Kind::absenceNotice);
    const auto json = records.find(kind, AbsenceNotice::idOf(studentId, day));
    auto notice = json ? AbsenceNotice::fromJson(*json) : std::nullopt;
    if (!notice || notice->answer != AbsenceNotice::Answer::None)
        return;
    notice->answer = AbsenceNotice::Answer::Reported;
    notice->answeredAt = wallTime(m_now.date(), m_now.time());
    records.put(kind, notice->id(), studentId, notice->toJson());
}

void NotificationPlanner::planUnreportedAbsences(Records &records)
{
    const QDate today = m_now.date();
    const QString noticeKind = QLatin1String(Kind::absenceNotice);
    const QStringList absentToday =
        column(m_db,
               QStringLiteral("SELECT DISTINCT student_id FROM registrations WHERE day = ? AND "
                              "code NOT IN ('A', 'TL') ORDER BY student_id"),
               {today.toString(Qt::ISODate)});
    for (const QString &studentId : absentToday) {
        const QString noticeId = AbsenceNotice::idOf(studentId, today);
        if (records.find(noticeKind, noticeId))
            continue; // asked already
        bool covered = false;
        for (const QJsonObject &json :
             records.ofStudent(QLatin1String(Kind::absenceReport), studentId)) {
            const auto report = AbsenceReport::fromJson(json);
            covered = covered || (report && reportCovers(*report, today));
        }
        if (covered)
            continue;
        AbsenceNotice notice;
        notice.studentId = studentId;
        notice.date = today;
        notice.notifiedAt = wallTime(today, QTime(m_now.time().hour(), m_now.time().minute()));
        records.put(noticeKind, noticeId, studentId, notice.toJson());
        for (const QString &parent : parentUsers(m_db, studentId))
            notifyUser(parent, int(Recipient::Parent), NotificationKinds::unreportedAbsence,
                       studentId, link(NotificationPages::reportForm, {}, studentId, today),
                       QStringLiteral("unreported_absence:") + noticeId,
                       {{QStringLiteral("notice_id"), noticeId}});
        notifyStaff(studentId, QStringLiteral("first_day:") + noticeId, QString());
    }
    records.takeChanges();
}

} // namespace Aanwezig::Server
