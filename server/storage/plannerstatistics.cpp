#include "plannerstatistics.h"

#include "database.h"

namespace Aanwezig::Server {

void refreshPlannerStatistics(const QSqlDatabase &db)
{
    if (databaseConfig().dialect == Dialect::Postgres)
        exec(db, QStringLiteral("ANALYZE"));
}

} // namespace Aanwezig::Server
