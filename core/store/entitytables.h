#pragma once

#include "datakind.h"
#include "domain/jsonfields.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace Aanwezig::Store {

// One table of entities. Every entity table has the same columns:
//   id, student_id, sort_key (derived from the JSON), json (the entity's
//   toJson()), deleted (deleted locally, waiting for the server) and
//   pending_seq (the outbox entry the row waits for, NULL when none).
struct EntityTable
{
    DataKind kind;
    const char *wireKind; // the pull protocol's name
    const char *table;
    const char *idKey; // the JSON field holding the id
    QString (*sortKey)(const QJsonObject &json);
    // Whether the JSON is a well-formed entity (the domain type's fromJson).
    bool (*isValid)(const QJsonObject &json, QString *error);

    QString idOf(const QJsonObject &json) const;
};

const QList<EntityTable> &entityTables();
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
// Inserts or replaces the row with this id.
void writeRow(const QSqlDatabase &db, const EntityTable &table, const QString &id,
              const EntityRow &row);
// A pulled server row: written unless the local row waits for the server.
void putServerRow(const QSqlDatabase &db, const EntityTable &table, const QString &id,
                  const QJsonObject &json);
// A pulled deletion: done unless the local row waits for the server.
void removeServerRow(const QSqlDatabase &db, const EntityTable &table, const QString &id);
// A pulled row (null JSON: deleted) that a waiting local change kept out: should
// that change be refused, the row goes back to this server version, not to the
// older one the change replaced. Nothing to do when no change waits.
void rebaseWaitingChange(const QSqlDatabase &db, const EntityTable &table, const QString &id,
                         const QVariant &serverJson);
void removeRow(const QSqlDatabase &db, const EntityTable &table, const QString &id);
// Rows not deleted, of one student (all when studentId is empty), by sort key.
QList<QJsonObject> liveRows(const QSqlDatabase &db, const EntityTable &table,
                            const QString &studentId);

} // namespace Aanwezig::Store
