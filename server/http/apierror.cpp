#include "http/apierror.h"

namespace Aanwezig::Server {

QJsonObject ApiError::toJson() const
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    return json;
}

ApiError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError(status, "bad_request", QStringLiteral("The request is malformed."));
    case 404:
        return ApiError(status, "not_found", QStringLiteral("There is nothing at this path."));
    case 405:
        return ApiError(status, "method_not_allowed",
                        QStringLiteral("This path does not take this method."));
    case 413:
        return ApiError(status, "payload_too_large",
                        QStringLiteral("The body is larger than 1 MiB."));
    case 414:
        return ApiError(status, "uri_too_long", QStringLiteral("The address is too long."));
    case 503:
        return ApiError(status, "unavailable",
                        QStringLiteral("The database cannot be reached; try again later."));
    default:
        if (status >= 500)
            return ApiError(status, "internal",
                            QStringLiteral("Something went wrong on the server."));
        return ApiError(status, "bad_request", QStringLiteral("The request was refused."));
    }
}

} // namespace Aanwezig::Server
