#pragma once

#include <QLoggingCategory>
#include <QString>
#include <chrono>
#include <cstdint>
#include <string_view>

Q_DECLARE_LOGGING_CATEGORY(lcRequest)
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace Aanwezig::Server::RequestLog {

// One line per request (category aanwezig.request): its id, method, path
// (without the query), status, milliseconds and user id. Control characters
// and bytes outside printable ASCII in the path are written as \xNN, so a
// request can never start a line of its own. Never a token, a code or a body.
struct Entry
{
    std::uint64_t id = 0;
    std::string_view method;
    std::string_view target; // the query is left out
    int status = 0;
    std::chrono::steady_clock::duration duration{};
    QString userId;
};

void write(const Entry &entry);

// The path of a request target as it may be logged.
QString loggablePath(std::string_view target);

// The user the request handled on this thread was authenticated as (set by
// authentication and pairing, taken by the router when the request ends).
void setUser(const QString &userId);
QString takeUser();

} // namespace Aanwezig::Server::RequestLog
