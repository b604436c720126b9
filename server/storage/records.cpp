#include "storage/records.h"

#include "storage/database.h"
#include "storage/reportperiods.h"

#include <QDate>
#include <QJsonDocument>

namespace Aanwezig::Server {

namespace {

QString compact(const QJsonObject &data)
{
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

bool flag(const QJsonObject &data, const char *key, bool fallback)
{
    const QJsonValue v = data.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}

} // namespace

Audience audienceOf(const QString &kind, const QJsonObject &data)
{
    if (kind == QLatin1String(Kind::warmMessage))
        return {flag(data, "to_parents", false), flag(data, "to_student", true), true};
    if (kind == QLatin1String(Kind::absenceReport))
        return {true, false, true};
    if (kind == QLatin1String(Kind::reply)) {
        const bool byParent =
            data.value(QLatin1String("from")).toString() == QLatin1String("parent");
        return {byParent, !byParent, true}; // the author's own side and the staff
    }
    if (kind == QLatin1String(Kind::checkIn))
        return {false, true, true};
    if (kind == QLatin1String(Kind::notificationSettings))
        return {false, false, false}; // only its user (pull.cpp)
    if (kind == QLatin1String(Kind::absenceNotice))
        return {true, false, true};
    if (kind == QLatin1String(Kind::contactLogEntry) ||
        kind == QLatin1String(Kind::registeredAbsence))
        return {false, false, true};
    return {true, true, true}; // person, plan, step, attendance summary
}

std::optional<QJsonObject> Records::find(const QString &kind, const QString &id) const
{
    QSqlQuery &query = exec(
        m_db, QStringLiteral("SELECT data FROM records WHERE kind = ? AND id = ? AND deleted = 0"),
        {kind, id});
    if (!query.next())
        return std::nullopt;
    return parsed(query.value(0));
}

bool Records::wasDeleted(const QString &kind, const QString &id) const
{
    return scalar(m_db,
                  QStringLiteral("SELECT 1 FROM records WHERE kind = ? AND id = ? AND deleted = 1"),
                  {kind, id})
        .isValid();
}

QList<QJsonObject> Records::ofStudent(const QString &kind, const QString &studentId) const
{
    QSqlQuery &query =
        exec(m_db,
             QStringLiteral("SELECT data FROM records WHERE kind = ? AND student_id = ? "
                            "AND deleted = 0 ORDER BY pos"),
             {kind, studentId});
    QList<QJsonObject> list;
    while (query.next())
        list.append(parsed(query.value(0)));
    return list;
}

void Records::put(const QString &kind, const QString &id, const QString &studentId,
                  const QJsonObject &data)
{
    const QString json = compact(data);
    const QVariant stored = scalar(
        m_db, QStringLiteral("SELECT data FROM records WHERE kind = ? AND id = ? AND deleted = 0"),
        {kind, id});
    if (stored.isValid() && stored.toString() == json)
        return;
    const Audience audience = audienceOf(kind, data);
    exec(m_db,
         QStringLiteral("INSERT INTO records (kind, id, pos, student_id, for_parents, for_student, "
                        "for_staff, deleted, data, changed_on) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, "
                        "?) ON CONFLICT (kind, id) DO UPDATE SET pos = excluded.pos, "
                        "student_id = excluded.student_id, for_parents = excluded.for_parents, "
                        "for_student = excluded.for_student, for_staff = excluded.for_staff, "
                        "deleted = 0, data = excluded.data, changed_on = excluded.changed_on"),
         {kind, id, nextPosition(), text(studentId), int(audience.parents), int(audience.student),
          int(audience.staff), json, QDate::currentDate().toString(Qt::ISODate)});
    if (kind == QLatin1String(Kind::absenceReport))
        ReportPeriods::record(m_db, id, data);
    m_changes.append({kind, id, studentId,
                      stored.isValid() ? std::optional<QJsonObject>(parsed(stored)) : std::nullopt,
                      data});
}

void Records::remove(const QString &kind, const QString &id)
{
    exec(m_db,
         QStringLiteral(
             "UPDATE records SET pos = ?, deleted = 1, data = '{}' WHERE kind = ? AND id = ? "
             "AND deleted = 0"),
         {nextPosition(), kind, id});
    if (kind == QLatin1String(Kind::absenceReport))
        exec(m_db, QStringLiteral("DELETE FROM report_periods WHERE id = ?"), {id});
}

void Records::touchStudent(const QString &studentId)
{
    QList<std::pair<QString, QString>> keys;
    QSqlQuery &rows =
        exec(m_db,
             QStringLiteral(
                 "SELECT kind, id FROM records WHERE student_id = ? AND deleted = 0 ORDER BY pos"),
             {studentId});
    while (rows.next())
        keys.append({rows.value(0).toString(), rows.value(1).toString()});
    for (const auto &[kind, id] : keys)
        exec(m_db, QStringLiteral("UPDATE records SET pos = ? WHERE kind = ? AND id = ?"),
             {nextPosition(), kind, id});
}

void Records::forget(const QString &userId, const QString &studentId)
{
    exec(m_db,
         QStringLiteral("INSERT INTO records (kind, id, pos, student_id, for_parents, for_student, "
                        "for_staff, deleted, data, for_user) VALUES (?, ?, ?, ?, 0, 0, 0, 1, '{}', "
                        "?) ON CONFLICT (kind, id) DO UPDATE SET pos = excluded.pos"),
         {QLatin1String(Kind::forgotten), userId + QLatin1Char('/') + studentId, nextPosition(),
          studentId, userId});
}

qint64 Records::headPosition(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(pos), 0) FROM records")).toLongLong();
}

qint64 Records::nextPosition()
{
    if (m_next == 0)
        m_next = headPosition(m_db) + 1;
    return m_next++;
}

} // namespace Aanwezig::Server
