#pragma once

#include "appsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class Connectivity;
class LocalStore;
class SyncStatus;

// What the screen says about sending and receiving: online or not, how many
// changes wait on the phone and since when, the last good sync, and whether
// the user has to do something (pair again, update the app).
//
// QML knows it by the same name (core/sync's SyncStatus is what the sync
// engine writes; this is what the screen reads). The counts come from the
// local store; once main() hands in the sync engine's status (setSource),
// reachability, progress, the last sync and problems come from there. main()
// connects syncRequested() (pull to refresh, "try now") to the engine.
class SyncStatusView : public QObject, public AppSingleton<SyncStatusView>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    // The server pokes the app on a change (the live channel is open). The
    // screen says nothing about it: without it the app syncs at the interval.
    Q_PROPERTY(bool live READ live NOTIFY changed)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    Q_PROPERTY(QDateTime oldestWaitingAt READ oldestWaitingAt NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncAt READ lastSyncAt NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    // One calm sentence for the status line; empty when all is well.
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    // What the school could not take (the oldest refused change); empty when none.
    Q_PROPERTY(QString rejectedText READ rejectedText NOTIFY changed)
public:
    enum class Problem { None, PairAgain, UpdateNeeded };
    Q_ENUM(Problem)

    SyncStatusView(LocalStore *store, Connectivity *connectivity, QObject *parent = nullptr);
    // The sync engine's status, followed from now on (and the one before no
    // longer).
    void setSource(SyncStatus *source);

    bool online() const;
    bool syncing() const;
    bool live() const;
    int waitingCount() const;
    int rejectedCount() const;
    QDateTime oldestWaitingAt() const;
    QDateTime lastSyncAt() const;
    Problem problem() const;
    QString statusText() const;
    QString rejectedText() const;

    Q_INVOKABLE void syncNow();
    // The user has read rejectedText: that refused change is put away.
    Q_INVOKABLE void dismissRejected();

Q_SIGNALS:
    void changed();
    void syncRequested();

private:
    LocalStore *m_store;
    QPointer<Connectivity> m_connectivity;
    QPointer<SyncStatus> m_source;
};

} // namespace Aanwezig
