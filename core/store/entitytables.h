#pragma once

#include "datakind.h"
#include "domain/jsonfields.h"
#include "storetypes.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace Aanwezig::Store {

// The fields of an entity its row is filed by (id, student, sort key): of
// the entity's JSON, or of a pulled entity read off the page's text.
class EntityFields
{
public:
    explicit EntityFields(const QJsonObject &json) : m_json(&json) {}
    explicit EntityFields(const FilingFields &pulled) : m_pulled(&pulled) {}

    // As QJsonValue::toString() and toInt() of the field; utf8() is the
    // text in UTF-8 (of a pulled entity: as it came off the page).
    QString text(QLatin1String key) const;
    QByteArray utf8(QLatin1String key) const;
    int integer(QLatin1String key) const;

private:
    const QJsonObject *m_json = nullptr;
    const FilingFields *m_pulled = nullptr;
};

// One table of entities. Every entity table has the same columns:
//   id, student_id, sort_key (derived from the JSON), json (the entity's
//   toJson()), deleted (deleted locally, waiting for the server) and
//   pending_seq (the outbox entry the row waits for, NULL when none).
struct EntityTable
{
    DataKind kind;
    const char *wireKind; // the pull protocol's name
    const char *table;
    const char *idKey;                                 // the JSON field holding the id
    QByteArray (*sortKey)(const EntityFields &fields); // UTF-8
    // Whether the JSON is a well-formed entity (the domain type's fromJson).
    bool (*isValid)(const QJsonObject &json, QString *error);

    QString idOf(const EntityFields &fields) const;
    QString idOf(const QJsonObject &json) const { return idOf(EntityFields(json)); }
    // The student a row belongs to ("" for the user's own settings).
    QString studentOf(const EntityFields &fields) const;
    QByteArray studentUtf8Of(const EntityFields &fields) const;
};

const QList<EntityTable> &entityTables();
// The top-level fields a row is filed by: every table's id key, the student
// and what the sort keys read. A pulled entity needs no other field read
// before its row is written (tst_protocolmessages checks the list).
const QStringList &filingKeys();
// Whether rows of this table belong to one student (have a student_id): all
// but people (the student is the row) and the user's own notification settings.
bool belongsToStudent(const EntityTable &table);
const EntityTable &entityTable(DataKind kind); // kind must be an entity kind
const EntityTable *entityTableForWireKind(QStringView wireKind);

struct EntityRow
{
    QJsonObject json;
    bool deleted = false;
    qint64 pendingSeq = 0; // 0: not waiting
};

std::optional<EntityRow> findRow(const QSqlDatabase &db, const EntityTable &table,
                                 const QString &id);
// Every row writer below notes the rows it changes into the change set being
// recorded (changeset.h), which LocalStore announces after the commit.
//
// Inserts or replaces the row with this id.
void writeRow(const QSqlDatabase &db, const EntityTable &table, const QString &id,
              const EntityRow &row);
// A pulled row (null JSON: deleted) that a waiting local change kept out: should
// that change be refused, the row goes back to this server version, not to the
// older one the change replaced. Nothing to do when no change waits.
void rebaseWaitingChange(const QSqlDatabase &db, const EntityTable &table, const QString &id,
                         const QVariant &serverJson);
void removeRow(const QSqlDatabase &db, const EntityTable &table, const QString &id);
// Deletes the student's rows that wait for nothing (the user no longer sees
// the student); returns their ids.
QStringList removeStudentRows(const QSqlDatabase &db, const EntityTable &table,
                              const QString &studentId);
// The ids of the rows that wait for the server (pending_seq set), in one query.
QSet<QString> waitingRowIds(const QSqlDatabase &db, const EntityTable &table);
// Rows not deleted, of one student (all when studentId is empty), by sort key.
QList<QJsonObject> liveRows(const QSqlDatabase &db, const EntityTable &table,
                            const QString &studentId);

} // namespace Aanwezig::Store
