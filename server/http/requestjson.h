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

// A string field of the envelope: not empty, at most maxLength, and without
// control characters (U+0000 to U+001F, U+007F): PostgreSQL cannot store
// U+0000, and the same request must get the same answer on SQLite.
QString requireString(const QJsonObject &json, const char *key, int maxLength);
// Whether the text holds a control character; line breaks and tabs count
// only when `allowLineBreaks` is false.
bool hasControlCharacter(QStringView text, bool allowLineBreaks);
// The first string (value or key, at any depth) with a control character
// other than a line break or tab: its path, e.g. "report.note"; empty when none.
QString controlCharacterPath(const QJsonObject &json);
qint64 requireWholeNumber(const QJsonObject &json, const char *key, qint64 min, qint64 max);
QJsonArray requireArray(const QJsonObject &json, const char *key);
QJsonObject requireObject(const QJsonObject &json, const char *key);

} // namespace Aanwezig::Server
