#pragma once

#include <QByteArray>
#include <optional>

namespace Aanwezig::Push {

// HKDF with SHA-256 (RFC 5869): extract with salt, expand with info to
// length bytes (at most 255 * 32). nullopt only if OpenSSL fails.
std::optional<QByteArray> hkdfSha256(const QByteArray &salt, const QByteArray &inputKey,
                                     const QByteArray &info, int length);

} // namespace Aanwezig::Push
