#pragma once

#include <QSqlDatabase>

namespace Aanwezig::Server {

// Brings the database schema up to date (SQLite and PostgreSQL); safe when
// several server instances start at once. Throws DatabaseError.
void migrate(const QSqlDatabase &db);
int latestSchemaVersion();

} // namespace Aanwezig::Server
