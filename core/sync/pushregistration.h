#pragma once

#include "backoff.h"
#include "syncapi.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Aanwezig {

// This phone's Web Push subscription as the server must know it
// (POST /v1/push/subscriptions, server/PROTOCOL.md).
struct PushSubscription
{
    QString endpoint; // empty: there is none (the push channel gave it up)
    QString p256dh;   // base64url, the phone's own P-256 public key
    QString auth;     // base64url, the 16-byte auth secret
    QString deviceName;
    friend bool operator==(const PushSubscription &, const PushSubscription &) = default;
};

// Keeps the server told of the phone's push subscription: it
// registers the subscription the push channel reported, again when the
// endpoint or the keys change and whenever the account changes (pairing,
// a new token), and removes an endpoint the channel gave up. A call that
// fails for the network, a 429 or a 5xx is tried again with the sync's
// backoff (never while the device is offline, at once when it is online
// again), so a registration made offline reaches the server later. A 401
// waits for the next account; another refusal (400) is logged and dropped.
// Logging out removes the subscription from the server with the token it
// still has. Lives in the sync thread, beside its SyncClient.
class PushRegistration : public QObject
{
    Q_OBJECT
public:
    PushRegistration(BackoffPolicy backoff, std::chrono::milliseconds timeout,
                     QObject *parent = nullptr);

    // The server and device token calls are made with; another token than
    // before (pairing) registers the subscription again. An empty token
    // holds everything back.
    void setAccount(const QUrl &server, const QString &token);
    // What the push channel reported; an empty endpoint: the subscription ended.
    void setSubscription(const PushSubscription &subscription);
    // Offline holds calls back; online again tries at once.
    void setOnline(bool online);
    // The server was reached (a sync round succeeded): a waiting call goes now.
    void retryNow();
    // Logging out: removes the subscription from the server with the token
    // it was registered with, then forgets the token (setAccount() again to
    // register). The subscription itself is kept for the next account.
    void logOut();

    // The endpoint the server confirmed for the current token (empty: none).
    QString registeredEndpoint() const { return m_registered; }

Q_SIGNALS:
    // The server confirmed `endpoint` (registered) or its removal.
    void registered(const QString &endpoint);
    void removed(const QString &endpoint);

private:
    void tryNext();
    void registerWanted();
    void removeOld();
    // A call that did not go through; false when it must not be tried again.
    bool retryable(const ApiReply &reply) const;
    void retryLater(const ApiReply &reply);

    SyncApi m_api;
    Backoff m_backoff;
    QTimer m_retryTimer;
    PushSubscription m_wanted;
    QString m_registered;       // what the server holds for the current token
    QStringList m_toRemove;     // endpoints the channel gave up, still on the server
    PushSubscription m_refused; // the server refused it for this account (400, 401)
    bool m_online = true;
    bool m_inFlight = false;
    quint64 m_generation = 0; // bumped by a new account and by logOut()
};

} // namespace Aanwezig
