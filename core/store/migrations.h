#pragma once

#include <QSqlDatabase>

namespace Aanwezig::Store {

int latestSchemaVersion();
// The schema version of the file (PRAGMA user_version).
int schemaVersion(const QSqlDatabase &db);
// Brings the file to the latest version, one transaction per migration step.
// Throws StorageFailure, also when the file was made by a newer app version.
void migrate(const QSqlDatabase &db);

} // namespace Aanwezig::Store
