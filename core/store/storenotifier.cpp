#include "storenotifier.h"

namespace Aanwezig::Store {

StoreNotifier &StoreNotifier::instance()
{
    static StoreNotifier notifier;
    return notifier;
}

void StoreNotifier::notify(const QString &file, DataKind kind, const QString &writer)
{
    Q_EMIT dataChanged(file, kind, writer);
}

void StoreNotifier::notifyRows(const QString &file, DataKind kind, const QStringList &ids,
                               const QString &writer)
{
    Q_EMIT rowsChanged(file, kind, ids, writer);
}

} // namespace Aanwezig::Store
