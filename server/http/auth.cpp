#include "http/auth.h"

#include "storage/accounts.h"
#include "http/apierror.h"
#include "http/requestlog.h"

#include <httplib.h>

namespace Aanwezig::Server {

Scope authenticate(const httplib::Request &request, const QSqlDatabase &db)
{
    const std::string header = request.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.compare(0, prefix.size(), prefix) != 0 || header.size() > prefix.size() + 200)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("Send the device token as 'Authorization: Bearer TOKEN'."));
    const QString token = QString::fromLatin1(header.substr(prefix.size())).trimmed();
    const auto userId = userForToken(db, token);
    if (!userId)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("This device is not (or no longer) paired; pair it again."));
    RequestLog::setUser(*userId);
    return Scope::load(db, *userId);
}

} // namespace Aanwezig::Server
