#pragma once

#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace Aanwezig::Server {

// A request the server refuses: the HTTP status and the body
// {"error": {"code", "message"}} plus any `extra` top-level fields.
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, const char *code, const QString &message, QJsonObject extra = {})
        : std::runtime_error(message.toStdString()), status(status),
          code(QString::fromLatin1(code)), message(message), extra(std::move(extra))
    {}

    int status;
    QString code;
    QString message;
    QJsonObject extra;

    QJsonObject toJson() const;
};

// The error code and a general message for a status the routes did not set
// themselves (404 for an unknown path, 413, ...).
ApiError errorForStatus(int status);

} // namespace Aanwezig::Server
