#pragma once

#include "entitytables.h"

#include <QSqlDatabase>
#include <QString>

// The store's side of recovering from a server whose database was restored
// (core/sync/README.md, "Restored server"); see localstorerecovery.cpp.
namespace Aanwezig::Store {

// Whether the phone is taking a snapshot as the complete truth.
bool isResyncing(const QSqlDatabase &db);
// The snapshot named this row (a put or a delete of a pulled page).
void noteResyncSeen(const QSqlDatabase &db, const EntityTable &table, const QString &id);

} // namespace Aanwezig::Store
