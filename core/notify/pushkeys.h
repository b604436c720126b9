#pragma once

#include "push/p256key.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Aanwezig {

class TokenStore;

// The phone's own Web Push keys (RFC 8291): a P-256 key pair whose public
// part is the subscription's p256dh, and the 16-byte auth secret. Made once,
// when the phone first subscribes, and kept as a secret like the device
// token (a TokenStore entry of its own).
struct PushKeys
{
    Push::P256Key key;
    QByteArray authSecret;

    static std::optional<PushKeys> create();
    // The form kept in a TokenStore: "<private scalar>.<auth secret>", base64url.
    QString toSecret() const;
    static std::optional<PushKeys> fromSecret(const QString &secret);

    // What the server is told (base64url, as POST /v1/push/subscriptions wants).
    QString p256dh() const;
    QString auth() const;
};

// The keys kept in `store`, or new ones written there (nullopt when they
// cannot be made or kept: the phone then does without push).
std::optional<PushKeys> loadOrCreatePushKeys(TokenStore &store);

} // namespace Aanwezig
