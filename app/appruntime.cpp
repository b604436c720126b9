#include "appruntime.h"

#include "installid.h"
#ifdef AANWEZIG_DESKTOP_NOTIFICATIONS
#include "freedesktopnotifier.h"
#endif

#include <QDir>
#include <QSysInfo>

namespace Aanwezig {

AppRuntime::AppRuntime(const QString &profileDir, SyncSettings syncSettings)
    : m_profileDir(QDir(profileDir).absolutePath()), m_syncSettings(syncSettings),
      m_services(profileDir, &m_connectivity)
{}

void AppRuntime::start(const QString &serverUrl, const QString &code)
{
    // The token is kept per profile, so that profiles stay separate people.
    m_tokens =
        std::make_unique<KeychainTokenStore>(QStringLiteral("Aanwezig ") + m_profileDir,
                                             QDir(m_profileDir).filePath(QStringLiteral("token")));
    SyncSettings settings = m_syncSettings;
    settings.installId = loadInstallId(installIdPath(m_profileDir));
    m_sync = std::make_unique<SyncEngine>(m_services.store().path(), m_tokens.get(), settings);
    SyncEngine *sync = m_sync.get();
    sync->watch(&m_connectivity);
    sync->watch(&m_foreground);
    m_services.syncStatus().setSource(sync->status());
    QObject::connect(&m_services.syncStatus(), &SyncStatusView::syncRequested, sync,
                     &SyncEngine::refresh);
    QObject::connect(
        sync, &SyncEngine::pairingFinished, sync, [this](bool ok, const QString &errorCode) {
            if (m_pairingDone)
                std::exchange(m_pairingDone, {})(ok                    ? QString()
                                                 : errorCode.isEmpty() ? QStringLiteral("network")
                                                                       : errorCode);
        });
    m_services.session().setPairer(
        [this, sync](const QString &server, const QString &pairingCode, Session::Done done) {
            m_pairingDone = std::move(done);
            sync->pair(server, pairingCode, QSysInfo::machineHostName());
        });
    m_services.session().setLogOut([sync] { sync->logout(); });
    QObject::connect(sync, &SyncEngine::pairingNeedsConfirmation, &m_services.session(),
                     &Session::askToReplaceUser);
    m_services.session().setConfirmer(
        [sync](bool replacePreviousUser) { sync->confirmPairing(replacePreviousUser); });
    startNotifications(sync);
    sync->start();
    if (!serverUrl.isEmpty() && !code.isEmpty() && !m_services.session().paired())
        m_services.session().pair(serverUrl, code);
}

void AppRuntime::setNotifier(Notifier *notifier)
{
    m_notifier = notifier;
}

void AppRuntime::setPushChannel(PushChannel *channel)
{
    m_pushChannel = channel;
}

void AppRuntime::startNotifications(SyncEngine *sync)
{
#ifdef AANWEZIG_DESKTOP_NOTIFICATIONS
    if (!m_notifier) {
        auto desktop = std::make_unique<FreedesktopNotifier>();
        if (desktop->available())
            m_ownNotifier = std::move(desktop);
        m_notifier = m_ownNotifier.get();
    }
#endif
    NotificationCenter &center = m_services.notifications().center();
    center.setNotifier(m_notifier);
    QObject::connect(&center, &NotificationCenter::syncRequested, sync, &SyncEngine::refresh);
    if (m_notifier)
        m_syncAlerts = std::make_unique<SyncAlerts>(&m_services.store(), &m_windowActive, &center);
    if (!m_pushChannel)
        return;
    // The push keys are a secret of their own, kept as the token is.
    m_pushKeys = std::make_unique<KeychainTokenStore>(
        QStringLiteral("Aanwezig push ") + m_profileDir,
        QDir(m_profileDir).filePath(QStringLiteral("push-keys")));
    m_push = std::make_unique<PushReceiver>(m_pushChannel, m_pushKeys.get(), &center);
    QObject::connect(m_push.get(), &PushReceiver::syncRequested, sync, &SyncEngine::refresh);
    // The server is told of the subscription by the sync thread (again after
    // pairing); logging out gives it up, pairing subscribes again.
    QObject::connect(m_push.get(), &PushReceiver::subscriptionChanged, sync,
                     [sync](const QString &endpoint, const QString &p256dh, const QString &auth) {
                         sync->setPushSubscription(endpoint, p256dh, auth,
                                                   QSysInfo::machineHostName());
                     });
    PushReceiver *push = m_push.get();
    QObject::connect(sync, &SyncEngine::loggedOut, push, [push] { push->unsubscribe(); });
    QObject::connect(sync, &SyncEngine::pairingFinished, push, [push](bool ok) {
        if (ok)
            push->subscribe();
    });
    m_push->subscribe();
}

} // namespace Aanwezig
