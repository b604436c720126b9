#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <string>

namespace Aanwezig::Server {

// Reading a request's JSON envelope; every problem throws ApiError 400 with
// a message naming the field.

// The body as a JSON object (400 malformed_json otherwise).
QJsonObject parseJsonBody(const std::string &body);

QString requireString(const QJsonObject &json, const char *key, int maxLength);
qint64 requireWholeNumber(const QJsonObject &json, const char *key, qint64 min, qint64 max);
QJsonArray requireArray(const QJsonObject &json, const char *key);
QJsonObject requireObject(const QJsonObject &json, const char *key);

} // namespace Aanwezig::Server
