#include "storelistmodel.h"

#include "store/localstore.h"

namespace Aanwezig {

StoreListModel::StoreListModel(QList<DataKind> kinds, QObject *parent)
    : QAbstractListModel(parent), m_watch(
                                      std::move(kinds),
                                      [this](std::optional<DataKind> kind, const QStringList &ids) {
                                          storeRowsChanged(kind, ids);
                                      },
                                      this)
{}

void StoreListModel::setStore(LocalStore *store)
{
    if (store == m_watch.store())
        return;
    m_watch.setStore(store);
    Q_EMIT storeChanged();
    reset();
}

void StoreListModel::storeRowsChanged(std::optional<DataKind> kind, const QStringList &ids)
{
    if (!kind) { // another language: the same rows, other words
        refresh(Refresh::Update);
        return;
    }
    const bool rowless = *kind == DataKind::Account || *kind == DataKind::Outbox;
    if (ids.isEmpty() && !rowless) {
        refresh(Refresh::Reset); // wiped, another user, a restored server
        return;
    }
    if (rowless || concerns(*kind, ids))
        refresh(Refresh::Update);
}

int StoreListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_count;
}

QVariantList StoreListModel::shownValues(int row) const
{
    if (m_roles.isEmpty()) {
        m_roles = roleNames().keys();
        m_roles.append(Qt::DisplayRole);
    }
    QVariantList values;
    values.reserve(m_roles.size());
    const QModelIndex at = index(row);
    for (const int role : m_roles)
        values.append(data(at, role));
    return values;
}

void StoreListModel::finishRefresh(int countBefore)
{
    if (m_count != countBefore)
        Q_EMIT countChanged();
    Q_EMIT reloaded();
}

} // namespace Aanwezig
