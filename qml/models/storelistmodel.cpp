#include "storelistmodel.h"

#include "store/localstore.h"

namespace Aanwezig {

StoreListModel::StoreListModel(QList<DataKind> kinds, QObject *parent)
    : QAbstractListModel(parent), m_watch(
                                      std::move(kinds), [this] { reload(); }, this)
{}

void StoreListModel::setStore(LocalStore *store)
{
    m_watch.setStore(store);
    reload();
}

int StoreListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows;
}

void StoreListModel::reload()
{
    const int before = m_rows;
    beginResetModel();
    clearRows();
    m_rows = store() && store()->isOpen() ? load(*store()) : 0;
    endResetModel();
    if (m_rows != before)
        Q_EMIT countChanged();
    Q_EMIT reloaded();
}

} // namespace Aanwezig
