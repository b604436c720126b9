#pragma once

#include "datakind.h"

#include <QObject>
#include <QStringList>

namespace Aanwezig::Store {

// Tells every LocalStore of this process that uses the same file that its data
// changed, whichever thread or instance wrote it. Each store hears it in its
// own thread (queued across threads).
class StoreNotifier : public QObject
{
    Q_OBJECT
public:
    static StoreNotifier &instance();

    // `writer` names the store that wrote, which has told its own listeners.
    void notify(const QString &file, Aanwezig::Store::DataKind kind, const QString &writer);
    // The rows of `kind` that changed (empty: everything of it), as
    // LocalStore::rowsChanged() tells them.
    void notifyRows(const QString &file, Aanwezig::Store::DataKind kind, const QStringList &ids,
                    const QString &writer);

Q_SIGNALS:
    void dataChanged(const QString &file, Aanwezig::Store::DataKind kind, const QString &writer);
    void rowsChanged(const QString &file, Aanwezig::Store::DataKind kind, const QStringList &ids,
                     const QString &writer);
};

} // namespace Aanwezig::Store
