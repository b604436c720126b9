#pragma once

#include "store/localstore.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace Aanwezig {

// Keeps a QML-facing view up to date: calls `changed` with the rows the
// store wrote of one of the kinds the view shows (LocalStore::rowsChanged:
// no ids for everything of the kind), and with no kind at all when the
// app's language changed (texts are made in C++). The view is given its
// store (setStore); it watches nothing until then.
class StoreWatch : public QObject
{
    Q_OBJECT
public:
    using Changed = std::function<void(std::optional<DataKind> kind, const QStringList &ids)>;

    StoreWatch(QList<DataKind> kinds, Changed changed, QObject *parent);

    LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);

private:
    QList<DataKind> m_kinds;
    Changed m_changed;
    QPointer<LocalStore> m_store;
    QMetaObject::Connection m_connection;
};

} // namespace Aanwezig
