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

} // namespace Aanwezig::Store
