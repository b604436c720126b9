#pragma once

#include "sync/scope.h"

#include <QSqlDatabase>

namespace httplib {
struct Request;
}

namespace Aanwezig::Server {

// The scope of the user whose device token the request carries in
// "Authorization: Bearer"; throws ApiError 401 otherwise.
Scope authenticate(const httplib::Request &request, const QSqlDatabase &db);

} // namespace Aanwezig::Server
