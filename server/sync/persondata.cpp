#include "sync/persondata.h"

#include "storage/database.h"
#include "storage/records.h"
#include "sync/accesschanges.h"
#include "sync/personremoval.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <algorithm>

namespace Aanwezig::Server {

namespace {

// The rows of one query as JSON objects, column by column.
QJsonArray rowsOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = exec(db, sql, values);
    QJsonArray rows;
    while (query.next()) {
        QJsonObject row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
        rows.append(row);
    }
    return rows;
}

bool mentions(const QJsonValue &value, const QString &email)
{
    if (value.isString())
        return value.toString().compare(email, Qt::CaseInsensitive) == 0;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [&](const QJsonValue &v) { return mentions(v, email); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [&](const QJsonValue &v) { return mentions(v, email); });
    }
    return false;
}

struct StoredRecord
{
    QString kind;
    QString id;
    QString studentId;
    QJsonObject data;
};

// The person's records that are not deleted.
QList<StoredRecord> recordsOf(const QSqlDatabase &db, const PersonRef &person)
{
    QList<StoredRecord> found;
    QSqlQuery &query =
        person.studentId.isEmpty()
            ? exec(db, QStringLiteral("SELECT kind, id, student_id, data FROM records "
                                      "WHERE deleted = 0 ORDER BY pos"))
            : exec(db,
                   QStringLiteral("SELECT kind, id, student_id, data FROM records "
                                  "WHERE deleted = 0 AND student_id = ? ORDER BY pos"),
                   {person.studentId});
    while (query.next()) {
        StoredRecord record{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(),
                            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()};
        if (!person.studentId.isEmpty() || mentions(record.data, person.email))
            found.append(record);
    }
    return found;
}

QString userIdOf(const PersonRef &person)
{
    return person.studentId.isEmpty() ? person.email : person.studentId;
}

// The kinds of the absence administration, kept until their retention period ends.
bool legallyKept(const QString &kind)
{
    return kind == QLatin1String(Kind::absenceReport) ||
           kind == QLatin1String(Kind::contactLogEntry) ||
           kind == QLatin1String(Kind::registeredAbsence);
}

// The record's data without the e-mail address (a sender, a reader): in a
// text field it becomes empty, from a list it is left out.
QJsonObject withoutAddress(QJsonObject data, const QString &email)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it->isString() && it->toString().compare(email, Qt::CaseInsensitive) == 0) {
            *it = QString();
        } else if (it->isArray()) {
            QJsonArray kept;
            for (const QJsonValue v : it->toArray()) {
                if (!mentions(v, email))
                    kept.append(v);
            }
            *it = kept;
        }
    }
    return data;
}

} // namespace

