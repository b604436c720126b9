#include "http/auth.h"

#include "http/apierror.h"
#include "http/requestlog.h"
#include "storage/accounts.h"
#include "sync/secrets.h"

namespace Aanwezig::Server {

Device authenticateDevice(std::string_view authorization, const QSqlDatabase &db)
{
    constexpr std::string_view prefix = "Bearer ";
    if (!authorization.starts_with(prefix) || authorization.size() > prefix.size() + 200)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("Send the device token as 'Authorization: Bearer TOKEN'."));
    authorization.remove_prefix(prefix.size());
    const QString token =
        QString::fromLatin1(authorization.data(), qsizetype(authorization.size())).trimmed();
    const auto userId = userForToken(db, token);
    if (!userId)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("This device is not (or no longer) paired; pair it again."));
    RequestLog::setUser(*userId);
    return Device{Scope::load(db, *userId), secretHash(token)};
}

Scope authenticate(std::string_view authorization, const QSqlDatabase &db)
{
    return authenticateDevice(authorization, db).scope;
}

} // namespace Aanwezig::Server
