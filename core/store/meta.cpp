#include "meta.h"

#include "database.h"

namespace Aanwezig::Store {

QString readMeta(const QSqlDatabase &db, const QString &key)
{
    return scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void writeMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    exec(db,
         QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
         {key, text(value)});
}

} // namespace Aanwezig::Store
