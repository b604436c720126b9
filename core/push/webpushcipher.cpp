#include "webpushcipher.h"

#include "hkdf.h"

#include <QtEndian>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Aanwezig::Push {

namespace {

constexpr int keyLength = 16;
constexpr int nonceLength = 12;
constexpr char lastRecordDelimiter = 0x02;

struct ContentKeys
{
    QByteArray key;
    QByteArray nonce;
};

// RFC 8291 section 3.4 then RFC 8188 section 2.2/2.3: from the ECDH secret
// and the auth secret to the content encryption key and nonce of record 0.
std::optional<ContentKeys> deriveKeys(const QByteArray &ecdhSecret, const QByteArray &authSecret,
                                      const QByteArray &receiverPublic,
                                      const QByteArray &senderPublic, const QByteArray &salt)
{
    const QByteArray keyInfo =
        QByteArray("WebPush: info", 13) + '\0' + receiverPublic + senderPublic;
    const auto inputKey = hkdfSha256(authSecret, ecdhSecret, keyInfo, 32);
    if (!inputKey)
        return std::nullopt;
    const auto key = hkdfSha256(salt, *inputKey,
                                QByteArray("Content-Encoding: aes128gcm", 27) + '\0', keyLength);
    const auto nonce =
        hkdfSha256(salt, *inputKey, QByteArray("Content-Encoding: nonce", 23) + '\0', nonceLength);
    if (!key || !nonce)
        return std::nullopt;
    return ContentKeys{*key, *nonce};
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *writable(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *readable(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

std::optional<QByteArray> sealRecord(const ContentKeys &keys, const QByteArray &padded)
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(padded.size() + webPushTagLength, Qt::Uninitialized);
    int written = 0, last = 0;
    if (!context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_128_gcm(), nullptr, readable(keys.key),
                           readable(keys.nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), writable(out), &written, readable(padded),
                          static_cast<int>(padded.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), writable(out) + written, &last) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, webPushTagLength,
                            writable(out) + written + last) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> openRecord(const ContentKeys &keys, const QByteArray &record)
{
    const qsizetype cipherLength = record.size() - webPushTagLength;
    QByteArray tag = record.right(webPushTagLength);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(cipherLength, Qt::Uninitialized);
    int written = 0, last = 0;
    if (!context ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_128_gcm(), nullptr, readable(keys.key),
                           readable(keys.nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), writable(out), &written, readable(record),
                          static_cast<int>(cipherLength)) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, webPushTagLength, tag.data()) !=
            1 ||
        EVP_DecryptFinal_ex(context.get(), writable(out) + written, &last) != 1)
        return std::nullopt;
    out.truncate(written + last);
    return out;
}

} // namespace

std::optional<QByteArray> encryptWebPush(const QByteArray &cleartext,
                                         const WebPushReceiverKeys &receiver,
                                         WebPushSenderSecrets sender)
{
    if (cleartext.size() > maxWebPushCleartext || receiver.auth.size() != webPushAuthSecretLength)
        return std::nullopt;
    const auto receiverKey = P256Key::fromPublicKey(receiver.p256dh);
    if (!receiverKey)
        return std::nullopt;
    if (!sender.key)
        sender.key = P256Key::generate();
    if (sender.salt.isEmpty()) {
        sender.salt.resize(webPushSaltLength);
        if (RAND_bytes(writable(sender.salt), webPushSaltLength) != 1)
            return std::nullopt;
    }
    if (!sender.key || !sender.key->hasPrivateKey() || sender.salt.size() != webPushSaltLength)
        return std::nullopt;
    const auto secret = sender.key->sharedSecret(*receiverKey);
    const QByteArray senderPublic = sender.key->publicKey();
    if (!secret || senderPublic.size() != p256PublicKeyLength)
        return std::nullopt;
    const auto keys =
        deriveKeys(*secret, receiver.auth, receiver.p256dh, senderPublic, sender.salt);
    if (!keys)
        return std::nullopt;
    const auto record = sealRecord(*keys, cleartext + lastRecordDelimiter);
    if (!record)
        return std::nullopt;

    QByteArray body = sender.salt;
    char recordSize[4];
    qToBigEndian<quint32>(webPushRecordSize, recordSize);
    body.append(recordSize, 4);
    body.append(static_cast<char>(p256PublicKeyLength));
    body.append(senderPublic);
    body.append(*record);
    return body;
}

std::optional<QByteArray> decryptWebPush(const QByteArray &body, const P256Key &receiverKey,
                                         const QByteArray &authSecret)
{
    if (!receiverKey.hasPrivateKey() || authSecret.size() != webPushAuthSecretLength ||
        body.size() < webPushHeaderLength + webPushTagLength + 1)
        return std::nullopt;
    const QByteArray salt = body.left(webPushSaltLength);
    const quint32 recordSize = qFromBigEndian<quint32>(body.constData() + webPushSaltLength);
    const auto keyIdLength = static_cast<unsigned char>(body.at(webPushSaltLength + 4));
    if (keyIdLength != p256PublicKeyLength)
        return std::nullopt;
    const QByteArray record = body.mid(webPushHeaderLength);
    // One record only: it must fit the record size the sender announced
    // (RFC 8188: rs is at least 18).
    if (recordSize < 18 || static_cast<quint64>(record.size()) > recordSize)
        return std::nullopt;
    const QByteArray senderPublic = body.mid(webPushSaltLength + 5, p256PublicKeyLength);
    const auto senderKey = P256Key::fromPublicKey(senderPublic);
    if (!senderKey)
        return std::nullopt;
    const auto secret = receiverKey.sharedSecret(*senderKey);
    if (!secret)
        return std::nullopt;
    const auto keys = deriveKeys(*secret, authSecret, receiverKey.publicKey(), senderPublic, salt);
    if (!keys)
        return std::nullopt;
    auto padded = openRecord(*keys, record);
    if (!padded)
        return std::nullopt;
    // Padding: the delimiter, then zeros. The last record's delimiter is 2.
    qsizetype end = padded->size();
    while (end > 0 && padded->at(end - 1) == '\0')
        --end;
    if (end == 0 || padded->at(end - 1) != lastRecordDelimiter)
        return std::nullopt;
    padded->truncate(end - 1);
    return padded;
}

} // namespace Aanwezig::Push
