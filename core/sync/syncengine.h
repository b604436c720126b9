#pragma once

#include "device/connectivity.h"
#include "device/foreground.h"
#include "syncclient.h"
#include "syncstatus.h"

#include <QObject>
#include <QThread>

namespace Aanwezig {

class TokenStore;

// The sync client as the app uses it: it runs in a thread of its own, with
// its own LocalStore on the app's database file, so that applying pulled
// pages never blocks the UI. The UI's LocalStore on the same file hears of
// every change (and the sync thread hears of the user's actions), and
// status() is a copy kept up to date in the UI thread.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Aanwezig::SyncStatus *status READ status CONSTANT)
public:
    // `tokens` is used from the sync thread and must outlive the engine.
    SyncEngine(const QString &databasePath, TokenStore *tokens, SyncSettings settings = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncStatus *status() { return &m_status; }
    // Follows the device's connectivity (an object of the UI thread).
    void watch(Connectivity *connectivity);
    // Follows whether the app is in front (an object of the UI thread): the
    // live channel, which lives in the sync thread, is open only then.
    void watch(Foreground *foreground);

    // Sync now (the app opened) and then at the interval.
    Q_INVOKABLE void start();
    // Pull to refresh.
    Q_INVOKABLE void refresh();
    // Ends with pairingFinished(); with errorCode "storage_error" at once when
    // the sync thread's store could not be opened.
    Q_INVOKABLE void pair(const QString &serverUrl, const QString &code, const QString &deviceName);
    // The answer to pairingNeedsConfirmation() (see SyncClient::confirmPairing()).
    Q_INVOKABLE void confirmPairing(bool replacePreviousUser);
    // Stops syncing, wipes the local data, then removes the token; warn
    // first when status.waitingCount > 0.
    Q_INVOKABLE void logout();
    // The phone's push subscription (PushReceiver::subscriptionChanged; an
    // empty endpoint: it ended): the sync thread keeps the server told.
    void setPushSubscription(const QString &endpoint, const QString &p256dh, const QString &auth,
                             const QString &deviceName);

Q_SIGNALS:
    void pairingFinished(bool ok, const QString &errorCode, const QString &message);
    void pairingNeedsConfirmation(const QString &userId, int lostChanges);
    void loggedOut(bool ok);

private:
    // Runs `work` with the client in the sync thread.
    void onClient(std::function<void(SyncClient &)> work);

    QThread m_thread;
    QObject *m_context;             // lives in the sync thread, owns the store and the client
    SyncClient *m_client = nullptr; // touched only in the sync thread
    QString m_storeError;           // why the store did not open (sync thread)
    SyncStatus m_status;
};

} // namespace Aanwezig
