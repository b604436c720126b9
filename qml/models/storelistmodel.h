#pragma once

#include "storewatch.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// A list model over the local store, given to it as the `store` property (a
// page sets it; nothing is shown without one). It follows the store by the
// model contract: when rows of the kinds it shows change it reads its rows
// again (one query per kind) and compares them with those shown by key:
// rows gone are removed, new rows inserted, a row that moved is removed and
// inserted at its new place, and rows whose shown values differ get
// dataChanged for that row, so the delegates, and a
// tap on one, survive a sync landing. It resets only for another store,
// another student or filter, or a store wiped or given to another user.
class StoreListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Aanwezig::LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    StoreListModel(QList<DataKind> kinds, QObject *parent);

    LocalStore *store() const { return m_watch.store(); }
    void setStore(LocalStore *store);
    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void storeChanged();
    void countChanged();
    // After every refresh; summary properties of a model notify with it.
    void reloaded();

protected:
    enum class Refresh {
        Reset,  // another student, filter or store: the views start over
        Update, // the same list changed: row by row
    };
    // Reads the rows from store() (which may be null or closed: then no
    // rows) and shows them with showRows().
    virtual void refresh(Refresh how) = 0;
    // Whether a change of these rows of `kind` (never empty) may touch the
    // rows shown; true unless the model knows better.
    virtual bool concerns(DataKind kind, const QStringList &ids) const
    {
        Q_UNUSED(kind);
        Q_UNUSED(ids);
        return true;
    }
    // Whether the store can be read now.
    bool readable() const { return store() && store()->isOpen(); }
    // Reads everything again; a filter property calls it when it changed.
    void reset() { refresh(Refresh::Reset); }

    // Replaces `shown` (the model's rows) by `next`, told apart by `keyOf`
    // (unique: a later row with a key already seen is dropped).
    template <typename Row, typename KeyOf>
    void showRows(QList<Row> &shown, QList<Row> next, KeyOf keyOf, Refresh how);

private:
    void storeRowsChanged(std::optional<DataKind> kind, const QStringList &ids);
    // Every role's value of the row, to tell whether an update changed it.
    QVariantList shownValues(int row) const;
    void finishRefresh(int countBefore);

    StoreWatch m_watch;
    int m_count = 0;
    mutable QList<int> m_roles; // roleNames() and Qt::DisplayRole, once known
};

template <typename Row, typename KeyOf>
void StoreListModel::showRows(QList<Row> &shown, QList<Row> next, KeyOf keyOf, Refresh how)
{
    const int countBefore = m_count;
    QSet<QString> nextKeys;
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (nextKeys.contains(keyOf(next.at(i))))
            next.remove(i--);
        else
            nextKeys.insert(keyOf(next.at(i)));
    }
    if (how == Refresh::Reset) {
        beginResetModel();
        shown = std::move(next);
        m_count = int(shown.size());
        endResetModel();
        finishRefresh(countBefore);
        return;
    }
    // Rows gone, in runs from the end.
    for (qsizetype last = shown.size() - 1; last >= 0; --last) {
        if (nextKeys.contains(keyOf(shown.at(last))))
            continue;
        qsizetype first = last;
        while (first > 0 && !nextKeys.contains(keyOf(shown.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        shown.remove(first, last - first + 1);
        m_count = int(shown.size());
        endRemoveRows();
        last = first;
    }
    QSet<QString> shownKeys;
    for (const Row &row : std::as_const(shown))
        shownKeys.insert(keyOf(row));
    // Then in the new order: rows before i are in place; new rows come in
    // runs, a shown row that belongs at i moves there and takes its new values.
    for (qsizetype i = 0; i < next.size(); ++i) {
        const QString key = keyOf(next.at(i));
        if (!shownKeys.contains(key)) {
            qsizetype end = i + 1;
            while (end < next.size() && !shownKeys.contains(keyOf(next.at(end))))
                ++end;
            beginInsertRows({}, int(i), int(end - 1));
            for (qsizetype j = i; j < end; ++j)
                shown.insert(j, next.at(j));
            m_count = int(shown.size());
            endInsertRows();
            i = end - 1;
            continue;
        }
        qsizetype at = i;
        while (keyOf(shown.at(at)) != key)
            ++at;
        if (at != i) {
            // Moved as a removal and an insertion, not beginMoveRows(): Qt
            // 6.4's Repeater over a DelegateModel group (RefreshableList's
            // rows of cards) crashes on a move (QQuickRepeater::initItem).
            beginRemoveRows({}, int(at), int(at));
            shown.remove(at);
            m_count = int(shown.size());
            endRemoveRows();
            beginInsertRows({}, int(i), int(i));
            shown.insert(i, next.at(i));
            m_count = int(shown.size());
            endInsertRows();
            continue;
        }
        const QVariantList before = shownValues(int(i));
        shown[i] = next.at(i);
        if (shownValues(int(i)) != before)
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
    finishRefresh(countBefore);
}

} // namespace Aanwezig
