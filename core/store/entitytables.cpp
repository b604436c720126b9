#include "entitytables.h"

#include "changeset.h"
#include "database.h"
#include "domain/absencenotice.h"
#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/notificationsettings.h"
#include "domain/person.h"
#include "domain/registeredabsence.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/warmmessage.h"
#include "protocol/entitykinds.h"

#include <QHash>
#include <QJsonDocument>

namespace Aanwezig::Store {

namespace {

template <typename Entity> bool parses(const QJsonObject &json, QString *error)
{
    return Entity::fromJson(json, error).has_value();
}

bool hasStudent(const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("student_id")).toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("field 'student_id' is missing");
        return false;
    }
    return true;
}

QByteArray byName(const EntityFields &fields)
{
    return fields.utf8(QLatin1String("last_name")) + '\t' +
           fields.utf8(QLatin1String("first_name"));
}
QByteArray byStart(const EntityFields &fields)
{
    return fields.utf8(QLatin1String("start"));
}
QByteArray byDate(const EntityFields &fields)
{
    return fields.utf8(QLatin1String("date"));
}
QByteArray bySentAt(const EntityFields &fields)
{
    return fields.utf8(QLatin1String("sent_at"));
}
QByteArray byAt(const EntityFields &fields)
{
    return fields.utf8(QLatin1String("at"));
}
QByteArray byPosition(const EntityFields &fields)
{
    return QStringLiteral("%1")
        .arg(fields.integer(QLatin1String("position")), 6, 10, QLatin1Char('0'))
        .toUtf8();
}
QByteArray unsorted(const EntityFields &)
{
    return {};
}

} // namespace

QString EntityFields::text(QLatin1String key) const
{
    if (m_json)
        return m_json->value(key).toString();
    return QString::fromUtf8(utf8(key));
}

QByteArray EntityFields::utf8(QLatin1String key) const
{
    if (m_json)
        return m_json->value(key).toString().toUtf8();
    const qsizetype index = filingKeys().indexOf(key);
    Q_ASSERT_X(index >= 0, "EntityFields::utf8", "not a filing key");
    return m_pulled->texts.value(index);
}

int EntityFields::integer(QLatin1String key) const
{
    if (m_json)
        return m_json->value(key).toInt();
    const qsizetype index = filingKeys().indexOf(key);
    Q_ASSERT_X(index >= 0, "EntityFields::integer", "not a filing key");
    return m_pulled->integers.value(index);
}

QString EntityTable::idOf(const EntityFields &fields) const
{
    return fields.text(QLatin1String(idKey));
}

QString EntityTable::studentOf(const EntityFields &fields) const
{
    return kind == DataKind::People ? idOf(fields) : fields.text(QLatin1String("student_id"));
}

QByteArray EntityTable::studentUtf8Of(const EntityFields &fields) const
{
    return fields.utf8(QLatin1String(kind == DataKind::People ? idKey : "student_id"));
}

const QList<EntityTable> &entityTables()
{
    static const QList<EntityTable> tables{
        {DataKind::People, EntityKinds::person, "people", "id", byName, parses<Person>},
        {DataKind::Reports, EntityKinds::absenceReport, "absence_reports", "id", byStart,
         parses<AbsenceReport>},
        {DataKind::Messages, EntityKinds::warmMessage, "warm_messages", "id", bySentAt,
         parses<WarmMessage>},
        {DataKind::ReturnPlans, EntityKinds::returnPlan, "return_plans", "student_id", unsorted,
         parses<ReturnPlan>},
        {DataKind::PlanSteps, EntityKinds::planStep, "plan_steps", "id", byPosition,
         parses<PlanStep>},
        {DataKind::CheckIns, EntityKinds::checkIn, "check_ins", "id", byAt, parses<CheckIn>},
        {DataKind::ContactLog, EntityKinds::contactLogEntry, "contact_log", "id", byAt,
         parses<ContactLogEntry>},
        {DataKind::AttendanceSummaries, EntityKinds::attendanceSummary, "attendance_summaries",
         "student_id", unsorted, hasStudent},
        {DataKind::RegisteredAbsences, EntityKinds::registeredAbsence, "registered_absences", "id",
         byDate, parses<RegisteredAbsence>},
        {DataKind::NotificationSettings, EntityKinds::notificationSettings, "notification_settings",
         "user_id", unsorted, parses<NotificationSettings>},
        {DataKind::AbsenceNotices, EntityKinds::absenceNotice, "absence_notices", "id", byDate,
         parses<AbsenceNotice>},
        {DataKind::Replies, EntityKinds::reply, "replies", "id", byAt, parses<Reply>},
    };
    return tables;
}

