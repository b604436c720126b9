#include "cli/schoolimport.h"

#include "domain/registeredabsence.h"
#include "domain/walltime.h"
#include "notify/notificationplanner.h"
#include "notify/schoolclock.h"
#include "storage/database.h"
#include "storage/people.h"
#include "storage/records.h"
#include "studentattendance.h"
#include "sync/accesschanges.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace Aanwezig::Server {

namespace {

QSet<QString> knownStudents(const QSqlDatabase &db)
{
    QSqlQuery &query = exec(db, QStringLiteral("SELECT id FROM students"));
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

QHash<QString, QList<Registration>> registrationsByStudent(const QSqlDatabase &db)
{
    QSqlQuery &query =
        exec(db, QStringLiteral("SELECT student_id, day, start_time, end_time, code, "
                                "minutes_late FROM registrations ORDER BY day, start_time"));
    QHash<QString, QList<Registration>> rows;
    while (query.next()) {
        Registration r;
        r.studentId = query.value(0).toString();
        r.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        r.start = parseClockTime(query.value(2).toString()).value_or(QTime());
        r.end = parseClockTime(query.value(3).toString()).value_or(QTime());
        r.code = parseRegistrationCode(query.value(4).toString()).value_or(RegistrationCode::A);
        r.minutesLate = query.value(5).toInt();
        rows[r.studentId].append(r);
    }
    return rows;
}

QJsonValue optionalNumber(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// The attendance rate of each week (from Monday) of the window, oldest first,
// for the app's trend chart; weeks with nothing scheduled are left out.
QJsonArray weeklyTrend(const QList<Registration> &rows, QDate from, QDate to)
{
    QJsonArray trend;
    for (QDate week = from.addDays(1 - from.dayOfWeek()); week <= to; week = week.addDays(7)) {
        const auto totals =
            attendanceTotals(rows, std::max(week, from), std::min(week.addDays(6), to));
        if (const auto rate = attendanceRateTenths(totals))
            trend.append(QJsonObject{{QStringLiteral("week_start"), week.toString(Qt::ISODate)},
                                     {QStringLiteral("rate_pct"), *rate / 10.0}});
    }
    return trend;
}

QJsonObject summaryJson(const QString &studentId, const QList<Registration> &rows, QDate from,
                        QDate to)
{
    const StudentAttendance a = computeStudentAttendance(rows, from, to);
    // The tier of the window before this one, so the app can tell a trend.
    const auto previousTier =
        attendanceTier(attendanceTotals(rows, from.addDays(-summaryWindowDays), from.addDays(-1)));
    return QJsonObject{
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("scheduled_min"), a.totals.scheduledMin},
        {QStringLiteral("present_min"), a.totals.presentMin()},
        {QStringLiteral("missed_min"), a.totals.missedMin},
        {QStringLiteral("unauthorised_min"), a.totals.unauthorisedMin},
        {QStringLiteral("rate_pct"),
         a.rateTenths ? QJsonValue(formatRateTenths(*a.rateTenths)) : QJsonValue()},
        {QStringLiteral("tier"), optionalNumber(a.tier)},
        {QStringLiteral("previous_tier"), optionalNumber(previousTier)},
        {QStringLiteral("trend"), weeklyTrend(rows, from, to)},
        {QStringLiteral("legal_max_28d_min"), a.largestUnauthorised28d},
        {QStringLiteral("legal_signal"), legalSignalKey(a.legal)},
        {QStringLiteral("sick_signal"), a.sick},
        {QStringLiteral("late_signal"), a.late},
    };
}

// The student's missed lessons of each of the last registeredAbsenceDays days
// up to `to`, for the mentors; a day whose registrations were corrected to
// present is deleted again.
void putRegisteredAbsences(Records &records, const QString &studentId,
                           const QList<Registration> &rows, QDate to)
{
    const QString kind = QLatin1String(Kind::registeredAbsence);
    const QDate from = to.addDays(-(registeredAbsenceDays - 1));
    QMap<QDate, RegisteredAbsence> days; // rows come by day and start time
    for (const Registration &r : rows) {
        if (r.date < from || r.date > to || !isAbsence(r.code))
            continue;
        RegisteredAbsence &day = days[r.date];
        day.studentId = studentId;
        day.date = r.date;
        day.lessons.append({r.start, r.end, r.code});
    }
    for (const QJsonObject &stored : records.ofStudent(kind, studentId)) {
        const auto day = RegisteredAbsence::fromJson(stored);
        if (day && day->date >= from && day->date <= to && !days.contains(day->date))
            records.remove(kind, day->id());
    }
    for (const RegisteredAbsence &day : days)
        records.put(kind, day.id(), studentId, day.toJson());
}

// Every student's summary over the window ending on the last registered date,
// and the lessons they missed lately.
void refreshSummaries(const QSqlDatabase &db)
{
    const QHash<QString, QList<Registration>> rows = registrationsByStudent(db);
    QDate to;
    for (const QList<Registration> &ofStudent : rows) {
        for (const Registration &r : ofStudent)
            to = std::max(to, r.date);
    }
    if (!to.isValid())
        return;
    const QDate from = to.addDays(-(summaryWindowDays - 1));
    Records records(db);
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        records.put(QLatin1String(Kind::attendanceSummary), it.key(), it.key(),
                    summaryJson(it.key(), it.value(), from, to));
        putRegisteredAbsences(records, it.key(), it.value(), to);
    }
}

// Who relates to each student: class, parents and the class's mentors.
QHash<QString, QString> relationsByStudent(const QSqlDatabase &db)
{
    QHash<QString, QStringList> parents;
    QSqlQuery &parentRows =
        exec(db, QStringLiteral("SELECT student_id, email FROM student_parents"));
    while (parentRows.next())
        parents[parentRows.value(0).toString()].append(parentRows.value(1).toString());
    QHash<QString, QStringList> mentors;
    QSqlQuery &mentorRows = exec(db, QStringLiteral("SELECT class_name, email FROM class_mentors"));
    while (mentorRows.next())
        mentors[mentorRows.value(0).toString()].append(mentorRows.value(1).toString());
    QHash<QString, QString> relations;
    QSqlQuery &students =
        exec(db, QStringLiteral("SELECT id, COALESCE(left_on, class_name) FROM students"));
    while (students.next()) {
        const QString id = students.value(0).toString();
        const QString className = students.value(1).toString();
        QStringList parentsOf = parents.value(id);
        QStringList mentorsOf = mentors.value(className);
        parentsOf.sort();
        mentorsOf.sort();
        relations.insert(id, className + QLatin1Char('|') + parentsOf.join(QLatin1Char(';')) +
                                 QLatin1Char('|') + mentorsOf.join(QLatin1Char(';')));
    }
    return relations;
}

// Every (student, parent e-mail) pair of the roster tables.
QSet<std::pair<QString, QString>> parentPairs(const QSqlDatabase &db)
{
    QSet<std::pair<QString, QString>> pairs;
    QSqlQuery &rows = exec(db, QStringLiteral("SELECT student_id, email FROM student_parents"));
    while (rows.next())
        pairs.insert({rows.value(0).toString(), rows.value(1).toString()});
    return pairs;
}

// The class of every student at school (not left), by id.
QHash<QString, QString> classesAtSchool(const QSqlDatabase &db)
{
    QHash<QString, QString> classes;
    QSqlQuery &rows =
        exec(db, QStringLiteral("SELECT id, class_name FROM students WHERE left_on IS NULL"));
    while (rows.next())
        classes.insert(rows.value(0).toString(), rows.value(1).toString());
    return classes;
}

} // namespace

