#pragma once

#include "pushkeys.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace Aanwezig {

class NotificationCenter;
class PushChannel;
class TokenStore;

// The phone's end of Web Push: subscribes through the platform's channel
// with the phone's own keys (made on the first subscription and kept in
// `keyStore`), decrypts what arrives (RFC 8291), has the notification shown
// and asks for a sync, since the push only tells that something changed.
class PushReceiver : public QObject
{
    Q_OBJECT
public:
    PushReceiver(PushChannel *channel, TokenStore *keyStore, NotificationCenter *center,
                 QObject *parent = nullptr);

    // Loads or makes the keys and subscribes; false when the keys cannot be
    // made or kept (the app then goes without push).
    bool subscribe();
    // Gives the subscription up (logging out): nothing of the previous user
    // reaches this phone any more; subscribe() again after pairing.
    void unsubscribe();
    const std::optional<PushKeys> &keys() const { return m_keys; }

    // Handles one message body as the push service delivered it; false
    // (nothing shown) when it does not decrypt or is not a payload.
    bool receive(const QByteArray &body);

Q_SIGNALS:
    // The server must be told this subscription (POST /v1/push/subscriptions);
    // an empty endpoint: it is gone (DELETE).
    void subscriptionChanged(const QString &endpoint, const QString &p256dh, const QString &auth);
    void syncRequested();

private:
    QPointer<PushChannel> m_channel;
    TokenStore *m_keyStore;
    QPointer<NotificationCenter> m_center;
    std::optional<PushKeys> m_keys;
};

} // namespace Aanwezig
