#include "storewatch.h"

#include "services/preferences.h"

namespace Aanwezig {

StoreWatch::StoreWatch(QList<DataKind> kinds, Changed changed, QObject *parent)
    : QObject(parent), m_kinds(std::move(kinds)), m_changed(std::move(changed))
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this,
                [this] { m_changed(std::nullopt, {}); });
}

void StoreWatch::setStore(LocalStore *store)
{
    disconnect(m_connection);
    m_store = store;
    if (m_store)
        m_connection = connect(m_store, &LocalStore::rowsChanged, this,
                               [this](DataKind kind, const QStringList &ids) {
                                   if (m_kinds.contains(kind))
                                       m_changed(kind, ids);
                               });
}

} // namespace Aanwezig