RosterChanges importRoster(const QSqlDatabase &db, const QList<RosterEntry> &roster,
                           int allowedRemovals, QDate today)
{
    WriteTransaction transaction(db);
    Records records(db);
    RosterChanges changes;
    const QHash<QString, QString> relationsBefore = relationsByStudent(db);
    const UserRelations usersBefore = relationsOfUsers(db);
    const QSet<std::pair<QString, QString>> parentsBefore = parentPairs(db);
    const QHash<QString, QString> classBefore = classesAtSchool(db);

    QSet<QString> inFile;
    for (const RosterEntry &entry : roster)
        inFile.insert(entry.studentId);
    for (auto it = classBefore.constBegin(); it != classBefore.constEnd(); ++it) {
        if (!inFile.contains(it.key()))
            changes.left.append(it.key());
    }
    changes.left.sort();
    if (!changes.left.isEmpty() && changes.left.size() > allowedRemovals &&
        changes.left.size() * 100 > classBefore.size() * maxSilentRemovalPercent) {
        changes.refused =
            QStringLiteral("The roster leaves out %1 of the %2 students (more than %3 %); if they "
                           "really all left, import again with --allow-removals %1. Nothing was "
                           "imported.")
                .arg(changes.left.size())
                .arg(classBefore.size())
                .arg(maxSilentRemovalPercent);
        return changes;
    }

    QHash<QString, QSet<QString>> mentorsOfClass;
    for (const RosterEntry &entry : roster) {
        if (!classBefore.contains(entry.studentId))
            changes.added.append(entry.studentId);
        else if (classBefore.value(entry.studentId) != entry.className)
            changes.moved.append(entry.studentId);
        exec(db,
             QStringLiteral(
                 "INSERT INTO students (id, first_name, last_name, class_name, mentor_email) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                 "first_name = excluded.first_name, last_name = excluded.last_name, "
                 "class_name = excluded.class_name, mentor_email = excluded.mentor_email, "
                 "left_on = NULL"),
             {entry.studentId, entry.firstName, entry.lastName, entry.className,
              entry.mentorEmail.toLower()});
        exec(db, QStringLiteral("DELETE FROM student_parents WHERE student_id = ?"),
             {entry.studentId});
        QHash<QString, QString> phoneOfParent; // one row per address; its number, if told
        for (qsizetype i = 0; i < entry.parentEmails.size(); ++i) {
            QString &phone = phoneOfParent[entry.parentEmails.at(i).toLower()];
            if (phone.isEmpty())
                phone = entry.parentPhones.value(i);
        }
        for (auto it = phoneOfParent.constBegin(); it != phoneOfParent.constEnd(); ++it)
            exec(db,
                 QStringLiteral(
                     "INSERT INTO student_parents (student_id, email, phone) VALUES (?, ?, ?)"),
                 {entry.studentId, it.key(), text(it.value())});
        for (qsizetype i = 0; i < entry.parentLanguages.size(); ++i) {
            if (!entry.parentLanguages.at(i).isEmpty())
                setLanguage(db, entry.parentEmails.at(i).toLower(), entry.parentLanguages.at(i));
        }
        mentorsOfClass[entry.className].insert(entry.mentorEmail.toLower());
    }
    changes.added.sort();
    changes.moved.sort();
    for (const QString &student : std::as_const(changes.left)) {
        exec(db, QStringLiteral("UPDATE students SET left_on = ? WHERE id = ?"),
             {today.toString(Qt::ISODate), student});
        exec(db, QStringLiteral("DELETE FROM student_parents WHERE student_id = ?"), {student});
    }
    // Classes without a student in the file have no mentors any more.
    exec(db, QStringLiteral("DELETE FROM class_mentors"));
    for (auto it = mentorsOfClass.constBegin(); it != mentorsOfClass.constEnd(); ++it) {
        for (const QString &email : it.value())
            exec(db, QStringLiteral("INSERT INTO class_mentors (class_name, email) VALUES (?, ?)"),
                 {it.key(), email});
    }
    const QSet<std::pair<QString, QString>> parentsAfter = parentPairs(db);
    changes.parentsAdded = int((parentsAfter - parentsBefore).size());
    changes.parentsRemoved = int((parentsBefore - parentsAfter).size());
    // Every student, also those not in this file: a parent's language may have changed.
    putPeople(db, records);
    // Whoever now relates to a student they did not before (a new mentor, a
    // new parent) gets the student's data on their next pull, not only what
    // changes from now on.
    const QHash<QString, QString> relationsAfter = relationsByStudent(db);
    for (auto it = relationsBefore.constBegin(); it != relationsBefore.constEnd(); ++it) {
        if (relationsAfter.value(it.key()) != it.value() && !changes.left.contains(it.key()))
            records.touchStudent(it.key());
    }
    // Whoever no longer relates to a student drops them on the next pull.
    changes.accessEnded = forgetLostStudents(records, usersBefore, relationsOfUsers(db));
    changes.invitesVoided = voidPointlessInvites(db);
    transaction.commit();
    return changes;
}

