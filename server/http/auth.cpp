#include "http/auth.h"

#include "http/apierror.h"
#include "http/requestlog.h"
#include "storage/accounts.h"
#include "sync/secrets.h"

namespace Aanwezig::Server {

namespace {

// The token of "Authorization: Bearer TOKEN"; throws ApiError 401.
QString bearerToken(std::string_view authorization)
{
    constexpr std::string_view prefix = "Bearer ";
    if (!authorization.starts_with(prefix) || authorization.size() > prefix.size() + 200)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("Send the device token as 'Authorization: Bearer TOKEN'."));
    authorization.remove_prefix(prefix.size());
    return QString::fromLatin1(authorization.data(), qsizetype(authorization.size())).trimmed();
}

QString userOf(const QString &token, const QSqlDatabase &db)
{
    const auto userId = userForToken(db, token);
    if (!userId)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("This device is not (or no longer) paired; pair it again."));
    RequestLog::setUser(*userId);
    return *userId;
}

} // namespace

Device authenticateDevice(std::string_view authorization, const QSqlDatabase &db)
{
    const QString token = bearerToken(authorization);
    return Device{Scope::load(db, userOf(token, db)), secretHash(token)};
}

QString authenticateUser(std::string_view authorization, const QSqlDatabase &db)
{
    return userOf(bearerToken(authorization), db);
}

Scope authenticate(std::string_view authorization, const QSqlDatabase &db)
{
    return authenticateDevice(authorization, db).scope;
}

} // namespace Aanwezig::Server
