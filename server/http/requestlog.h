#pragma once

#include <QString>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace Aanwezig::Server::RequestLog {

// One line per request on stderr: method, path (without the query), status,
// milliseconds and user id. Never a token, a code or a body.

// Marks the start of the request handled on this thread.
void begin();
// The user the request was authenticated as.
void setUser(const QString &userId);
void write(const httplib::Request &request, const httplib::Response &response);

} // namespace Aanwezig::Server::RequestLog
