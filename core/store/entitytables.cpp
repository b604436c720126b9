#include "entitytables.h"

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

QString field(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QString byName(const QJsonObject &json)
{
    return field(json, "last_name") + QLatin1Char('\t') + field(json, "first_name");
}
QString byStart(const QJsonObject &json)
{
    return field(json, "start");
}
QString byDate(const QJsonObject &json)
{
    return field(json, "date");
}
QString bySentAt(const QJsonObject &json)
{
    return field(json, "sent_at");
}
QString byAt(const QJsonObject &json)
{
    return field(json, "at");
}
QString byPosition(const QJsonObject &json)
{
    return QStringLiteral("%1").arg(json.value(QLatin1String("position")).toInt(), 6, 10,
                                    QLatin1Char('0'));
}
QString unsorted(const QJsonObject &)
{
    return {};
}

// The statements a pulled page runs for each row of a table, made once.
struct PulledRowStatements
{
    QString put;
    QString remove;
};

const PulledRowStatements &pulledRowStatements(const EntityTable &table)
{
    static const QHash<const char *, PulledRowStatements> statements = [] {
        QHash<const char *, PulledRowStatements> made;
        for (const EntityTable &each : entityTables()) {
            const QLatin1String name(each.table);
            made.insert(
                each.table,
                {QStringLiteral(
                     "INSERT INTO %1 (id, student_id, sort_key, json) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (id) DO UPDATE SET student_id = excluded.student_id, "
                     "sort_key = excluded.sort_key, json = excluded.json, deleted = 0 "
                     "WHERE pending_seq IS NULL")
                     .arg(name),
                 QStringLiteral("DELETE FROM %1 WHERE id = ? AND pending_seq IS NULL").arg(name)});
        }
        return made;
    }();
    return statements.find(table.table).value();
}

QString studentOf(const EntityTable &table, const QJsonObject &json)
{
    return table.kind == DataKind::People ? table.idOf(json) : field(json, "student_id");
}

} // namespace

QString EntityTable::idOf(const QJsonObject &json) const
{
    return json.value(QLatin1String(idKey)).toString();
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
        {id, text(studentOf(table, row.json)), text(table.sortKey(row.json)),
         QString::fromUtf8(QJsonDocument(row.json).toJson(QJsonDocument::Compact)),
         int(row.deleted),
         row.pendingSeq > 0 ? QVariant(row.pendingSeq) : QVariant(QMetaType(QMetaType::LongLong))});
}

void putServerRow(const QSqlDatabase &db, const EntityTable &table, const QString &id,
                  const QJsonObject &json)
{
    const QString compact = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const int written =
        execCached(db, pulledRowStatements(table).put,
                   {id, text(studentOf(table, json)), text(table.sortKey(json)), compact});
    // Nothing written: the row waits for a local change (pending_seq is set).
    if (written == 0)
        rebaseWaitingChange(db, table, id, compact);
}

void removeServerRow(const QSqlDatabase &db, const EntityTable &table, const QString &id)
{
    const int removed = execCached(db, pulledRowStatements(table).remove, {id});
    if (removed == 0)
        rebaseWaitingChange(db, table, id, QVariant(QMetaType(QMetaType::QString)));
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
    exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table.table)), {id});
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