const QStringList &filingKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),        QStringLiteral("student_id"), QStringLiteral("user_id"),
        QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("start"),
        QStringLiteral("date"),      QStringLiteral("sent_at"),    QStringLiteral("at"),
        QStringLiteral("position"),
    };
    return keys;
}

bool belongsToStudent(const EntityTable &table)
{
    return table.kind != DataKind::People && table.kind != DataKind::NotificationSettings;
}

const EntityTable &entityTable(DataKind kind)
{
    for (const EntityTable &table : entityTables()) {
        if (table.kind == kind)
            return table;
    }
    throw StorageFailure(QStringLiteral("No table holds data kind %1.").arg(int(kind)));
}

const EntityTable *entityTableForWireKind(QStringView wireKind)
{
    for (const EntityTable &table : entityTables()) {
        if (wireKind == QLatin1String(table.wireKind))
            return &table;
    }
    return nullptr;
}

std::optional<EntityRow> findRow(const QSqlDatabase &db, const EntityTable &table,
                                 const QString &id)
{
    QSqlQuery query = exec(db,
                           QStringLiteral("SELECT json, deleted, pending_seq FROM %1 WHERE id = ?")
                               .arg(QLatin1String(table.table)),
                           {id});
    if (!query.next())
        return std::nullopt;
    return EntityRow{QJsonDocument::fromJson(query.value(0).toByteArray()).object(),
                     query.value(1).toBool(), query.value(2).toLongLong()};
}

void writeRow(const QSqlDatabase &db, const EntityTable &table, const QString &id,
              const EntityRow &row)
{
    exec(
        db,
        QStringLiteral("INSERT INTO %1 (id, student_id, sort_key, json, deleted, pending_seq) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "student_id = excluded.student_id, sort_key = excluded.sort_key, "
                       "json = excluded.json, deleted = excluded.deleted, "
                       "pending_seq = excluded.pending_seq")
            .arg(QLatin1String(table.table)),
        {id, text(table.studentOf(EntityFields(row.json))),
         text(QString::fromUtf8(table.sortKey(EntityFields(row.json)))),
         QString::fromUtf8(QJsonDocument(row.json).toJson(QJsonDocument::Compact)),
         int(row.deleted),
         row.pendingSeq > 0 ? QVariant(row.pendingSeq) : QVariant(QMetaType(QMetaType::LongLong))});
    noteChangedRow(table.kind, id);
}

void rebaseWaitingChange(const QSqlDatabase &db, const EntityTable &table, const QString &id,
                         const QVariant &serverJson)
{
    execCached(db,
               QStringLiteral("UPDATE outbox SET before_json = ?, before_deleted = 0 WHERE seq = "
                              "(SELECT MIN(seq) FROM outbox WHERE target_kind = ? AND "
                              "target_id = ? AND state = 'pending')"),
               {serverJson, QLatin1String(table.wireKind), id});
}

void removeRow(const QSqlDatabase &db, const EntityTable &table, const QString &id)
{
    const QSqlQuery removed = exec(
        db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table.table)), {id});
    if (removed.numRowsAffected() > 0)
        noteChangedRow(table.kind, id);
}

QStringList removeStudentRows(const QSqlDatabase &db, const EntityTable &table,
                              const QString &studentId)
{
    const QString name = QLatin1String(table.table);
    QSqlQuery found = exec(
        db,
        QStringLiteral("SELECT id FROM %1 WHERE student_id = ? AND pending_seq IS NULL").arg(name),
        {studentId});
    QStringList ids;
    while (found.next())
        ids.append(found.value(0).toString());
    found.finish();
    if (ids.isEmpty())
        return ids;
    exec(db,
         QStringLiteral("DELETE FROM %1 WHERE student_id = ? AND pending_seq IS NULL").arg(name),
         {studentId});
    for (const QString &id : ids)
        noteChangedRow(table.kind, id);
    return ids;
}

QSet<QString> waitingRowIds(const QSqlDatabase &db, const EntityTable &table)
{
    QSqlQuery query = exec(db, QStringLiteral("SELECT id FROM %1 WHERE pending_seq IS NOT NULL")
                                   .arg(QLatin1String(table.table)));
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

QList<QJsonObject> liveRows(const QSqlDatabase &db, const EntityTable &table,
                            const QString &studentId)
{
    const QString where = studentId.isEmpty() ? QString() : QStringLiteral(" AND student_id = ?");
    QSqlQuery query = exec(db,
                           QStringLiteral("SELECT json FROM %1 WHERE deleted = 0%2 "
                                          "ORDER BY sort_key, id")
                               .arg(QLatin1String(table.table), where),
                           studentId.isEmpty() ? QVariantList() : QVariantList{studentId});
    QList<QJsonObject> rows;
    while (query.next())
        rows.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return rows;
}

} // namespace Aanwezig::Store