QJsonObject exportPerson(const QSqlDatabase &db, const PersonRef &person)
{
    const QString user = userIdOf(person);
    QJsonObject rows;
    rows.insert(
        QStringLiteral("users"),
        rowsOf(db, QStringLiteral("SELECT id, email, student_id FROM users WHERE id = ?"), {user}));
    rows.insert(QStringLiteral("user_roles"),
                rowsOf(db, QStringLiteral("SELECT user_id, role FROM user_roles WHERE user_id = ?"),
                       {user}));
    rows.insert(QStringLiteral("devices"),
                rowsOf(db,
                       QStringLiteral("SELECT id, user_id, name, created_at, revoked_at "
                                      "FROM devices WHERE user_id = ?"),
                       {user}));
    rows.insert(QStringLiteral("invites"),
                rowsOf(db,
                       QStringLiteral("SELECT user_id, role, created_at, expires_at, used_at "
                                      "FROM invites WHERE user_id = ?"),
                       {user}));
    rows.insert(QStringLiteral("clients"),
                rowsOf(db,
                       QStringLiteral("SELECT id, user_id, last_seq FROM clients "
                                      "WHERE user_id = ?"),
                       {user}));
    rows.insert(QStringLiteral("person_languages"),
                rowsOf(db,
                       QStringLiteral("SELECT person_id, language FROM person_languages "
                                      "WHERE person_id = ?"),
                       {user}));
    if (person.studentId.isEmpty()) {
        rows.insert(QStringLiteral("student_parents"),
                    rowsOf(db,
                           QStringLiteral("SELECT student_id, email FROM student_parents "
                                          "WHERE email = ?"),
                           {person.email}));
        rows.insert(QStringLiteral("class_mentors"),
                    rowsOf(db,
                           QStringLiteral("SELECT class_name, email FROM class_mentors "
                                          "WHERE email = ?"),
                           {person.email}));
    } else {
        rows.insert(QStringLiteral("students"),
                    rowsOf(db,
                           QStringLiteral("SELECT id, first_name, last_name, class_name, "
                                          "mentor_email, left_on FROM students WHERE id = ?"),
                           {person.studentId}));
        rows.insert(QStringLiteral("student_parents"),
                    rowsOf(db,
                           QStringLiteral("SELECT student_id, email FROM student_parents "
                                          "WHERE student_id = ?"),
                           {person.studentId}));
        rows.insert(QStringLiteral("registrations"),
                    rowsOf(db,
                           QStringLiteral("SELECT student_id, day, start_time, end_time, code, "
                                          "minutes_late FROM registrations WHERE student_id = ? "
                                          "ORDER BY day, start_time"),
                           {person.studentId}));
    }
    QJsonArray records;
    for (const StoredRecord &record : recordsOf(db, person))
        records.append(QJsonObject{{QStringLiteral("kind"), record.kind},
                                   {QStringLiteral("id"), record.id},
                                   {QStringLiteral("student_id"), record.studentId},
                                   {QStringLiteral("data"), record.data}});
    return QJsonObject{{QStringLiteral("person"), user},
                       {QStringLiteral("exported_on"), QDate::currentDate().toString(Qt::ISODate)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("records"), records}};
}

Erasure erasePerson(const QSqlDatabase &db, const PersonRef &person)
{
    const QString user = userIdOf(person);
    Erasure erasure;
    // Devices, roles, codes and relations first: the phones drop the students.
    const Removal removal = removePerson(db, user);
    erasure.deleted += removal.roles + removal.invites + removal.relations;

    WriteTransaction transaction(db);
    Records records(db);
    for (const char *sql :
         {"DELETE FROM devices WHERE user_id = ?", "DELETE FROM invites WHERE user_id = ?",
          "DELETE FROM person_languages WHERE person_id = ?",
          "DELETE FROM rejections WHERE client_id IN (SELECT id FROM clients WHERE user_id = ?)",
          "DELETE FROM mutation_hashes WHERE client_id IN "
          "(SELECT id FROM clients WHERE user_id = ?)",
          "DELETE FROM clients WHERE user_id = ?", "DELETE FROM users WHERE id = ?"})
        erasure.deleted += exec(db, QLatin1String(sql), {user}).numRowsAffected();
    bool keptRecords = false;
    for (const StoredRecord &record : recordsOf(db, person)) {
        if (legallyKept(record.kind)) {
            keptRecords = true;
        } else if (person.studentId.isEmpty()) {
            records.put(record.kind, record.id, record.studentId,
                        withoutAddress(record.data, person.email));
            ++erasure.stripped;
        } else {
            records.remove(record.kind, record.id);
            ++erasure.deleted;
        }
    }
    if (keptRecords)
        erasure.kept << QStringLiteral(
            "absence reports, contact log and registered absences that name them: the absence "
            "administration the law on school attendance requires, until its retention period "
            "ends");
    if (!person.studentId.isEmpty()) {
        // No one sees the student in the app any more: as a leaver.
        const UserRelations before = relationsOfUsers(db);
        exec(db, QStringLiteral("UPDATE students SET left_on = COALESCE(left_on, ?) WHERE id = ?"),
             {QDate::currentDate().toString(Qt::ISODate), person.studentId});
        erasure.deleted +=
            exec(db, QStringLiteral("DELETE FROM student_parents WHERE student_id = ?"),
                 {person.studentId})
                .numRowsAffected();
        forgetLostStudents(records, before, relationsOfUsers(db));
        erasure.kept << QStringLiteral(
            "name, class and registered lessons: whose absence administration it is, until its "
            "retention period ends");
    }
    transaction.commit();
    return erasure;
}

} // namespace Aanwezig::Server
