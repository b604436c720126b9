#pragma once

#include <QByteArray>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace Aanwezig::Push {

inline constexpr int p256PublicKeyLength = 65;  // uncompressed point: 0x04 || X || Y
inline constexpr int p256PrivateKeyLength = 32; // the scalar, big-endian

// A P-256 key: a full key pair (for ECDH and signing) or a peer's public key
// only. Web Push uses it for the message keys (ECDH, RFC 8291) and the
// server's VAPID key (ES256, RFC 8292). Copies share the OpenSSL key.
class P256Key
{
public:
    static std::optional<P256Key> generate();
    // The public key is derived from the private scalar.
    static std::optional<P256Key> fromPrivateKey(const QByteArray &scalar);
    // nullopt unless the 65 bytes are an uncompressed point on the curve.
    static std::optional<P256Key> fromPublicKey(const QByteArray &point);

    bool hasPrivateKey() const { return m_hasPrivate; }
    QByteArray publicKey() const;  // 65 bytes
    QByteArray privateKey() const; // 32 bytes; empty for a public key only

    // The ECDH shared secret (the X coordinate, 32 bytes) with a peer's key.
    std::optional<QByteArray> sharedSecret(const P256Key &peer) const;
    // An ES256 signature of data (SHA-256, ECDSA), as JWS wants it: r || s,
    // 64 bytes.
    std::optional<QByteArray> signEs256(const QByteArray &data) const;
    // Checks an r || s ES256 signature against this key's public part.
    bool verifyEs256(const QByteArray &data, const QByteArray &signature) const;

private:
    P256Key(std::shared_ptr<EVP_PKEY> key, bool hasPrivate)
        : m_key(std::move(key)), m_hasPrivate(hasPrivate)
    {}

    std::shared_ptr<EVP_PKEY> m_key;
    bool m_hasPrivate = false;
};

} // namespace Aanwezig::Push
