#pragma once

#include "activewindowforeground.h"
#include "device/notifier.h"
#include "device/pushchannel.h"
#include "guiapplicationforeground.h"
#include "keychaintokenstore.h"
#include "networkinformationconnectivity.h"
#include "notify/pushreceiver.h"
#include "notify/syncalerts.h"
#include "services/appservices.h"
#include "sync/syncengine.h"

#include <memory>

namespace Aanwezig {

// The app for one profile folder: the services QML sees, and, once started,
// the device token in the keychain and the sync engine behind the Session
// (pairing, log out) and the sync line. main() and the end-to-end test
// (tests/e2e) build the app with it, so both run the same wiring.
class AppRuntime
{
public:
    // Opens (or creates) the profile; check ok() / errorString().
    // `syncSettings`: the sync engine's (tests shorten or lengthen the interval).
    explicit AppRuntime(const QString &profileDir, SyncSettings syncSettings = {});

    bool ok() const { return m_services.ok(); }
    QString errorString() const { return m_services.errorString(); }
    AppServices &services() { return m_services; }

    // Syncs from now on (at once, then as the sync engine decides). Pairs
    // with the school's server at `serverUrl` with `code` first when both
    // are given and the profile is not paired yet.
    void start(const QString &serverUrl = {}, const QString &code = {});

    // Notifications. Before start(): where notifications are shown
    // (default: the desktop's notification service where there is one) and
    // where Web Push messages arrive (default: none; platform/README.md).
    void setNotifier(Notifier *notifier);
    void setPushChannel(PushChannel *channel);
    // Made by start() when there is a push channel.
    PushReceiver *pushReceiver() const { return m_push.get(); }

private:
    void startNotifications(SyncEngine *sync);

    QString m_profileDir;
    SyncSettings m_syncSettings;
    NetworkInformationConnectivity m_connectivity;
    GuiApplicationForeground m_foreground;
    AppServices m_services;
    // Made by start(); the engine, which uses the token store, is destroyed first.
    std::unique_ptr<KeychainTokenStore> m_tokens;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Notifier> m_ownNotifier;
    Notifier *m_notifier = nullptr;
    PushChannel *m_pushChannel = nullptr;
    std::unique_ptr<KeychainTokenStore> m_pushKeys;
    std::unique_ptr<PushReceiver> m_push;
    // What a sync brings while no window of the app is the active one.
    ActiveWindowForeground m_windowActive;
    std::unique_ptr<SyncAlerts> m_syncAlerts;
    Session::Done m_pairingDone;
};

} // namespace Aanwezig
