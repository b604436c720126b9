#pragma once

#include "storewatch.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// A list model over the local store: it reloads itself whenever the data it
// shows changes, so every action shows at once. A reload that keeps the same
// rows in the same order (told apart by keyRole()) only updates them, so the
// delegates, and a tap on one, survive a sync landing; otherwise it resets.
class StoreListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    StoreListModel(QList<DataKind> kinds, QObject *parent);

    LocalStore *store() const { return m_watch.store(); }
    // Reads from `store` from now on (the app's store by default).
    void setStore(LocalStore *store);
    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void countChanged();
    // Every reload; summary properties of a model notify with it.
    void reloaded();

protected:
    // Fills the rows from the store (never null here) and returns how many there are.
    virtual int load(const LocalStore &store) = 0;
    virtual void clearRows() = 0;
    // The role whose values tell rows apart (an id where the model has one).
    virtual int keyRole() const { return Qt::UserRole; }
    // Reads everything again; each model calls it at the end of its
    // constructor and when a filter property changed.
    void reload();

private:
    QVariantList keys() const;

    StoreWatch m_watch;
    int m_rows = 0;
};

} // namespace Aanwezig