std::optional<InputError> importRegistrations(const QSqlDatabase &db,
                                              const QList<Registration> &registrations,
                                              const QString &fileName)
{
    WriteTransaction transaction(db);
    const QSet<QString> students = knownStudents(db);
    for (const Registration &r : registrations) {
        if (!students.contains(r.studentId))
            return InputError{fileName, r.line,
                              QStringLiteral("student '%1' is not in the roster; import the roster "
                                             "first")
                                  .arg(r.studentId)};
    }
    const QString upsert =
        QStringLiteral("INSERT INTO registrations (student_id, day, start_time, end_time, code, "
                       "minutes_late) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (student_id, day, "
                       "start_time) DO UPDATE SET end_time = excluded.end_time, "
                       "code = excluded.code, minutes_late = excluded.minutes_late");
    for (const Registration &r : registrations)
        exec(db, upsert,
             {r.studentId, r.date.toString(Qt::ISODate), formatClockTime(r.start),
              formatClockTime(r.end), codeKey(r.code), r.minutesLate});
    refreshSummaries(db);
    // Today's absences without a report: "Alles goed?".
    Records records(db);
    NotificationPlanner(db, schoolNow()).planUnreportedAbsences(records);
    transaction.commit();
    return std::nullopt;
}

} // namespace Aanwezig::Server
