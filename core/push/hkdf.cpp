#include "hkdf.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace Aanwezig::Push {

std::optional<QByteArray> hkdfSha256(const QByteArray &salt, const QByteArray &inputKey,
                                     const QByteArray &info, int length)
{
    if (length <= 0 || length > 255 * 32)
        return std::nullopt;
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(
        EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr), &EVP_KDF_free);
    if (!kdf)
        return std::nullopt;
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(EVP_KDF_CTX_new(kdf.get()),
                                                                      &EVP_KDF_CTX_free);
    if (!context)
        return std::nullopt;
    // OpenSSL wants non-const pointers in OSSL_PARAM; it only reads them.
    QByteArray saltCopy = salt, keyCopy = inputKey, infoCopy = info;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(),
                                          static_cast<size_t>(saltCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, keyCopy.data(),
                                          static_cast<size_t>(keyCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, infoCopy.data(),
                                          static_cast<size_t>(infoCopy.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(out.data()),
                       static_cast<size_t>(length), params) != 1)
        return std::nullopt;
    return out;
}

} // namespace Aanwezig::Push
