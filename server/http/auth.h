#pragma once

#include "sync/scope.h"

#include <QSqlDatabase>
#include <string_view>

namespace Aanwezig::Server {

// The user a request's device token belongs to, with the token's hash (by
// which a revocation is recognised).
struct Device
{
    Scope scope;
    QString tokenHash;
};

// The device whose token the request carries (`authorization` is the value
// of "Authorization: Bearer TOKEN"); throws ApiError 401 otherwise.
Device authenticateDevice(std::string_view authorization, const QSqlDatabase &db);
// The id of the user whose token the request carries, without loading their
// scope; throws ApiError 401.
QString authenticateUser(std::string_view authorization, const QSqlDatabase &db);
// The same, when only the user's scope matters.
Scope authenticate(std::string_view authorization, const QSqlDatabase &db);

} // namespace Aanwezig::Server
