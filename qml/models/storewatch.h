#pragma once

#include "store/localstore.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace Aanwezig {

// Keeps a QML-facing view up to date: calls `reload` when the store changes
// one of the kinds of data the view shows, when the app's language changes
// (texts are made in C++) and when the view is pointed at another store.
// Starts with the app's store (Session's), when there is one.
class StoreWatch : public QObject
{
    Q_OBJECT
public:
    StoreWatch(QList<DataKind> kinds, std::function<void()> reload, QObject *parent);

    LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);

private:
    QList<DataKind> m_kinds;
    std::function<void()> m_reload;
    QPointer<LocalStore> m_store;
    QMetaObject::Connection m_connection;
};

} // namespace Aanwezig
