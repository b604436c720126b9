#include "syncengine.h"

#include "store/localstore.h"

namespace Aanwezig {

SyncEngine::SyncEngine(const QString &databasePath, TokenStore *tokens, SyncSettings settings,
                       QObject *parent)
    : QObject(parent), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, databasePath, tokens, settings] {
        auto *store = new LocalStore(m_context);
        if (!store->open(databasePath)) {
            const QString error = store->errorString();
            m_storeError = error;
            QMetaObject::invokeMethod(this, [this, error] {
                m_status.recordError(SyncStatus::ErrorKind::Server, error);
            });
            return;
        }
        m_client = new SyncClient(store, tokens, settings, m_context);
        SyncClient *client = m_client;
        auto mirror = [this, client] {
            const SyncStatus::State state = client->status()->state();
            QMetaObject::invokeMethod(this, [this, state] { m_status.setState(state); });
        };
        connect(client->status(), &SyncStatus::changed, m_context, mirror);
        connect(client, &SyncClient::pairingFinished, m_context,
                [this](bool ok, const QString &code, const QString &message) {
                    QMetaObject::invokeMethod(this, [this, ok, code, message] {
                        Q_EMIT pairingFinished(ok, code, message);
                    });
                });
        connect(client, &SyncClient::pairingNeedsConfirmation, m_context,
                [this](const QString &userId, int lostChanges) {
                    QMetaObject::invokeMethod(this, [this, userId, lostChanges] {
                        Q_EMIT pairingNeedsConfirmation(userId, lostChanges);
                    });
                });
        mirror();
    });
}

SyncEngine::~SyncEngine()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::watch(Connectivity *connectivity)
{
    auto forward = [this](Connectivity::State state) {
        onClient([state](SyncClient &client) { client.setConnectivity(state); });
    };
    connect(connectivity, &Connectivity::stateChanged, this, forward);
    forward(connectivity->state());
}

void SyncEngine::watch(Foreground *foreground)
{
    auto forward = [this](bool inFront) {
        onClient([inFront](SyncClient &client) { client.setInFront(inFront); });
    };
    connect(foreground, &Foreground::inFrontChanged, this, forward);
    forward(foreground->inFront());
}

void SyncEngine::start()
{
    onClient([](SyncClient &client) { client.start(); });
}

void SyncEngine::refresh()
{
    onClient([](SyncClient &client) { client.syncNow(); });
}

void SyncEngine::pair(const QString &serverUrl, const QString &code, const QString &deviceName)
{
    QMetaObject::invokeMethod(m_context, [this, serverUrl, code, deviceName] {
        if (m_client) {
            m_client->pair(QUrl(serverUrl), code, deviceName);
            return;
        }
        // The store did not open: there is no client to pair, so say so
        // rather than leave the caller waiting.
        const QString message = m_storeError;
        QMetaObject::invokeMethod(this, [this, message] {
            Q_EMIT pairingFinished(false, QStringLiteral("storage_error"), message);
        });
    });
}

void SyncEngine::confirmPairing(bool replacePreviousUser)
{
    onClient(
        [replacePreviousUser](SyncClient &client) { client.confirmPairing(replacePreviousUser); });
}

void SyncEngine::logout()
{
    onClient([this](SyncClient &client) {
        const bool ok = client.logout();
        QMetaObject::invokeMethod(this, [this, ok] { Q_EMIT loggedOut(ok); });
    });
}

void SyncEngine::setPushSubscription(const QString &endpoint, const QString &p256dh,
                                     const QString &auth, const QString &deviceName)
{
    const PushSubscription subscription{endpoint, p256dh, auth, deviceName};
    onClient([subscription](SyncClient &client) { client.setPushSubscription(subscription); });
}

void SyncEngine::onClient(std::function<void(SyncClient &)> work)
{
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)] {
        if (m_client)
            work(*m_client);
    });
}

} // namespace Aanwezig
