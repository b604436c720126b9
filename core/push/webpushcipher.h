#pragma once

#include "p256key.h"

#include <QByteArray>
#include <optional>

namespace Aanwezig::Push {

// RFC 8291 message encryption for Web Push: the "aes128gcm" content coding of
// RFC 8188 with a key from ECDH between the sender's fresh key and the
// subscription's p256dh key, mixed with the subscription's auth secret.
// A push message is one record:
//   salt (16) | record size (4, big-endian) | key id length (1, = 65) |
//   sender's public key (65) | AES-128-GCM(cleartext | 0x02) with its tag (16)
inline constexpr int webPushSaltLength = 16;
inline constexpr int webPushAuthSecretLength = 16;
inline constexpr int webPushHeaderLength = webPushSaltLength + 4 + 1 + p256PublicKeyLength; // 86
inline constexpr int webPushRecordSize = 4096;
inline constexpr int webPushTagLength = 16;
// The most cleartext one 4096-byte record holds: 4096 - 86 - 16 - 1.
inline constexpr int maxWebPushCleartext =
    webPushRecordSize - webPushHeaderLength - webPushTagLength - 1; // 3993

// What the subscription gives the sender (both from the phone).
struct WebPushReceiverKeys
{
    QByteArray p256dh; // the receiver's public key, 65 bytes
    QByteArray auth;   // the auth secret, 16 bytes
};

// The sender's choices; fresh random ones unless a test fixes them.
struct WebPushSenderSecrets
{
    std::optional<P256Key> key; // the sender's one-message key pair
    QByteArray salt;            // 16 bytes
};

// Encrypts cleartext (at most maxWebPushCleartext bytes) for one receiver.
// nullopt when the receiver's keys are malformed or the cleartext too long.
std::optional<QByteArray> encryptWebPush(const QByteArray &cleartext,
                                         const WebPushReceiverKeys &receiver,
                                         WebPushSenderSecrets sender = {});

// The receiver's side: decrypts a message body with the receiver's own key
// pair and auth secret. nullopt for anything malformed, tampered with, or
// not a single final record.
std::optional<QByteArray> decryptWebPush(const QByteArray &body, const P256Key &receiverKey,
                                         const QByteArray &authSecret);

} // namespace Aanwezig::Push
