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

QVariantList StoreListModel::keys() const
{
    QVariantList keys;
    keys.reserve(m_rows);
    for (int row = 0; row < m_rows; ++row)
        keys.append(data(index(row), keyRole()));
    return keys;
}

void StoreListModel::reload()
{
    const int before = m_rows;
    const QVariantList keysBefore = keys();
    // The rows are replaced before the views hear of it; nothing reads them
    // in between (no event loop runs). rowCount() keeps telling the count the
    // views know until the reset begins: a Repeater asks it then to know how
    // many delegates to take away (told the new count, it kept the surplus
    // and listed every step of a return plan twice).
    clearRows();
    const int after = store() && store()->isOpen() ? load(*store()) : 0;
    if (after == before && keys() == keysBefore) {
        if (after > 0)
            Q_EMIT dataChanged(index(0), index(after - 1));
    } else {
        beginResetModel();
        m_rows = after;
        endResetModel();
    }
    if (after != before)
        Q_EMIT countChanged();
    Q_EMIT reloaded();
}

} // namespace Aanwezig
