#pragma once

#include <QSqlDatabase>

namespace Aanwezig::Server {

// Brings PostgreSQL's planner statistics up to date (ANALYZE) after a bulk
// write: a restore (pg_restore brings no statistics back) or a roster import.
// Without them a fresh table looks empty to the planner, and a pull page is
// read with a bitmap scan of every later position and a sort (about 70 ms a
// page for 100,000 changes instead of 0.3 ms) until autovacuum analyses the
// table. SQLite needs nothing: it plans by its indexes. Throws DatabaseError.
void refreshPlannerStatistics(const QSqlDatabase &db);

} // namespace Aanwezig::Server
