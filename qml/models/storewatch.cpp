#include "storewatch.h"

#include "services/preferences.h"
#include "services/session.h"
#include "store/localstore.h"

namespace Aanwezig {

StoreWatch::StoreWatch(QList<DataKind> kinds, std::function<void()> reload, QObject *parent)
    : QObject(parent), m_kinds(std::move(kinds)), m_reload(std::move(reload))
{
    if (Session *session = Session::instance())
        m_store = session->store();
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, [this] { m_reload(); });
    setStore(m_store);
}

void StoreWatch::setStore(LocalStore *store)
{
    disconnect(m_connection);
    m_store = store;
    if (m_store)
        m_connection = connect(m_store, &LocalStore::changed, this, [this](DataKind kind) {
            if (m_kinds.contains(kind))
                m_reload();
        });
}

} // namespace Aanwezig
