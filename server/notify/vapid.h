#pragma once

#include "push/p256key.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Aanwezig::Server {

// The school's VAPID identity (RFC 8292): one P-256 key pair and a contact
// (`sub`, a mailto: or https: URL), made once by `aanwezig-server vapid-keys`
// and kept in the database, so every instance signs with the same key.
struct VapidKeys
{
    Push::P256Key key;
    QString subject;

    QString publicKeyText() const; // base64url, for /v1/me
    // The Authorization header for a push to `audience` (the endpoint's
    // scheme://host[:port]): "vapid t=<ES256 JWT>, k=<public key>", valid
    // for 12 hours from nowSeconds.
    std::optional<QByteArray> authorization(const QString &audience, qint64 nowSeconds) const;
};

std::optional<VapidKeys> loadVapidKeys(const QSqlDatabase &db);
// Makes and stores a key pair unless one exists (then `replace` decides).
// Returns the keys now in use.
VapidKeys createVapidKeys(const QSqlDatabase &db, const QString &subject, bool replace);

} // namespace Aanwezig::Server
