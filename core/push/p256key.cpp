#include "p256key.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

namespace Aanwezig::Push {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BigNumContext = std::unique_ptr<BN_CTX, Deleter<BN_CTX, BN_CTX_free>>;
using Group = std::unique_ptr<EC_GROUP, Deleter<EC_GROUP, EC_GROUP_free>>;
using Point = std::unique_ptr<EC_POINT, Deleter<EC_POINT, EC_POINT_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Signature = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

constexpr char curveName[] = "prime256v1";

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

std::shared_ptr<EVP_PKEY> ownKey(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, &EVP_PKEY_free);
}

// Builds an EVP_PKEY from the curve, the public point and maybe the scalar.
EVP_PKEY *keyFromParts(const QByteArray &point, const BIGNUM *scalar)
{
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curveName, 0) ||
        !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                          static_cast<size_t>(point.size())))
        return nullptr;
    if (scalar && !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar))
        return nullptr;
    Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    KeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1)
        return nullptr;
    EVP_PKEY *key = nullptr;
    const int selection = scalar ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
    if (EVP_PKEY_fromdata(context.get(), &key, selection, params.get()) != 1)
        return nullptr;
    return key;
}

} // namespace

std::optional<P256Key> P256Key::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        return std::nullopt;
    return P256Key(ownKey(key), true);
}

std::optional<P256Key> P256Key::fromPrivateKey(const QByteArray &scalar)
{
    if (scalar.size() != p256PrivateKeyLength)
        return std::nullopt;
    Group group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    BigNum d(BN_bin2bn(bytes(scalar), p256PrivateKeyLength, nullptr));
    BigNumContext bn(BN_CTX_new());
    if (!group || !d || !bn || BN_is_zero(d.get()) ||
        BN_cmp(d.get(), EC_GROUP_get0_order(group.get())) >= 0)
        return std::nullopt;
    Point point(EC_POINT_new(group.get()));
    if (!point || EC_POINT_mul(group.get(), point.get(), d.get(), nullptr, nullptr, bn.get()) != 1)
        return std::nullopt;
    QByteArray encoded(p256PublicKeyLength, Qt::Uninitialized);
    if (EC_POINT_point2oct(group.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char *>(encoded.data()), p256PublicKeyLength,
                           bn.get()) != p256PublicKeyLength)
        return std::nullopt;
    EVP_PKEY *key = keyFromParts(encoded, d.get());
    if (!key)
        return std::nullopt;
    return P256Key(ownKey(key), true);
}

std::optional<P256Key> P256Key::fromPublicKey(const QByteArray &point)
{
    if (point.size() != p256PublicKeyLength || point.at(0) != 0x04)
        return std::nullopt;
    EVP_PKEY *raw = keyFromParts(point, nullptr);
    if (!raw)
        return std::nullopt;
    auto key = ownKey(raw);
    KeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, raw, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return std::nullopt;
    return P256Key(std::move(key), false);
}

QByteArray P256Key::publicKey() const
{
    QByteArray out(p256PublicKeyLength, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                        reinterpret_cast<unsigned char *>(out.data()),
                                        static_cast<size_t>(out.size()), &length) != 1 ||
        length != p256PublicKeyLength)
        return {};
    return out;
}

QByteArray P256Key::privateKey() const
{
    if (!m_hasPrivate)
        return {};
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &raw) != 1)
        return {};
    BigNum d(raw);
    QByteArray out(p256PrivateKeyLength, Qt::Uninitialized);
    if (BN_bn2binpad(d.get(), reinterpret_cast<unsigned char *>(out.data()),
                     p256PrivateKeyLength) != p256PrivateKeyLength)
        return {};
    return out;
}

std::optional<QByteArray> P256Key::sharedSecret(const P256Key &peer) const
{
    if (!m_hasPrivate)
        return std::nullopt;
    KeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
    size_t length = 0;
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 ||
        EVP_PKEY_derive_set_peer(context.get(), peer.m_key.get()) != 1 ||
        EVP_PKEY_derive(context.get(), nullptr, &length) != 1)
        return std::nullopt;
    QByteArray secret(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char *>(secret.data()), &length) !=
        1)
        return std::nullopt;
    secret.truncate(static_cast<qsizetype>(length));
    return secret;
}

std::optional<QByteArray> P256Key::signEs256(const QByteArray &data) const
{
    if (!m_hasPrivate)
        return std::nullopt;
    DigestContext context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(),
                              nullptr) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, bytes(data),
                       static_cast<size_t>(data.size())) != 1)
        return std::nullopt;
    QByteArray der(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                       bytes(data), static_cast<size_t>(data.size())) != 1)
        return std::nullopt;
    const unsigned char *cursor = bytes(der);
    Signature signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(length)));
    if (!signature)
        return std::nullopt;
    QByteArray raw(64, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(signature.get()), out, 32) != 32 ||
        BN_bn2binpad(ECDSA_SIG_get0_s(signature.get()), out + 32, 32) != 32)
        return std::nullopt;
    return raw;
}

bool P256Key::verifyEs256(const QByteArray &data, const QByteArray &signature) const
{
    if (signature.size() != 64)
        return false;
    Signature parsed(ECDSA_SIG_new());
    BigNum r(BN_bin2bn(bytes(signature), 32, nullptr));
    BigNum s(BN_bin2bn(bytes(signature) + 32, 32, nullptr));
    if (!parsed || !r || !s || ECDSA_SIG_set0(parsed.get(), r.get(), s.get()) != 1)
        return false;
    r.release(); // owned by the signature now
    s.release();
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(parsed.get(), &der);
    if (derLength <= 0)
        return false;
    std::unique_ptr<unsigned char, void (*)(unsigned char *)> derOwner(
        der, [](unsigned char *p) { OPENSSL_free(p); });
    DigestContext context(EVP_MD_CTX_new());
    return context &&
           EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(),
                                   nullptr) == 1 &&
           EVP_DigestVerify(context.get(), der, static_cast<size_t>(derLength), bytes(data),
                            static_cast<size_t>(data.size())) == 1;
}

} // namespace Aanwezig::Push
