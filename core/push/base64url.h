#pragma once

#include <QByteArray>
#include <QStringView>
#include <optional>

namespace Aanwezig::Push {

// Base64url without padding (RFC 4648 section 5), the encoding Web Push uses
// for keys, auth secrets and the VAPID token.
QByteArray toBase64Url(const QByteArray &bytes);
// nullopt when text holds anything but the base64url alphabet (a trailing
// '=' padding is accepted, standard base64's '+' and '/' are not).
std::optional<QByteArray> fromBase64Url(QStringView text);

} // namespace Aanwezig::Push
